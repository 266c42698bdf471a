/**
 * The floor: what the hub does without federation, in one process. One GraphQL schema (the
 * supergraph's public schema plus the composed views' SDL) whose fields run the five services' own
 * resolvers with their own per-request contexts (the same loaders, SQL, release gates, consent
 * lookups and durable access log), executed in-process by graphql-js behind one node:http handler
 * that verifies the caller's bearer token as the gateway does. No query plan, no subgraph requests,
 * no subgraph signing, no entity representations: hub/floor is the price of the federated shape.
 *
 * Not done here that the hub's gateway does: rate limiting, query limits (depth, aliases, tokens),
 * Prometheus metrics, in-flight request merging. Their cost counts in hub/floor too.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices } from '@theguild/federation-composition';
import {
  type GraphQLError,
  buildSchema,
  execute,
  isAbstractType,
  isObjectType,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type GraphQLFieldResolver,
  type GraphQLTypeResolver,
} from 'graphql';
import { createLocalJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { SERVICES } from '../hub/hub.ts';
import { readViewsSdl } from '../gateway/src/compose.ts';
import { viewResolvers, type AskGateway } from '../gateway/src/views/resolvers.ts';
import { SERVICE_NAMES, type HubConfig, type ServiceName } from '../services/shared/src/config.ts';
import { callerFromClaims, parsePurpose, type Caller, type HubKeys } from '../services/shared/src/identity.ts';
import type { ServiceDeps } from '../services/shared/src/service.ts';
import { readSubgraphSdl } from '../services/shared/src/subgraph.ts';
import type { Started } from './peer.ts';

/** Per request: each service's own context, made when one of its fields is first resolved. */
interface FloorContext {
  caller: Caller;
  of(service: ServiceName): object;
  /** What the view resolvers pass on to `ask`: no HTTP request here, a carrier of the caller. */
  request: Request;
}

interface CallerCarrier {
  caller: Caller;
}

/** The supergraph's public schema (what a client of the gateway sees) with the composed views. */
function publicSchema(): GraphQLSchema {
  const composed = composeServices(SERVICE_NAMES.map((name) => ({ name, typeDefs: parse(readSubgraphSdl(name)), url: 'http://floor.invalid' })));
  const publicSdl = (composed as { publicSdl?: string }).publicSdl;
  if (!publicSdl) throw new Error('composition failed');
  return buildSchema(`${publicSdl}\n${readViewsSdl()}`);
}

type ResolverMap = Record<string, Record<string, unknown>>;

/** Puts every service's resolvers on the one schema, each called with its own service's context. */
function attachResolvers(schema: GraphQLSchema, views: ResolverMap): void {
  const owners = new Map<string, ServiceName>();
  for (const service of SERVICE_NAMES) {
    for (const [typeName, fields] of Object.entries(SERVICES[service].resolvers as ResolverMap)) {
      const type = schema.getType(typeName);
      for (const [field, resolver] of Object.entries(fields)) {
        if (field === '__resolveReference') continue; // entities need no representation in one schema
        if (field === '__resolveType' && type && isAbstractType(type)) {
          const resolveType = resolver as GraphQLTypeResolver<unknown, unknown>;
          type.resolveType = (value, context, info, abstractType) => resolveType(value, (context as FloorContext).of(service), info, abstractType);
          continue;
        }
        if (!type || !isObjectType(type)) throw new Error(`floor: ${typeName} is not an object type of the public schema`);
        const target = type.getFields()[field];
        if (!target) throw new Error(`floor: no field ${typeName}.${field} in the public schema`);
        const key = `${typeName}.${field}`;
        // myCaseload is declared by each department and answered by the caller's own (decision 0004).
        if (key === 'Query.myCaseload') {
          target.resolve = (root, args, context: FloorContext, info) => {
            const department = context.caller.department;
            const own = (SERVICES[department].resolvers as ResolverMap).Query!.myCaseload as GraphQLFieldResolver<unknown, object>;
            return own(root, args, context.of(department), info);
          };
          continue;
        }
        if (owners.has(key)) throw new Error(`floor: ${key} is resolved by both ${owners.get(key)} and ${service}`);
        owners.set(key, service);
        const resolve = resolver as GraphQLFieldResolver<unknown, object>;
        target.resolve = (root, args, context: FloorContext, info) => resolve(root, args, context.of(service), info);
      }
    }
  }
  for (const [typeName, fields] of Object.entries(views)) {
    const type = schema.getType(typeName);
    if (!type || !isObjectType(type)) throw new Error(`floor: no view type ${typeName}`);
    for (const [field, value] of Object.entries(fields)) {
      type.getFields()[field]!.resolve = (value as { resolve: GraphQLFieldResolver<unknown, unknown> }).resolve;
    }
  }
}

