/**
 * Who is calling, and the trust chain that carries it:
 *   caller --(OIDC bearer JWT)--> gateway --(short-lived token signed by the gateway, aud = subgraph)--> subgraph.
 * Subgraphs trust nothing but a token they can verify with the gateway's public key.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { createSigner, createVerifier } from 'fast-jwt';
import {
  SignJWT,
  calculateJwkThumbprint,
  decodeProtectedHeader,
  importPKCS8,
  importSPKI,
  exportJWK,
  exportPKCS8,
  exportSPKI,
  generateKeyPair,
  type CryptoKey,
  type JWTPayload,
} from 'jose';
import { normaliseCpr } from './cpr.ts';

export const DEPARTMENTS = ['jobcentre', 'family', 'adult-social'] as const;
export type Department = (typeof DEPARTMENTS)[number];
export const ROLES = ['caseworker', 'coordinator', 'auditor', 'citizen'] as const;
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
  /** The staff member's department; null for a citizen, who belongs to none. */
  department: Department | null;
  roles: Role[];
  /** A signed-in citizen's own CPR number (role `citizen` only): the one person whose data they may ask for. */
  citizenCpr?: string;
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

/**
 * Validates the hub's claims on a verified JWT payload. A staff token has `sub`, `department` and
 * `roles`; a citizen's has `sub`, the role `citizen` alone and their own `cpr`, and no department,
 * so one token is never both (a citizen with a staff role would be a caseworker of nothing).
 */
export function callerFromClaims(payload: JWTPayload, purpose: Purpose | null, requestId: string, operation: string | null = null): Caller {
  if (typeof payload.sub !== 'string' || payload.sub === '') throw new IdentityError('token has no subject');
  const rawRoles = typeof payload.roles === 'string' ? payload.roles.split(/[ ,]/) : payload.roles;
  if (!Array.isArray(rawRoles)) throw new IdentityError('token has no roles claim');
  if (rawRoles.includes('citizen')) {
    if (rawRoles.length !== 1) throw new IdentityError('a citizen token carries no other role');
    if (payload.department !== undefined && payload.department !== null) throw new IdentityError('a citizen token names no department');
    // An identity provider may give the number with or without the dash; the hub's form has it.
    const cpr = typeof payload.cpr === 'string' ? normaliseCpr(payload.cpr) : null;
    if (!cpr) throw new IdentityError('a citizen token has no valid cpr claim');
    return { id: payload.sub, department: null, roles: ['citizen'], citizenCpr: cpr, purpose, requestId, operation };
  }
  const department = payload.department;
  if (typeof department !== 'string' || !DEPARTMENTS.includes(department as Department)) {
    throw new IdentityError('token has no valid department claim');
  }
  if (payload.cpr !== undefined) throw new IdentityError('a staff token carries no cpr claim');
  const roles = rawRoles.filter((r): r is Role => ROLES.includes(r as Role) && r !== 'citizen');
  return { id: payload.sub, department: department as Department, roles, purpose, requestId, operation };
}

export const parsePurpose = (value: string | null | undefined): Purpose | null | 'INVALID' => {
  if (value === null || value === undefined || value === '') return null;
  return PURPOSES.includes(value as Purpose) ? (value as Purpose) : 'INVALID';
};

// ---------------------------------------------------------------------------------------------
// Gateway → subgraph

export const GATEWAY_ISSUER = 'urn:citizen-hub:gateway';
/** The one signed token of a subgraph call. */
export const CALLER_HEADER = 'x-hub-caller';
const GATEWAY_TOKEN_TTL_MS = 60_000;

/** The digest of a subgraph request's body that the gateway signs into its token (SHA-256, base64url). */
export const bodyDigest = (body: string): string => crypto.createHash('sha256').update(body).digest('base64url');

/** A key the gateway signs with, named by its id: the RFC 7638 thumbprint of its public half. */
export interface SigningKey {
  /** PKCS#8 PEM. */
  privatePem: string;
  kid: string;
}

/** The gateway keys a subgraph accepts, by id: two while the gateway's key is being rotated. */
export interface GatewayKeySet {
  kids: string[];
  /** SPKI PEM by key id. */
  publicPems: ReadonlyMap<string, string>;
}

/** The id of an ES256 public key: its RFC 7638 thumbprint. */
export async function keyIdOf(publicKey: CryptoKey): Promise<string> {
  return calculateJwkThumbprint(await exportJWK(publicKey));
}

/** The key set of these public keys (SPKI PEM), each under its id. */
export async function gatewayKeySet(publicPems: string[]): Promise<GatewayKeySet> {
  const entries = await Promise.all(publicPems.map(async (pem) => [await keyIdOf(await importSPKI(pem, 'ES256', { extractable: true })), pem] as const));
  return { kids: entries.map(([kid]) => kid), publicPems: new Map(entries) };
}

// The gateway's tokens are made and checked with fast-jwt (node:crypto, synchronous): a request
// costs one signature and one verification per subgraph call, and WebCrypto's were the largest
// single cost of a request. Signers and verifiers are made once per key and subgraph.
type Sign = (payload: Record<string, unknown>) => string;
type Verify = (token: string) => JWTPayload;
const signers = new WeakMap<SigningKey, Sign>();
const verifiers = new WeakMap<GatewayKeySet, Map<string, Verify>>();

/**
 * Signs one subgraph call for the gateway: the verified caller, this subgraph as audience, 60 s, a
 * one-time id, and the SHA-256 of the request's body, so that the token cannot carry another query.
 */
