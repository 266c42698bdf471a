/**
 * Who is calling, and the trust chain that carries it:
 *   caller --(OIDC bearer JWT)--> gateway --(short-lived token signed by the gateway, aud = subgraph)--> subgraph.
 * Subgraphs trust nothing but a token they can verify with the gateway's public key.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import {
  SignJWT,
  calculateJwkThumbprint,
  createLocalJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  jwtVerify,
  importPKCS8,
  importSPKI,
  exportJWK,
  exportPKCS8,
  exportSPKI,
  generateKeyPair,
  type CryptoKey,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';

export const DEPARTMENTS = ['jobcentre', 'family', 'adult-social'] as const;
export type Department = (typeof DEPARTMENTS)[number];
export const ROLES = ['caseworker', 'coordinator', 'auditor'] as const;
export type Role = (typeof ROLES)[number];
export const PURPOSES = ['COORDINATED_EFFORT', 'JOINT_PLAN'] as const;
export type Purpose = (typeof PURPOSES)[number];

export type DepartmentEnum = 'JOBCENTRE' | 'FAMILY' | 'ADULT_SOCIAL';
/** The GraphQL enum value of a department (`adult-social` → `ADULT_SOCIAL`). */
export const departmentEnum = (department: Department): DepartmentEnum => department.toUpperCase().replace('-', '_') as DepartmentEnum;
/** The claim value of a GraphQL department enum value (`ADULT_SOCIAL` → `adult-social`). */
export const departmentFromEnum = (value: string): Department => {
  const department = value.toLowerCase().replace('_', '-') as Department;
  if (!DEPARTMENTS.includes(department)) throw new Error(`unknown department ${value}`);
  return department;
};

export interface Caller {
  /** The caller's id (`sub`). */
  id: string;
  department: Department;
  roles: Role[];
  /** The purpose declared in `X-Purpose`, if any. */
  purpose: Purpose | null;
  /** Correlates gateway, subgraph and access-log entries. */
  requestId: string;
  /** The client's operation name, as the gateway received it. */
  operation: string | null;
}

export class IdentityError extends Error {
  override name = 'IdentityError';
}

/** Validates the hub's claims (`sub`, `department`, `roles`) on a verified JWT payload. */
export function callerFromClaims(payload: JWTPayload, purpose: Purpose | null, requestId: string, operation: string | null = null): Caller {
  const department = payload.department;
  if (typeof payload.sub !== 'string' || payload.sub === '') throw new IdentityError('token has no subject');
  if (typeof department !== 'string' || !DEPARTMENTS.includes(department as Department)) {
    throw new IdentityError('token has no valid department claim');
  }
  const rawRoles = typeof payload.roles === 'string' ? payload.roles.split(/[ ,]/) : payload.roles;
  if (!Array.isArray(rawRoles)) throw new IdentityError('token has no roles claim');
  const roles = rawRoles.filter((r): r is Role => ROLES.includes(r as Role));
  return { id: payload.sub, department: department as Department, roles, purpose, requestId, operation };
}

export const parsePurpose = (value: string | null | undefined): Purpose | null | 'INVALID' => {
  if (value === null || value === undefined || value === '') return null;
  return PURPOSES.includes(value as Purpose) ? (value as Purpose) : 'INVALID';
};

// ---------------------------------------------------------------------------------------------
// Gateway → subgraph

export const GATEWAY_ISSUER = 'urn:citizen-hub:gateway';
export const CALLER_HEADER = 'x-hub-caller';
const GATEWAY_TOKEN_TTL_SECONDS = 60;

/** The digest of a subgraph request's body that the gateway binds (SHA-256, base64url). */
export const bodyDigest = (body: string): string => crypto.createHash('sha256').update(body).digest('base64url');

export const BINDING_HEADER = 'x-hub-body-binding';

/**
 * Signs the verified caller for one subgraph. Used by the gateway only. The token has a unique id
 * (`jti`) that `signBodyBinding` ties to the request's body.
 */
export async function signCallerForSubgraph(signing: SigningKey, caller: Caller, subgraph: string): Promise<string> {
  return new SignJWT({
    department: caller.department,
    roles: caller.roles,
    purpose: caller.purpose,
    rid: caller.requestId,
    op: caller.operation,
  })
    .setProtectedHeader({ alg: 'ES256', kid: signing.kid })
    .setSubject(caller.id)
    .setIssuer(GATEWAY_ISSUER)
    .setAudience(`subgraph:${subgraph}`)
    .setJti(crypto.randomUUID())
    .setIssuedAt()
    .setExpirationTime(`${GATEWAY_TOKEN_TTL_SECONDS}s`)
    .sign(signing.key);
}

