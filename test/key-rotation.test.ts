/**
 * Rotating the gateway's signing key without downtime: subgraphs accept every key listed in
 * GATEWAY_PUBLIC_KEY_FILE (comma-separated), each named by its id; the gateway signs with the new
 * one; a key dropped from the list is refused.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CALLER_HEADER,
  IdentityError,
  gatewayKeySet,
  signSubgraphCall,
  signingKeyFrom,
  verifySubgraphCall,
  type Caller,
  type SigningKey,
} from '../services/shared/src/identity.ts';
import { PERSONAS } from '../services/shared/src/demo/world.ts';
import { CASEWORKERS, startTestHub, type TestHub } from './harness.ts';

const CALLER: Caller = { id: 'cw-jc-1', department: 'jobcentre', roles: ['caseworker'], purpose: null, requestId: 'rotation', operation: null };
const BODY = JSON.stringify({ query: '{ _entities(representations: [{ __typename: "Citizen", cpr: "720385-1235" }]) { ... on Citizen { cpr } } }' });

async function writePair(dir: string, name: string): Promise<{ signing: SigningKey; publicFile: string; privateFile: string }> {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const privateFile = path.join(dir, `${name}-private.pem`);
  const publicFile = path.join(dir, `${name}-public.pem`);
  const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  fs.writeFileSync(privateFile, privatePem);
  fs.writeFileSync(publicFile, publicKey.export({ type: 'spki', format: 'pem' }));
  return { signing: await signingKeyFrom(privatePem), publicFile, privateFile };
}

let dir: string;
let hub: TestHub;
let previous: Awaited<ReturnType<typeof writePair>>;
let next: Awaited<ReturnType<typeof writePair>>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-rotation-'));
  previous = await writePair(dir, 'previous');
  next = await writePair(dir, 'next');
  // Mid-rotation: the subgraphs accept both keys, the gateway already signs with the new one.
  hub = await startTestHub({
    env: { GATEWAY_PRIVATE_KEY_FILE: next.privateFile, GATEWAY_PUBLIC_KEY_FILE: `${previous.publicFile}, ${next.publicFile}` },
  });
});
afterAll(async () => {
  await hub?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const direct = (signing: SigningKey) =>
  fetch(hub.subgraphs.jobcentre.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CALLER_HEADER]: signSubgraphCall(signing, CALLER, 'jobcentre', BODY) },
    body: BODY,
  });

describe('a gateway key rotation', () => {
  it('signs with the new key, named by its id, and the hub answers', async () => {
    expect(hub.keys.gatewaySigningKey.kid).toBe(next.signing.kid);
    expect(hub.keys.gatewayKeys.kids).toEqual([previous.signing.kid, next.signing.kid]);
    const result = await hub.query(await hub.token(CASEWORKERS.jobcentre), `{ citizen(cpr: "${PERSONAS.soren}") { name } }`);
    expect(result.body.data.citizen.name).toBe('Søren Jensen');
  });

  it('still accepts what the gateway signed with the previous key while it is listed', async () => {
    expect((await direct(previous.signing)).status).toBe(200);
    expect((await direct(next.signing)).status).toBe(200);
  });

  it('refuses a key that is not listed, and the previous key once it is dropped', async () => {
    const stranger = await writePair(dir, 'stranger');
    expect((await direct(stranger.signing)).status).toBe(401);
    // The last step of the rotation: the list holds the new key only.
    const afterwards = await gatewayKeySet([fs.readFileSync(next.publicFile, 'utf8')]);
    const oldToken = signSubgraphCall(previous.signing, CALLER, 'jobcentre', BODY);
    expect(() => verifySubgraphCall(afterwards, oldToken, 'jobcentre')).toThrow(IdentityError);
    const newToken = signSubgraphCall(next.signing, CALLER, 'jobcentre', BODY);
    expect(verifySubgraphCall(afterwards, newToken, 'jobcentre').caller.id).toBe('cw-jc-1');
  });
});
