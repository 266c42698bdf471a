/**
 * Test support for the gateway's plugins, as the Hive Gateway repository tests its own: the gateway
 * runtime (the router runtime, as in production) over one small Apollo subgraph that lives in
 * memory. Subgraph calls go to a fetch stub that runs the subgraph's schema and records what it was
 * sent. No network, no database, no other plugin than those a test names.
 */
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createGatewayRuntime, useCustomFetch, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { composeServices, compositionHasErrors } from '@theguild/federation-composition';
import { execute, parse } from 'graphql';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { createRequestIds, type RequestIds } from './useCallerIdentity.ts';

/** A register-like subgraph: a citizen with a name and relatives, deep enough for the query limits. */
const SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query {
    citizen(cpr: ID!): Citizen
    "Several at once, as the registry's: priced by the numbers named."
    citizens(cprs: [ID!]!): [Citizen]!
    "Fails, as a subgraph's resolver can."
    broken: String
    "Fails, and may not be null: the request gets no data at all."
    brokenRequired: String!
  }
  type Citizen @key(fields: "cpr") {
    cpr: ID!
    name: String!
    relatives: [Citizen!]!
  }
`;

const citizen = (cpr: string) => ({ cpr, name: `Citizen ${cpr}` });

export interface StubSubgraph {
  name: string;
  url: string;
  supergraph: string;
  /** Every call the gateway made, with the headers and body it sent. */
  calls: { url: string; headers: Headers; body: string }[];
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
}

/** The subgraph `name` at `url`, in memory, and the supergraph that composes it alone. */
export function stubSubgraph(name = 'registry', url = `http://${name}.stub/graphql`): StubSubgraph {
  const typeDefs = parse(SDL);
  const schema = buildSubgraphSchema([
    {
      typeDefs,
      resolvers: {
        Query: {
          citizen: (_: unknown, args: { cpr: string }) => citizen(args.cpr),
          citizens: (_: unknown, args: { cprs: string[] }) => args.cprs.map(citizen),
          broken: () => {
            throw new Error('the subgraph failed');
          },
          brokenRequired: () => {
            throw new Error('the subgraph failed');
          },
        },
        Citizen: { relatives: (c: { cpr: string }) => [citizen(`${c.cpr}-relative`)] },
      },
    },
  ]);
  const composed = composeServices([{ name, typeDefs, url }]);
  if (compositionHasErrors(composed)) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  const calls: StubSubgraph['calls'] = [];
  return {
    name,
    url,
    supergraph: composed.supergraphSdl,
    calls,
    async fetch(callUrl, init = {}) {
      const body = String(init.body);
      calls.push({ url: callUrl, headers: new Headers(init.headers), body });
      const request = JSON.parse(body) as { query: string; variables?: Record<string, unknown>; operationName?: string };
      const result = await execute({ schema, document: parse(request.query), variableValues: request.variables, operationName: request.operationName });
      return Response.json(result);
    },
  };
}

/**
 * The gateway runtime over `stub` with `plugins`, configured as gateway/src/server.ts configures it
 * (`requestIds` is the one useCallerIdentity must be given too).
 */
export function gatewayOver(stub: StubSubgraph, plugins: GatewayPlugin<any>[], requestIds: RequestIds = createRequestIds()) {
  return createGatewayRuntime({
    supergraph: stub.supergraph,
    unifiedGraphHandler,
    graphqlEndpoint: '/graphql',
    graphiql: false,
    landingPage: false,
    logging: false,
    maskedErrors: true,
    requestId: { headerName: requestIds.headerName, generateRequestId: requestIds.generateRequestId },
    plugins: () => [useCustomFetch(stub.fetch as never), ...plugins],
  });
}

/** POSTs a GraphQL request to a runtime; the status, headers and parsed body of its answer. */
export async function post(
  runtime: { fetch: (url: string, init: RequestInit) => Response | Promise<Response> },
  query: string,
  headers: Record<string, string> = {},
  variables?: Record<string, unknown>,
) {
  const response = await runtime.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

/** An identity provider of its own: a key set to trust, and tokens it signs. */
export async function testIdentityProvider(options: { issuer?: string; audience?: string } = {}) {
  const issuer = options.issuer ?? 'urn:test:idp';
  const audience = options.audience ?? 'citizen-hub';
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  return {
    issuer,
    audience,
    jwks: { keys: [{ ...(await exportJWK(publicKey)), kid: 'test-idp', alg: 'ES256', use: 'sig' }] },
    token: (claims: Record<string, unknown> & { sub: string }, expiresIn: string | number = '5m') =>
      new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'ES256', kid: 'test-idp' })
        .setSubject(claims.sub)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(privateKey),
  };
}