/**
 * Binds a caller token (by its `jti`) to the body of the request that carries it, so that a token
 * seen on the wire cannot carry another query. Used by the gateway only.
 */
export async function signBodyBinding(signing: SigningKey, callerToken: string, subgraph: string, body: string): Promise<string> {
  const { jti } = decodeJwt(callerToken);
  if (typeof jti !== 'string') throw new Error('caller token without an id');
  return new SignJWT({ bh: bodyDigest(body) })
    .setProtectedHeader({ alg: 'ES256', kid: signing.kid })
    .setIssuer(GATEWAY_ISSUER)
    .setAudience(`subgraph:${subgraph}`)
    .setJti(jti)
    .setIssuedAt()
    .setExpirationTime(`${GATEWAY_TOKEN_TTL_SECONDS}s`)
    .sign(signing.key);
}

/** A key the gateway signs with, named by its id: the RFC 7638 thumbprint of its public half. */
export interface SigningKey {
  key: CryptoKey;
  kid: string;
}

/** The gateway keys a subgraph accepts, by id: two while the gateway's key is being rotated. */
export interface GatewayKeySet {
  kids: string[];
  getKey: JWTVerifyGetKey;
}

/** The id of an ES256 public key: its RFC 7638 thumbprint. */
export async function keyIdOf(publicKey: CryptoKey): Promise<string> {
  return calculateJwkThumbprint(await exportJWK(publicKey));
}

export async function gatewayKeySet(publicKeys: CryptoKey[]): Promise<GatewayKeySet> {
  const keys = await Promise.all(publicKeys.map(async (key) => ({ ...(await exportJWK(key)), kid: await keyIdOf(key), alg: 'ES256', use: 'sig' })));
  return { kids: keys.map((k) => k.kid), getKey: createLocalJWKSet({ keys }) };
}

/** Only a token naming one of the accepted keys is checked at all; any other fails here. */
function keyFor(keys: GatewayKeySet, token: string): JWTVerifyGetKey {
  let kid: unknown;
  try {
    kid = decodeProtectedHeader(token).kid;
  } catch {
    throw new IdentityError('gateway token unreadable');
  }
  if (typeof kid !== 'string' || !keys.kids.includes(kid)) throw new IdentityError('gateway token signed with a key not accepted here');
  return keys.getKey;
}

/** Both gateway JWTs are checked alike: a listed key, the gateway as issuer, this subgraph as audience, 60 s. */
async function verifyGatewayJwt(keys: GatewayKeySet, jwt: string, subgraph: string, failure: string): Promise<JWTPayload> {
  try {
    const { payload } = await jwtVerify(jwt, keyFor(keys, jwt), {
      issuer: GATEWAY_ISSUER,
      audience: `subgraph:${subgraph}`,
      algorithms: ['ES256'],
      maxTokenAge: `${GATEWAY_TOKEN_TTL_SECONDS}s`,
    });
    return payload;
  } catch {
    throw new IdentityError(failure);
  }
}

/**
 * Verifies the gateway's token on a subgraph; throws `IdentityError` on anything it cannot verify.
 * Returns the caller and the token's id, to which the request's body binding must refer.
 */
export async function verifyCallerFromGateway(keys: GatewayKeySet, token: string | undefined, subgraph: string): Promise<{ caller: Caller; tokenId: string }> {
  if (!token) throw new IdentityError('no gateway token');
  const payload = await verifyGatewayJwt(keys, token, subgraph, 'gateway token not verified');
  const purpose = parsePurpose(payload.purpose as string | null);
  if (purpose === 'INVALID') throw new IdentityError('gateway token carries an unknown purpose');
  const requestId = typeof payload.rid === 'string' ? payload.rid : crypto.randomUUID();
  const operation = typeof payload.op === 'string' ? payload.op : null;
  if (typeof payload.jti !== 'string') throw new IdentityError('gateway token has no id');
  return { caller: callerFromClaims(payload, purpose, requestId, operation), tokenId: payload.jti };
}

/**
 * Verifies the body binding of a request: signed by the gateway for this subgraph, for the caller
 * token `tokenId`, and for exactly `body`. Throws `IdentityError` otherwise.
 */
export async function verifyBodyBinding(keys: GatewayKeySet, binding: string | undefined, subgraph: string, tokenId: string, body: string): Promise<void> {
  if (!binding) throw new IdentityError('no body binding');
  const payload = await verifyGatewayJwt(keys, binding, subgraph, 'body binding not verified');
  if (payload.jti !== tokenId || payload.bh !== bodyDigest(body)) throw new IdentityError('body binding does not match');
}

// ---------------------------------------------------------------------------------------------
// Keys

