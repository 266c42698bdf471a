/**
 * The auditors' side of the consent service: the access log, its verification and signed head,
 * consent history, emergency-access reviews, and the citizen's access report. Auditors only; every
 * auditor query is itself recorded in the access log, against every citizen it named or returned, so
 * that the citizen's own access report shows it. Auditors see no case data here: the log holds
 * who looked at what, never the data itself.
 */
import { parseCprArgument } from '../shared/src/cpr.ts';
import { badUserInput, notFound } from '../shared/src/errors.ts';
import { departmentEnum, departmentFromEnum, type Department } from '../shared/src/identity.ts';
import { requireRole } from '../shared/src/subgraph.ts';
import type { StoredLink } from './access-log/chain.ts';
import type { AccessLogEntry as AccessLogEntryNode, AccessOutcome, LegalBasis, Purpose } from './generated/graphql.ts';
import { citizenReport, listEntries, readSignedHead, signedHead, type AccessLogFilter } from './access-log/queries.ts';
import type { VerificationJob } from './access-log/verifier.ts';
import type { Verification } from './access-log/verify.ts';
import { accessReportValue } from './citizen-self.ts';
import type { ConsentContext } from './index.ts';
import { checkLength } from './input-limits.ts';
import { auditorQueryEntry, logAuditorListing, logAuditorQuery, type AuditorQuery } from './log-entries.ts';
import { changeLogged } from './store.ts';

const MAX_PAGE = 500;

/** Records the auditor's query before its answer leaves, like any other use of personal data. */
const logQuery = (ctx: ConsentContext, query: AuditorQuery) => logAuditorQuery(ctx.accessLog, ctx.caller, ctx.now(), query);

/** Records a listing against each citizen it returned, once read and before its answer leaves. */
const logListing = (ctx: ConsentContext, query: Omit<AuditorQuery, 'cpr'>, citizens: Iterable<string | null>) =>
  logAuditorListing(ctx.accessLog, ctx.caller, ctx.now(), query, citizens);

const encodeCursor = (seq: number) => Buffer.from(`log:${seq}`).toString('base64url');
function decodeCursor(cursor: string | null | undefined): number | null {
  if (!cursor) return null;
  const match = /^log:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badUserInput('after is not a cursor this connection issued', { field: 'after' });
  return Number(match[1]);
}

const optionalDepartment = (d: string | null) => (d ? departmentEnum(d as Department) : null);

/** A line of a citizen's access report: what they are entitled to know; the staff id only when configured. */
export const reportLine = (l: StoredLink, showStaff: boolean) => ({
  at: l.at.toISOString(),
  department: optionalDepartment(l.actorDepartment),
  sourceDepartment: optionalDepartment(l.sourceDepartment),
  categories: l.categories,
  purpose: l.purpose as Purpose | null,
  legalBasis: l.legalBasis as LegalBasis,
  outcome: l.outcome as AccessOutcome,
  staffId: showStaff ? l.actorId : null,
});

/**
 * An entry as the graph shows it. Outcome, legal basis and purpose come from columns whose CHECK
 * constraints and writers admit only the enum's values.
 */
export const entryNode = (l: StoredLink): AccessLogEntryNode => ({
  id: String(l.seq),
  at: l.at.toISOString(),
  decidedAt: l.decidedAt.toISOString(),
  actorId: l.actorId,
  actorDepartment: optionalDepartment(l.actorDepartment),
  role: l.role,
  cpr: l.cpr,
  sourceDepartment: optionalDepartment(l.sourceDepartment),
  categories: l.categories,
  outcome: l.outcome as AccessOutcome,
  legalBasis: l.legalBasis as LegalBasis,
  consentId: l.consentId,
  consentVersion: l.consentVersion,
  emergencyAccessId: l.emergencyAccessId,
  purpose: l.purpose as Purpose | null,
  operation: l.operation,
  requestId: l.requestId,
  criterion: l.criterion,
});

interface FilterInput {
  cpr?: string | null;
  actorId?: string | null;
  department?: string | null;
  from?: string | null;
  to?: string | null;
  outcome?: string | null;
  legalBasis?: string | null;
}

