/**
 * Authenticates every GraphQL request at the gateway: a bearer JWT verified against the configured
 * issuer, audience and key set (OIDC JWKS, or the development key set). Missing, expired or badly
 * signed tokens end the request with HTTP 401 before anything is parsed or resolved. The verified
 * caller (with the declared purpose and the request id) goes into the context for the signing plugin.
 *
 * The request id is the runtime's own (`requestId` in createGatewayRuntime): the client's
 * `X-Request-Id` when it sends a well-formed one, which this plugin checks (a malformed one is
 * refused with 400), or one the runtime generates with `requestIds.generate`.
 */
import crypto from 'node:crypto';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST } from 'graphql';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { errorResponse } from '../../../services/shared/src/errors.ts';
import { IdentityError, callerFromClaims, parsePurpose, type Caller } from '../../../services/shared/src/identity.ts';

export interface CallerIdentityOptions {
  issuer: string;
  audience: string;
  /** A remote JWKS (real identity provider) or a local key set (development). */
  jwks: { url: string } | { keys: object[] };
  /** A token must expire, and within this many minutes of now (and of its issue, when it says). */
  maxLifetimeMinutes: number;
  graphqlPath?: string;
}

const REQUEST_ID_HEADER = 'x-request-id';
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The ids the runtime generates for requests that came without one, by request. */
export function createRequestIds() {
  const generated = new WeakMap<Request, string>();
  return {
    headerName: REQUEST_ID_HEADER,
    generateRequestId: ({ request }: { request: Request }) => {
      const id = crypto.randomUUID();
      generated.set(request, id);
      return id;
    },
    idOf: (request: Request): string | undefined => request.headers.get(REQUEST_ID_HEADER) ?? generated.get(request),
  };
}
export type RequestIds = ReturnType<typeof createRequestIds>;

/** Tokens verified lately, kept until they expire: a caller's tool sends the same token many times. */
const VERIFIED_TOKENS_KEPT = 10_000;

export function useCallerIdentity(options: CallerIdentityOptions, requestIds: RequestIds): GatewayPlugin<{ caller: Caller }> {
  const keySet: JWTVerifyGetKey = 'url' in options.jwks ? createRemoteJWKSet(new URL(options.jwks.url)) : createLocalJWKSet(options.jwks as never);
  const graphqlPath = options.graphqlPath ?? '/graphql';
  const callers = new WeakMap<Request, Caller>();
  // Token → its verified claims. Only a token that verified is kept, never past its `exp`, so a hit
  // is what verifying again would give; a signature check is the largest cost of a small request.
  const verified = new Map<string, JWTPayload>();
  const verify = async (token: string): Promise<JWTPayload> => {
    const kept = verified.get(token);
    if (kept && typeof kept.exp === 'number' && kept.exp * 1000 > Date.now()) return kept;
    verified.delete(token);
    const { payload } = await jwtVerify(token, keySet, {
      issuer: options.issuer,
      audience: options.audience,
      algorithms: ['ES256', 'RS256', 'PS256', 'EdDSA'],
      requiredClaims: ['exp'],
    });
    // A token that never expires, or only in a century, is a credential nobody can take back.
    const longest = options.maxLifetimeMinutes * 60;
    const exp = payload.exp!;
    if (exp - Date.now() / 1000 > longest || (typeof payload.iat === 'number' && exp - payload.iat > longest)) {
      throw new IdentityError('the token is valid for longer than this hub accepts');
    }
    if (verified.size >= VERIFIED_TOKENS_KEPT) verified.delete(verified.keys().next().value!);
    verified.set(token, payload);
    return payload;
  };

  return {
    onRequest({ request, url, endResponse }) {
      if (url.pathname !== graphqlPath) return;
      const header = request.headers.get('authorization') ?? '';
      const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
      const unauthenticated = (message: string) => endResponse(errorResponse('UNAUTHENTICATED', message, { headers: { 'www-authenticate': 'Bearer' } }));
      if (!match) return unauthenticated('A bearer token is required');

      const purpose = parsePurpose(request.headers.get('x-purpose'));
      if (purpose === 'INVALID') {
        return endResponse(errorResponse('BAD_USER_INPUT', 'X-Purpose is not a known purpose (COORDINATED_EFFORT, JOINT_PLAN)'));
      }
      const given = request.headers.get(REQUEST_ID_HEADER);
      if (given !== null && !REQUEST_ID.test(given)) {
        return endResponse(errorResponse('BAD_USER_INPUT', 'X-Request-Id must be 1 to 128 of the characters A-Z a-z 0-9 . _ : -'));
      }
      const requestId = requestIds.idOf(request);
      // The runtime's request id plugin runs first and names every request; fail closed if it did not.
      if (!requestId) throw new Error('a request without a request id');

      return verify(match[1]!).then(
        (payload) => {
          try {
            callers.set(request, callerFromClaims(payload, purpose, requestId));
          } catch (error) {
            if (error instanceof IdentityError) return unauthenticated("The token lacks the hub's claims");
            throw error;
          }
        },
        (error) =>
          unauthenticated(
            error instanceof IdentityError ? `The token is valid for longer than ${options.maxLifetimeMinutes} minutes` : 'The token is invalid or expired',
          ),
      );
    },
    onContextBuilding({ context, extendContext }) {
      const caller = callers.get(context.request);
      // onRequest admitted this request, so a caller must exist; fail closed if it does not.
      if (!caller) throw new Error('caller identity missing on an admitted request');
      extendContext({ caller });
    },
    onExecute({ args, extendContext }) {
      // The operation's name, for the access log: the one asked for, or the document's only one.
      const caller = (args.contextValue as { caller: Caller }).caller;
      const operation = getOperationAST(args.document, args.operationName ?? undefined)?.name?.value ?? null;
      extendContext({ caller: { ...caller, operation } });
    },
  };
}
