/**
 * Composes the supergraph from the subgraph SDL files in `schema/` with
 * `@theguild/federation-composition` (MIT). `npm run compose` writes `schema/supergraph.graphql`;
 * a test fails when the committed file differs from a fresh composition.
 */
import fs from 'node:fs';
import path from 'node:path';
import { composeServices, compositionHasErrors } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { DEFAULT_PORTS, SUBGRAPH_NAMES, type SubgraphName } from '../../services/shared/src/config.ts';
import { SCHEMA_DIR, readSubgraphSdl } from '../../services/shared/src/subgraph.ts';

export const SUPERGRAPH_FILE = path.join(SCHEMA_DIR, 'supergraph.graphql');

/** The URL the committed supergraph names for a subgraph: the `npm start` default on localhost. */
export const defaultSubgraphUrl = (subgraph: SubgraphName) => `http://localhost:${DEFAULT_PORTS[subgraph]}/graphql`;

export function composeSupergraph(): string {
  const result = composeServices(SUBGRAPH_NAMES.map((name) => ({ name, typeDefs: parse(readSubgraphSdl(name)), url: defaultSubgraphUrl(name) })));
  if (compositionHasErrors(result)) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}

export const readCommittedSupergraph = () => fs.readFileSync(SUPERGRAPH_FILE, 'utf8');

/** The supergraph with the subgraph URLs of this deployment in place of the committed defaults. */
export function withSubgraphUrls(supergraphSdl: string, urls: Partial<Record<SubgraphName, string>>): string {
  return supergraphSdl.replace(/@join__graph\(name: "([^"]+)", url: "([^"]*)"\)/g, (whole, name: string) => {
    const url = urls[name as SubgraphName];
    return url ? `@join__graph(name: "${name}", url: "${url}")` : whole;
  });
}

/** Each subgraph's URL in a supergraph, mapped to its name (the gateway's signing audience). */
export function subgraphUrls(supergraphSdl: string): Map<string, string> {
  const urls = new Map<string, string>();
  for (const match of supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]*)"\)/g)) urls.set(match[2]!, match[1]!);
  return urls;
}
