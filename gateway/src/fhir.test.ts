/**
 * The joint plan as FHIR R4: the mapping (KL FKI goal categories, R4 status codes, goals linked to
 * the citizen's goal, follow-ups as Observations) and every resource checked against the R4
 * definitions with Medplum's validator, whose definitions ship in its npm package.
 */
import type { Bundle, CarePlan, Goal, Observation, OperationOutcome, Resource } from '@medplum/fhirtypes';
import { bindingErrors, loadR4Definitions, validationErrors, valueSetCodes } from '../../test/support/fhir.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { CITIZEN_GOAL_CATEGORY, CPR_SYSTEM, DEPARTMENT_GOAL_CATEGORY, carePlanBundle, operationOutcome, type FhirPlanSource } from './fhir.ts';
import { fhirResponse } from './fhir-route.ts';

const ids = {
  plan: '7d1c2c7e-8f0a-4a43-9a51-0d3f1f6c1a01',
  goal: '1b0e7f7a-3c6e-4d0b-8a2f-5f3b9e0d2a02',
  subGoal: '2c1f8a8b-4d7f-4e1c-9b3a-6a4c0f1e3b03',
  course: '3d2a9b9c-5e8a-4f2d-8c4b-7b5d1a2f4c04',
  support: '4e3bacad-6f9b-4a3e-9d5c-8c6e2b3a5d05',
  followUp: '5f4cbdbe-7a0c-4b4f-8e6d-9d7f3c4b6e06',
};

/** Anne's plan as the demo has it, seen by adult social services. */
const plan = (overrides: Partial<FhirPlanSource> = {}): FhirPlanSource => ({
  id: ids.plan,
  cpr: '640790-2468',
  version: 7,
  status: 'ACTIVE',
  startDate: '2026-09-01',
  closedOn: null,
  closingReason: null,
  coordinator: { caseworkerId: 'cw-as-1', department: 'ADULT_SOCIAL' },
  deputy: { caseworkerId: 'cw-jc-1', department: 'JOBCENTRE' },
  parts: [
    { department: 'ADULT_SOCIAL', legalBasis: 'SEL_141_7', legalReference: 'Serviceloven § 141, stk. 7', consentId: 'c-1', consentVersion: 1 },
    { department: 'JOBCENTRE', legalBasis: 'LAB_40_3', legalReference: 'LAB § 40, stk. 3', consentId: 'c-1', consentVersion: 1 },
  ],
  goals: [
    {
      id: ids.goal,
      text: 'To keep my flat and get back to work',
      expressedBy: 'CITIZEN',
      expressedByName: 'Anne Sørensen',
      recordedBy: 'ADULT_SOCIAL',
      recordedOn: '2026-09-01',
    },
  ],
  subGoals: [{ id: ids.subGoal, servesGoalId: ids.goal, department: 'JOBCENTRE', text: 'Ten hours a week in job training' }],
  actions: [
    {
      id: ids.course,
      what: 'Job training',
      department: 'JOBCENTRE',
      caseworkerId: 'cw-jc-1',
      servesGoalId: ids.subGoal,
      startDate: '2026-09-07',
      deadline: '2026-12-18',
      schedule: { weekdays: ['MONDAY', 'WEDNESDAY'], startTime: '09:00', endTime: '14:00', until: null },
      status: 'IN_PROGRESS',
    },
    {
      id: ids.support,
      what: 'Housing support',
      department: 'ADULT_SOCIAL',
      caseworkerId: 'cw-as-1',
      servesGoalId: ids.goal,
      startDate: '2026-09-01',
      deadline: '2027-02-28',
      schedule: null,
      status: 'NOT_STARTED',
    },
  ],
  followUps: [
    {
      id: ids.followUp,
      date: '2026-11-10',
      caseworkerId: 'cw-as-1',
      department: 'ADULT_SOCIAL',
      findings: 'Rent paid; training going well',
      decision: 'CONTINUE',
    },
  ],
  nextFollowUpDue: '2027-02-10',
  followUpOverdue: false,
  withheld: [{ department: 'FAMILY', category: 'PLAN_ACTIONS', reason: 'NO_CONSENT' }],
  ...overrides,
});

