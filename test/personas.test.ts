/**
 * The three personas through the gateway, as a caseworker of each department would ask, with the
 * demo consents as docs/domain.md gives them: Søren none, Anne all three departments (and her joint plan), Simon the jobcentre
 * and adult social services. Without a consent another department is Restricted with NO_CONSENT,
 * whether or not that department holds anything on the citizen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS } from '../services/shared/src/demo/world.ts';
import { CASEWORKERS, startTestHub, type TestHub } from './harness.ts';

const CITIZEN = /* GraphQL */ `
  query Citizen($cpr: ID!) {
    citizen(cpr: $cpr) {
      cpr
      name
      birthDate
      children { cpr name }
      jobcentre {
        __typename
        ... on Restricted { department reason }
        ... on JobcentreView {
          caseOpen
          benefits { kind from to legalReference }
          matchGroup { group }
          activationOffers { kind provider schedule { weekdays startTime endTime } }
          mentor { name }
          appointments { id at kind attended }
          sanctions { date amountDkk missedAppointment { id at kind attended } }
          exemptions { reason from to }
          withheld { category }
        }
      }
      family {
        __typename
        ... on Restricted { department reason }
        ... on FamilyView { caseOpen cases { caseNumber role status measures { kind } meetings { at } } withheld { category } }
      }
      adultSocial {
        __typename
        ... on Restricted { department reason }
        ... on AdultSocialView {
          caseOpen
          assessments { status }
          supportPackages { level hoursPerWeek }
          currentSupportPackage { level }
          education { daysPerWeek }
          psychiatryCooperation { from }
          withheld { category }
        }
      }
    }
  }
`;

let hub: TestHub;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  hub = await startTestHub();
  for (const [department, claims] of Object.entries(CASEWORKERS)) tokens[department] = await hub.token(claims);
});
afterAll(async () => {
  await hub?.stop();
});

async function view(department: keyof typeof CASEWORKERS, cpr: string) {
  const result = await hub.query(tokens[department]!, CITIZEN, { cpr }, { 'x-purpose': 'COORDINATED_EFFORT' });
  expect(result.body.errors).toBeUndefined();
  return result.body.data.citizen;
}

const restricted = (department: string) => ({ __typename: 'Restricted', department, reason: 'NO_CONSENT' });

