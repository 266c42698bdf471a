import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceDatabase } from '../../test/support/postgres.ts';
import type { Database } from '../shared/src/db.ts';
import type { Caller } from '../shared/src/identity.ts';
import { InMemoryAccessLog, entryFor, type AccessLogWriter } from '../shared/src/access-log.ts';
import { DurableAccessLog } from './access-log/writer.ts';
import { consent } from './index.ts';
import type { ValidGrant } from './rules.ts';
import { changeLogged, createConsentLookup, createConsentStore, type ConsentRecord } from './store.ts';

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

/** As the services log in, and as the owner of the tables (for what only the owner may do). */
let db: Database;
let owner: Database;
let drop: () => Promise<void>;
let otherDrop: () => Promise<void>;
let other: Database;
beforeAll(async () => {
  ({ db, owner, drop } = await serviceDatabase(consent));
  ({ db: other, drop: otherDrop } = await serviceDatabase(consent));
});
afterAll(async () => {
  await drop?.();
  await otherDrop?.();
});

describe('the consent store', () => {
  it('confirms a consent until it is revoked, and never after', async () => {
    const store = createConsentStore(db.knex);
    const lookup = createConsentLookup(db.knex);
    const id = await store.grant(grant('640790-2468'), coordinator, now);
    const found = await lookup.lookup(['640790-2468'], reader);
    expect(found.get('640790-2468')!.consents.map((c) => c.id)).toEqual([id]);
    expect(await lookup.confirm({ consentIds: [id], emergencyAccessIds: [] }, new Date())).toEqual(new Set([id]));
    await store.revoke(id, 'withdrawn', coordinator, () => new Date());
    expect(await lookup.confirm({ consentIds: [id], emergencyAccessIds: [] }, new Date())).toEqual(new Set());
  });

  it('refuses to confirm an id that is not a UUID, rather than write it into its SQL', async () => {
    const lookup = createConsentLookup(db.knex);
    const hostile = "00000000-0000-0000-0000-000000000000'); drop table consent; --";
    await expect(lookup.confirm({ consentIds: [hostile], emergencyAccessIds: [] }, new Date())).rejects.toThrow(/not a UUID/);
    expect(await db.knex.schema.hasTable('consent')).toBe(true);
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

  it('stops an emergency access at once when it is reviewed as misuse, in the lookup and at the release point', async () => {
    const store = createConsentStore(db.knex);
    const lookup = createConsentLookup(db.knex);
    const caseworker: Caller = { ...reader, id: 'cw-misuse' };
    const access = await store.openEmergencyAccess(
      { cpr: '720385-1235', actor: caseworker, legalGround: 'CHILD_AT_RISK', justification: 'x'.repeat(40), durationMinutes: 60, maxPerDay: 3 },
      new Date(),
    );
    const found = async () => (await lookup.lookup(['720385-1235'], caseworker)).get('720385-1235')!.emergencies.map((e) => e.id);
    const confirmed = () => lookup.confirm({ consentIds: [], emergencyAccessIds: [access.id] }, new Date());
    await store.reviewEmergencyAccess(access.id, 'APPROVED', null, coordinator, () => new Date());
    expect(await found()).toEqual([access.id]);
    expect(await confirmed()).toEqual(new Set([access.id]));

    await store.reviewEmergencyAccess(access.id, 'MISUSE', 'No risk to the child was recorded anywhere', coordinator, () => new Date());
    expect(await found()).toEqual([]);
    expect(await confirmed()).toEqual(new Set());
    // The auditors' queue still lists it, with its verdict.
    expect((await store.emergencyAccesses({ ids: [access.id] }))[0]!.reviewStatus).toBe('MISUSE');
    // A later approval does not start it again.
    await store.reviewEmergencyAccess(access.id, 'APPROVED', 'Reviewed again', coordinator, () => new Date());
    expect(await found()).toEqual([]);
    expect(await confirmed()).toEqual(new Set());
  });
});

describe('a consent change and its access-log entry', () => {
  const entryOf = (consent: ConsentRecord) =>
    entryFor(coordinator, now, { cpr: consent.cpr, categories: ['CONSENT_GRANTED'], outcome: 'RELEASED', legalBasis: 'OWN_DEPARTMENT', consentId: consent.id });
  const grantLogged = (log: AccessLogWriter, cpr: string) =>
    changeLogged(
      db.knex,
      log,
      async (store) => (await store.byId(await store.grant(grant(cpr), coordinator, now)))!,
      (c) => [entryOf(c)],
    );
  const consentsOf = async (cpr: string) => (await createConsentStore(db.knex).byCprs([cpr])).length;

  it('are stored in one transaction by the durable log: if the entry cannot be written, the change is undone', async () => {
    const log = new DurableAccessLog(db.knex);
    const cpr = '750358-0412';
    await owner.knex.raw('revoke insert on access_log from hub_log_writer');
    try {
      await expect(grantLogged(log, cpr)).rejects.toThrow(/permission denied/);
      expect(await consentsOf(cpr)).toBe(0);
    } finally {
      await owner.knex.raw('grant insert on access_log to hub_log_writer');
    }
    const consent = await grantLogged(log, cpr);
    expect(await consentsOf(cpr)).toBe(1);
    const logged = await db.knex('access_log').where('consent_id', consent.id);
    expect(logged.map((r) => r.categories)).toEqual([['CONSENT_GRANTED']]);
  });

  it('are refused by a durable log on another database than the change', async () => {
    await expect(
      changeLogged(
        db.knex,
        new DurableAccessLog(other.knex),
        async () => 1,
        () => [],
      ),
    ).rejects.toThrow(/another database/);
  });

  it('are stored together with an in-memory log as well: a failed append undoes the change', async () => {
    const cpr = '691170-1884';
    const failing = { append: async () => Promise.reject(new Error('log store unavailable')) };
    await expect(grantLogged(failing, cpr)).rejects.toThrow('log store unavailable');
    expect(await consentsOf(cpr)).toBe(0);
    const log = new InMemoryAccessLog();
    const consent = await grantLogged(log, cpr);
    expect(log.entries.map((e) => e.consentId)).toEqual([consent.id]);
    expect(await consentsOf(cpr)).toBe(1);
  });
});
