/**
 * The gateway: Hive Gateway runtime over the committed supergraph, on node:http. It authenticates
 * callers, signs their identity for the subgraphs, and holds no personal data of its own.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { listen } from '../../services/shared/src/listen.ts';
import fs from 'node:fs';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import usePrometheus, { createCounter, createHistogram } from '@graphql-mesh/plugin-prometheus';
import { Registry } from 'prom-client';
import { ConfigError, type HubConfig } from '../../services/shared/src/config.ts';
import { mintDevToken, type HubKeys, type SigningKey } from '../../services/shared/src/identity.ts';
import type { SubgraphName } from '../../services/shared/src/config.ts';
import { errorResponse } from '../../services/shared/src/errors.ts';
import { logger } from '../../services/shared/src/logger.ts';
import { metricsText, type HubMetrics } from '../../services/shared/src/metrics.ts';
import { createServerAdapter } from '@whatwg-node/server';
import { routeCaseloads } from './caseload.ts';
import { CONSOLE_DIST, CONSOLE_DOCUMENTS, handleConsoleRequest, type ConsoleOptions, type ConsoleSignIn } from './console.ts';
import { GATEWAY_DOCUMENTS, handleReportRequest } from './reports.ts';
import { FHIR_DOCUMENTS, handleFhirRequest } from './fhir-route.ts';
import { readCommittedSupergraph, subgraphUrls, withSubgraphUrls } from './compose.ts';
import { useDepartmentAvailability, type AvailabilityOptions } from './plugins/useDepartmentAvailability.ts';
import { createRequestIds, useCallerIdentity, type CallerIdentityOptions } from './plugins/useCallerIdentity.ts';
import { useQueryLimits } from './plugins/useQueryLimits.ts';
import { useCostLimits } from './plugins/useCostLimits.ts';
import { createLimiterStore, createRateLimit } from './plugins/useRateLimit.ts';
import { useStableErrorCodes } from './plugins/useStableErrorCodes.ts';
import { useSubgraphSigning } from './plugins/useSubgraphSigning.ts';

export interface GatewayOptions {
  port: number;
  host?: string;
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  identity: CallerIdentityOptions;
  /** The key the gateway signs subgraph calls with. */
  gatewaySigningKey: SigningKey;
  supergraphSdl?: string;
  /** Requests per caller per minute; counted in Redis when `redisUrl` is given. */
  rateLimit?: { perMinute: number; redisUrl?: string };
  /** What one request may cost, and a caller may spend a minute (counted where the rate limit is). */
  cost?: HubConfig['cost'];
  /** The process's metrics, served with the gateway's own at `GET /metrics`. */
  metrics?: HubMetrics;
  /** Serve `GET /metrics` on this port only (kept off the public port); absent: on the gateway's port. */
  metricsPort?: number;
  /** How long a subgraph may take to answer; then its call fails (a department's, as `Unavailable`). */
  subgraphTimeoutMs?: number;
  /** When a failing subgraph is given a rest (circuit breaker). */
  availability?: AvailabilityOptions;
  /** What callers may see of the graph and send to it (introspection, suggestions, CORS, body size, trusted documents). */
  exposure?: Partial<HubConfig['gateway']>;
  /** The web console at `/console` and its sign-in routes; absent: not served. */
  console?: ConsoleOptions;
}

const OPEN_EXPOSURE: HubConfig['gateway'] = {
  introspection: true,
  fieldSuggestions: true,
  corsOrigins: [],
  maxBodyBytes: 1_000_000,
  trustedDocumentsFile: undefined,
};

/**
 * The trusted documents (hash → document) of a file, and the hub's own: the gateway's report and
 * FHIR queries and the web console's operations (their committed allowlist); refuses a malformed file.
 */