describe('Søren Jensen', () => {
  it('as the jobcentre sees him: cash benefit, activity-ready, course Mon-Thu mornings, mentor, three sanctions for missed activation', async () => {
    const soren = await view('jobcentre', PERSONAS.soren);
    expect(soren.name).toBe('Søren Jensen');
    expect(soren.birthDate).toBe('1985-03-12');
    expect(soren.children.map((c: any) => c.name).sort()).toEqual(['Freja Jensen', 'Mikkel Jensen']);
    const jc = soren.jobcentre;
    expect(jc.__typename).toBe('JobcentreView');
    expect(jc.caseOpen).toBe(true);
    expect(jc.benefits).toEqual([{ kind: 'CASH_BENEFIT', from: '2025-03-01', to: null, legalReference: 'Lov om aktiv socialpolitik § 11' }]);
    expect(jc.matchGroup.group).toBe('ACTIVITY_READY');
    expect(jc.activationOffers[0]).toMatchObject({
      kind: 'COURSE',
      schedule: { weekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'], startTime: '08:30', endTime: '12:00' },
    });
    expect(jc.mentor.name).toBe('Jonas Krogh');
    expect(jc.sanctions).toHaveLength(3);
    for (const sanction of jc.sanctions) {
      expect(sanction.missedAppointment).toMatchObject({ kind: 'ACTIVATION_SESSION', attended: false });
      expect(sanction.missedAppointment.at.slice(0, 10)).toBe(sanction.date);
    }
    expect(jc.withheld).toEqual([]);
    expect(soren.family).toEqual(restricted('FAMILY'));
    expect(soren.adultSocial).toEqual(restricted('ADULT_SOCIAL'));
  });

  it("as the family department sees him: father in his children's case, his own meetings, not the child's measures", async () => {
    const soren = await view('family', PERSONAS.soren);
    const family = soren.family;
    expect(family.__typename).toBe('FamilyView');
    expect(family.caseOpen).toBe(true);
    expect(family.cases).toHaveLength(1);
    expect(family.cases[0]).toMatchObject({ caseNumber: 'B-2026-0117', role: 'FATHER', status: 'OPEN', measures: [] });
    expect(family.cases[0].meetings.map((m: any) => m.at.slice(0, 10))).toEqual(expect.arrayContaining(['2026-09-08', '2026-09-29', '2026-10-20']));
    expect(soren.jobcentre).toEqual(restricted('JOBCENTRE'));
    expect(soren.adultSocial).toEqual(restricted('ADULT_SOCIAL'));
  });

  it('as adult social services see him: a pending needs assessment', async () => {
    const soren = await view('adult-social', PERSONAS.soren);
    expect(soren.adultSocial.__typename).toBe('AdultSocialView');
    expect(soren.adultSocial.assessments.map((a: any) => a.status)).toContain('PENDING');
    expect(soren.adultSocial.supportPackages).toEqual([]);
    expect(soren.jobcentre).toEqual(restricted('JOBCENTRE'));
    expect(soren.family).toEqual(restricted('FAMILY'));
  });
});

describe('Anne Larsen', () => {
  it('as the jobcentre sees her: an exemption, then job training', async () => {
    const anne = await view('jobcentre', PERSONAS.anne);
    expect(anne.jobcentre.exemptions).toEqual([{ reason: 'CARE_FOR_FAMILY', from: '2025-01-06', to: '2026-02-28' }]);
    expect(anne.jobcentre.activationOffers[0].kind).toBe('JOB_TRAINING');
    // Her consent covers all three departments for coordinated effort.
    expect(anne.family.__typename).toBe('FamilyView');
    expect(anne.adultSocial.currentSupportPackage.level).toBe(2);
  });

  it('as the family department sees her: mother in two cases, one open and one closed', async () => {
    const anne = await view('family', PERSONAS.anne);
    expect(anne.family.cases.map((c: any) => [c.role, c.status]).sort()).toEqual([
      ['MOTHER', 'CLOSED'],
      ['MOTHER', 'OPEN'],
    ]);
    expect(anne.jobcentre.exemptions).toHaveLength(1);
  });

  it('as adult social services see her: housing support package 2 and cooperation with psychiatry', async () => {
    const anne = await view('adult-social', PERSONAS.anne);
    expect(anne.adultSocial.currentSupportPackage.level).toBe(2);
    expect(anne.adultSocial.psychiatryCooperation).toHaveLength(1);
  });
});

describe('Simon Berg', () => {
  it('as the jobcentre sees him: an internship four days a week', async () => {
    const simon = await view('jobcentre', PERSONAS.simon);
    expect(simon.birthDate).toBe('2001-11-23');
    expect(simon.jobcentre.activationOffers[0]).toMatchObject({ kind: 'INTERNSHIP', schedule: { weekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'] } });
    // His consent covers the jobcentre and adult social services, not the family department.
    expect(simon.adultSocial.supportPackages.map((p: any) => p.level)).toEqual([5, 4, 2]);
    expect(simon.family).toEqual(restricted('FAMILY'));
  });

  it('as the family department sees him: his closed child case', async () => {
    const simon = await view('family', PERSONAS.simon);
    expect(simon.family.caseOpen).toBe(false);
    expect(simon.family.cases.map((c: any) => [c.role, c.status])).toEqual([['CHILD', 'CLOSED']]);
    expect(simon.jobcentre).toEqual(restricted('JOBCENTRE'));
    expect(simon.adultSocial).toEqual(restricted('ADULT_SOCIAL'));
  });

  it('as adult social services see him: package 5 reduced to 2, STU one day a week', async () => {
    const simon = await view('adult-social', PERSONAS.simon);
    expect(simon.adultSocial.supportPackages.map((p: any) => p.level)).toEqual([5, 4, 2]);
    expect(simon.adultSocial.currentSupportPackage.level).toBe(2);
    expect(simon.adultSocial.education).toEqual([{ daysPerWeek: 1 }]);
    expect(simon.jobcentre.__typename).toBe('JobcentreView');
    expect(simon.family).toEqual(restricted('FAMILY'));
  });
});

describe('a refusal', () => {
  it('is identical whether the other department holds data on the citizen or not', async () => {
    // The family department holds a case on Søren and nothing on his mother.
    const withData = await view('jobcentre', PERSONAS.soren);
    const withoutData = await view('jobcentre', PERSONAS.sorenMother);
    expect(withoutData.family).toEqual(withData.family);
    expect(withoutData.adultSocial).toEqual(restricted('ADULT_SOCIAL'));
  });

  it('is recorded in the access log like every release', async () => {
    const requestId = 'persona-log-check';
    await hub.query(tokens.jobcentre!, CITIZEN, { cpr: PERSONAS.anne }, { 'x-request-id': requestId });
    const entries = (await hub.logEntries()).filter((e: any) => e.requestId === requestId);
    const bySource = (source: string | null, outcome: string) => entries.filter((e: any) => e.sourceDepartment === source && e.outcome === outcome);
    expect(bySource('jobcentre', 'RELEASED')[0]).toMatchObject({ legalBasis: 'OWN_DEPARTMENT', cpr: PERSONAS.anne, actorId: 'cw-jc-1', operation: 'Citizen' });
    expect(bySource('family', 'REFUSED')[0]).toMatchObject({ legalBasis: 'NONE', cpr: PERSONAS.anne });
    expect(bySource('adult-social', 'REFUSED')).toHaveLength(1);
    expect(bySource(null, 'RELEASED').length).toBeGreaterThan(0);
  });
});

describe('register relations', () => {
  it("log every person they name, so that each one's access report shows the look-up", async () => {
    const requestId = 'relations-log-check';
    const result = await hub.query(tokens.jobcentre!, `{ citizen(cpr: "${PERSONAS.sorenChildA}") { custodyHolders { cpr } } }`, undefined, {
      'x-request-id': requestId,
    });
    const holders: string[] = result.body.data.citizen.custodyHolders.map((h: any) => h.cpr);
    expect(holders.sort()).toEqual([PERSONAS.soren, PERSONAS.sorenChildrenMother].sort());
    const named = (await hub.logEntries()).filter((e: any) => e.requestId === requestId && e.criterion?.startsWith('named as a custody holder'));
    expect(named.map((e: any) => e.cpr).sort()).toEqual(holders);
    for (const entry of named) expect(entry).toMatchObject({ outcome: 'RELEASED', legalBasis: 'OWN_DEPARTMENT', actorId: 'cw-jc-1' });
  });
});

describe('the citizen query', () => {
  it.each(['12345', '720385-12', '721385-1235', 'abcdef-ghij', ''])('refuses the invalid CPR number %j with BAD_USER_INPUT', async (cpr) => {
    const result = await hub.query(tokens.jobcentre!, 'query ($cpr: ID!) { citizen(cpr: $cpr) { name } }', { cpr });
    expect(result.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.body.data?.citizen ?? null).toBeNull();
  });

  it('answers null for an unknown CPR number', async () => {
    const result = await hub.query(tokens.jobcentre!, '{ citizen(cpr: "610101-1111") { name } }');
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.citizen).toBeNull();
  });

  it('accepts the CPR number without the dash', async () => {
    const result = await hub.query(tokens.jobcentre!, '{ citizen(cpr: "7203851235") { cpr name } }');
    expect(result.body.data.citizen).toEqual({ cpr: PERSONAS.soren, name: 'Søren Jensen' });
  });
});

describe('joint plans', () => {
  const PLAN = /* GraphQL */ `
    query Plan($cpr: ID!) {
      citizen(cpr: $cpr) {
        consents { id purpose status }
        jointPlan {
          __typename
          ... on Restricted { department reason }
          ... on JointPlan {
            status startDate
            coordinator { caseworkerId department }
            parts { department consentId }
            goals { text expressedBy }
            subGoals { department }
            actions { what department status }
            followUps { date decision }
            nextFollowUpDue followUpOverdue withheld { department }
          }
        }
      }
    }
  `;

  it("Anne's running plan is visible to a jobcentre caseworker her consent to the joint plan covers", async () => {
    const result = await hub.query(tokens.jobcentre!, PLAN, { cpr: PERSONAS.anne }, { 'x-purpose': 'JOINT_PLAN' });
    expect(result.body.errors).toBeUndefined();
    const { consents, jointPlan } = result.body.data.citizen;
    const planConsent = consents.find((c: any) => c.purpose === 'JOINT_PLAN');
    expect(planConsent.status).toBe('ACTIVE');
    expect(jointPlan).toMatchObject({
      __typename: 'JointPlan',
      status: 'ACTIVE',
      coordinator: { department: 'ADULT_SOCIAL' },
      goals: [{ text: 'To keep my flat and get back to work', expressedBy: 'CITIZEN' }],
      followUps: [{ date: '2026-11-23', decision: 'CONTINUE' }],
      nextFollowUpDue: '2027-05-23',
      followUpOverdue: false,
      withheld: [],
    });
    expect(jointPlan.parts.map((p: any) => [p.department, p.consentId])).toEqual(
      ['ADULT_SOCIAL', 'JOBCENTRE', 'FAMILY'].map((department) => [department, planConsent.id]),
    );
    expect(jointPlan.actions.map((a: any) => [a.department, a.status])).toEqual([
      ['ADULT_SOCIAL', 'IN_PROGRESS'],
      ['JOBCENTRE', 'IN_PROGRESS'],
      ['FAMILY', 'IN_PROGRESS'],
    ]);
    expect(jointPlan.actions.map((a: any) => a.what).join(' | ')).toMatch(/Housing support.*Job training.*Family consultant/);
  });

  it('Søren and Simon have none', async () => {
    const plans = await hub.owner('plan')('joint_plan').select('cpr');
    expect(plans.map((p) => p.cpr)).toEqual([PERSONAS.anne]);
    // And the graph says no more than the consent allows: Søren has none for a joint plan.
    const soren = await hub.query(tokens.jobcentre!, PLAN, { cpr: PERSONAS.soren }, { 'x-purpose': 'JOINT_PLAN' });
    expect(soren.body.data.citizen.jointPlan).toMatchObject({ __typename: 'Restricted', reason: 'NO_CONSENT' });
  });
});