const resources = (bundle: Bundle) => bundle.entry!.map((e) => e.resource!);
const only = <T extends Resource>(bundle: Bundle, type: T['resourceType']) => resources(bundle).filter((r) => r.resourceType === type) as T[];

beforeAll(loadR4Definitions);

describe('the validator itself', () => {
  it('refuses what R4 forbids: a status that is not a code, a CarePlan without a subject, a field R4 does not have', () => {
    const valid = only<CarePlan>(carePlanBundle(plan(), '2026-11-30T10:00:00Z'), 'CarePlan')[0]!;
    expect(validationErrors(valid)).toEqual([]);
    const badStatus = { ...valid, activity: [{ detail: { status: 7 } }] } as unknown as CarePlan;
    expect(validationErrors(badStatus).length).toBeGreaterThan(0);
    const { subject: _, ...withoutSubject } = valid;
    expect(validationErrors(withoutSubject as CarePlan).length).toBeGreaterThan(0);
    expect(validationErrors({ ...valid, owner: 'cw-as-1' } as unknown as CarePlan).length).toBeGreaterThan(0);
  });

  it('the binding check refuses a code outside the R4 value set', () => {
    const valid = only<CarePlan>(carePlanBundle(plan(), '2026-11-30T10:00:00Z'), 'CarePlan')[0]!;
    expect(bindingErrors(valid)).toEqual([]);
    expect(bindingErrors({ ...valid, status: 'closed' } as unknown as CarePlan)).toEqual(['closed is not in http://hl7.org/fhir/ValueSet/request-status']);
    expect(bindingErrors({ ...valid, activity: [{ detail: { status: 'done' } }] } as unknown as CarePlan)).toHaveLength(1);
  });
});

describe('the plan as an R4 searchset', () => {
  it.each([
    ['a running plan with goals, actions, a follow-up and a withheld part', plan()],
    ['a closed plan', plan({ status: 'CLOSED', closedOn: '2026-11-30', closingReason: 'Anne is in work', nextFollowUpDue: null, withheld: [] })],
    ['a plan as first made, with nothing in it yet', plan({ deputy: null, goals: [], subGoals: [], actions: [], followUps: [], withheld: [] })],
    [
      'a goal expressed by a custody holder, and a revision decided',
      plan({ goals: [{ ...plan().goals[0]!, expressedBy: 'CUSTODY_HOLDER' }], followUps: [{ ...plan().followUps[0]!, decision: 'REVISE' }] }),
    ],
  ])('%s: the Bundle and every resource in it are valid R4', (_, source) => {
    const bundle = carePlanBundle(source, '2026-11-30T10:00:00Z');
    expect(validationErrors(bundle)).toEqual([]);
    for (const resource of resources(bundle)) {
      expect({ type: resource.resourceType, errors: [...validationErrors(resource), ...bindingErrors(resource)] }).toEqual({
        type: resource.resourceType,
        errors: [],
      });
    }
    expect(valueSetCodes('http://hl7.org/fhir/ValueSet/bundle-type').has(bundle.type!)).toBe(true);
  });

  it('no plan is a searchset without a match', () => {
    const bundle = carePlanBundle(null, '2026-11-30T10:00:00Z');
    expect(bundle).toMatchObject({ type: 'searchset', total: 0, entry: [] });
    expect(validationErrors(bundle)).toEqual([]);
  });

  it('has the CarePlan as the match and the goals, follow-ups and what was withheld as includes and outcome', () => {
    const bundle = carePlanBundle(plan(), '2026-11-30T10:00:00Z');
    expect(bundle.entry!.map((e) => [e.resource!.resourceType, e.search!.mode])).toEqual([
      ['CarePlan', 'match'],
      ['Goal', 'include'],
      ['Goal', 'include'],
      ['Observation', 'include'],
      ['OperationOutcome', 'outcome'],
    ]);
    expect(bundle.entry!.filter((e) => e.resource!.resourceType !== 'OperationOutcome').map((e) => e.fullUrl)).toEqual(
      [ids.plan, ids.goal, ids.subGoal, ids.followUp].map((id) => `urn:uuid:${id}`),
    );
  });

  it('names the citizen by CPR number, ten digits, in the CPR system, on every resource', () => {
    const bundle = carePlanBundle(plan(), '2026-11-30T10:00:00Z');
    const subjects = resources(bundle)
      .filter((r) => r.resourceType !== 'OperationOutcome')
      .map((r) => (r as CarePlan).subject);
    expect(subjects).toEqual(Array(4).fill({ type: 'Patient', identifier: { system: CPR_SYSTEM, value: '6407902468' } }));
  });
});

