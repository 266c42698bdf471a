/**
 * The gateway: Hive Gateway runtime over the committed supergraph, on node:http. It authenticates
 * callers, signs their identity for the subgraphs, and holds no personal data of its own.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { listen } from '../../services/shared/src/listen.ts';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { CryptoKey } from 'jose';
import type { ServiceName } from '../../services/shared/src/config.ts';
import { logger } from '../../services/shared/src/logger.ts';
import { createServerAdapter } from '@whatwg-node/server';
import { caseloadResolvers } from './caseload.ts';
import { viewResolvers, type AskGateway } from './views/resolvers.ts';
import type { ComplexityThresholds } from './views/complexity.ts';
import { handleReportRequest } from './reports.ts';
import { readCommittedSupergraph, readViewsSdl, subgraphUrls, withSubgraphUrls } from './compose.ts';
import { useCallerIdentity, type CallerIdentityOptions } from './plugins/useCallerIdentity.ts';
import { useQueryLimits } from './plugins/useQueryLimits.ts';
import { createRateLimit } from './plugins/useRateLimit.ts';
import { useStableErrorCodes } from './plugins/useStableErrorCodes.ts';
import { useSubgraphSigning } from './plugins/useSubgraphSigning.ts';

export interface GatewayOptions {
  port: number;
  host?: string;
  subgraphUrls: Partial<Record<ServiceName, string>>;
  identity: CallerIdentityOptions;
  gatewayPrivateKey: CryptoKey;
  supergraphSdl?: string;
  /** Thresholds of the complexity markers (composed views). */
  coordinationThresholds?: Partial<ComplexityThresholds>;
  /** Requests per caller per minute; counted in Redis when `redisUrl` is given. */
  rateLimit?: { perMinute: number; redisUrl?: string };
}

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const supergraph = withSubgraphUrls(options.supergraphSdl ?? readCommittedSupergraph(), options.subgraphUrls);
  // The composed views ask this gateway again, as the same caller (token, purpose, request id).
  let self: { fetch(request: Request): Response | Promise<Response> } | undefined;
  const askSelf: AskGateway = async (query, variables, asRequest) => {
    const headers = new Headers({ 'content-type': 'application/json' });
    for (const name of ['authorization', 'x-purpose', 'x-request-id']) {
      const value = asRequest.headers.get(name);
      if (value) headers.set(name, value);
    }
    const response = await self!.fetch(
      new Request(new URL('/graphql', asRequest.url), { method: 'POST', headers, body: JSON.stringify({ query, variables }) }),
    );
    return (await response.json()) as { data?: unknown; errors?: unknown[] };
  };
  const rateLimit = createRateLimit({ perMinute: options.rateLimit?.perMinute ?? 600, redisUrl: options.rateLimit?.redisUrl });
  const runtime = createGatewayRuntime({
    supergraph,
    graphqlEndpoint: '/graphql',
    // The GraphiQL that gateways ship loads scripts from a CDN; the hub serves none.
    graphiql: false,
    landingPage: false,
    logging: false,
    maskedErrors: true,
    // Identical requests in flight share one execution. The merge key includes every request
    // header, so the caller's token and X-Purpose are part of it: two callers are never merged.
    inboundInflightRequestDeduplication: true,
    // The composed views (timeline, conflicts, complexity) extend Citizen at the gateway.
    additionalTypeDefs: readViewsSdl(),
    additionalResolvers: [caseloadResolvers, viewResolvers(askSelf, options.coordinationThresholds)],
    plugins: () => [
      useCallerIdentity(options.identity),
      rateLimit.plugin,
      ...useQueryLimits(),
      ...useSubgraphSigning(options.gatewayPrivateKey, subgraphUrls(supergraph)),
      useStableErrorCodes(),
    ],
  });
  self = runtime;
  // The report route asks the gateway's own graph, so it passes the same authentication and logging.
  const withReports = async (request: Request) =>
    (await handleReportRequest(request, (body, headers) =>
      Promise.resolve(runtime.fetch(new Request(new URL('/graphql', request.url), { method: 'POST', headers, body }))),
    )) ?? runtime.fetch(request);
  const server = http.createServer(createServerAdapter(withReports));
  const host = options.host ?? '127.0.0.1';
  await listen(server, options.port, host);
  const { port } = server.address() as AddressInfo;
  const url = `http://${host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host}:${port}/graphql`;
  logger.info({ url }, 'gateway listening');
  return {
    url,
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await runtime.dispose();
      await rateLimit.close();
    },
  };
}