function parseFilter(input: FilterInput | null | undefined): AccessLogFilter {
  const instant = (value: string | null | undefined, field: string) => {
    if (!value) return null;
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) throw badUserInput(`${field} must be an ISO 8601 instant`, { field });
    return date;
  };
  return {
    cpr: input?.cpr ? parseCprArgument(input.cpr, 'filter.cpr') : null,
    actorId: input?.actorId ?? null,
    department: input?.department ? departmentFromEnum(input.department) : null,
    from: instant(input?.from, 'from'),
    to: instant(input?.to, 'to'),
    outcome: input?.outcome ?? null,
    legalBasis: input?.legalBasis ?? null,
  };
}

/** The filter as a criterion for the log: what was asked, without the CPR number (that has its own column). */
const criterionOf = (filter: AccessLogFilter) => `accessLog ${JSON.stringify({ ...filter, cpr: filter.cpr ? '(see cpr)' : undefined })}`;

export const auditorResolvers = {
  Query: {
    accessLog: async (_: unknown, args: { filter?: FilterInput | null; first?: number | null; after?: string | null }, ctx: ConsentContext) => {
      requireRole(ctx.caller, 'auditor');
      const first = args.first ?? 50;
      if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw badUserInput(`first must be between 1 and ${MAX_PAGE}`, { field: 'first' });
      const filter = parseFilter(args.filter);
      const afterSeq = decodeCursor(args.after);
      const page = await listEntries(ctx.knex, filter, first, afterSeq);
      // About the citizen asked for, or about every citizen the page shows (by actor, department, ...).
      await logListing(ctx, { what: 'ACCESS_LOG', criterion: criterionOf(filter) }, filter.cpr ? [filter.cpr] : page.entries.map((l) => l.cpr));
      return {
        edges: page.entries.map((l) => ({ cursor: encodeCursor(l.seq), node: entryNode(l) })),
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.entries.length ? encodeCursor(page.entries.at(-1)!.seq) : null },
      };
    },
    verifyAccessLog: async (_: unknown, args: { exportedHead?: string | null }, ctx: ConsentContext) => {
      requireRole(ctx.caller, 'auditor');
      let head: { seq: number; hash: string; at: string } | undefined;
      if (args.exportedHead) {
        try {
          head = await readSignedHead(args.exportedHead, ctx.keys.logSigningPublicKey);
        } catch {
          throw badUserInput("The exported head is not signed by this hub's access-log key", { field: 'exportedHead' });
        }
      }
      await logQuery(ctx, { what: 'ACCESS_LOG_VERIFICATION', cpr: null, criterion: 'verifyAccessLog' });
      return verificationNode(await ctx.verifier.verify(head ? { source: 'argument', ...head } : null));
    },
    accessLogVerificationJob: async (_: unknown, args: { id: string }, ctx: ConsentContext) => {
      requireRole(ctx.caller, 'auditor');
      await logQuery(ctx, { what: 'ACCESS_LOG_VERIFICATION', cpr: null, criterion: 'accessLogVerificationJob' });
      const job = /^[0-9a-f-]{36}$/i.test(args.id) ? await ctx.verifier.job(args.id) : null;
      return job ? jobNode(job) : null;
    },
    accessLogHead: async (_: unknown, __: unknown, ctx: ConsentContext) => {
      requireRole(ctx.caller, 'auditor');
      await logQuery(ctx, { what: 'ACCESS_LOG_HEAD', cpr: null, criterion: 'accessLogHead' });
      const head = await signedHead(ctx.knex, ctx.keys.logSigningPrivateKey);
      return { entryId: String(head.seq), hash: head.hash, at: head.at, signedDigest: head.jws, publicKey: JSON.stringify(ctx.keys.logSigningPublicJwk) };
    },
    consentHistory: async (_: unknown, args: { cpr: string }, ctx: ConsentContext) => {
      requireRole(ctx.caller, 'auditor');
      const cpr = parseCprArgument(args.cpr);
      await logQuery(ctx, { what: 'CONSENT_HISTORY', cpr, criterion: 'consentHistory' });
      const events = await ctx.store.consentEventsForCpr(cpr);
      const consents = new Map((await ctx.store.byCprs([cpr])).map((c) => [c.id, c]));
      // Every event belongs to one of the citizen's consents (same store, same cpr).
      return events
        .filter((e) => consents.has(e.consentId))
        .map((e) => ({
          consent: consents.get(e.consentId)!,
          kind: e.kind,
          at: e.at.toISOString(),
          version: e.version,
          actorId: e.actorId,
          actorDepartment: optionalDepartment(e.actorDepartment),
          reason: e.reason,
        }));
    },
    emergencyAccessReviews: async (_: unknown, args: { status?: string | null }, ctx: ConsentContext) => {
      requireRole(ctx.caller, 'auditor');
      const accesses = await ctx.store.emergencyAccesses({ status: args.status ?? undefined });
      await logListing(
        ctx,
        { what: 'EMERGENCY_ACCESS_REVIEWS', criterion: `emergencyAccessReviews status=${args.status ?? 'ALL'}` },
        accesses.map((a) => a.cpr),
      );
      return accesses.map(emergencyNode);
    },
    citizenAccessReport: async (_: unknown, args: { cpr: string }, ctx: ConsentContext) => {
      requireRole(ctx.caller, 'auditor');
      const cpr = parseCprArgument(args.cpr);
      await logQuery(ctx, { what: 'CITIZEN_ACCESS_REPORT', cpr, criterion: 'citizenAccessReport' });
      return accessReportValue(cpr, await citizenReport(ctx.knex, cpr), ctx);
    },
  },
  Mutation: {
    startAccessLogVerification: async (_: unknown, __: unknown, ctx: ConsentContext) => {
      requireRole(ctx.caller, 'auditor');
      await logQuery(ctx, { what: 'ACCESS_LOG_VERIFICATION', cpr: null, criterion: 'startAccessLogVerification' });
      return jobNode(await ctx.verifier.startFullWalk(ctx.caller.id));
    },
    reviewEmergencyAccess: async (_: unknown, args: { id: string; verdict: 'APPROVED' | 'MISUSE'; note?: string | null }, ctx: ConsentContext) => {
      requireRole(ctx.caller, 'auditor');
      checkLength(args.note, 'reviewNote', 'note');
      const [access] = /^[0-9a-f-]{36}$/i.test(args.id) ? await ctx.store.emergencyAccesses({ ids: [args.id] }) : [];
      if (!access) throw notFound('No such emergency access', { field: 'id' });
      if (args.verdict === 'MISUSE' && !args.note?.trim()) throw badUserInput('A finding of misuse needs a note', { field: 'note' });
      // The verdict and its log entry are stored together, or neither is, at the time the store read
      // once it held the access's lock.
      await changeLogged(
        ctx.knex,
        ctx.accessLog,
        (store) => store.reviewEmergencyAccess(access.id, args.verdict, args.note?.trim() || null, ctx.caller, () => ctx.now()),
        (at) => [auditorQueryEntry(ctx.caller, at, { what: 'EMERGENCY_ACCESS_REVIEW', cpr: access.cpr, criterion: `reviewEmergencyAccess ${args.verdict}` })],
      );
      return emergencyNode((await ctx.store.emergencyAccesses({ ids: [access.id] }))[0]!);
    },
  },
};