export interface FloorOptions {
  config: HubConfig;
  keys: HubKeys;
  /** Each service's dependencies (its database, and the shared log, consent lookup and register). */
  deps: Record<ServiceName, ServiceDeps>;
}

export async function startFloor(options: FloorOptions): Promise<Started> {
  const schema = publicSchema();
  const contextFor = (caller: Caller): FloorContext => {
    const made = new Map<ServiceName, object>();
    return {
      caller,
      request: { caller } satisfies CallerCarrier as unknown as Request,
      of(service) {
        let context = made.get(service);
        if (!context) {
          context = SERVICES[service].createContext(caller, options.deps[service]) as object;
          made.set(service, context);
        }
        return context;
      },
    };
  };
  // Parsed and validated once per query text, as the gateway's document cache does.
  const documents = new Map<string, DocumentNode | readonly GraphQLError[]>();
  const documentFor = (query: string) => {
    let document = documents.get(query);
    if (!document) {
      try {
        const parsed = parse(query);
        const errors = validate(schema, parsed, specifiedRules);
        document = errors.length ? errors : parsed;
      } catch (error) {
        document = [error as GraphQLError];
      }
      if (documents.size > 1000) documents.clear();
      documents.set(query, document);
    }
    return document;
  };
  const run = async (query: string, variables: Record<string, unknown> | undefined, operationName: string | undefined, caller: Caller) => {
    const document = documentFor(query);
    if (!('kind' in document)) return { errors: document.map((e) => ({ message: e.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })) };
    const result = await execute({ schema, document, variableValues: variables, operationName, contextValue: contextFor(caller) });
    return {
      ...(result.data !== undefined ? { data: result.data } : {}),
      ...(result.errors?.length
        ? {
            errors: result.errors.map((e) =>
              e.extensions?.code ? { message: e.message, path: e.path, extensions: e.extensions } : { message: 'Internal error', path: e.path },
            ),
          }
        : {}),
    };
  };
  // The views ask the same schema again, as the same caller under the same request id, in a fresh
  // execution (fresh loaders and release gates), as the hub's views ask its gateway. What they pass
  // as the request is the floor's stand-in, which carries the caller.
  const ask: AskGateway = (query, variables, asRequest, requestId) =>
    run(query, variables as Record<string, unknown>, undefined, { ...(asRequest as unknown as CallerCarrier).caller, requestId });
  const views = viewResolvers(ask, options.config.coordination) as unknown as ResolverMap;
  attachResolvers(schema, views);

  const keySet = createLocalJWKSet(options.keys.devIdpJwks as never);
  const send = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  const server = http.createServer(async (req, res) => {
    try {
      if (req.method !== 'POST' || !req.url?.startsWith('/graphql')) return send(res, 404, { errors: [{ message: 'Not found' }] });
      const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(req.headers.authorization ?? '');
      if (!match) return send(res, 401, { errors: [{ message: 'A bearer token is required', extensions: { code: 'UNAUTHENTICATED' } }] });
      const purpose = parsePurpose(req.headers['x-purpose'] as string | undefined);
      if (purpose === 'INVALID') return send(res, 400, { errors: [{ message: 'X-Purpose is not a known purpose', extensions: { code: 'BAD_USER_INPUT' } }] });
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(match[1]!, keySet, { issuer: options.config.jwt.issuer, audience: options.config.jwt.audience }));
      } catch {
        return send(res, 401, { errors: [{ message: 'The token is invalid or expired', extensions: { code: 'UNAUTHENTICATED' } }] });
      }
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Record<string, unknown>; operationName?: string };
      const requestId = (req.headers['x-request-id'] as string | undefined) ?? crypto.randomUUID();
      const caller = callerFromClaims(payload, purpose, requestId, body.operationName ?? null);
      send(res, 200, await run(body.query, body.variables, body.operationName, caller));
    } catch {
      send(res, 500, { errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
