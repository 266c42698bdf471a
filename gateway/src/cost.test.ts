import { Kind, buildSchema, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CASELOAD, CITIZEN_VIEW, TIMELINE } from '../../bench/workloads.ts';
import { loadConfig } from '../../services/shared/src/config.ts';
import { MAX_CITIZENS_PER_LOOKUP } from '../../services/shared/src/limits.ts';
import { readCommittedSupergraph } from './compose.ts';
import { COST_WEIGHTS as W, FIELD_COSTS, operationCost } from './cost.ts';

const schema = buildSchema(readCommittedSupergraph(), { assumeValidSDL: true });
const cost = (query: string, variables?: Record<string, unknown>) => operationCost(schema, parse(query), variables);
const numbers = (count: number) => Array.from({ length: count }, (_, i) => `0101${70 + (i % 30)}-${1000 + i}`);
const list = (count: number) => JSON.stringify(numbers(count));

describe('the cost of an operation', () => {
  it.each<[string, string, Record<string, unknown> | undefined, number]>([
    ['one citizen by number: a lookup', '{ citizen(cpr: "720385-1235") { name } }', undefined, W.lookup],
    ['several citizens: a lookup per number named', `{ citizens(cprs: ${list(7)}) { name } }`, undefined, 7 * W.lookup],
    ['a lookup in a variable, the same', 'query ($c: [ID!]!) { citizens(cprs: $c) { name } }', { c: numbers(7) }, 7 * W.lookup],
    ["a department's view, per citizen", `{ citizens(cprs: ${list(3)}) { jobcentre { __typename } } }`, undefined, 3 * (W.lookup + W.department)],
    ['the timeline, weighted by the citizens it reads', `{ citizens(cprs: ${list(3)}) { timeline { kind } } }`, undefined, 3 * (W.lookup + W.view)],
    [
      'conflicts and their events, per citizen',
      `{ citizens(cprs: ${list(2)}) { conflicts { kind events { kind } } } }`,
      undefined,
      2 * (W.lookup + W.view + W.object),
    ],
    [
      'conflictCount and complexity on a caseload page: the page size counts',
      '{ myCaseload(first: 10) { edges { node { conflictCount complexity { yearlyCostDkk } } } } }',
      undefined,
      10 * (W.object + W.object + W.object + W.view + W.view),
    ],
    ['the gaps of the views, per citizen', `{ citizens(cprs: ${list(2)}) { viewGaps { department } } }`, undefined, 2 * (W.lookup + W.viewGaps)],
    ['a caseload page of the default size (20)', '{ myCaseload { edges { node { cpr } } } }', undefined, 20 * 3 * W.object],
    [
      'the same views through a fragment',
      `query { citizens(cprs: ${list(3)}) { ...V } } fragment V on Citizen { timeline { kind } }`,
      undefined,
      3 * (W.lookup + W.view),
    ],
    ['a field skipped: nothing', `{ citizens(cprs: ${list(3)}) { name timeline @skip(if: true) { kind } } }`, undefined, 3 * W.lookup],
    [
      'relations: an assumed number of citizens',
      '{ citizen(cpr: "720385-1235") { children { jobcentre { __typename } } } }',
      undefined,
      W.lookup + W.assumedRelations * (W.object + W.department),
    ],
    ['a mutation: what it writes', 'mutation { revokeConsent(id: "1", reason: "asked") { id } }', undefined, W.object + W.mutation],
    ['a walk of the access log', '{ verifyAccessLog { ok } }', undefined, W.logWalk],
  ])('%s', (_, query, variables, expected) => {
    expect(cost(query, variables)).toEqual({ cost: expected });
  });

  it('adds up aliases: the attack of 15 lookups is priced at each number of each', () => {
    const aliases = Array.from({ length: 15 }, (_, i) => `a${i}: citizens(cprs: ${list(MAX_CITIZENS_PER_LOOKUP)}) { timeline { kind } }`).join(' ');
    expect(cost(`{ ${aliases} }`)).toEqual({ cost: 15 * MAX_CITIZENS_PER_LOOKUP * (W.lookup + W.view) });
  });

  it.each([
    ['inline', `{ citizens(cprs: ${list(MAX_CITIZENS_PER_LOOKUP + 1)}) { name } }`, undefined],
    ['in a variable', 'query ($c: [ID!]!) { citizens(cprs: $c) { name } }', { c: numbers(MAX_CITIZENS_PER_LOOKUP + 1) }],
  ])(`refuses more than ${MAX_CITIZENS_PER_LOOKUP} numbers %s as BAD_USER_INPUT on cprs`, (_, query, variables) => {
    const outcome = cost(query, variables);
    expect('refused' in outcome && outcome.refused.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'cprs' });
  });

  it('leaves variables that do not fit to execution', () => {
    expect(cost('query ($cpr: ID!) { citizen(cpr: $cpr) { name } }', {})).toEqual({ unpriced: 'variables' });
  });

  it("lets the hub's own requests through the default ceiling: a citizen, a timeline, the largest caseload page", () => {
    const { maxRequestCost } = loadConfig({}).cost;
    for (const [query, variables] of [
      [CITIZEN_VIEW, { cpr: '720385-1235' }],
      [TIMELINE, { cpr: '720385-1235', from: '2026-01-01', to: '2026-12-31' }],
      [CASELOAD, { first: 200 }],
    ] as const) {
      const outcome = cost(query, variables);
      expect('cost' in outcome && outcome.cost).toBeLessThanOrEqual(maxRequestCost);
    }
  });

  it('refuses, at the default ceiling, two of the heaviest lookups in one request', () => {
    const { maxRequestCost } = loadConfig({}).cost;
    const heaviest = `citizens(cprs: ${list(MAX_CITIZENS_PER_LOOKUP)}) { timeline { kind } conflicts { kind } conflictCount complexity { yearlyCostDkk } }`;
    const one = cost(`{ ${heaviest} }`);
    const two = cost(`{ a: ${heaviest} b: ${heaviest} }`);
    expect('cost' in one && one.cost).toBeLessThanOrEqual(maxRequestCost);
    expect('cost' in two && two.cost).toBeGreaterThan(maxRequestCost);
  });

  it('prices every field that requires the departments, so that a new view cannot be added at the price of one object', () => {
    const citizen = parse(readCommittedSupergraph()).definitions.find(
      (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Citizen',
    )!;
    const requiring = citizen.fields!.filter((f) =>
      f.directives?.some((d) => d.name.value === 'join__field' && d.arguments?.some((a) => a.name.value === 'requires')),
    );
    expect(requiring.map((f) => f.name.value).sort()).toEqual(['complexity', 'conflictCount', 'conflicts', 'timeline', 'viewGaps']);
    for (const field of [...requiring.map((f) => f.name.value), 'jobcentre', 'family', 'adultSocial']) {
      expect(FIELD_COSTS[`Citizen.${field}`]?.weight, field).toBeGreaterThanOrEqual(W.department);
    }
  });
});
