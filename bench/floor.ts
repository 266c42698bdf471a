/**
 * The floor: what the hub does without federation, in one process. One GraphQL schema (the
 * supergraph's public schema) whose fields run the six subgraphs' own resolvers with their own
 * per-request contexts (the same loaders, SQL, release gates, consent lookups and durable access
 * log), executed in-process by graphql-js behind one node:http handler that verifies the caller's
 * bearer token as the gateway does. The views' fields read what they require (schema/views.graphql,
 * `@requires`) by executing that selection on the same schema, once per request for all citizens.
 * No query plan, no subgraph requests, no subgraph signing, no entity representations: hub/floor is
 * the price of the federated shape.
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
import DataLoader from 'dataloader';
import { SERVICE_NAMES, SUBGRAPH_NAMES, type HubConfig, type ServiceName } from '../services/shared/src/config.ts';
import { callerFromClaims, parsePurpose, type Caller, type HubKeys } from '../services/shared/src/identity.ts';
import type { ServiceDeps } from '../services/shared/src/service.ts';
import { MAX_CITIZENS_PER_LOOKUP } from '../services/shared/src/limits.ts';
import { readSubgraphSdl } from '../services/shared/src/subgraph.ts';
import { resolvers as viewResolvers } from '../services/views/resolvers.ts';
import type { Started } from './peer.ts';

/** Per request: each service's own context, made when one of its fields is first resolved. */
interface FloorContext {
  caller: Caller;
  of(service: ServiceName): object;
  /** The views' context, and what the views require of each citizen, loaded once per request. */
  views: { context: object; requirements: DataLoader<string, Record<string, unknown> | null> };
}

/** The supergraph's public schema: what a client of the gateway sees. */
function publicSchema(): GraphQLSchema {
  const composed = composeServices(SUBGRAPH_NAMES.map((name) => ({ name, typeDefs: parse(readSubgraphSdl(name)), url: 'http://floor.invalid' })));
  const publicSdl = (composed as { publicSdl?: string }).publicSdl;
  if (!publicSdl) throw new Error('composition failed');
  return buildSchema(publicSdl);
}

/** The selection the views subgraph `@requires` for `timeline` (conflicts and complexity require the same). */
function viewRequirements(): string {
  const match = /timeline\([^)]*\)[^@]*@requires\(fields: "{3}([\s\S]*?)"{3}\)/.exec(readSubgraphSdl('views'));
  if (!match) throw new Error('floor: schema/views.graphql has no @requires on timeline');
  return match[1]!;
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
            if (!department) throw new Error("the caseload is a department's");
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
  // The views' fields: their resolvers, on the citizen with what they require loaded for it.
  const citizen = schema.getType('Citizen');
  if (!citizen || !isObjectType(citizen)) throw new Error('floor: no Citizen type');
  for (const [field, resolver] of Object.entries(views.Citizen ?? {})) {
    const resolve = resolver as GraphQLFieldResolver<unknown, object>;
    citizen.getFields()[field]!.resolve = async (root: { cpr: string }, args, context: FloorContext, info) => {
      const required = await context.views.requirements.load(root.cpr);
      if (!required) throw new Error('floor: a citizen without its views');
      return resolve(required, args, context.views.context, info);
    };
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
  const requirementsQuery = `query FloorViews($cprs: [ID!]!) { citizens(cprs: $cprs) { cpr ${viewRequirements()} } }`;
  const contextFor = (caller: Caller): FloorContext => {
    const made = new Map<ServiceName, object>();
    return {
      caller,
      // The views ask the same schema, as the same caller under the same request id, in a fresh
      // execution (fresh loaders and release gates), for all the citizens of the request at once.
      views: {
        context: { caller, thresholds: options.config.coordination, now: () => new Date() },
        requirements: new DataLoader(
          async (cprs) => {
            const result = (await run(requirementsQuery, { cprs }, undefined, caller)) as { data?: { citizens: (Record<string, unknown> | null)[] } };
            if (!result.data) throw new Error('floor: the views could not be read');
            return cprs.map((_, i) => result.data!.citizens[i] ?? null);
          },
          { maxBatchSize: MAX_CITIZENS_PER_LOOKUP },
        ),
      },
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
  async function run(
    query: string,
    variables: Record<string, unknown> | undefined,
    operationName: string | undefined,
    caller: Caller,
  ): Promise<Record<string, unknown>> {
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
  }
  attachResolvers(schema, viewResolvers as unknown as ResolverMap);

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
