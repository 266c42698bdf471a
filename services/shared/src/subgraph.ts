/**
 * Subgraph bootstrap shared by the five services: Apollo Server with a Federation 2 schema built
 * from the service's SDL file in `schema/`, served on node:http, accepting only requests that carry
 * a token the gateway signed for this subgraph.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { listen } from './listen.ts';
import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { parse } from 'graphql';
import { errorBody, forbidden, httpStatusOf, type DomainErrorMapper, type ErrorCode, type HttpErrorCode } from './errors.ts';
import { CALLER_HEADER, IdentityError, checkBody, verifySubgraphCall, type Caller, type GatewayKeySet, type Role, type VerifiedCall } from './identity.ts';
import { logger } from './logger.ts';
import { sendMetrics, type HubMetrics } from './metrics.ts';
import type { ReplayGuard } from './replay.ts';

export const SCHEMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../schema');

/** The SDL of a subgraph, as committed in `schema/<name>.graphql`. */
export const readSubgraphSdl = (name: string): string => fs.readFileSync(path.join(SCHEMA_DIR, `${name}.graphql`), 'utf8');

export interface SubgraphOptions<TContext extends BaseContext> {
  name: string;
  resolvers: object;
  /** The gateway's public keys (more than one during a rotation): the only signatures a subgraph accepts. */
  gatewayKeys: GatewayKeySet;
  /** Builds the per-request context (loaders, release gate) for a verified caller. */
  createContext(caller: Caller): TContext | Promise<TContext>;
  port: number;
  host?: string;
  /** The process's metrics: requests are observed, and `GET /metrics` serves them. */
  metrics?: HubMetrics;
  /** Where the ids of gateway tokens already used are remembered (shared by the process's subgraphs). */
  replayGuard: ReplayGuard;
  /** Throws unless the subgraph can answer now (its databases reachable): `GET /ready`. */
  ready?: () => Promise<void>;
  /** The service's own errors as clients see them (the consent rules' refusals, say). */
  domainErrors?: DomainErrorMapper;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  stop(): Promise<void>;
}

/**
 * The largest body a subgraph reads. Only a call whose gateway token verified gets this far, and the
 * gateway's own calls can be large: the views subgraph receives every department's answer for a
 * page of citizens with years of history. Callers' bodies are capped at the gateway (MAX_BODY_BYTES).
 */
const MAX_BODY_BYTES = 64_000_000;

class HttpError extends Error {
  readonly code: HttpErrorCode;
  constructor(code: HttpErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError('PAYLOAD_TOO_LARGE', 'request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** Starts a subgraph; resolves once it listens. */
export async function startSubgraph<TContext extends BaseContext>(options: SubgraphOptions<TContext>): Promise<RunningSubgraph> {
  const log = logger.child({ service: options.name });
  const schema = buildSubgraphSchema([{ typeDefs: parse(readSubgraphSdl(options.name)), resolvers: options.resolvers as GraphQLResolverMap<unknown> }]);
  const apollo = new ApolloServer<TContext>({
    schema,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
    // Error messages reach the gateway; stack traces do not.
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => {
      // The service's own errors become what clients see here, once, not in each resolver.
      const domain = options.domainErrors?.(unwrapResolverError(error));
      if (domain) return { ...formatted, message: domain.message, extensions: domain.extensions };
      const code = formatted.extensions?.code;
      if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
        log.error({ err: error }, 'resolver failed');
        return { message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode } };
      }
      return formatted;
    },
  });
  await apollo.start();

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://subgraph');
      // Liveness: the process answers. Readiness: it can answer a request now (for load balancers).
      if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok', service: options.name });
      if (url.pathname === '/ready') {
        try {
          await options.ready?.();
          return sendJson(res, 200, { status: 'ready', service: options.name });
        } catch {
          return sendJson(res, 503, { status: 'not ready', service: options.name });
        }
      }
      if (url.pathname === '/metrics' && options.metrics && req.method === 'GET') return await sendMetrics(res, options.metrics.registry);
      if (url.pathname !== '/graphql') return sendJson(res, 404, { errors: [{ message: 'Not found' }] });
      const started = performance.now();
      res.once('finish', () => options.metrics?.subgraphRequest(options.name, res.statusCode, (performance.now() - started) / 1000));
      if (req.method !== 'POST') throw new HttpError('METHOD_NOT_ALLOWED', 'use POST');

      // Verify before reading anything else: an unverified request resolves nothing.
      const refuse = () => new HttpError('UNAUTHENTICATED', 'this subgraph answers only the gateway');
      let verified: VerifiedCall;
      try {
        verified = verifySubgraphCall(options.gatewayKeys, req.headers[CALLER_HEADER] as string | undefined, options.name);
      } catch (error) {
        if (error instanceof IdentityError) throw refuse();
        throw error;
      }
      const raw = await readBody(req);
      // The token is bound to one body: the same token with another query is refused.
      try {
        checkBody(verified, raw);
      } catch (error) {
        if (error instanceof IdentityError) throw refuse();
        throw error;
      }
      // And to one use: the same token sent again, body and all, is refused.
      if (!(await options.replayGuard.firstUse(verified.tokenId, verified.expiresAt))) throw refuse();
      const caller = verified.caller;
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        throw new HttpError('BAD_REQUEST', 'body is not JSON');
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers.set(key, value);
      }
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers, search: url.search, body },
        context: async () => options.createContext(caller),
      });
      const outHeaders: Record<string, string> = {};
      for (const [key, value] of response.headers) outHeaders[key] = value;
      res.writeHead(response.status ?? 200, outHeaders);
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (error) {
      if (error instanceof HttpError) return sendJson(res, httpStatusOf(error.code), errorBody(error.code, error.message));
      log.error({ err: error }, 'request failed');
      sendJson(res, httpStatusOf('INTERNAL_SERVER_ERROR'), errorBody('INTERNAL_SERVER_ERROR', 'Internal error'));
    }
  });
  await listen(server, options.port, options.host ?? '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}/graphql`;
  log.info({ url, gatewayKeyIds: options.gatewayKeys.kids }, 'subgraph listening');
  return {
    name: options.name,
    url,
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await apollo.stop();
    },
  };
}

/** Whether the caller holds any of `roles`. */
export const hasRole = (caller: Caller, ...roles: Role[]): boolean => roles.some((role) => caller.roles.includes(role));

/** Refuses the caller (FORBIDDEN) unless they hold `role`; `message` says what needed it. */
export function requireRole(caller: Caller, role: Role, message = `This needs the ${role} role`): void {
  if (!hasRole(caller, role)) throw forbidden(message);
}
