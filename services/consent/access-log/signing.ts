/**
 * What the log signs with its own key (ES256, compact JWS): exported heads, retention anchors and
 * verification checkpoints. Each kind has its own `typ`, so that one can never stand in for another;
 * anyone with the public key can check them, and nobody without the private key can make one, so a
 * database operator who rewrites the tables cannot forge where the chain starts or what was verified.
 */
import { CompactSign, compactVerify, type CryptoKey } from 'jose';

export const SIGNED_KINDS = {
  head: 'citizen-hub/access-log-head',
  anchor: 'citizen-hub/access-log-anchor',
  checkpoint: 'citizen-hub/access-log-checkpoint',
} as const;
export type SignedKind = keyof typeof SIGNED_KINDS;

/** Signs `payload` as a `kind` statement of the log. */
export async function signStatement(kind: SignedKind, payload: object, key: CryptoKey): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify({ typ: SIGNED_KINDS[kind], ...payload }));
  return new CompactSign(bytes).setProtectedHeader({ alg: 'ES256' }).sign(key);
}

/** Reads a `kind` statement back; throws unless it verifies with `publicKey` and is of that kind. */
export async function readStatement<T extends object>(kind: SignedKind, jws: string, publicKey: CryptoKey): Promise<T> {
  const { payload } = await compactVerify(jws, publicKey, { algorithms: ['ES256'] });
  const statement = JSON.parse(new TextDecoder().decode(payload));
  if (statement?.typ !== SIGNED_KINDS[kind]) throw new Error(`not an access-log ${kind}`);
  return statement as T;
}
