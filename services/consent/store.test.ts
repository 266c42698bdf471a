import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../shared/src/db.ts';
import type { Caller } from '../shared/src/identity.ts';
import { migrations } from './legacy/migrations.ts';
import { migrate } from '../shared/src/db.ts';
import type { ValidGrant } from './rules.ts';
import { createConsentLookup, createConsentStore } from './store.ts';

const coordinator: Caller = { id: 'cw-fa-1', department: 'family', roles: ['caseworker', 'coordinator'], purpose: null, requestId: 'r', operation: null };
const reader: Caller = { id: 'cw-jc-1', department: 'jobcentre', roles: ['caseworker'], purpose: 'COORDINATED_EFFORT', requestId: 'r', operation: null };
const now = new Date();
const grant = (cpr: string): ValidGrant => ({
  cpr,
  grantedBy: [{ name: 'Anne Larsen', cpr, capacity: 'SELF' }],
  sourceDepartments: ['family'],
  recipientDepartments: ['jobcentre'],
  categories: ['FAMILY_MEETINGS'],
  purpose: 'COORDINATED_EFFORT',
  validFrom: new Date(now.getTime() - 1000),
  validUntil: new Date(now.getTime() + 86_400_000),
  method: 'WRITTEN',
  evidence: 'Declaration 1',
  textVersion: 'v1',
});

let db: Database;
beforeAll(async () => {
  db = openDatabase({});
  await migrate(db.knex, migrations);
});
afterAll(async () => {
  await db.close();
});

describe('the consent store', () => {
  it('confirms a consent until it is revoked, and never after', async () => {
    const store = createConsentStore(db.knex);
    const lookup = createConsentLookup(db.knex);
    const id = await store.grant(grant('640790-2468'), coordinator, now);
    const found = await lookup.lookup(['640790-2468'], reader);
    expect(found.get('640790-2468')!.consents.map((c) => c.id)).toEqual([id]);
    expect(await lookup.confirm({ consentIds: [id], emergencyAccessIds: [] }, new Date())).toEqual(new Set([id]));
    await store.revoke(id, 'withdrawn', coordinator, new Date());
    expect(await lookup.confirm({ consentIds: [id], emergencyAccessIds: [] }, new Date())).toEqual(new Set());
  });

  it('keeps every version and event: a renewal adds a version, nothing is edited', async () => {
    const store = createConsentStore(db.knex);
    const id = await store.grant(grant('831101-3571'), coordinator, now);
    const until = new Date(now.getTime() + 10 * 86_400_000);
    await store.renew(id, until, coordinator, new Date());
    const versions = await db.knex('consent_version').where('consent_id', id).orderBy('version');
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(new Date(versions[0].valid_until).getTime()).toBe(grant('x').validUntil.getTime());
    expect(new Date(versions[1].valid_until).getTime()).toBe(until.getTime());
    expect((await store.eventsFor([id])).map((e) => [e.kind, e.version])).toEqual([
      ['GRANTED', 1],
      ['RENEWED', 2],
    ]);
    expect((await store.byId(id))!.version).toBe(2);
  });

  it('counts emergency accesses per caseworker and day, and refuses beyond the limit', async () => {
    const store = createConsentStore(db.knex);
    const caseworker: Caller = { ...reader, id: 'cw-limit' };
    const open = () =>
      store.openEmergencyAccess(
        { cpr: '720385-1235', actor: caseworker, legalGround: 'CHILD_AT_RISK', justification: 'x'.repeat(40), durationMinutes: 60, maxPerDay: 2 },
        new Date(),
      );
    await open();
    await open();
    await expect(open()).rejects.toThrow();
    const active = await store.emergencyAccesses({ actorId: 'cw-limit', activeAt: new Date() });
    expect(active).toHaveLength(2);
    expect(active[0]!.reviewStatus).toBe('PENDING');
  });
});