export function trustedDocuments(file: string | undefined): Map<string, string> {
  const documents = new Map([...GATEWAY_DOCUMENTS, ...FHIR_DOCUMENTS, ...CONSOLE_DOCUMENTS]);
  if (!file) return documents;
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`TRUSTED_DOCUMENTS_FILE could not be read as JSON: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || !Object.values(parsed).every((v) => typeof v === 'string')) {
    throw new ConfigError('TRUSTED_DOCUMENTS_FILE must hold an object of document id → GraphQL document');
  }
  for (const [id, document] of Object.entries(parsed as Record<string, string>)) documents.set(id, document);
  return documents;
}

/** The request, its body read once, or a 413 answer when it is larger than `maxBytes`. */
async function boundedRequest(request: Request, maxBytes: number): Promise<Request | Response> {
  const tooLarge = () => errorResponse('PAYLOAD_TOO_LARGE', `The request body is larger than ${maxBytes} bytes`);
  if (!request.body) return request;
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return tooLarge();
    }
    chunks.push(value);
  }
  return new Request(request.url, { method: request.method, headers: request.headers, body: Buffer.concat(chunks) });
}

/** What the plugin passes to label a subgraph call. */
type SubgraphCall = { subgraphName: string; executionRequest: { operationType?: string } };
const subgraphLabels = ({ subgraphName, executionRequest }: SubgraphCall) => ({ subgraphName, operationType: executionRequest.operationType ?? 'query' });

/** Hive's subgraph-call metrics, labelled by subgraph and operation type only. */
function subgraphMetricsWithoutOperationName(registry: Registry) {
  return {
    graphql_gateway_subgraph_execute_duration: createHistogram<'subgraphExecute', 'subgraphName' | 'operationType', SubgraphCall>({
      registry,
      histogram: { name: 'graphql_gateway_subgraph_execute_duration', help: 'Time spent on subgraph execution', labelNames: ['subgraphName', 'operationType'] },
      fillLabelsFn: subgraphLabels,
      phases: ['subgraphExecute'],
    }),
    graphql_gateway_subgraph_execute_errors: createCounter<'subgraphExecute', 'subgraphName' | 'operationType', SubgraphCall>({
      registry,
      counter: {
        name: 'graphql_gateway_subgraph_execute_errors',
        help: 'Number of errors on subgraph execution',
        labelNames: ['subgraphName', 'operationType'],
      },
      fillLabelsFn: subgraphLabels,
      phases: ['subgraphExecute'],
    }),
  };
}

/**
 * How the console signs in: the development sign-in page only outside production and only while the
 * hub trusts its own development identity provider; OIDC when a client id is configured.
 */
export function consoleSignIn(config: HubConfig, keys: Pick<HubKeys, 'devIdpPrivateKey'>): ConsoleSignIn {
  if (config.console.oidcClientId) {
    return {
      mode: 'oidc',
      authority: config.console.oidcAuthority ?? config.jwt.issuer,
      clientId: config.console.oidcClientId,
      scope: config.console.oidcScope,
    };
  }
  if (!config.production && !config.jwt.jwksUrl) {
    return { mode: 'development', mint: (claims) => mintDevToken(keys, claims, { issuer: config.jwt.issuer, audience: config.jwt.audience, expiresIn: '8h' }) };
  }
  return { mode: 'none' };
}

/** The gateway's options that come from the configuration, the keys and the process's metrics. */
export function gatewayOptionsFrom(
  config: HubConfig,
  keys: Pick<HubKeys, 'devIdpJwks' | 'gatewaySigningKey' | 'devIdpPrivateKey'>,
  metrics: HubMetrics,
): Omit<GatewayOptions, 'port' | 'host' | 'subgraphUrls'> {
  return {
    console: { dir: CONSOLE_DIST, signIn: consoleSignIn(config, keys) },
    identity: {
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
      jwks: config.jwt.jwksUrl ? { url: config.jwt.jwksUrl } : keys.devIdpJwks,
      maxLifetimeMinutes: config.jwt.maxLifetimeMinutes,
    },
    gatewaySigningKey: keys.gatewaySigningKey,
    rateLimit: { perMinute: config.rateLimitPerMinute, redisUrl: config.redisUrl },
    cost: config.cost,
    metrics,
    metricsPort: config.gatewayMetricsPort,
    exposure: config.gateway,
    subgraphTimeoutMs: config.subgraphTimeoutMs,
  };
}

export interface RunningGateway {
  url: string;
  /** Where `GET /metrics` answers. */
  metricsUrl: string;
  stop(): Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const supergraph = withSubgraphUrls(options.supergraphSdl ?? readCommittedSupergraph(), options.subgraphUrls);
  // The gateway's GraphQL metrics (Hive's Prometheus plugin) live in their own registry, which the
  // runtime clears on dispose; the process's registry (access log, subgraphs) outlives a gateway.
  const gatewayRegistry = new Registry();
  const exposure = { ...OPEN_EXPOSURE, ...options.exposure };
  const documents = trustedDocuments(exposure.trustedDocumentsFile);
  const requestIds = createRequestIds();
  const limiterStore = createLimiterStore(options.rateLimit?.redisUrl);
  const rateLimit = createRateLimit({ perMinute: options.rateLimit?.perMinute ?? 600, store: limiterStore });
  const cost = options.cost ?? { maxRequestCost: 10_000, budgetPerMinute: 30_000 };
  const runtime = createGatewayRuntime({
    supergraph,
    // The router runtime: the Hive Router's query planner (native, shipped in the npm package),
    // with caseload fetches sent to the caller's department.
    unifiedGraphHandler: routeCaseloads(unifiedGraphHandler),
    graphqlEndpoint: '/graphql',
    // The GraphiQL that gateways ship loads scripts from a CDN; the hub serves none.
    graphiql: false,
    landingPage: false,
    logging: false,
    // One request id: the client's when well-formed (useCallerIdentity refuses others), else generated.
    requestId: { headerName: requestIds.headerName, generateRequestId: requestIds.generateRequestId },
    maskedErrors: true,
    // A subgraph's time budget: past it the call fails, and a department's citizens get `Unavailable`.
    upstreamTimeout: options.subgraphTimeoutMs ?? 10_000,
    // Browsers on other origins only when configured (CORS_ORIGINS); the console is same-origin.
    cors: exposure.corsOrigins.length
      ? {
          origin: exposure.corsOrigins,
          credentials: true,
          methods: ['GET', 'POST'],
          allowedHeaders: ['authorization', 'content-type', 'x-purpose', 'x-request-id'],
        }
      : false,
    ...(exposure.introspection ? {} : { disableIntrospection: { disableIf: () => true } }),
    // Persisted documents by id; with TRUSTED_DOCUMENTS_FILE, no other document is accepted.
    persistedDocuments: {
      getPersistedOperation: (id: string) => documents.get(id) ?? null,
      allowArbitraryDocuments: exposure.trustedDocumentsFile === undefined,
    },
    // Identical requests in flight share one execution, but only requests the client marked as the
    // same one (the same X-Request-Id, as a retry or a double submit does): each execution logs its
    // releases once, under its request id, so every request id a response carries has its entries.
    // The merge key includes every request header, so the caller's token and X-Purpose are part of
    // it: two callers are never merged.
    inboundInflightRequestDeduplication: { enabled: (_, request) => request.headers.has('x-request-id') },
    // Calls to the subgraphs are never merged: each carries its own signed one-time token, so no two
    // are identical, and the check would cost a key built from the whole body and a deep copy of
    // every answer for nothing.
    transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
    plugins: ({ log }) => [
      usePrometheus({
        log,
        registry: gatewayRegistry,
        endpoint: false,
        // The subgraph-call metrics are redefined without the operation name the plugin gives them.
        metrics: subgraphMetricsWithoutOperationName(gatewayRegistry),
        // Labels a client controls stay out: a URL can carry variables, an operation name or an
        // error path any text (a CPR number included), and each distinct value is a new series.
        labels: { url: false, operationName: false, path: false, subgraphName: true },
      }),
      useCallerIdentity(options.identity, requestIds),
      rateLimit.plugin,
      ...useQueryLimits(),
      // Priced after the document is validated and before any subgraph is asked.
      useCostLimits({ ...cost, store: limiterStore, ...(options.metrics ? { observe: options.metrics.operationCost } : {}) }),
      ...(exposure.fieldSuggestions ? [] : [blockFieldSuggestionsPlugin() as GatewayPlugin]),
      ...useSubgraphSigning(options.gatewaySigningKey, subgraphUrls(supergraph)),
      useDepartmentAvailability(options.availability),
      useStableErrorCodes(),
    ],
  });
  // The report and FHIR routes ask the gateway's own graph, so they pass the same authentication and logging.
  const serveMetrics = async (request: Request) => {
    if (request.method !== 'GET' || new URL(request.url).pathname !== '/metrics') return null;
    const { contentType, body } = await metricsText(options.metrics ? [gatewayRegistry, options.metrics.registry] : [gatewayRegistry]);
    return new Response(body, { headers: { 'content-type': contentType } });
  };
  const separateMetrics = options.metricsPort !== undefined;
  const withReports = async (incoming: Request) => {
    const request = await boundedRequest(incoming, exposure.maxBodyBytes);
    if (request instanceof Response) return request;
    const consolePage = options.console ? await handleConsoleRequest(request, options.console) : null;
    if (consolePage) return consolePage;
    const metrics = separateMetrics ? null : await serveMetrics(request);
    if (metrics) return metrics;
    const graphql = (body: string, headers: Headers) =>
      Promise.resolve(runtime.fetch(new Request(new URL('/graphql', request.url), { method: 'POST', headers, body })));
    return (await handleReportRequest(request, graphql)) ?? (await handleFhirRequest(request, graphql)) ?? runtime.fetch(request);
  };
  const server = http.createServer(createServerAdapter(withReports));
  const host = options.host ?? '127.0.0.1';
  await listen(server, options.port, host);
  const shownHost = host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host;
  const { port } = server.address() as AddressInfo;
  const url = `http://${shownHost}:${port}/graphql`;
  let metricsServer: http.Server | undefined;
  let metricsUrl = new URL('/metrics', url).toString();
  if (separateMetrics) {
    metricsServer = http.createServer(
      createServerAdapter(async (request: Request) => (await serveMetrics(request)) ?? new Response('Not found', { status: 404 })),
    );
    await listen(metricsServer, options.metricsPort!, host);
    metricsUrl = `http://${shownHost}:${(metricsServer.address() as AddressInfo).port}/metrics`;
  }
  logger.info({ url, metricsUrl, signingKeyId: options.gatewaySigningKey.kid }, 'gateway listening');
  return {
    url,
    metricsUrl,
    stop: async () => {
      const closed = Promise.all([server, metricsServer].flatMap((s) => (s ? [new Promise<void>((resolve) => s.close(() => resolve()))] : [])));
      server.closeAllConnections();
      metricsServer?.closeAllConnections();
      await closed;
      await runtime.dispose();
      await rateLimit.close();
      await limiterStore.close();
    },
  };
}