describe('the CarePlan', () => {
  const carePlanOf = (source: FhirPlanSource) => only<CarePlan>(carePlanBundle(source, '2026-11-30T10:00:00Z'), 'CarePlan')[0]!;

  it.each([
    ['ACTIVE', 'active'],
    ['CLOSED', 'completed'],
  ] as const)('a plan %s is %s (R4 request-status)', (status, fhir) => {
    expect(carePlanOf(plan({ status })).status).toBe(fhir);
  });

  it.each([
    ['NOT_STARTED', 'not-started'],
    ['IN_PROGRESS', 'in-progress'],
    ['COMPLETED', 'completed'],
    ['STOPPED', 'stopped'],
  ] as const)('an action %s is an activity %s (R4 care-plan-activity-status)', (status, fhir) => {
    const source = plan({ actions: [{ ...plan().actions[1]!, status }] });
    expect(carePlanOf(source).activity![0]!.detail!.status).toBe(fhir);
  });

  it('is the course: its period, coordinator as author, deputy as contributor, every goal, each part with its law and consent', () => {
    const care = carePlanOf(plan());
    expect(care).toMatchObject({ intent: 'plan', period: { start: '2026-09-01' }, meta: { versionId: '7' } });
    expect(care.author!.identifier!.value).toBe('cw-as-1');
    expect(care.contributor!.map((c) => c.identifier!.value)).toEqual(['cw-as-1', 'cw-jc-1']);
    expect(care.goal!.map((g) => g.reference)).toEqual([`urn:uuid:${ids.goal}`, `urn:uuid:${ids.subGoal}`]);
    expect(care.supportingInfo!.map((s) => s.display)).toEqual([
      'Adult social services: Serviceloven § 141, stk. 7, consent version 1',
      'Jobcentre: LAB § 40, stk. 3, consent version 1',
    ]);
  });

  it('an action: its goal, its caseworker and department, and its weekly schedule as a Timing or its deadline as a period', () => {
    const [course, support] = carePlanOf(plan()).activity!;
    expect(course!.detail).toMatchObject({
      description: 'Job training',
      goal: [{ reference: `urn:uuid:${ids.subGoal}` }],
      scheduledTiming: {
        repeat: {
          boundsPeriod: { start: '2026-09-07', end: '2026-12-18' },
          dayOfWeek: ['mon', 'wed'],
          timeOfDay: ['09:00:00'],
          duration: 300,
          durationUnit: 'min',
        },
      },
    });
    expect(course!.detail!.performer!.map((p) => p.identifier!.value)).toEqual(['cw-jc-1', 'JOBCENTRE']);
    expect(support!.detail!.scheduledPeriod).toEqual({ start: '2026-09-01', end: '2027-02-28' });
  });

  it('the follow-ups: the ones held as outcomes, the next one due as a scheduled activity, overdue said so', () => {
    const followUps = carePlanOf(plan({ followUpOverdue: true })).activity!.at(-1)!;
    expect(followUps.outcomeReference).toEqual([{ reference: `urn:uuid:${ids.followUp}`, type: 'Observation' }]);
    expect(followUps.detail).toMatchObject({
      status: 'scheduled',
      scheduledPeriod: { end: '2027-02-10' },
      description: 'Next follow-up due by 2027-02-10 (overdue)',
    });
  });
});

