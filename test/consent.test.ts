/**
 * Consents through the gateway: recording, validation, category granularity, purpose, renewal,
 * revocation, expiry, emergency access, and a child's case content.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS } from '../services/shared/src/demo/world.ts';
import { addDays, danishDate } from '../services/shared/src/time.ts';
import { CASEWORKERS, startTestHub, type TestHub } from './harness.ts';

let hub: TestHub;
const tokens: Record<string, string> = {};
const today = danishDate(new Date());
const inDays = (days: number) => addDays(today, days);

const GRANT = /* GraphQL */ `
  mutation Grant($input: GrantConsentInput!) {
    grantConsent(input: $input) { id version status categories purpose validUntil sourceDepartments recipientDepartments history { kind version actorId } }
  }
`;
const JOBCENTRE_OF = /* GraphQL */ `
  query JobcentreOf($cpr: ID!) {
    citizen(cpr: $cpr) {
      jobcentre {
        __typename
        ... on Restricted { reason }
        ... on JobcentreView { appointments { id } sanctions { date } benefits { kind } withheld { category reason } }
      }
    }
  }
`;

const sorenAppointmentsForFamily = (overrides: Record<string, unknown> = {}) => ({
  cpr: PERSONAS.soren,
  grantedBy: [{ name: 'Søren Jensen', cpr: PERSONAS.soren, capacity: 'SELF' }],
  sourceDepartments: ['JOBCENTRE'],
  recipientDepartments: ['FAMILY'],
  categories: ['JOBCENTRE_APPOINTMENTS'],
  purpose: 'COORDINATED_EFFORT',
  validUntil: inDays(90),
  method: 'WRITTEN',
  evidence: 'Declaration 2026-117-4',
  textVersion: 'samtykke-2026-01',
  ...overrides,
});

async function grant(token: string, input: object) {
  return hub.query(token, GRANT, { input });
}

async function jobcentreAsFamily(cpr: string, purpose = 'COORDINATED_EFFORT') {
  const result = await hub.query(tokens.family!, JOBCENTRE_OF, { cpr }, { 'x-purpose': purpose });
  expect(result.body.errors).toBeUndefined();
  return result.body.data.citizen.jobcentre;
}

beforeAll(async () => {
  hub = await startTestHub();
  for (const [department, claims] of Object.entries(CASEWORKERS)) tokens[department] = await hub.token(claims);
  tokens.familyCaseworkerOnly = await hub.token({ sub: 'cw-fa-2', department: 'family', roles: ['caseworker'] });
});
afterAll(async () => {
  await hub?.stop();
});