export function signSubgraphCall(signing: SigningKey, caller: Caller, subgraph: string, body: string): string {
  let sign = signers.get(signing);
  if (!sign) {
    sign = createSigner<Record<string, unknown>>({
      key: signing.privatePem,
      algorithm: 'ES256',
      kid: signing.kid,
      iss: GATEWAY_ISSUER,
      expiresIn: GATEWAY_TOKEN_TTL_MS,
    });
    signers.set(signing, sign);
  }
  return sign({
    sub: caller.id,
    aud: `subgraph:${subgraph}`,
    jti: crypto.randomUUID(),
    department: caller.department,
    roles: caller.roles,
    ...(caller.citizenCpr ? { cpr: caller.citizenCpr } : {}),
    purpose: caller.purpose,
    rid: caller.requestId,
    op: caller.operation,
    bh: bodyDigest(body),
  });
}

/** A subgraph call's verified token: who calls, its one-time id and expiry, and the body it was signed for. */
export interface VerifiedCall {
  caller: Caller;
  tokenId: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  bodyDigest: string;
}

/**
 * Verifies the gateway's token of a call to `subgraph`: a listed key (a token naming any other is
 * refused before its signature is checked), the gateway as issuer, this subgraph as audience, at most
 * 60 s old. Throws `IdentityError` on anything it cannot verify. The body is checked with `checkBody`
 * once read: the token is verified first, so an unverified request reads nothing.
 */
export function verifySubgraphCall(keys: GatewayKeySet, token: string | undefined, subgraph: string): VerifiedCall {
  if (!token) throw new IdentityError('no gateway token');
  let kid: unknown;
  try {
    kid = decodeProtectedHeader(token).kid;
  } catch {
    throw new IdentityError('gateway token unreadable');
  }
  const pem = typeof kid === 'string' ? keys.publicPems.get(kid) : undefined;
  if (!pem) throw new IdentityError('gateway token signed with a key not accepted here');
  let byKey = verifiers.get(keys);
  if (!byKey) {
    byKey = new Map();
    verifiers.set(keys, byKey);
  }
  let verify = byKey.get(`${subgraph}|${kid}`);
  if (!verify) {
    verify = createVerifier<string>({
      key: pem,
      algorithms: ['ES256'],
      allowedIss: GATEWAY_ISSUER,
      allowedAud: `subgraph:${subgraph}`,
      maxAge: GATEWAY_TOKEN_TTL_MS,
      requiredClaims: ['sub', 'aud', 'jti', 'iat', 'exp', 'bh'],
    });
    byKey.set(`${subgraph}|${kid}`, verify);
  }
  let payload: JWTPayload;
  try {
    payload = verify(token);
  } catch {
    throw new IdentityError('gateway token not verified');
  }
  const purpose = parsePurpose(payload.purpose as string | null);
  if (purpose === 'INVALID') throw new IdentityError('gateway token carries an unknown purpose');
  const requestId = typeof payload.rid === 'string' ? payload.rid : crypto.randomUUID();
  const operation = typeof payload.op === 'string' ? payload.op : null;
  if (typeof payload.jti !== 'string' || typeof payload.bh !== 'string' || typeof payload.exp !== 'number') {
    throw new IdentityError('gateway token incomplete');
  }
  return { caller: callerFromClaims(payload, purpose, requestId, operation), tokenId: payload.jti, expiresAt: payload.exp * 1000, bodyDigest: payload.bh };
}

/** Throws `IdentityError` unless `body` is the body the call's token was signed for. */
export function checkBody(call: VerifiedCall, body: string): void {
  if (call.bodyDigest !== bodyDigest(body)) throw new IdentityError('gateway token was signed for another body');
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
export async function signingKeyFrom(privatePem: string): Promise<SigningKey> {
  const publicPem = crypto.createPublicKey(privatePem).export({ type: 'spki', format: 'pem' }).toString();
  return { privatePem, kid: await keyIdOf(await importSPKI(publicPem, 'ES256', { extractable: true })) };
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
      (files.gatewayPublicKeyFile ? publicKeyFiles(files.gatewayPublicKeyFile) : [gateway!.publicFile]).map((file) => fs.readFileSync(file, 'utf8')),
    ),
    logSigningPrivateKey: await importPKCS8(fs.readFileSync(logSigning.privateFile, 'utf8'), 'ES256'),
    logSigningPublicKey,
    logSigningPublicJwk: { ...(await exportJWK(logSigningPublicKey)), alg: 'ES256', use: 'sig', kid: 'access-log-head' },
  };
}

/** The claims of a development token: a staff member's, or a citizen's (role `citizen`, own `cpr`, no department). */
export type DevClaims = { sub: string; department: string; roles: readonly string[] } | { sub: string; roles: readonly ['citizen']; cpr: string };

/** A citizen's claims; the subject is derived from the CPR number so that no log shows the number as an actor. */
export const citizenClaims = (cpr: string): DevClaims => ({
  sub: `citizen-${crypto.createHash('sha256').update(cpr).digest('hex').slice(0, 16)}`,
  roles: ['citizen'],
  cpr,
});

/** Mints a caller token from the development identity provider. */
export async function mintDevToken(
  keys: Pick<HubKeys, 'devIdpPrivateKey'>,
  claims: DevClaims,
  options: { issuer: string; audience: string; expiresIn?: string | number },
): Promise<string> {
  const { sub, ...rest } = claims;
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: 'ES256', kid: 'dev-idp' })
    .setSubject(sub)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(keys.devIdpPrivateKey);
}
