/**
 * The peer: the same subgraph resolvers, loaders, SQL and databases as the hub, served as plain
 * subgraphs with NO consent gate and NO access log, behind a Hive Gateway set up as its docs show it.
 * What the hub does beyond this (identity, subgraph signing, consent decisions, the access log,
 * its gateway plugins) is what hub/peer prices.
 *
 * - Each subgraph is `@apollo/server` (standalone) with `buildSubgraphSchema` over the SDL file in
 *   `schema/` and the service's own resolvers (inline tracing off, as in the hub). Its context is the service's own, built for a fixed
 *   caller of its department, with a release gate that releases every category without asking
 *   anything and an access log that writes nothing.
 * - The gateway is `createGatewayRuntime({ supergraph })` on node:http (no authentication, no
 *   plugins), or the same with `@graphql-hive/router-runtime`'s `unifiedGraphHandler` (the Rust query
 *   planner). Caseload and the composed views need the gateway's own resolvers: the peer gets the
 *   hub's `additionalTypeDefs`/`additionalResolvers`, with the fixed caller they expect in the context.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import DataLoader from 'dataloader';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { parse } from 'graphql';
import { SERVICES } from '../hub/hub.ts';
import { caseloadResolvers } from '../gateway/src/caseload.ts';
import { readCommittedSupergraph, readViewsSdl, withSubgraphUrls } from '../gateway/src/compose.ts';
import { viewResolvers, type AskGateway } from '../gateway/src/views/resolvers.ts';
import { NO_REGISTER } from '../services/registry/facts.ts';
import { loadConfig, type ServiceName } from '../services/shared/src/config.ts';
import type { Database } from '../services/shared/src/db.ts';
import type { Caller, Department } from '../services/shared/src/identity.ts';
import { DATA_CATEGORIES, NO_CONSENTS, type AccessLogWriter, type ReleaseDecision } from '../services/shared/src/release.ts';
import type { ServiceDeps } from '../services/shared/src/service.ts';
import { readSubgraphSdl } from '../services/shared/src/subgraph.ts';

/** Writes nothing: the peer keeps no access log. */
const NO_LOG: AccessLogWriter = { append: async () => {} };

/** The one caller the peer knows: a caseworker of `department` (the resolvers still check roles and departments). */
const peerCaller = (department: Department): Caller => ({
  id: 'peer',
  department,
  roles: ['caseworker', 'coordinator'],
  purpose: 'COORDINATED_EFFORT',
  requestId: 'peer',
  operation: null,
});

const DEPARTMENT_OF: Partial<Record<ServiceName, Department>> = { jobcentre: 'jobcentre', family: 'family', 'adult-social': 'adult-social' };

/** A release gate that asks nobody and releases every category (the shape the resolvers expect). */
function releaseEverything(department: Department) {
  return new DataLoader<string, ReleaseDecision>(async (cprs) =>
    cprs.map((cpr) => ({
      cpr,
      sourceDepartment: department,
      categories: DATA_CATEGORIES[department].map((category) => ({
        category,
        released: true,
        legalBasis: 'OWN_DEPARTMENT' as const,
        reason: null,
        consentId: null,
        consentVersion: null,
        emergencyAccessId: null,
      })),
    })),
  );
}

export interface Started {
  url: string;
  stop(): Promise<void>;
}

/** One peer subgraph on an ephemeral port. */
export async function startPeerSubgraph(name: ServiceName, db: Database): Promise<Started> {
  const definition = SERVICES[name];
  const department = DEPARTMENT_OF[name];
  const caller = peerCaller(department ?? 'jobcentre');
  const deps: ServiceDeps = {
    config: loadConfig({}),
    db,
    register: NO_REGISTER,
    // Only the consent service's signed log head uses keys; the peer serves no such query.
    keys: {} as ServiceDeps['keys'],
    accessLog: NO_LOG,
    consents: NO_CONSENTS,
  };
  const context = department
    ? async () => ({ ...definition.createContext(caller, deps), release: releaseEverything(department) })
    : async () => definition.createContext(caller, deps);
  const server = new ApolloServer({
    schema: buildSubgraphSchema([{ typeDefs: parse(readSubgraphSdl(name)), resolvers: definition.resolvers as GraphQLResolverMap<unknown> }]),
    // Off as in the hub's subgraphs (the gateway asks for no traces; this only silences the notice).
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { context, listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}

export type PeerGatewayKind = 'gateway' | 'router';

/**
 * The hub's caseload and view resolvers read `context.caller` (the caller's department and request
 * id), which the hub's identity plugin sets; a bare gateway has none, so each request gets the fixed
 * jobcentre caseworker on its own context object (the views' loaders are per context object).
 */
function withPeerCaller<T extends Record<string, Record<string, any>>>(resolvers: T): T {
  const withCaller = (resolve: (...args: any[]) => unknown) => (root: unknown, args: unknown, context: Record<string, unknown>, info: unknown) => {
    context.caller ??= { ...peerCaller('jobcentre'), requestId: crypto.randomUUID() };
    return resolve(root, args, context, info);
  };
  const wrapped: Record<string, Record<string, unknown>> = {};
  for (const [type, fields] of Object.entries(resolvers)) {
    wrapped[type] = {};
    for (const [field, value] of Object.entries(fields)) {
      wrapped[type][field] = typeof value === 'function' ? withCaller(value) : { ...value, resolve: withCaller(value.resolve) };
    }
  }
  return wrapped as T;
}

/** A bare Hive Gateway over the peer subgraphs, on node:http. */
export async function startPeerGateway(kind: PeerGatewayKind, subgraphUrls: Partial<Record<ServiceName, string>>): Promise<Started> {
  const supergraph = withSubgraphUrls(readCommittedSupergraph(), subgraphUrls);
  let self: { fetch(request: Request): Response | Promise<Response> } | undefined;
  // As the hub's gateway does: the views ask this gateway's own graph again.
  const askSelf: AskGateway = async (query, variables, asRequest) => {
    const response = await self!.fetch(
      new Request(new URL('/graphql', asRequest.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      }),
    );
    return (await response.json()) as { data?: unknown; errors?: unknown[] };
  };
  const runtime = createGatewayRuntime({
    supergraph,
    ...(kind === 'router' ? { unifiedGraphHandler } : {}),
    additionalTypeDefs: readViewsSdl(),
    additionalResolvers: [withPeerCaller(caseloadResolvers), withPeerCaller(viewResolvers(askSelf))],
  });
  self = runtime;
  const server = http.createServer(runtime);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await runtime.dispose();
    },
  };
}
