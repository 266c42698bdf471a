import crypto from 'node:crypto';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CALLER_HEADER,
  IdentityError,
  checkBody,
  gatewayKeySet,
  signingKeyFrom,
  verifySubgraphCall,
  type Caller,
  type GatewayKeySet,
  type SigningKey,
} from '../../../services/shared/src/identity.ts';
import { subgraphUrls } from '../compose.ts';
import { gatewayOver, post, stubSubgraph } from './testing.ts';
import { useSubgraphSigning } from './useSubgraphSigning.ts';

const caller: Caller = { id: 'cw-fa-1', department: 'family', roles: ['caseworker'], purpose: 'COORDINATED_EFFORT', requestId: 'req-7', operation: null };
/** Puts a verified caller in the context, as useCallerIdentity does. */
const callerIs = (who: Caller): GatewayPlugin<{ caller: Caller }> => ({ onContextBuilding: ({ extendContext }) => extendContext({ caller: who }) });
const QUERY = 'query Look { citizen(cpr: "720385-1235") { name } }';

let signing: SigningKey;
let keys: GatewayKeySet;
const stub = stubSubgraph('registry');
let gateway: ReturnType<typeof gatewayOver>;

beforeAll(async () => {
  const pair = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  signing = await signingKeyFrom(pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  keys = await gatewayKeySet([pair.publicKey.export({ type: 'spki', format: 'pem' }).toString()]);
  gateway = gatewayOver(stub, [callerIs(caller), ...useSubgraphSigning(signing, subgraphUrls(stub.supergraph))]);
});
afterAll(async () => {
  await gateway.dispose();
});

/** The calls the subgraph received while `ask` ran. */
async function callsDuring(ask: () => Promise<unknown>) {
  const before = stub.calls.length;
  await ask();
  return stub.calls.slice(before);
}

describe('useSubgraphSigning', () => {
  it('signs each subgraph call for that subgraph alone, with the caller and the body the subgraph receives', async () => {
    const [call] = await callsDuring(() => post(gateway, QUERY, { 'x-request-id': 'req-7' }));
    const verified = verifySubgraphCall(keys, call!.headers.get(CALLER_HEADER) ?? undefined, 'registry');
    expect(verified.caller).toEqual(caller);
    expect(() => checkBody(verified, call!.body)).not.toThrow();
    expect(() => checkBody(verified, call!.body.replace('720385-1235', '640790-2468'))).toThrow(IdentityError);
    expect(() => verifySubgraphCall(keys, call!.headers.get(CALLER_HEADER) ?? undefined, 'family')).toThrow(IdentityError);
  });

  it('passes on no x-hub-caller a client sent, and keeps its merge key to itself', async () => {
    const [call] = await callsDuring(() => post(gateway, QUERY, { [CALLER_HEADER]: 'forged-by-the-client', 'x-hub-caller-key': 'forged' }));
    expect(call!.headers.get(CALLER_HEADER)).not.toBe('forged-by-the-client');
    expect(() => verifySubgraphCall(keys, call!.headers.get(CALLER_HEADER) ?? undefined, 'registry')).not.toThrow();
    expect(call!.headers.has('x-hub-caller-key')).toBe(false);
  });

  it('gives every call a token of its own', async () => {
    const calls = await callsDuring(() => Promise.all([post(gateway, QUERY), post(gateway, QUERY)]));
    const ids = calls.map((c) => verifySubgraphCall(keys, c.headers.get(CALLER_HEADER) ?? undefined, 'registry').tokenId);
    expect(new Set(ids).size).toBe(calls.length);
  });

  it.each<[string, GatewayPlugin<any>[], () => Map<string, string>]>([
    ['without a verified caller', [], () => subgraphUrls(stub.supergraph)],
    ['at a URL it has no subgraph name for', [callerIs(caller)], () => new Map()],
  ])('calls no subgraph %s', async (_, plugins, urls) => {
    const refusing = gatewayOver(stub, [...plugins, ...useSubgraphSigning(signing, urls())]);
    try {
      const calls = await callsDuring(async () => expect((await post(refusing, QUERY)).body.errors?.length).toBeGreaterThan(0));
      expect(calls).toEqual([]);
    } finally {
      await refusing.dispose();
    }
  });
});
