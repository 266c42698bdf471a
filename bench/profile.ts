/**
 * Reads a V8 CPU profile (`.cpuprofile`) and lists where the time went by self time: the top
 * functions (name, file:line) and the top modules (an npm package, a project file, or V8 itself).
 * `node bench/profile.ts FILE [N]` prints them for any profile, `--cpu-prof` ones too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './processes.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** `@graphql-tools/executor`, `graphql`, `services/shared/src/release.ts`, `(garbage collector)`… */
function moduleOf(url: string, name: string): string {
  if (!url) return `(${name.replace(/[()]/g, '') || 'native'})`;
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  const at = file.lastIndexOf('node_modules/');
  if (at >= 0) {
    const parts = file.slice(at + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (file.startsWith('node:')) return file;
  return file.startsWith(ROOT) ? path.relative(ROOT, file) : file;
}

export interface ProfileSummary {
  totalMs: number;
  functions: { name: string; where: string; ms: number; share: number }[];
  modules: { module: string; ms: number; share: number }[];
  /** Modules with Node's own and native frames charged to the package or project file that called them. */
  callers: { module: string; ms: number; share: number }[];
}

const PROBE = 'bench/probe.ts';

/** A module of ours or of npm (not Node's internals, not native code): who asked for the work. */
const isOwner = (module: string) => !module.startsWith('(') && !module.startsWith('node:');

export function summariseProfile(file: string, count = 12): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n.id);
  const moduleOfNode = (n: ProfileNode) => moduleOf(n.callFrame.url, n.callFrame.functionName);
  /** The nearest frame up the stack that is a package or project file. */
  const ownerOf = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const module = moduleOfNode(byId.get(at)!);
      if (isOwner(module)) return module;
    }
    return moduleOfNode(byId.get(id)!);
  };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const functions = new Map<string, { name: string; where: string; us: number }>();
  const modules = new Map<string, number>();
  const callers = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    // The benchmark's own profiler session (stopping it, writing the profile) is not the hub's work.
    if (ownerOf(id) === PROBE) continue;
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    total += us;
    const name = functionName || '(anonymous)';
    const module = moduleOf(url, name);
    const where = url ? `${module}:${lineNumber + 1}` : module;
    const key = `${name}@${where}`;
    const entry = functions.get(key) ?? { name, where, us: 0 };
    entry.us += us;
    functions.set(key, entry);
    modules.set(module, (modules.get(module) ?? 0) + us);
    const owner = ownerOf(id);
    callers.set(owner, (callers.get(owner) ?? 0) + us);
  }
  const top = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([module, us]) => ({ module, ms: us / 1000, share: us / total }));
  return {
    totalMs: total / 1000,
    functions: [...functions.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, count)
      .map((f) => ({ name: f.name, where: f.where, ms: f.us / 1000, share: f.us / total })),
    modules: top(modules),
    callers: top(callers),
  };
}

export function formatSummary(summary: ProfileSummary): string {
  const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
  return [
    `self time sampled: ${(summary.totalMs / 1000).toFixed(1)} s`,
    'top functions (self time):',
    ...summary.functions.map((f) => `  ${pct(f.share)}  ${f.name}  ${f.where}`),
    'top modules (self time):',
    ...summary.modules.map((m) => `  ${pct(m.share)}  ${m.module}`),
    "top modules, Node's internals and native code charged to the module that called them:",
    ...summary.callers.map((m) => `  ${pct(m.share)}  ${m.module}`),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node bench/profile.ts FILE.cpuprofile [N]');
    process.exit(2);
  }
  console.log(formatSummary(summariseProfile(file, Number(top ?? 15))));
}
