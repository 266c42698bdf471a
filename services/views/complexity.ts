/**
 * The complexity markers municipalities use to find citizens who need a coordinated effort
 * (docs/domain.md): cases in at least two departments, at least three benefits or measures at once, a
 * yearly cost above DKK 150,000. Computed only from what the caller may see: a restricted
 * department or a withheld list adds nothing, and its absence says nothing.
 */
import { isIsoDate } from './dates.ts';
import { isRunningOn, periodsOf } from './records.ts';
import type { Complexity, Department, ViewsInput } from './types.ts';

export interface ComplexityThresholds {
  /** Departments with a case or a running benefit or measure. */
  minDepartments: number;
  minActiveBenefitsAndMeasures: number;
  /** The yearly cost must be above this (not equal to it). */
  yearlyCostDkk: number;
}

export const DEFAULT_THRESHOLDS: ComplexityThresholds = { minDepartments: 2, minActiveBenefitsAndMeasures: 3, yearlyCostDkk: 150_000 };

/** The markers, as `criteriaMet` names them. */
export const COORDINATION_CRITERIA = {
  departments: 'CASES_IN_SEVERAL_DEPARTMENTS',
  benefitsAndMeasures: 'SEVERAL_BENEFITS_OR_MEASURES',
  yearlyCost: 'HIGH_YEARLY_COST',
} as const;

const DEPARTMENTS: readonly Department[] = ['JOBCENTRE', 'FAMILY', 'ADULT_SOCIAL'];

/**
 * The categories the figures count: open cases (a department's `caseOpen` comes with its benefits,
 * cases or assessments) and benefits and measures. A department that withholds one of them is
 * listed in `restrictedDepartments` too: its figures are not complete. Appointments, sanctions,
 * meetings, investigations, match group, exemptions and psychiatry cooperation count for nothing.
 */
export const FIGURE_CATEGORIES: Readonly<Record<Department, readonly string[]>> = {
  JOBCENTRE: ['JOBCENTRE_BENEFITS', 'JOBCENTRE_ACTIVATION'],
  FAMILY: ['FAMILY_CASES', 'FAMILY_MEASURES'],
  ADULT_SOCIAL: ['ADULT_SOCIAL_ASSESSMENTS', 'ADULT_SOCIAL_SUPPORT', 'ADULT_SOCIAL_PLACEMENTS', 'ADULT_SOCIAL_TREATMENT', 'ADULT_SOCIAL_EDUCATION'],
};
const VIEW_FIELD = { JOBCENTRE: 'jobcentre', FAMILY: 'family', ADULT_SOCIAL: 'adultSocial' } as const;

function checkThresholds(thresholds: ComplexityThresholds): void {
  for (const [name, value] of Object.entries(thresholds)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new RangeError(`threshold ${name} must be a non-negative number`);
  }
}

/** Whether the view itself says there is an open case; null (withheld) says nothing. */
function showsOpenCase(department: Department, input: ViewsInput): boolean {
  switch (department) {
    case 'JOBCENTRE':
      return input.jobcentre?.caseOpen === true;
    case 'FAMILY':
      return input.family?.caseOpen === true || (input.family?.cases ?? []).some((c) => c.status === 'OPEN');
    case 'ADULT_SOCIAL':
      return input.adultSocial?.caseOpen === true;
  }
}

/** Whether the department's view (shown, but in part) leaves out a list the figures count. */
function withholdsFigures(department: Department, input: ViewsInput): boolean {
  const view = input[VIEW_FIELD[department]];
  return (view?.withheld ?? []).some((w) => FIGURE_CATEGORIES[department].includes(w.category));
}

/**
 * The complexity markers for one citizen on `today`, from the views the caller may see.
 *
 * A department is involved when its view shows an open case or a benefit or measure running
 * today. Benefits and measures are benefits, activation offers, mentor support, family measures,
 * housing support, residential placements, addiction treatment and STU. The yearly cost sums the
 * running ones: a benefit's monthly amount × 12; any other item's `yearlyCostDkk`, else
 * nothing. Departments in `restrictedDepartments` count as showing nothing
 * even if a view for them is passed; the result lists them, and every department whose view
 * withholds a list the figures count (FIGURE_CATEGORIES).
 *
 * @throws RangeError for a malformed `today` or a negative threshold.
 */
export function complexity(
  input: ViewsInput,
  restrictedDepartments: readonly string[],
  thresholds: Partial<ComplexityThresholds> = DEFAULT_THRESHOLDS,
  today: string,
): Complexity {
  if (!isIsoDate(today)) throw new RangeError('today must be an ISO date (YYYY-MM-DD)');
  const limits: ComplexityThresholds = { ...DEFAULT_THRESHOLDS, ...thresholds };
  checkThresholds(limits);

  const restricted = new Set(restrictedDepartments);
  const visible: ViewsInput = { ...input };
  for (const department of DEPARTMENTS) if (restricted.has(department)) visible[VIEW_FIELD[department]] = null;

  const running = periodsOf(visible).filter((p) => p.benefitOrMeasure && isRunningOn(p, today));
  const departmentsInvolved = DEPARTMENTS.filter((department) => showsOpenCase(department, visible) || running.some((p) => p.department === department));
  const activeBenefitsAndMeasures = running.length;
  const yearlyCostDkk = Math.round(running.reduce((sum, p) => sum + (p.yearlyCostDkk ?? 0), 0));

  const criteriaMet: string[] = [];
  if (departmentsInvolved.length >= limits.minDepartments) criteriaMet.push(COORDINATION_CRITERIA.departments);
  if (activeBenefitsAndMeasures >= limits.minActiveBenefitsAndMeasures) criteriaMet.push(COORDINATION_CRITERIA.benefitsAndMeasures);
  if (yearlyCostDkk > limits.yearlyCostDkk) criteriaMet.push(COORDINATION_CRITERIA.yearlyCost);

  return {
    departmentsInvolved,
    activeBenefitsAndMeasures,
    yearlyCostDkk,
    meetsCoordinationCriteria: criteriaMet.length > 0,
    criteriaMet,
    restrictedDepartments: [
      ...DEPARTMENTS.filter((d) => restricted.has(d) || withholdsFigures(d, visible)),
      ...[...restricted].filter((d) => !(DEPARTMENTS as readonly string[]).includes(d)).sort(),
    ],
  };
}