describe('the goals and follow-ups', () => {
  const bundle = (source = plan()) => carePlanBundle(source, '2026-11-30T10:00:00Z');

  it("the citizen's goal is KL's 'borgers mål og ønsker', in their words, expressed by the citizen", () => {
    const [goal] = only<Goal>(bundle(), 'Goal');
    expect(goal).toMatchObject({
      lifecycleStatus: 'active',
      category: [{ coding: [CITIZEN_GOAL_CATEGORY] }],
      description: { text: 'To keep my flat and get back to work' },
    });
    expect(goal!.expressedBy).toEqual({ type: 'Patient', identifier: { system: CPR_SYSTEM, value: '6407902468' }, display: 'Anne Sørensen' });
  });

  it('a goal a custody holder expressed is expressed by a RelatedPerson', () => {
    const [goal] = only<Goal>(bundle(plan({ goals: [{ ...plan().goals[0]!, expressedBy: 'CUSTODY_HOLDER', expressedByName: 'Maria Holm' }] })), 'Goal');
    expect(goal!.expressedBy).toEqual({ type: 'RelatedPerson', display: 'Maria Holm (custody holder)' });
  });

  it("a department's goal is KL's 'indsatsmål', a milestone of the citizen's goal", () => {
    const [, subGoal] = only<Goal>(bundle(), 'Goal');
    expect(subGoal!.category).toEqual([{ coding: [DEPARTMENT_GOAL_CATEGORY] }]);
    expect(subGoal!.extension![0]!.extension).toEqual([
      { url: 'type', valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/goal-relationship-type', code: 'milestone' }] } },
      { url: 'target', valueReference: { reference: `urn:uuid:${ids.goal}`, type: 'Goal' } },
    ]);
  });

  it('goals of a closed plan are completed', () => {
    expect(only<Goal>(bundle(plan({ status: 'CLOSED' })), 'Goal').map((g) => g.lifecycleStatus)).toEqual(['completed', 'completed']);
  });

  it('a follow-up is a final Observation of the plan: its date, findings and decision', () => {
    const [observation] = only<Observation>(bundle(), 'Observation');
    expect(observation).toMatchObject({
      status: 'final',
      basedOn: [{ reference: `urn:uuid:${ids.plan}` }],
      effectiveDateTime: '2026-11-10',
      valueString: 'Rent paid; training going well',
    });
    expect(observation!.component![0]!.valueCodeableConcept!.text).toBe('Continue');
  });
});

describe('refusals as OperationOutcomes', () => {
  it.each([
    [
      'Restricted',
      200,
      { data: { citizen: { jointPlan: { __typename: 'Restricted', department: 'FAMILY', reason: 'NO_CONSENT' } } } },
      403,
      'forbidden',
      'FORBIDDEN',
    ],
    ['no token', 401, { errors: [{ message: 'no token', extensions: { code: 'UNAUTHENTICATED' } }] }, 401, 'login', 'UNAUTHENTICATED'],
    [
      'a failed part, never read as "no plan"',
      200,
      { data: { citizen: { jointPlan: null } }, errors: [{ message: 'down', extensions: { code: 'SERVICE_UNAVAILABLE' } }] },
      500,
      'exception',
      'INTERNAL_SERVER_ERROR',
    ],
    [
      'an internal error, its message not shown',
      200,
      { errors: [{ message: 'secret detail', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
      500,
      'exception',
      'INTERNAL_SERVER_ERROR',
    ],
  ] as const)('%s', async (_, status, body, httpStatus, issue, code) => {
    const response = fhirResponse(status, body as never, '2026-11-30T10:00:00Z');
    expect(response.status).toBe(httpStatus);
    const outcome = (await response.json()) as OperationOutcome;
    expect(outcome.issue[0]).toMatchObject({
      severity: 'error',
      code: issue,
      details: { coding: expect.arrayContaining([expect.objectContaining({ code })]) },
    });
    expect(JSON.stringify(outcome)).not.toContain('secret detail');
    expect([...validationErrors(outcome), ...bindingErrors(outcome)]).toEqual([]);
  });

  it('an OperationOutcome for bad input names the parameter', () => {
    const outcome = operationOutcome('invalid', 'BAD_USER_INPUT', 'subject is not a valid CPR number', { expression: ['subject'] });
    expect(validationErrors(outcome)).toEqual([]);
    expect(outcome.issue[0]!.expression).toEqual(['subject']);
  });
});
