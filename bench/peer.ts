/**
 * The peer: the same subgraph resolvers, loaders, SQL and databases as the hub, served as plain
 * subgraphs with NO consent gate and NO access log, behind a Hive Gateway set up as its docs show it.
 * What the hub does beyond this (identity, subgraph signing, consent decisions, the access log,
 * its gateway plugins) is what hub/peer prices.
 *
 * - Each subgraph is `@apollo/server` (standalone) with `buildSubgraphSchema` over the SDL file in
 *   `schema/` and the service's own resolvers (inline tracing off, as in the hub). Its context is the
 *   service's own, built for a fixed caller of its department, with a release gate that releases
 *   every category without asking anything and an access log that writes nothing. The views
 *   subgraph is the hub's own, with the fixed caller.
 * - The gateway is `createGatewayRuntime({ supergraph })` on node:http (no authentication, no
 *   plugins), or the same with `@graphql-hive/router-runtime`'s `unifiedGraphHandler`. Its fixed
 *   caller is a jobcentre caseworker, so it plans on the supergraph in which the jobcentre answers
 *   `myCaseload`, as the hub plans for a jobcentre caseworker.
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
import { caseloadVariant } from '../gateway/src/caseload.ts';
import { readCommittedSupergraph, withSubgraphUrls } from '../gateway/src/compose.ts';
import { NO_REGISTER } from '../services/registry/facts.ts';
import { loadConfig, type ServiceName, type SubgraphName } from '../services/shared/src/config.ts';
import type { Database } from '../services/shared/src/db.ts';
import type { Caller, Department } from '../services/shared/src/identity.ts';
import type { AccessLogWriter } from '../services/shared/src/access-log.ts';
import { DATA_CATEGORIES, type ReleaseDecision } from '../services/shared/src/consent-rule.ts';
import { NO_CONSENTS } from '../services/shared/src/release-gate.ts';
import type { ServiceDeps } from '../services/shared/src/service.ts';
import { readSubgraphSdl } from '../services/shared/src/subgraph.ts';
import { resolvers as viewResolvers } from '../services/views/resolvers.ts';

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

/** One peer subgraph on an ephemeral port (the views need no database). */
export async function startPeerSubgraph(name: SubgraphName, db: Database | undefined): Promise<Started> {
  let context: () => Promise<object>;
  let resolvers: object;
  if (name === 'views') {
    const config = loadConfig({});
    context = async () => ({ caller: peerCaller('jobcentre'), thresholds: config.coordination, now: () => new Date() });
    resolvers = viewResolvers;
  } else {
    const definition = SERVICES[name];
    const department = DEPARTMENT_OF[name];
    const caller = peerCaller(department ?? 'jobcentre');
    const deps: ServiceDeps = {
      config: loadConfig({}),
      db: db!,
      register: NO_REGISTER,
      // Only the consent service's signed log head uses keys; the peer serves no such query.
      keys: {} as ServiceDeps['keys'],
      accessLog: NO_LOG,
      consents: NO_CONSENTS,
    };
    context = department
      ? async () => ({ ...definition.createContext(caller, deps), release: releaseEverything(department) })
      : async () => definition.createContext(caller, deps);
    resolvers = definition.resolvers;
  }
  const server = new ApolloServer({
    schema: buildSubgraphSchema([{ typeDefs: parse(readSubgraphSdl(name)), resolvers: resolvers as GraphQLResolverMap<unknown> }]),
    // Off as in the hub's subgraphs (the gateway asks for no traces; this only silences the notice).
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { context, listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}

export type PeerGatewayKind = 'gateway' | 'router';

/** A bare Hive Gateway over the peer subgraphs, on node:http. */
export async function startPeerGateway(kind: PeerGatewayKind, subgraphUrls: Partial<Record<SubgraphName, string>>): Promise<Started> {
  const supergraph = caseloadVariant(withSubgraphUrls(readCommittedSupergraph(), subgraphUrls), 'jobcentre');
  const runtime = createGatewayRuntime({
    supergraph,
    ...(kind === 'router' ? { unifiedGraphHandler } : {}),
  });
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
