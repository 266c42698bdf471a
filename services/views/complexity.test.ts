import { describe, expect, it } from 'vitest';
import { COORDINATION_CRITERIA, DEFAULT_THRESHOLDS, complexity, type ComplexityThresholds } from './complexity.ts';
import { anne, simon, soren, supportYearlyCost } from './personas.fixture.ts';
import type { Complexity, ViewsInput, WithheldCategoryData } from './types.ts';

const TODAY = '2026-10-01';
const { departments: DEPARTMENTS, benefitsAndMeasures: MEASURES, yearlyCost: COST } = COORDINATION_CRITERIA;

/** A view as the caller receives it: a restricted department is absent. */
const asSeenBy = (input: ViewsInput, restricted: readonly string[]): ViewsInput => ({
  ...input,
  ...(restricted.includes('JOBCENTRE') ? { jobcentre: null } : {}),
  ...(restricted.includes('FAMILY') ? { family: null } : {}),
  ...(restricted.includes('ADULT_SOCIAL') ? { adultSocial: null } : {}),
});

describe('complexity', () => {
  it('finds that Anne, as her own views show her, needs a coordinated effort', () => {
    const result = complexity(anne(), [], DEFAULT_THRESHOLDS, TODAY);
    expect(result).toEqual<Complexity>({
      departmentsInvolved: ['JOBCENTRE', 'FAMILY', 'ADULT_SOCIAL'],
      // cash benefit, job training, housing support package 2; the children's measures are not in her view
      activeBenefitsAndMeasures: 3,
      yearlyCostDkk: 16_700 * 12 + supportYearlyCost(4),
      meetsCoordinationCriteria: true,
      criteriaMet: [DEPARTMENTS, MEASURES, COST],
      restrictedDepartments: [],
    });
    expect(result.yearlyCostDkk).toBe(294_000);
  });

  it.each<[string, ViewsInput, string[], string, Partial<Complexity>]>([
    [
      'Anne seen by the jobcentre without consent: its own view only',
      asSeenBy(anne(), ['FAMILY', 'ADULT_SOCIAL']),
      ['FAMILY', 'ADULT_SOCIAL'],
      TODAY,
      {
        departmentsInvolved: ['JOBCENTRE'],
        activeBenefitsAndMeasures: 2,
        yearlyCostDkk: 200_400,
        criteriaMet: [COST],
        restrictedDepartments: ['FAMILY', 'ADULT_SOCIAL'],
      },
    ],
    [
      'Anne while exempt, before her job training',
      anne(),
      [],
      '2025-12-01',
      { departmentsInvolved: ['JOBCENTRE', 'FAMILY', 'ADULT_SOCIAL'], activeBenefitsAndMeasures: 2, yearlyCostDkk: 294_000, criteriaMet: [DEPARTMENTS, COST] },
    ],
    [
      'Søren seen by the jobcentre (he has consented to nothing): benefit, course and mentor',
      asSeenBy(soren(), ['FAMILY', 'ADULT_SOCIAL']),
      ['FAMILY', 'ADULT_SOCIAL'],
      TODAY,
      { departmentsInvolved: ['JOBCENTRE'], activeBenefitsAndMeasures: 3, yearlyCostDkk: 150_600, criteriaMet: [MEASURES, COST] },
    ],
    [
      'Søren seen by the family department: a case, nothing running',
      asSeenBy(soren(), ['JOBCENTRE', 'ADULT_SOCIAL']),
      ['JOBCENTRE', 'ADULT_SOCIAL'],
      TODAY,
      { departmentsInvolved: ['FAMILY'], activeBenefitsAndMeasures: 0, yearlyCostDkk: 0, meetsCoordinationCriteria: false, criteriaMet: [] },
    ],
    [
      'Simon without his family view: two departments, four running items',
      simon(),
      ['FAMILY'],
      TODAY,
      {
        departmentsInvolved: ['JOBCENTRE', 'ADULT_SOCIAL'],
        activeBenefitsAndMeasures: 4,
        yearlyCostDkk: 8_600 * 12 + supportYearlyCost(4),
        criteriaMet: [DEPARTMENTS, MEASURES, COST],
      },
    ],
    [
      'Simon in his first year, on package 5',
      simon(),
      ['FAMILY'],
      '2025-06-01',
      { activeBenefitsAndMeasures: 3, yearlyCostDkk: 8_600 * 12 + supportYearlyCost(15) },
    ],
    [
      'a view with every list withheld and the case status withheld',
      {
        jobcentre: { caseOpen: null, benefits: null, activationOffers: null, mentor: null, exemptions: null, withheld: [] },
        family: { caseOpen: null, cases: null, withheld: [] },
        adultSocial: {
          caseOpen: null,
          supportPackages: null,
          currentSupportPackage: null,
          placements: null,
          addictionTreatments: null,
          education: null,
          withheld: [],
        },
      },
      [],
      TODAY,
      { departmentsInvolved: [], activeBenefitsAndMeasures: 0, yearlyCostDkk: 0, meetsCoordinationCriteria: false, criteriaMet: [] },
    ],
    [
      'no department visible at all',
      {},
      ['JOBCENTRE', 'FAMILY', 'ADULT_SOCIAL'],
      TODAY,
      { departmentsInvolved: [], meetsCoordinationCriteria: false, restrictedDepartments: ['JOBCENTRE', 'FAMILY', 'ADULT_SOCIAL'] },
    ],
    [
      'a running benefit involves the department even when the case status is withheld',
      { jobcentre: { caseOpen: null, benefits: [{ kind: 'SICKNESS_BENEFIT', from: '2026-01-01', monthlyAmountDkk: 10_000 }], withheld: [] } },
      [],
      TODAY,
      { departmentsInvolved: ['JOBCENTRE'], activeBenefitsAndMeasures: 1, yearlyCostDkk: 120_000 },
    ],
    [
      'a closed family case with an ended measure involves nobody',
      {
        family: {
          caseOpen: false,
          cases: [
            {
              caseNumber: 'B-2016-0412',
              status: 'CLOSED',
              opened: '2016-03-14',
              closed: '2019-11-23',
              role: 'CHILD',
              custody: false,
              child: { cpr: '831101-3571' },
              measures: [{ id: 'B-F1', kind: 'CONTACT_PERSON', from: '2016-06-01', to: '2019-11-23', yearlyCostDkk: 40_000 }],
            },
          ],
          withheld: [],
        },
      },
      [],
      TODAY,
      { departmentsInvolved: [], activeBenefitsAndMeasures: 0, yearlyCostDkk: 0 },
    ],
    [
      "a young person's own running family measure counts with its cost",
      {
        family: {
          caseOpen: true,
          cases: [
            {
              caseNumber: 'B-7',
              status: 'OPEN',
              opened: '2026-01-01',
              role: 'CHILD',
              custody: false,
              child: { cpr: '750912-5014' },
              measures: [{ id: 'F-7', kind: 'PLACEMENT_OUTSIDE_HOME', from: '2026-02-01', yearlyCostDkk: 480_000 }],
            },
          ],
          withheld: [],
        },
      },
      [],
      TODAY,
      { departmentsInvolved: ['FAMILY'], activeBenefitsAndMeasures: 1, yearlyCostDkk: 480_000, criteriaMet: [COST] },
    ],
    [
      'a yearly cost of exactly DKK 150,000 is not above the threshold',
      { jobcentre: { caseOpen: true, benefits: [{ kind: 'CASH_BENEFIT', from: '2026-01-01', monthlyAmountDkk: 12_500 }], withheld: [] } },
      [],
      TODAY,
      { yearlyCostDkk: 150_000, criteriaMet: [] },
    ],
    [
      'a benefit costs its monthly amount × 12; an item without a yearly cost adds none',
      {
        jobcentre: { benefits: [{ kind: 'RESOURCE_PROGRAMME', from: '2026-01-01', monthlyAmountDkk: 10_000 }], withheld: [] },
        adultSocial: {
          addictionTreatments: [{ kind: 'DAY', from: '2026-09-01', to: '2026-12-31' }],
          placements: [{ kind: 'TEMPORARY_RESIDENTIAL', from: '2026-01-01', to: '2026-06-30', yearlyCostDkk: 620_000 }],
          withheld: [],
        },
      },
      [],
      TODAY,
      { departmentsInvolved: ['JOBCENTRE', 'ADULT_SOCIAL'], activeBenefitsAndMeasures: 2, yearlyCostDkk: 120_000 },
    ],
    [
      'a view passed for a restricted department is ignored',
      anne(),
      ['ADULT_SOCIAL'],
      TODAY,
      { departmentsInvolved: ['JOBCENTRE', 'FAMILY'], activeBenefitsAndMeasures: 2, yearlyCostDkk: 200_400, restrictedDepartments: ['ADULT_SOCIAL'] },
    ],
  ])('%s', (_, input, restricted, today, expected) => {
    expect(complexity(input, restricted, DEFAULT_THRESHOLDS, today)).toMatchObject(expected);
  });

  it.each<[string, Partial<ComplexityThresholds>, string[]]>([
    ['the defaults', DEFAULT_THRESHOLDS, [DEPARTMENTS, MEASURES, COST]],
    ['stricter on every marker', { minDepartments: 4, minActiveBenefitsAndMeasures: 4, yearlyCostDkk: 300_000 }, []],
    ['only a higher cost threshold, the rest default', { yearlyCostDkk: 1_000_000 }, [DEPARTMENTS, MEASURES]],
    ['a department threshold of three', { minDepartments: 3, minActiveBenefitsAndMeasures: 99, yearlyCostDkk: 1e9 }, [DEPARTMENTS]],
  ])('takes its thresholds as configuration: %s', (_, thresholds, criteria) => {
    const result = complexity(anne(), [], thresholds, TODAY);
    expect(result.criteriaMet).toEqual(criteria);
    expect(result.meetsCoordinationCriteria).toBe(criteria.length > 0);
  });

  it('uses the defaults when no thresholds are given', () => {
    expect(complexity(anne(), [], undefined, TODAY)).toEqual(complexity(anne(), [], DEFAULT_THRESHOLDS, TODAY));
  });

  it('reports the restricted departments in department order, unknown names last', () => {
    expect(complexity({}, ['ADULT_SOCIAL', 'REGISTRY', 'JOBCENTRE', 'JOBCENTRE'], undefined, TODAY).restrictedDepartments).toEqual([
      'JOBCENTRE',
      'ADULT_SOCIAL',
      'REGISTRY',
    ]);
  });

  it('lists a department shared in part when it withholds a list the figures count, and not for one they do not count', () => {
    const withheld = (category: WithheldCategoryData['category']): WithheldCategoryData[] => [{ category, reason: 'CATEGORY_NOT_COVERED' }];
    const base = soren();
    // Only appointments shared: the benefits and activation behind the figures are missing.
    const appointmentsOnly: ViewsInput = {
      ...base,
      jobcentre: {
        ...base.jobcentre!,
        benefits: null,
        activationOffers: null,
        mentor: null,
        withheld: [...withheld('JOBCENTRE_BENEFITS'), ...withheld('JOBCENTRE_ACTIVATION')],
      },
    };
    expect(complexity(appointmentsOnly, [], undefined, TODAY).restrictedDepartments).toEqual(['JOBCENTRE']);
    // Only the sanctions withheld: the figures are complete.
    const sanctionsWithheld: ViewsInput = { ...base, jobcentre: { ...base.jobcentre!, sanctions: null, withheld: withheld('JOBCENTRE_SANCTIONS') } };
    expect(complexity(sanctionsWithheld, [], undefined, TODAY).restrictedDepartments).toEqual([]);
    const measuresWithheld: ViewsInput = { ...base, family: { ...base.family!, withheld: withheld('FAMILY_MEASURES') } };
    expect(complexity(measuresWithheld, ['ADULT_SOCIAL'], undefined, TODAY).restrictedDepartments).toEqual(['FAMILY', 'ADULT_SOCIAL']);
  });

  it.each<[string, () => unknown]>([
    ['a malformed today', () => complexity(anne(), [], undefined, '01-10-2026')],
    ['a negative threshold', () => complexity(anne(), [], { minDepartments: -1 }, TODAY)],
    ['a threshold that is not a number', () => complexity(anne(), [], { yearlyCostDkk: Number.NaN }, TODAY)],
  ])('refuses %s', (_, call) => {
    expect(call).toThrow(RangeError);
  });
});
