/**
 * Revocation is immediate everywhere: two gateways, two instances of the family subgraph, 32
 * concurrent readers while a coordinator revokes. Once `revokeConsent` has returned, no instance
 * releases data under the consent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS } from '../services/shared/src/demo/world.ts';
import { CASEWORKERS, startTestHub, testRedisUrl, type TestHub } from './harness.ts';

const READERS = 32;
const FAMILY_OF_ANNE = `query AnneFamily { citizen(cpr: "${PERSONAS.anne}") { family { __typename ... on Restricted { reason } } } }`;

// Redis carries no consent state (docs/decisions/0006): revocation must behave the same with it,
// without it, and with it unreachable.
const REDIS_SETUPS: [string, Record<string, string> | null][] = [
  ['with Redis', testRedisUrl ? { REDIS_URL: testRedisUrl } : null],
  ['without Redis', { REDIS_URL: '' }],
  ['with Redis unreachable', { REDIS_URL: 'redis://127.0.0.1:1' }],
];

interface Read {
  started: number;
  ended: number;
  typename: string;
  reason?: string;
}

async function read(url: string, token: string): Promise<Read> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'COORDINATED_EFFORT' },
    body: JSON.stringify({ query: FAMILY_OF_ANNE }),
  });
  const body = await response.json();
  const family = body.data?.citizen?.family;
  return { started, ended: performance.now(), typename: family?.__typename ?? `error:${body.errors?.[0]?.extensions?.code}`, reason: family?.reason };
}

describe.each(REDIS_SETUPS)('revoking a consent, %s', (_, env) => {
  let hub: TestHub;
  let gatewayUrls: string[];

  beforeAll(async () => {
    if (!env) return;
    hub = await startTestHub({ env });
    const secondFamily = await hub.startInstance('family');
    const secondGateway = await hub.startGateway({ family: secondFamily.url });
    gatewayUrls = [hub.gateway.url, secondGateway.url];
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it.skipIf(!env)('stops release on every instance once revokeConsent has returned', async () => {
    const reader = await hub.token(CASEWORKERS.jobcentre);
    const coordinator = await hub.token(CASEWORKERS.family);
    // Her consent to share between the departments (she also has one for her joint plan).
    const consentId = (await hub.query(coordinator, `{ citizen(cpr: "${PERSONAS.anne}") { consents { id status purpose } } }`)).body.data.citizen.consents.find(
      (c: any) => c.status === 'ACTIVE' && c.purpose === 'COORDINATED_EFFORT',
    ).id;

    // No fixed sleeps (a slow or loaded machine must not fail this test): the coordinator revokes
    // once every reader has seen the data released, and each reader goes on until it has made
    // READS_AFTER reads that started after revokeConsent returned.
    const READS_AFTER = 3;
    let revokedAt = Number.POSITIVE_INFINITY;
    const reads: Read[] = [];
    let readersReleased = 0;
    let allReleased!: () => void;
    const everyReaderReleased = new Promise<void>((resolve) => {
      allReleased = resolve;
    });
    let revoking = false;
    const readers = Array.from({ length: READERS }, async (_, i) => {
      let sawRelease = false;
      let readsAfter = 0;
      // Each reader alternates between the two gateways (and so the two family instances).
      for (let n = 0; readsAfter < READS_AFTER; n++) {
        const r = await read(gatewayUrls[(i + n) % 2]!, reader);
        reads.push(r);
        if (r.started > revokedAt) readsAfter++;
        // Until the revocation is sent, the consent is active: anything but a release is a failure.
        if (!revoking && r.typename !== 'FamilyView') throw new Error(`read before the revocation gave ${r.typename}`);
        if (!sawRelease && r.typename === 'FamilyView') {
          sawRelease = true;
          if (++readersReleased === READERS) allReleased();
        }
      }
    });

    await Promise.race([everyReaderReleased, Promise.all(readers)]);
    revoking = true;
    const revocation = await hub.query(coordinator, 'mutation ($id: ID!) { revokeConsent(id: $id, reason: "Withdrawn at the meeting") { status revokedAt } }', {
      id: consentId,
    });
    revokedAt = performance.now();
    expect(revocation.body.data.revokeConsent.status).toBe('REVOKED');
    await Promise.all(readers);

    const before = reads.filter((r) => r.ended < revokedAt);
    const after = reads.filter((r) => r.started > revokedAt);
    // The race was real: data was released before, and reads kept coming after.
    expect(before.some((r) => r.typename === 'FamilyView')).toBe(true);
    expect(after.length).toBeGreaterThanOrEqual(READERS * READS_AFTER);
    for (const r of after) expect(r).toMatchObject({ typename: 'Restricted', reason: 'CONSENT_REVOKED' });
    expect(reads.every((r) => r.typename === 'FamilyView' || r.typename === 'Restricted')).toBe(true);

    // Every release under the consent was decided and confirmed before the revocation returned.
    const revokedWall = Date.now() - (performance.now() - revokedAt);
    const released = (await hub.logEntries()).filter((e: any) => e.consentId === consentId && e.outcome === 'RELEASED' && e.sourceDepartment === 'family');
    expect(released.length).toBeGreaterThan(0);
    for (const entry of released) expect(entry.decidedAt.getTime()).toBeLessThanOrEqual(revokedWall);
    // ... and before the revocation time the consent records: the log shows no release after it.
    const recordedRevocation = Date.parse(revocation.body.data.revokeConsent.revokedAt);
    for (const entry of released) expect(entry.decidedAt.getTime()).toBeLessThanOrEqual(recordedRevocation);
  });

  it.skipIf(!env)('records the revocation time once the lock is held, after every release it waited for', async () => {
    const coordinator = await hub.token(CASEWORKERS.jobcentre);
    const granted = await hub.query(coordinator, 'mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }', {
      input: {
        cpr: PERSONAS.soren,
        grantedBy: [{ name: 'Søren Jensen', cpr: PERSONAS.soren, capacity: 'SELF' }],
        sourceDepartments: ['JOBCENTRE'],
        recipientDepartments: ['FAMILY'],
        categories: ['JOBCENTRE_APPOINTMENTS'],
        purpose: 'COORDINATED_EFFORT',
        validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
        method: 'WRITTEN',
        evidence: 'Declaration 2026-117-9',
        textVersion: 'samtykke-2026-01',
      },
    });
    const id = granted.body.data.grantConsent.id;
    const consentDb = hub.owner('consent');
    // A release's confirmation in progress: it holds the consent's row FOR SHARE, as createConsentLookup.confirm does.
    const confirmation = await consentDb.transaction();
    await confirmation('consent').where('id', id).forShare().select('id');
    const revoking = hub.query(coordinator, 'mutation ($id: ID!) { revokeConsent(id: $id, reason: "Withdrawn at the meeting") { revokedAt } }', { id });
    // Wait (without a fixed sleep) until the revocation waits for the lock.
    for (;;) {
      const waiting = await consentDb.raw(`select count(*)::int as n from pg_locks where not granted and locktype in ('transactionid', 'tuple')`);
      if (waiting.rows[0].n > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // The confirmation decided its release up to now, and ends.
    const releasedUntil = Date.now();
    await confirmation.commit();
    const revoked = await revoking;
    expect(revoked.body.errors).toBeUndefined();
    expect(Date.parse(revoked.body.data.revokeConsent.revokedAt)).toBeGreaterThanOrEqual(releasedUntil);
    const entry = (await hub.logEntries()).find((e) => e.consentId === id && e.categories.includes('CONSENT_REVOKED'));
    expect(entry!.decidedAt.toISOString()).toBe(revoked.body.data.revokeConsent.revokedAt);
  });
});
