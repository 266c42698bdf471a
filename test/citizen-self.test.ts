/**
 * A citizen signed in as themself: their own access report and consents, nothing else, and each
 * read recorded. The CPR number is the token's only: no argument names another person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenClaims } from '../services/shared/src/identity.ts';
import { CASEWORKERS, startTestHub, type TestHub } from './harness.ts';

const SOREN = '720385-1235';
const ANNE = '640790-2468';
/** Søren holds joint custody of this child (born 2014). */
const SORENS_CHILD = '690514-4012';
const REPORT = '{ myAccessReport { cpr lines { at department categories outcome legalBasis purpose staffId } } }';

let hub: TestHub;
let soren: string;
beforeAll(async () => {
  hub = await startTestHub();
  soren = await hub.token(citizenClaims(SOREN));
});
afterAll(() => hub?.stop());

describe('a citizen signed in as themself', () => {
  it("sees a caseworker's look-up of their data in their own access report, and the read is logged", async () => {
    const jobcentre = await hub.token(CASEWORKERS.jobcentre);
    const looked = await hub.query(jobcentre, `{ citizen(cpr: "${SOREN}") { name } }`);
    expect(looked.body.errors).toBeUndefined();
    const { body } = await hub.query(soren, REPORT);
    expect(body.errors).toBeUndefined();
    expect(body.data.myAccessReport.cpr).toBe(SOREN);
    const lines = body.data.myAccessReport.lines;
    expect(
      lines.some((l: { department: string | null; categories: string[] }) => l.department === 'JOBCENTRE' && l.categories.includes('REGISTRY_PERSON')),
    ).toBe(true);
    // Staff ids stay hidden unless configured.
    expect(lines.every((l: { staffId: string | null }) => l.staffId === null)).toBe(true);
    const entries = await hub.logEntries();
    const read = entries.filter((e) => e.role === 'citizen' && e.categories.includes('CITIZEN_ACCESS_REPORT'));
    expect(read.length).toBeGreaterThan(0);
    expect(read.at(-1)!.cpr).toBe(SOREN);
    expect(read.at(-1)!.actorId).not.toContain(SOREN.slice(0, 6));
    // Without an end date the report runs to the newest entry, this reading included.
    expect(lines.at(-1)).toMatchObject({ department: null, categories: ['CITIZEN_ACCESS_REPORT'] });
  });

  it('sees only the period asked for, and a period that ends before it starts is refused', async () => {
    const empty = await hub.query(soren, '{ myAccessReport(from: "2001-01-01T00:00:00Z", to: "2001-12-31T00:00:00Z") { lines { at } } }');
    expect(empty.body.data.myAccessReport.lines).toEqual([]);
    const backwards = await hub.query(soren, '{ myAccessReport(from: "2026-01-01T00:00:00Z", to: "2025-01-01T00:00:00Z") { lines { at } } }');
    expect(backwards.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(backwards.body.errors[0].extensions.argumentName).toBe('from');
  });

  it("lists their own consents and no one else's", async () => {
    const anne = await hub.token(citizenClaims(ANNE));
    const { body } = await hub.query(anne, '{ myConsents { id status sourceDepartments recipientDepartments } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.myConsents.length).toBeGreaterThan(0);
    const sorens = await hub.query(soren, '{ myConsents { id } }');
    expect(sorens.body.data.myConsents).toEqual([]);
  });

  it("lets a custody holder read the report of a child under 15 in their custody, and no one else's", async () => {
    const family = await hub.token(CASEWORKERS.family);
    expect((await hub.query(family, `{ citizen(cpr: "${SORENS_CHILD}") { name } }`)).body.errors).toBeUndefined();
    const child = await hub.query(
      soren,
      `{ myAccessReport(child: "${SORENS_CHILD}") { cpr lines { department } } myConsents(child: "${SORENS_CHILD}") { id } }`,
    );
    expect(child.body.errors).toBeUndefined();
    expect(child.body.data.myAccessReport.cpr).toBe(SORENS_CHILD);
    expect(child.body.data.myAccessReport.lines.some((l: { department: string | null }) => l.department === 'FAMILY')).toBe(true);
    const read = (await hub.logEntries()).filter((e) => e.role === 'citizen' && e.cpr === SORENS_CHILD);
    expect(read.at(-1)?.criterion).toMatch(/^custody holder access report/);
    // Not his child, an unknown number, a malformed one: the first two alike.
    for (const other of [ANNE, '910101-0000']) {
      const refused = await hub.query(soren, `{ myAccessReport(child: "${other}") { cpr } }`);
      expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(refused.body.data).toBeNull();
    }
    const malformed = await hub.query(soren, '{ myAccessReport(child: "12") { cpr } }');
    expect(malformed.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'child' });
    // The child's other custody holder is not Anne.
    const anne = await hub.token(citizenClaims(ANNE));
    expect((await hub.query(anne, `{ myAccessReport(child: "${SORENS_CHILD}") { cpr } }`)).body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('is refused everything a caseworker or an auditor may ask', async () => {
    const asCitizen = await hub.query(soren, `{ citizen(cpr: "${SOREN}") { name } }`);
    expect(asCitizen.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const report = await hub.query(soren, `{ citizenAccessReport(cpr: "${ANNE}") { cpr } }`);
    expect(report.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const caseload = await hub.query(soren, '{ myCaseload { edges { node { cpr } } } }');
    expect(caseload.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('is for citizens only: staff are refused the own-report queries', async () => {
    const auditor = await hub.token({ sub: 'aud-1', department: 'family', roles: ['auditor'] });
    const { body } = await hub.query(auditor, REPORT);
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a token that is a citizen and staff at once, or a citizen without a valid CPR claim', async () => {
    const both = await hub.token({ sub: 'x', department: 'jobcentre', roles: ['citizen', 'caseworker'] } as never);
    expect((await hub.query(both, REPORT)).status).toBe(401);
    const noCpr = await hub.token({ sub: 'x', roles: ['citizen'], cpr: 'not-a-cpr' });
    expect((await hub.query(noCpr, REPORT)).status).toBe(401);
  });
});

describe('a citizen revoking a consent', () => {
  const FAMILY_OF_ANNE = `{ citizen(cpr: "${ANNE}") { family { __typename ... on Restricted { reason } } } }`;

  it("refuses staff, and answers someone else's consent as one that does not exist", async () => {
    const anne = await hub.token(citizenClaims(ANNE));
    const [consent] = (await hub.query(anne, '{ myConsents { id } }')).body.data.myConsents;
    const coordinator = await hub.token(CASEWORKERS.family);
    const asStaff = await hub.query(coordinator, 'mutation ($id: ID!) { revokeMyConsent(id: $id, reason: "no more") { id } }', { id: consent.id });
    expect(asStaff.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const asSoren = await hub.query(soren, 'mutation ($id: ID!) { revokeMyConsent(id: $id, reason: "not mine") { id } }', { id: consent.id });
    expect(asSoren.body.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const noReason = await hub.query(anne, 'mutation ($id: ID!) { revokeMyConsent(id: $id, reason: " ") { id } }', { id: consent.id });
    expect(noReason.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const tooLong = await hub.query(anne, 'mutation ($id: ID!, $reason: String!) { revokeMyConsent(id: $id, reason: $reason) { id } }', {
      id: consent.id,
      reason: 'x'.repeat(1_001),
    });
    expect(tooLong.status).toBeLessThan(500);
    expect(tooLong.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await hub.query(anne, '{ myConsents { status } }')).body.data.myConsents[0].status).toBe('ACTIVE');
  });

  it('takes effect at once: the next look-up is refused as revoked, and the history names the citizen', async () => {
    const jobcentre = await hub.token(CASEWORKERS.jobcentre);
    const purpose = { 'x-purpose': 'COORDINATED_EFFORT' };
    expect((await hub.query(jobcentre, FAMILY_OF_ANNE, {}, purpose)).body.data.citizen.family.__typename).toBe('FamilyView');
    const anne = await hub.token(citizenClaims(ANNE));
    const [consent] = (await hub.query(anne, '{ myConsents { id } }')).body.data.myConsents;
    const before = (await hub.logEntries()).length;
    const revoked = await hub.query(anne, 'mutation ($id: ID!) { revokeMyConsent(id: $id, reason: "I no longer want it shared") { status revokedAt } }', {
      id: consent.id,
    });
    expect(revoked.body.errors).toBeUndefined();
    expect(revoked.body.data.revokeMyConsent.status).toBe('REVOKED');
    const entry = (await hub.logEntries()).slice(before).find((e) => e.categories.includes('CONSENT_REVOKED'));
    expect(entry).toMatchObject({ role: 'citizen', cpr: ANNE, actorDepartment: null });
    const after = await hub.query(jobcentre, FAMILY_OF_ANNE, {}, purpose);
    expect(after.body.data.citizen.family).toEqual({ __typename: 'Restricted', reason: 'CONSENT_REVOKED' });
    const auditor = await hub.token({ sub: 'aud-1', department: 'family', roles: ['auditor'] });
    const history = await hub.query(auditor, `{ consentHistory(cpr: "${ANNE}") { kind actorDepartment reason } }`);
    expect(history.body.data.consentHistory.at(-1)).toEqual({ kind: 'REVOKED', actorDepartment: null, reason: 'I no longer want it shared' });
    const again = await hub.query(anne, 'mutation ($id: ID!) { revokeMyConsent(id: $id, reason: "again please") { id } }', { id: consent.id });
    expect(again.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe("the report's verification against the tamper-evident log", () => {
  const VERIFIED_REPORT = '{ myAccessReport { lines { at } verification { status newestEntryId newestEntryAt verifiedThroughEntryId checkedAt } } }';

  it('states after normal use that the chain verifies through the newest entry shown, this reading', async () => {
    const jobcentre = await hub.token(CASEWORKERS.jobcentre);
    expect((await hub.query(jobcentre, `{ citizen(cpr: "${SOREN}") { name } }`)).body.errors).toBeUndefined();
    const { body } = await hub.query(soren, VERIFIED_REPORT);
    expect(body.errors).toBeUndefined();
    const { lines, verification } = body.data.myAccessReport;
    expect(verification.status).toBe('VERIFIED');
    expect(verification.newestEntryAt).toBe(lines.at(-1).at);
    expect(Number(verification.verifiedThroughEntryId)).toBeGreaterThanOrEqual(Number(verification.newestEntryId));
    // The newest entry is this reading of the report, as the log holds it.
    const entries = await hub.logEntries();
    const reading = entries.filter((e) => e.cpr === SOREN && e.categories.includes('CITIZEN_ACCESS_REPORT')).at(-1)!;
    expect(String(reading.seq)).toBe(verification.newestEntryId);
  });

  it('a period without a line has nothing to verify', async () => {
    const { body } = await hub.query(
      soren,
      '{ myAccessReport(from: "2001-01-01T00:00:00Z", to: "2001-12-31T00:00:00Z") { verification { status newestEntryId } } }',
    );
    expect(body.data.myAccessReport.verification).toEqual({ status: 'NO_ENTRIES', newestEntryId: null });
  });

  it('never claims it once the owner of the database has changed an entry', async () => {
    // A look-up after the last verification, so that the entry changed lies past every signed
    // checkpoint (a change inside the verified prefix is the scheduled full walk's to find).
    const jobcentre = await hub.token(CASEWORKERS.jobcentre);
    expect((await hub.query(jobcentre, `{ citizen(cpr: "${SOREN}") { name } }`)).body.errors).toBeUndefined();
    const owner = hub.owner('consent');
    const newest = await owner('access_log').orderBy('seq', 'desc').first('seq');
    await owner.raw('alter table access_log disable trigger access_log_no_change');
    try {
      await owner('access_log').where('seq', newest.seq).update({ actor_id: 'nobody' });
    } finally {
      await owner.raw('alter table access_log enable trigger access_log_no_change');
    }
    const { body } = await hub.query(soren, VERIFIED_REPORT);
    expect(body.errors).toBeUndefined();
    expect(body.data.myAccessReport.verification).toMatchObject({ status: 'FAILED', verifiedThroughEntryId: null });
    expect(body.data.myAccessReport.lines.length).toBeGreaterThan(0);
  });
});
