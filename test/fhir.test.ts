/**
 * `GET /fhir/CarePlan?subject=<cpr>` through the whole hub: Anne's demo plan as an R4 searchset a
 * caseworker her consent covers may read, every resource valid R4; a caller outside a plan's consent
 * refused with the graph's refusal as an OperationOutcome, the same before and after a plan exists;
 * bad input refused before the graph is asked; and every read in the access log.
 */
import type { Bundle, CarePlan, Goal, Observation, OperationOutcome } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS } from '../services/shared/src/demo/world.ts';
import { addDays, danishDate } from '../services/shared/src/time.ts';
import { CASEWORKERS, startTestHub, type TestHub } from './harness.ts';
import { bindingErrors, loadR4Definitions, validationErrors } from './support/fhir.ts';

let hub: TestHub;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  loadR4Definitions();
  hub = await startTestHub();
  for (const [department, claims] of Object.entries(CASEWORKERS)) tokens[department] = await hub.token(claims);
});
afterAll(async () => {
  await hub?.stop();
});

/** GETs a FHIR path of the gateway as a caller (null: no token). */
async function fhir(token: string | null, pathAndQuery: string, headers: Record<string, string> = {}, method = 'GET') {
  const response = await fetch(new URL(pathAndQuery, hub.gateway.url), {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

const planLogEntries = async (requestId: string) =>
  (await hub.logEntries()).filter((e) => e.requestId === requestId && e.categories.some((c) => c.startsWith('PLAN_')));

describe("Anne's plan as FHIR R4", () => {
  let bundle: Bundle;

  it('a jobcentre caseworker her consent covers gets a searchset with the CarePlan, its Goals and the follow-up', async () => {
    const answer = await fhir(tokens.jobcentre!, `/fhir/CarePlan?subject=${PERSONAS.anne}`, { 'x-request-id': 'fhir-anne-jc' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    expect(answer.headers.get('x-request-id')).toBe('fhir-anne-jc');
    bundle = answer.body;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 1 });
    expect(bundle.entry!.map((e) => e.resource!.resourceType)).toEqual(['CarePlan', 'Goal', 'Goal', 'Goal', 'Observation']);
  });

  it('every resource in it is valid R4, its codes in the R4 value sets', () => {
    expect(validationErrors(bundle)).toEqual([]);
    for (const entry of bundle.entry!) {
      const resource = entry.resource!;
      expect({ type: resource.resourceType, errors: [...validationErrors(resource), ...bindingErrors(resource)] }).toEqual({
        type: resource.resourceType,
        errors: [],
      });
    }
  });

  it('has her goal expressed by her, the departments’ goals linked to it, the actions under way, the follow-up held', () => {
    const [care, ...rest] = bundle.entry!.map((e) => e.resource!);
    const carePlan = care as CarePlan;
    const goals = rest.filter((r) => r.resourceType === 'Goal') as Goal[];
    const [followUp] = rest.filter((r) => r.resourceType === 'Observation') as Observation[];
    const anne = { type: 'Patient', identifier: { system: 'urn:oid:1.2.208.176.1.2', value: PERSONAS.anne.replace('-', '') } };
    expect(carePlan).toMatchObject({ status: 'active', intent: 'plan', subject: anne, period: { start: '2026-09-14' } });
    expect(carePlan.author!.identifier!.value).toBe('cw-as-1');
    expect(goals[0]).toMatchObject({ description: { text: 'To keep my flat and get back to work' }, expressedBy: { ...anne, display: 'Anne Larsen' } });
    const citizenGoal = bundle.entry![1]!.fullUrl;
    for (const goal of goals.slice(1)) expect(goal.extension![0]!.extension![1]!.valueReference!.reference).toBe(citizenGoal);
    expect(carePlan.activity!.slice(0, 3).map((a) => a.detail!.status)).toEqual(['in-progress', 'in-progress', 'in-progress']);
    expect(carePlan.activity!.slice(0, 3).map((a) => a.detail!.description)).toEqual([
      expect.stringContaining('Housing support'),
      expect.stringContaining('Job training'),
      expect.stringContaining('Family consultant'),
    ]);
    expect(followUp).toMatchObject({ status: 'final', effectiveDateTime: '2026-11-23' });
    expect(carePlan.activity!.at(-1)!.outcomeReference![0]!.reference).toBe(bundle.entry![4]!.fullUrl);
  });

  it('was decided and logged by the plan service like any read, under her consent for the joint plan', async () => {
    const entries = await planLogEntries('fhir-anne-jc');
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry).toMatchObject({ actorId: 'cw-jc-1', cpr: PERSONAS.anne, purpose: 'JOINT_PLAN' });
    expect(entries.some((e) => e.outcome === 'RELEASED' && e.legalBasis === 'CONSENT')).toBe(true);
  });
});

describe('refusals', () => {
  let before: { status: number; body: OperationOutcome };

  it('a department outside the consent gets the graph’s refusal as a 403 OperationOutcome, logged, and no data', async () => {
    before = await fhir(tokens['adult-social']!, `/fhir/CarePlan?subject=${PERSONAS.soren}`, { 'x-request-id': 'fhir-soren-as-1' });
    expect(before.status).toBe(403);
    expect(before.body.resourceType).toBe('OperationOutcome');
    expect(before.body.issue[0]).toMatchObject({ severity: 'error', code: 'forbidden' });
    expect(before.body.issue[0]!.details!.coding!.map((c) => c.code)).toEqual(['FORBIDDEN', 'NO_CONSENT']);
    expect([...validationErrors(before.body), ...bindingErrors(before.body)]).toEqual([]);
    expect((await planLogEntries('fhir-soren-as-1')).map((e) => e.outcome)).toContain('REFUSED');
  });

  it('is the same once a plan exists that the department is outside of', async () => {
    const input = {
      cpr: PERSONAS.soren,
      grantedBy: [{ name: 'Søren Jensen', cpr: PERSONAS.soren, capacity: 'SELF' }],
      sourceDepartments: ['JOBCENTRE', 'FAMILY'],
      recipientDepartments: ['JOBCENTRE', 'FAMILY'],
      categories: ['PLAN_GOALS', 'PLAN_ACTIONS', 'PLAN_FOLLOW_UPS'],
      purpose: 'JOINT_PLAN',
      validUntil: addDays(danishDate(new Date()), 365),
      method: 'WRITTEN',
      evidence: 'Declaration 2026-311-2',
      textVersion: 'samtykke-helhedsplan-2026-01',
    };
    const granted = await hub.query(tokens.jobcentre!, 'mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }', { input });
    expect(granted.body.errors).toBeUndefined();
    const created = await hub.query(
      tokens.jobcentre!,
      'mutation ($input: CreateJointPlanInput!) { createJointPlan(input: $input) { version } }',
      { input: { cpr: PERSONAS.soren, departments: ['JOBCENTRE', 'FAMILY'], coordinatorId: 'cw-jc-1' } },
      { 'x-purpose': 'JOINT_PLAN' },
    );
    expect(created.body.errors).toBeUndefined();
    const after = await fhir(tokens['adult-social']!, `/fhir/CarePlan?subject=${PERSONAS.soren}`);
    expect({ status: after.status, body: after.body }).toEqual({ status: before.status, body: before.body });
    // The jobcentre, in the consent, reads the new plan.
    const own = await fhir(tokens.jobcentre!, `/fhir/CarePlan?subject=${PERSONAS.soren.replace('-', '')}`);
    expect(own.status).toBe(200);
    expect(own.body.entry[0].resource).toMatchObject({ resourceType: 'CarePlan', status: 'active' });
  });

  it('no token is a 401 OperationOutcome', async () => {
    const answer = await fhir(null, `/fhir/CarePlan?subject=${PERSONAS.anne}`);
    expect(answer.status).toBe(401);
    expect(answer.body.issue[0]).toMatchObject({ code: 'login', details: { coding: [{ code: 'UNAUTHENTICATED' }] } });
  });

  it.each([
    ['no subject', '/fhir/CarePlan', 'subject'],
    ['an empty subject', '/fhir/CarePlan?subject=', 'subject'],
    ['a subject that is not a CPR number', '/fhir/CarePlan?subject=anne', 'subject'],
    ['an impossible CPR number', '/fhir/CarePlan?subject=991399-1234', 'subject'],
    ['two subjects', `/fhir/CarePlan?subject=${PERSONAS.anne}&subject=${PERSONAS.simon}`, 'subject'],
    ['a search parameter the route does not take', `/fhir/CarePlan?subject=${PERSONAS.anne}&status=active`, 'status'],
    ['a format other than JSON', `/fhir/CarePlan?subject=${PERSONAS.anne}&_format=xml`, '_format'],
  ])('%s is a 400 OperationOutcome naming the parameter, and nothing is asked or logged', async (_, path, parameter) => {
    const logged = (await hub.logEntries()).length;
    const answer = await fhir(tokens.jobcentre!, path);
    expect(answer.status).toBe(400);
    expect(answer.body.issue[0]).toMatchObject({
      severity: 'error',
      code: 'invalid',
      expression: [parameter],
      details: { coding: [{ code: 'BAD_USER_INPUT' }] },
    });
    expect((await hub.logEntries()).length).toBe(logged);
  });

  it('another method is a 405, another resource type a 404, both as OperationOutcomes', async () => {
    const posted = await fhir(tokens.jobcentre!, `/fhir/CarePlan?subject=${PERSONAS.anne}`, {}, 'POST');
    expect(posted.status).toBe(405);
    expect(posted.body.issue[0].code).toBe('not-supported');
    const patient = await fhir(tokens.jobcentre!, `/fhir/Patient?identifier=${PERSONAS.anne}`);
    expect(patient.status).toBe(404);
    expect(patient.body.issue[0].code).toBe('not-found');
  });
});