export interface HubKeys {
  /** Development identity provider: signs the tokens `npm run token` prints. */
  devIdpPrivateKey: CryptoKey;
  devIdpJwks: { keys: object[] };
  /** What the gateway signs with. */
  gatewaySigningKey: SigningKey;
  /** What the subgraphs accept: GATEWAY_PUBLIC_KEY_FILE (one or more files), or the development key. */
  gatewayKeys: GatewayKeySet;
  /** Signs exported access-log heads; its public half lets anyone check an exported head. */
  logSigningPrivateKey: CryptoKey;
  logSigningPublicKey: CryptoKey;
  logSigningPublicJwk: object;
}

async function readOrCreatePair(dir: string, name: string) {
  const privateFile = path.join(dir, `${name}-private.pem`);
  const publicFile = path.join(dir, `${name}-public.pem`);
  if (!fs.existsSync(privateFile) || !fs.existsSync(publicFile)) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const pair = await generateKeyPair('ES256', { extractable: true });
    // Write to temporary names first so that a crash never leaves half a key pair.
    fs.writeFileSync(`${privateFile}.tmp`, await exportPKCS8(pair.privateKey), { mode: 0o600 });
    fs.writeFileSync(`${publicFile}.tmp`, await exportSPKI(pair.publicKey));
    fs.renameSync(`${publicFile}.tmp`, publicFile);
    fs.renameSync(`${privateFile}.tmp`, privateFile);
  }
  return { privateFile, publicFile };
}

/** A comma-separated list of PEM files: the keys accepted while one replaces another. */
const publicKeyFiles = (list: string) =>
  list
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);

/** The signing key from its PEM, with the id of its public half (derived, so no second file is needed). */
async function signingKeyFrom(privatePem: string): Promise<SigningKey> {
  const publicPem = crypto.createPublicKey(privatePem).export({ type: 'spki', format: 'pem' }).toString();
  return { key: await importPKCS8(privatePem, 'ES256'), kid: await keyIdOf(await importSPKI(publicPem, 'ES256', { extractable: true })) };
}

/**
 * Loads the development keys under `<dataDir>/keys`, creating them on first use. Explicit key files
 * (production) take precedence for the gateway's pair.
 */
export async function loadKeys(dataDir: string, files: { gatewayPrivateKeyFile?: string; gatewayPublicKeyFile?: string } = {}): Promise<HubKeys> {
  const dir = path.join(dataDir, 'keys');
  const idp = await readOrCreatePair(dir, 'dev-idp');
  // The development pair stands in for whichever gateway key file is not given.
  const needGatewayPair = !files.gatewayPrivateKeyFile || !files.gatewayPublicKeyFile;
  const gateway = needGatewayPair ? await readOrCreatePair(dir, 'gateway') : undefined;
  const logSigning = await readOrCreatePair(dir, 'log-signing');
  const logSigningPublicKey = await importSPKI(fs.readFileSync(logSigning.publicFile, 'utf8'), 'ES256', { extractable: true });
  const devIdpPrivateKey = await importPKCS8(fs.readFileSync(idp.privateFile, 'utf8'), 'ES256');
  const idpPublic = await importSPKI(fs.readFileSync(idp.publicFile, 'utf8'), 'ES256', { extractable: true });
  const jwk = { ...(await exportJWK(idpPublic)), kid: 'dev-idp', alg: 'ES256', use: 'sig' };
  return {
    devIdpPrivateKey,
    devIdpJwks: { keys: [jwk] },
    gatewaySigningKey: await signingKeyFrom(fs.readFileSync(files.gatewayPrivateKeyFile ?? gateway!.privateFile, 'utf8')),
    gatewayKeys: await gatewayKeySet(
      await Promise.all(
        (files.gatewayPublicKeyFile ? publicKeyFiles(files.gatewayPublicKeyFile) : [gateway!.publicFile]).map((file) =>
          importSPKI(fs.readFileSync(file, 'utf8'), 'ES256', { extractable: true }),
        ),
      ),
    ),
    logSigningPrivateKey: await importPKCS8(fs.readFileSync(logSigning.privateFile, 'utf8'), 'ES256'),
    logSigningPublicKey,
    logSigningPublicJwk: { ...(await exportJWK(logSigningPublicKey)), alg: 'ES256', use: 'sig', kid: 'access-log-head' },
  };
}

/** Mints a caller token from the development identity provider. */
export async function mintDevToken(
  keys: Pick<HubKeys, 'devIdpPrivateKey'>,
  claims: { sub: string; department: string; roles: readonly string[] },
  options: { issuer: string; audience: string; expiresIn?: string | number },
): Promise<string> {
  return new SignJWT({ department: claims.department, roles: claims.roles })
    .setProtectedHeader({ alg: 'ES256', kid: 'dev-idp' })
    .setSubject(claims.sub)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(keys.devIdpPrivateKey);
}