describe('recording a consent', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['no categories (a blanket consent)', { categories: [] }, 'categories'],
    ['no source department', { sourceDepartments: [] }, 'sourceDepartments'],
    ['no recipient department', { recipientDepartments: [] }, 'recipientDepartments'],
    ['a department sharing only with itself', { recipientDepartments: ['JOBCENTRE'] }, 'recipientDepartments'],
    ['a category of a department that is not a source', { categories: ['FAMILY_MEETINGS'] }, 'categories'],
    ['an end before the start', { validFrom: inDays(10), validUntil: inDays(5) }, 'validUntil'],
    ['an end further ahead than the maximum', { validUntil: inDays(800) }, 'validUntil'],
    ['an end within the maximum of a later start, but beyond it from today', { validFrom: inDays(400), validUntil: inDays(800) }, 'validUntil'],
    ['an end that is not a date', { validUntil: '2027-02-30' }, 'validUntil'],
    ['a start in the past', { validFrom: inDays(-3) }, 'validFrom'],
    ['no grantor', { grantedBy: [] }, 'grantedBy'],
    ['an adult who did not consent themself', { grantedBy: [{ name: 'Inger Jensen', cpr: PERSONAS.sorenMother, capacity: 'CUSTODY_HOLDER' }] }, 'grantedBy'],
    ['no evidence', { evidence: ' ' }, 'evidence'],
    ['an invalid CPR number', { cpr: '12345' }, 'cpr'],
    ['a citizen not in the register', { cpr: '610101-1111' }, 'cpr'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_, overrides, field) => {
    // The jobcentre's coordinator may record it (the jobcentre is the source in every case).
    const result = await grant(tokens.jobcentre!, sorenAppointmentsForFamily(overrides));
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.body.data?.grantConsent ?? null).toBeNull();
  });

  it('refuses a consent without an end date or purpose at the schema', async () => {
    const { validUntil: _, purpose: __, ...incomplete } = sorenAppointmentsForFamily();
    const result = await grant(tokens.jobcentre!, incomplete);
    expect(result.body.errors.map((e: any) => e.extensions.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(result.body.errors.map((e: any) => e.message).join()).toMatch(/purpose.*validUntil/s);
    // The message does not echo the submitted values (which hold CPR numbers).
    expect(JSON.stringify(result.body)).not.toContain(PERSONAS.soren);
  });

  it('refuses a child under 15 without every custody holder, and accepts it with both', async () => {
    const child = PERSONAS.sorenChildA;
    const childConsent = (grantedBy: object[]) => ({
      cpr: child,
      grantedBy,
      sourceDepartments: ['FAMILY'],
      recipientDepartments: ['JOBCENTRE'],
      categories: ['FAMILY_MEETINGS'],
      purpose: 'COORDINATED_EFFORT',
      validUntil: inDays(60),
      method: 'WRITTEN',
      evidence: 'Declaration B-2026-0117-1',
      textVersion: 'samtykke-2026-01',
    });
    const father = { name: 'Søren Jensen', cpr: PERSONAS.soren, capacity: 'CUSTODY_HOLDER' };
    const mother = { name: 'Maria Holm', cpr: PERSONAS.sorenChildrenMother, capacity: 'CUSTODY_HOLDER' };
    const onlyFather = await grant(tokens.family!, childConsent([father]));
    expect(onlyFather.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'grantedBy' });
    // Someone who is not a custody holder in the register cannot consent as one, named or not.
    for (const impostor of [
      { name: 'Inger Jensen', cpr: PERSONAS.sorenMother, capacity: 'CUSTODY_HOLDER' },
      { name: 'Inger Jensen', capacity: 'CUSTODY_HOLDER' },
    ]) {
      const withImpostor = await grant(tokens.family!, childConsent([father, mother, impostor]));
      expect(withImpostor.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'grantedBy' });
    }
    const both = await grant(tokens.family!, childConsent([father, mother]));
    expect(both.body.errors).toBeUndefined();
    expect(both.body.data.grantConsent).toMatchObject({ status: 'ACTIVE', version: 1 });
  });

  it("takes a SELF grantor only with the citizen's own CPR number, and a GUARDIAN only as the register holds one", async () => {
    for (const grantedBy of [[{ name: 'Somebody Else', capacity: 'SELF' }], [{ name: 'Somebody Else', cpr: PERSONAS.anne, capacity: 'SELF' }]]) {
      const result = await grant(tokens.jobcentre!, sorenAppointmentsForFamily({ grantedBy }));
      expect(result.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'grantedBy[0].cpr' });
    }
    // An adult of the register who is no persona, with Else Berg as their guardian: refused until the register holds it.
    const register = hub.owner('registry');
    const ward: string = (
      await register('person')
        .whereNotIn('cpr', Object.values(PERSONAS))
        .andWhere('foedselsdato', '<', addDays(today, -20 * 366))
        .orderBy('cpr')
        .first('cpr')
    ).cpr;
    const byGuardian = sorenAppointmentsForFamily({ cpr: ward, grantedBy: [{ name: 'Else Berg', cpr: PERSONAS.simonMother, capacity: 'GUARDIAN' }] });
    const unregistered = await grant(tokens.jobcentre!, byGuardian);
    expect(unregistered.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'grantedBy[0].cpr' });
    await register('vaergemaal').insert({ person_cpr: ward, vaerge_cpr: PERSONAS.simonMother });
    try {
      const registered = await grant(tokens.jobcentre!, byGuardian);
      expect(registered.body.errors).toBeUndefined();
      expect(registered.body.data.grantConsent.status).toBe('ACTIVE');
    } finally {
      await register('vaergemaal').where({ person_cpr: ward }).delete();
    }
  });

  it('is refused to a caseworker who is not a coordinator, and to a coordinator of an uninvolved department', async () => {
    const notCoordinator = await grant(tokens.familyCaseworkerOnly!, sorenAppointmentsForFamily());
    expect(notCoordinator.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const uninvolved = await grant(tokens['adult-social']!, sorenAppointmentsForFamily());
    expect(uninvolved.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('input longer than its column', () => {
  const long = (n: number) => 'x'.repeat(n);
  const justification = 'The child told the school teacher today that she is afraid to go home tonight.';
  const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

  it.each<[string, () => Promise<{ body: any }>, string]>([
    ['evidence', () => grant(tokens.jobcentre!, sorenAppointmentsForFamily({ evidence: long(256) })), 'evidence'],
    ['text version', () => grant(tokens.jobcentre!, sorenAppointmentsForFamily({ textVersion: long(256) })), 'textVersion'],
    [
      "a grantor's name",
      () => grant(tokens.jobcentre!, sorenAppointmentsForFamily({ grantedBy: [{ name: long(10_000), cpr: PERSONAS.soren, capacity: 'SELF' }] })),
      'grantedBy[0].name',
    ],
    [
      'a revocation reason',
      () =>
        hub.query(tokens.jobcentre!, 'mutation ($id: ID!, $r: String!) { revokeConsent(id: $id, reason: $r) { id } }', { id: NO_SUCH_ID, r: long(100_000) }),
      'reason',
    ],
    [
      'an emergency justification',
      async () =>
        hub.query(
          await hub.token({ sub: 'cw-as-30', department: 'adult-social', roles: ['caseworker'] }),
          'mutation ($input: EmergencyAccessInput!) { requestEmergencyAccess(input: $input) { id } }',
          { input: { cpr: PERSONAS.soren, legalGround: 'CHILD_AT_RISK', justification: `${justification} ${'Words, more words. '.repeat(5_000)}` } },
        ),
      'justification',
    ],
    [
      'a review note',
      async () =>
        hub.query(
          await hub.token({ sub: 'aud-30', department: 'family', roles: ['auditor'] }),
          'mutation ($id: ID!, $n: String) { reviewEmergencyAccess(id: $id, verdict: MISUSE, note: $n) { id } }',
          { id: NO_SUCH_ID, n: long(100_000) },
        ),
      'note',
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field, before the database', async (_, send, field) => {
    const result = await send();
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses a legal ground that is no configured one, however it is spelt', async () => {
    const caseworker = await hub.token({ sub: 'cw-as-31', department: 'adult-social', roles: ['caseworker'] });
    for (const legalGround of ['toString', '__proto__', 'constructor', long(300)]) {
      const result = await hub.query(caseworker, 'mutation ($input: EmergencyAccessInput!) { requestEmergencyAccess(input: $input) { id } }', {
        input: { cpr: PERSONAS.soren, legalGround, justification },
      });
      expect(result.body.errors?.[0]?.extensions, legalGround).toMatchObject({ code: 'BAD_USER_INPUT', field: 'legalGround' });
    }
  });
});

describe('enforcement', () => {
  it('releases appointments and restricts sanctions when only appointments are shared, then stops at revocation', async () => {
    expect(await jobcentreAsFamily(PERSONAS.soren)).toEqual({ __typename: 'Restricted', reason: 'NO_CONSENT' });

    const granted = await grant(tokens.jobcentre!, sorenAppointmentsForFamily());
    expect(granted.body.errors).toBeUndefined();
    const consent = granted.body.data.grantConsent;
    expect(consent).toMatchObject({
      version: 1,
      status: 'ACTIVE',
      categories: ['JOBCENTRE_APPOINTMENTS'],
      history: [{ kind: 'GRANTED', version: 1, actorId: 'cw-jc-1' }],
    });

    const shared = await jobcentreAsFamily(PERSONAS.soren);
    expect(shared.__typename).toBe('JobcentreView');
    expect(shared.appointments.length).toBeGreaterThan(0);
    expect(shared.sanctions).toBeNull();
    expect(shared.benefits).toBeNull();
    expect(shared.withheld).toContainEqual({ category: 'JOBCENTRE_SANCTIONS', reason: 'CATEGORY_NOT_COVERED' });

    // Another purpose than the consent's is not covered; nor is a request that declares none.
    expect(await jobcentreAsFamily(PERSONAS.soren, 'JOINT_PLAN')).toEqual({ __typename: 'Restricted', reason: 'PURPOSE_NOT_COVERED' });
    const undeclared = await hub.query(tokens.family!, JOBCENTRE_OF, { cpr: PERSONAS.soren });
    expect(undeclared.body.data.citizen.jobcentre).toEqual({ __typename: 'Restricted', reason: 'PURPOSE_NOT_COVERED' });

    // The release is logged with the consent's id and version.
    const released = (await hub.logEntries()).filter((e: any) => e.consentId === consent.id && e.outcome === 'RELEASED' && e.sourceDepartment === 'jobcentre');
    expect(released[0]).toMatchObject({
      legalBasis: 'CONSENT',
      consentVersion: 1,
      categories: ['JOBCENTRE_APPOINTMENTS'],
      actorDepartment: 'family',
      purpose: 'COORDINATED_EFFORT',
    });

    const renewed = await hub.query(
      tokens.jobcentre!,
      'mutation ($id: ID!, $until: Date!) { renewConsent(id: $id, validUntil: $until) { version validUntil history { kind version } } }',
      { id: consent.id, until: inDays(180) },
    );
    expect(renewed.body.errors).toBeUndefined();
    expect(renewed.body.data.renewConsent.version).toBe(2);
    expect(renewed.body.data.renewConsent.history.map((e: any) => [e.kind, e.version])).toEqual([
      ['GRANTED', 1],
      ['RENEWED', 2],
    ]);
    await jobcentreAsFamily(PERSONAS.soren);
    const underRenewal = (await hub.logEntries()).filter((e: any) => e.consentId === consent.id && e.consentVersion === 2 && e.outcome === 'RELEASED');
    expect(underRenewal.length).toBeGreaterThan(0);

    const revoked = await hub.query(
      tokens.family!,
      'mutation ($id: ID!) { revokeConsent(id: $id, reason: "The citizen withdrew it by phone") { status revokedAt history { kind reason actorId } } }',
      { id: consent.id },
    );
    expect(revoked.body.errors).toBeUndefined();
    expect(revoked.body.data.revokeConsent.status).toBe('REVOKED');
    expect(revoked.body.data.revokeConsent.history.at(-1)).toEqual({ kind: 'REVOKED', reason: 'The citizen withdrew it by phone', actorId: 'cw-fa-1' });
    expect(await jobcentreAsFamily(PERSONAS.soren)).toEqual({ __typename: 'Restricted', reason: 'CONSENT_REVOKED' });

    const again = await hub.query(tokens.jobcentre!, 'mutation ($id: ID!, $until: Date!) { renewConsent(id: $id, validUntil: $until) { version } }', {
      id: consent.id,
      until: inDays(200),
    });
    expect(again.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('stops releasing at the moment a consent ends, with no job', async () => {
    const granted = await grant(
      tokens.jobcentre!,
      sorenAppointmentsForFamily({ cpr: PERSONAS.sorenMother, grantedBy: [{ name: 'Inger Jensen', cpr: PERSONAS.sorenMother, capacity: 'SELF' }] }),
    );
    const id = granted.body.data.grantConsent.id;
    // Move the consent's end a little ahead, directly in the store, as time would. Only a read that
    // ended before that moment proves the consent released; on a slow machine, move it further.
    let validUntil = 0;
    for (let window = 1000; ; window *= 2) {
      validUntil = Date.now() + window;
      await hub
        .owner('consent')('consent_version')
        .where({ consent_id: id })
        .update({ valid_until: new Date(validUntil) });
      const before = await jobcentreAsFamily(PERSONAS.sorenMother);
      if (Date.now() < validUntil) {
        expect(before.__typename).toBe('JobcentreView');
        break;
      }
      expect(window, 'the hub never answered within the window').toBeLessThan(30_000);
    }
    await new Promise((resolve) => setTimeout(resolve, validUntil - Date.now() + 50));
    expect(await jobcentreAsFamily(PERSONAS.sorenMother)).toEqual({ __typename: 'Restricted', reason: 'CONSENT_EXPIRED' });
    const listed = await hub.query(tokens.family!, `{ citizen(cpr: "${PERSONAS.sorenMother}") { consents { id status } } }`);
    expect(listed.body.data.citizen.consents).toContainEqual({ id, status: 'EXPIRED' });
  });

  it("shows a child's case content only under a consent for the child, and a parent's involvement under the parent's", async () => {
    const familyOf = (cpr: string) =>
      hub.query(
        tokens.jobcentre!,
        `query ($cpr: ID!) { citizen(cpr: $cpr) { family { __typename ... on Restricted { reason } ... on FamilyView { cases { role measures { kind } meetings { at } } } } } }`,
        { cpr },
        { 'x-purpose': 'COORDINATED_EFFORT' },
      );
    // Anne consented for herself: the jobcentre sees her involvement, not her child's measures.
    const anne = (await familyOf(PERSONAS.anne)).body.data.citizen.family;
    expect(anne.__typename).toBe('FamilyView');
    expect(anne.cases.every((c: any) => c.role === 'MOTHER' && c.measures.length === 0)).toBe(true);
    // Her eldest child's case content needs a consent for the child.
    const child = (await familyOf(PERSONAS.anneChildEldest)).body.data.citizen.family;
    expect(child).toEqual({ __typename: 'Restricted', reason: 'NO_CONSENT' });
    const forChild = await grant(tokens.family!, {
      cpr: PERSONAS.anneChildEldest,
      grantedBy: [{ name: 'Anne Larsen', cpr: PERSONAS.anne, capacity: 'CUSTODY_HOLDER' }],
      sourceDepartments: ['FAMILY'],
      recipientDepartments: ['JOBCENTRE'],
      categories: ['FAMILY_CASES', 'FAMILY_MEASURES'],
      purpose: 'COORDINATED_EFFORT',
      validUntil: inDays(30),
      method: 'DIGITAL',
      evidence: 'Digital declaration 88812',
      textVersion: 'samtykke-2026-01',
    });
    expect(forChild.body.errors).toBeUndefined();
    const childShared = (await familyOf(PERSONAS.anneChildEldest)).body.data.citizen.family;
    expect(childShared.cases[0].role).toBe('CHILD');
    expect(childShared.cases[0].measures.map((m: any) => m.kind)).toContain('PLACEMENT_OUTSIDE_HOME');
    expect(childShared.cases[0].meetings).toBeNull();
  });
});

describe('emergency access', () => {
  const OPEN =
    'mutation ($input: EmergencyAccessInput!) { requestEmergencyAccess(input: $input) { id legalGround validUntil grantedAt reviewStatus citizen { cpr } } }';
  const justification = 'The child told the school teacher today that she is afraid to go home tonight.';

  it.each<[string, Record<string, string>, string]>([
    ['an unknown legal ground', { legalGround: 'CURIOSITY', justification }, 'legalGround'],
    ['a justification shorter than a sentence', { legalGround: 'CHILD_AT_RISK', justification: 'urgent' }, 'justification'],
  ])('refuses %s', async (_, fields, field) => {
    const result = await hub.query(tokens['adult-social']!, OPEN, { input: { cpr: PERSONAS.soren, ...fields } });
    expect(result.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('releases one citizen for a short time with legal basis EMERGENCY, queued for review, and is limited per day', async () => {
    const caseworker = await hub.token({ sub: 'cw-as-9', department: 'adult-social', roles: ['caseworker'] });
    const jobcentreOfSoren = () => hub.query(caseworker, JOBCENTRE_OF, { cpr: PERSONAS.soren }).then((r) => r.body.data.citizen.jobcentre);
    expect(await jobcentreOfSoren()).toEqual({ __typename: 'Restricted', reason: 'NO_CONSENT' });

    const opened = await hub.query(caseworker, OPEN, { input: { cpr: PERSONAS.soren, legalGround: 'CHILD_AT_RISK', justification } });
    expect(opened.body.errors).toBeUndefined();
    const access = opened.body.data.requestEmergencyAccess;
    expect(access.reviewStatus).toBe('PENDING');
    expect(Date.parse(access.validUntil) - Date.parse(access.grantedAt)).toBe(60 * 60_000);

    const released = await jobcentreOfSoren();
    expect(released.__typename).toBe('JobcentreView');
    expect(released.sanctions).toHaveLength(3);
    const logged = (await hub.logEntries()).filter((e: any) => e.emergencyAccessId === access.id && e.sourceDepartment === 'jobcentre');
    expect(logged[0]).toMatchObject({ legalBasis: 'EMERGENCY', outcome: 'RELEASED', actorId: 'cw-as-9' });

    // One citizen only: Anne's mother-in-law is not covered (nobody's consent, no emergency for her).
    const other = await hub.query(caseworker, JOBCENTRE_OF, { cpr: PERSONAS.sorenMother });
    expect(other.body.data.citizen.jobcentre.__typename).toBe('Restricted');

    // Another caseworker does not inherit it.
    const colleague = await hub.token({ sub: 'cw-as-10', department: 'adult-social', roles: ['caseworker'] });
    expect((await hub.query(colleague, JOBCENTRE_OF, { cpr: PERSONAS.soren })).body.data.citizen.jobcentre.__typename).toBe('Restricted');

    // The default limit is three a day per caseworker.
    for (let i = 0; i < 2; i++) {
      expect((await hub.query(caseworker, OPEN, { input: { cpr: PERSONAS.anne, legalGround: 'VITAL_INTERESTS', justification } })).body.errors).toBeUndefined();
    }
    const fourth = await hub.query(caseworker, OPEN, { input: { cpr: PERSONAS.anne, legalGround: 'VITAL_INTERESTS', justification } });
    expect(fourth.body.errors[0].extensions.code).toBe('RATE_LIMITED');
  });

  it('is never reviewed by its own requester, whatever roles the token carries', async () => {
    const both = await hub.token({ sub: 'cw-as-11', department: 'adult-social', roles: ['caseworker', 'auditor'] });
    const opened = await hub.query(both, OPEN, { input: { cpr: PERSONAS.simon, legalGround: 'VITAL_INTERESTS', justification } });
    expect(opened.body.errors).toBeUndefined();
    const id = opened.body.data.requestEmergencyAccess.id;
    const REVIEW =
      'mutation ($id: ID!, $verdict: EmergencyVerdict!) { reviewEmergencyAccess(id: $id, verdict: $verdict, note: "Checked against the case") { reviewStatus reviewedBy } }';

    const own = await hub.query(both, REVIEW, { id, verdict: 'APPROVED' });
    expect(own.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(own.body.errors[0].message).toMatch(/requested/);
    // Nothing was recorded: the access is still waiting for another's review.
    const pending = await hub.query(
      await hub.token({ sub: 'aud-4', department: 'family', roles: ['auditor'] }),
      '{ emergencyAccessReviews(status: PENDING) { id } }',
    );
    expect(pending.body.data.emergencyAccessReviews.map((a: any) => a.id)).toContain(id);

    const other = await hub.query(await hub.token({ sub: 'aud-4', department: 'family', roles: ['auditor'] }), REVIEW, { id, verdict: 'APPROVED' });
    expect(other.body.errors).toBeUndefined();
    expect(other.body.data.reviewEmergencyAccess).toEqual({ reviewStatus: 'APPROVED', reviewedBy: 'aud-4' });
  });

  it('records a review time once the access is locked, after every release it waited for', async () => {
    const caseworker = await hub.token({ sub: 'cw-as-12', department: 'adult-social', roles: ['caseworker'] });
    const opened = await hub.query(caseworker, OPEN, { input: { cpr: PERSONAS.simonMother, legalGround: 'VITAL_INTERESTS', justification } });
    const id = opened.body.data.requestEmergencyAccess.id;
    const consentDb = hub.owner('consent');
    // A release's confirmation in progress: it holds the access's row FOR SHARE, as createConsentLookup.confirm does.
    const confirmation = await consentDb.transaction();
    await confirmation('emergency_access').where('id', id).forShare().select('id');
    const auditor = await hub.token({ sub: 'aud-5', department: 'family', roles: ['auditor'] });
    const reviewing = hub.query(
      auditor,
      'mutation ($id: ID!) { reviewEmergencyAccess(id: $id, verdict: MISUSE, note: "No ground on file") { reviewStatus } }',
      { id },
    );
    for (;;) {
      const waiting = await consentDb.raw(`select count(*)::int as n from pg_locks where not granted and locktype in ('transactionid', 'tuple')`);
      if (waiting.rows[0].n > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const releasedUntil = Date.now();
    await confirmation.commit();
    expect((await reviewing).body.data.reviewEmergencyAccess.reviewStatus).toBe('MISUSE');
    const review = await consentDb('emergency_access_review').where('emergency_access_id', id).first('at');
    expect(new Date(review.at).getTime()).toBeGreaterThanOrEqual(releasedUntil);
  });

  it('lists the configured legal grounds', async () => {
    const result = await hub.query(tokens.jobcentre!, '{ emergencyLegalGrounds { code description } }');
    expect(result.body.data.emergencyLegalGrounds.map((g: any) => g.code)).toEqual(['CHILD_AT_RISK', 'VITAL_INTERESTS', 'SERIOUS_CRIME_PREVENTION']);
  });
});

describe('reading consents', () => {
  it("shows a citizen's consents with their history to caseworkers of the departments they name", async () => {
    const result = await hub.query(
      tokens.jobcentre!,
      `{ citizen(cpr: "${PERSONAS.simon}") { consents { status sourceDepartments recipientDepartments purpose history { kind } } } }`,
    );
    expect(result.body.data.citizen.consents).toEqual([
      {
        status: 'ACTIVE',
        sourceDepartments: ['JOBCENTRE', 'ADULT_SOCIAL'],
        recipientDepartments: ['JOBCENTRE', 'ADULT_SOCIAL'],
        purpose: 'COORDINATED_EFFORT',
        history: [{ kind: 'GRANTED' }],
      },
    ]);
    // The family department is not named in Simon's consent.
    const family = await hub.query(tokens.family!, `{ citizen(cpr: "${PERSONAS.simon}") { consents { id } } }`);
    expect(family.body.data.citizen.consents).toEqual([]);
  });
});

describe('renewing a consent', () => {
  const RENEW = 'mutation ($id: ID!, $until: Date!) { renewConsent(id: $id, validUntil: $until) { version status validUntil } }';
  const renew = (token: string, id: string, until: string) => hub.query(token, RENEW, { id, until });
  const forSimonsMother = (overrides: Record<string, unknown> = {}) =>
    sorenAppointmentsForFamily({ cpr: PERSONAS.simonMother, grantedBy: [{ name: 'Else Berg', cpr: PERSONAS.simonMother, capacity: 'SELF' }], ...overrides });

  it('refuses a consent that has ended: a new consent must be recorded', async () => {
    const id = (await grant(tokens.jobcentre!, forSimonsMother())).body.data.grantConsent.id;
    // End it a moment ago, directly in the store, as time would.
    await hub
      .owner('consent')('consent_version')
      .where({ consent_id: id })
      .update({ valid_until: new Date(Date.now() - 1000) });
    const result = await renew(tokens.jobcentre!, id, inDays(60));
    expect(result.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(result.body.errors[0].message).toMatch(/new consent must be recorded/);
    const versions = await hub.databases.consent.knex('consent_version').where({ consent_id: id });
    expect(versions).toHaveLength(1);
  });

  it('refuses an end that is not a date or beyond the maximum, and renews one running or not yet begun', async () => {
    const running = (await grant(tokens.jobcentre!, forSimonsMother())).body.data.grantConsent.id;
    for (const until of ['2027-02-30', inDays(731)]) {
      const refused = await renew(tokens.jobcentre!, running, until);
      expect(refused.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validUntil' });
    }
    const renewed = await renew(tokens.jobcentre!, running, inDays(730));
    expect(renewed.body.errors).toBeUndefined();
    expect(renewed.body.data.renewConsent).toMatchObject({ version: 2, status: 'ACTIVE' });

    const pending = (await grant(tokens.jobcentre!, forSimonsMother({ validFrom: inDays(10), validUntil: inDays(20) }))).body.data.grantConsent.id;
    const pendingRenewed = await renew(tokens.jobcentre!, pending, inDays(40));
    expect(pendingRenewed.body.errors).toBeUndefined();
    expect(pendingRenewed.body.data.renewConsent).toMatchObject({ version: 2, status: 'PENDING' });
  });

  it('checks the grantors against the register as it stands: a child who has turned 15 must consent themself', async () => {
    const child = PERSONAS.sorenChildB;
    const granted = await grant(tokens.family!, {
      cpr: child,
      grantedBy: [
        { name: 'Søren Jensen', cpr: PERSONAS.soren, capacity: 'CUSTODY_HOLDER' },
        { name: 'Maria Holm', cpr: PERSONAS.sorenChildrenMother, capacity: 'CUSTODY_HOLDER' },
      ],
      sourceDepartments: ['FAMILY'],
      recipientDepartments: ['JOBCENTRE'],
      categories: ['FAMILY_MEETINGS'],
      purpose: 'COORDINATED_EFFORT',
      validUntil: inDays(30),
      method: 'WRITTEN',
      evidence: 'Declaration B-2026-0117-2',
      textVersion: 'samtykke-2026-01',
    });
    expect(granted.body.errors).toBeUndefined();
    const register = hub.owner('registry');
    const { foedselsdato } = await register('person').where('cpr', child).first('foedselsdato');
    // The child is now 15 (as time would make them).
    await register('person')
      .where('cpr', child)
      .update({ foedselsdato: addDays(today, -15 * 366) });
    try {
      const result = await renew(tokens.family!, granted.body.data.grantConsent.id, inDays(60));
      expect(result.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'grantedBy' });
    } finally {
      await register('person').where('cpr', child).update({ foedselsdato });
    }
  });
});

describe('a renewal and a revocation at the same moment', () => {
  it('never renew a consent after its revocation: one of the two waits, and the renewal sees the revocation', async () => {
    const forInger = () =>
      sorenAppointmentsForFamily({ cpr: PERSONAS.sorenMother, grantedBy: [{ name: 'Inger Jensen', cpr: PERSONAS.sorenMother, capacity: 'SELF' }] });
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await grant(tokens.jobcentre!, forInger())).body.data.grantConsent.id);
    const RENEW = 'mutation ($id: ID!, $until: Date!) { renewConsent(id: $id, validUntil: $until) { version } }';
    const REVOKE = 'mutation ($id: ID!) { revokeConsent(id: $id, reason: "Withdrawn at the meeting") { status } }';
    const answers = await Promise.all(
      ids.flatMap((id) => [hub.query(tokens.jobcentre!, RENEW, { id, until: inDays(200) }), hub.query(tokens.family!, REVOKE, { id })]),
    );
    for (const answer of answers) {
      // Each renewal either went through or was refused as a bad request; nothing else failed.
      for (const error of answer.body.errors ?? []) expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    }
    for (const id of ids) {
      const history = (await hub.query(tokens.family!, 'query ($id: ID!) { consent(id: $id) { status history { kind } } }', { id })).body.data.consent;
      expect(history.status).toBe('REVOKED');
      const kinds = history.history.map((h: any) => h.kind);
      expect(kinds.slice(kinds.indexOf('REVOKED') + 1)).not.toContain('RENEWED');
    }
  });
});

describe('a consent change and its access-log entry', () => {
  const OPEN = 'mutation ($input: EmergencyAccessInput!) { requestEmergencyAccess(input: $input) { id } }';
  const REVIEW = 'mutation ($id: ID!) { reviewEmergencyAccess(id: $id, verdict: MISUSE, note: "No risk was recorded anywhere") { reviewStatus } }';
  const justification = 'The neighbour reported that she has not been seen for five days and does not answer.';
  const cpr = PERSONAS.sorenChildrenMother;
  const tables = ['consent', 'consent_version', 'consent_event', 'emergency_access', 'emergency_access_review', 'coordinator_assignment', 'access_log'];
  const counts = async () => {
    const knex = hub.databases.consent.knex;
    return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, Number((await knex(t).count({ n: '*' }).first())!.n)])));
  };

  it('are stored together: when the log cannot be written, no grant, renewal, coordinator, revocation, emergency access or review takes effect', async () => {
    const knex = hub.owner('consent');
    const caseworker = await hub.token({ sub: 'cw-as-log', department: 'adult-social', roles: ['caseworker'] });
    const auditor = await hub.token({ sub: 'aud-log', department: 'family', roles: ['auditor'] });
    const forMaria = sorenAppointmentsForFamily({ cpr, grantedBy: [{ name: 'Maria Holm', cpr, capacity: 'SELF' }] });
    const existing = (await grant(tokens.jobcentre!, forMaria)).body.data.grantConsent.id;
    const opened = (await hub.query(caseworker, OPEN, { input: { cpr, legalGround: 'VITAL_INTERESTS', justification } })).body.data.requestEmergencyAccess.id;

    const attempts: [string, () => Promise<{ body: any }>][] = [
      ['grant', () => grant(tokens.jobcentre!, forMaria)],
      [
        'renew',
        () =>
          hub.query(tokens.jobcentre!, 'mutation ($id: ID!, $until: Date!) { renewConsent(id: $id, validUntil: $until) { version } }', {
            id: existing,
            until: inDays(120),
          }),
      ],
      [
        'assign a coordinator',
        () => hub.query(tokens.family!, 'mutation ($cpr: ID!) { assignCoordinator(cpr: $cpr, caseworkerId: "cw-fa-7") { caseworkerId } }', { cpr }),
      ],
      ['revoke', () => hub.query(tokens.family!, 'mutation ($id: ID!) { revokeConsent(id: $id, reason: "Withdrawn by letter") { status } }', { id: existing })],
      ['open emergency access', () => hub.query(caseworker, OPEN, { input: { cpr, legalGround: 'VITAL_INTERESTS', justification } })],
      ['review emergency access', () => hub.query(auditor, REVIEW, { id: opened })],
    ];
    const before = await counts();
    // Break the log store: the insert-only role loses its INSERT right.
    await knex.raw('revoke insert on access_log from hub_log_writer');
    try {
      for (const [what, attempt] of attempts) {
        const result = await attempt();
        expect(result.body.errors?.length, what).toBeGreaterThan(0);
        expect(Object.values(result.body.data ?? {}).filter(Boolean), what).toEqual([]);
      }
      expect(await counts()).toEqual(before);
    } finally {
      await knex.raw('grant insert on access_log to hub_log_writer');
    }

    // With the log back, each goes through, with its entry.
    for (const [what, attempt] of attempts) expect((await attempt()).body.errors, what).toBeUndefined();
    const logged = (await hub.logEntries()).filter((e) => e.consentId === existing || e.emergencyAccessId === opened || e.cpr === cpr);
    const kinds = logged.flatMap((e) => e.categories);
    for (const kind of ['CONSENT_RENEWED', 'COORDINATOR_ASSIGNED', 'CONSENT_REVOKED', 'EMERGENCY_ACCESS_OPENED', 'EMERGENCY_ACCESS_REVIEW'])
      expect(kinds).toContain(kind);
    expect(kinds.filter((k) => k === 'CONSENT_GRANTED')).toHaveLength(2);
  });
});