const optionalId = (seq: number | null) => (seq === null ? null : String(seq));

/** A verification as the graph shows it (entry ids are strings). */
export const verificationNode = (v: Verification) => ({
  ...v,
  firstBrokenEntryId: optionalId(v.firstBrokenEntryId),
  startsAtEntryId: optionalId(v.startsAtEntryId),
  fromCheckpointEntryId: optionalId(v.fromCheckpointEntryId),
  verifiedThroughEntryId: optionalId(v.verifiedThroughEntryId),
  comparedWith: v.comparedWith
    ? { source: v.comparedWith.source, entryId: String(v.comparedWith.seq), at: v.comparedWith.at, matches: v.comparedWith.matches }
    : null,
});

/** A full walk as the graph shows it, with its progress as a fraction. */
export const jobNode = (job: VerificationJob) => ({
  ...job,
  startedAt: job.startedAt.toISOString(),
  finishedAt: job.finishedAt?.toISOString() ?? null,
  progress: job.entriesTotal === 0 ? (job.status === 'RUNNING' ? 0 : 1) : Math.min(1, job.entriesChecked / job.entriesTotal),
  result: job.result ? verificationNode(job.result) : null,
});

export function emergencyNode(access: import('./store.ts').EmergencyAccessRecord) {
  return {
    ...access,
    citizen: { cpr: access.cpr },
    actorDepartment: departmentEnum(access.actorDepartment),
    grantedAt: access.validFrom.toISOString(),
    validUntil: access.validUntil.toISOString(),
  };
}
