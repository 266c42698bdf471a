/**
 * The dated records a citizen's department views hold, as periods with a first and an optional
 * last day. The timeline turns each into a start and an end event; the conflict and complexity
 * rules ask which run on a day. Reading the SDL shapes in one place keeps the three from
 * disagreeing on what a record is, what it is called and what it costs.
 */
import { humanise, dkk } from './dates.ts';
import type {
  AdultSocialViewData,
  Department,
  FamilyViewData,
  IsoDate,
  JobcentreViewData,
  RecordRef,
  SupportPackageData,
  TimelineEvent,
  ViewsInput,
} from './types.ts';

export interface RecordPeriod {
  department: Department;
  ref: RecordRef;
  /** The record's own kind as its department names it: CASH_BENEFIT, COURSE, RESIDENTIAL, ILLNESS, ... */
  kind: string;
  /** What the record is, for a caseworker: 'Cash benefit', 'Activation course at Aarhus Jobværksted'. */
  label: string;
  from: IsoDate;
  /** Last day, inclusive; null while it runs with no end. */
  to: IsoDate | null;
  startKind: string;
  endKind: string;
  startTitle: string;
  endTitle: string;
  /** Null when the view does not say: the rules count no cost rather than guess a department's rates. */
  yearlyCostDkk: number | null;
  /** A benefit or a measure in the sense of the complexity markers (not a case, an assessment or an exemption). */
  benefitOrMeasure: boolean;
}

/** An id for a record the SDL gives none: its kind and first day, which the department never repeats. */
export const syntheticId = (...parts: string[]): string => parts.join(':');

export const isRunningOn = (period: { from: IsoDate; to: IsoDate | null }, day: IsoDate): boolean =>
  period.from <= day && (period.to === null || day <= period.to);

const BENEFIT_LABEL: Record<string, string> = {
  CASH_BENEFIT: 'Cash benefit',
  EDUCATION_BENEFIT: 'Education benefit',
  SICKNESS_BENEFIT: 'Sickness benefit',
  RESOURCE_PROGRAMME: 'Resource programme',
};
export const ACTIVATION_LABEL: Record<string, string> = {
  COURSE: 'Activation course',
  JOB_TRAINING: 'Job training',
  INTERNSHIP: 'Internship',
  MENTOR_SUPPORT: 'Mentor support',
};
const ROLE_LABEL: Record<string, string> = { MOTHER: 'as mother', FATHER: 'as father', CUSTODIAN: 'as custodian', CHILD: 'as the child' };
export const INVESTIGATION_LABEL: Record<string, string> = {
  CHILD_INVESTIGATION: 'Child investigation',
  PARENTAL_CAPACITY_ASSESSMENT: 'Parental capacity assessment',
};
const FAMILY_MEASURE_LABEL: Record<string, string> = {
  FAMILY_TREATMENT: 'Family treatment',
  CONTACT_PERSON: 'Contact person',
  RESPITE_CARE: 'Respite care',
  PLACEMENT_OUTSIDE_HOME: 'Placement outside the home',
  FAMILY_CONSULTANT: 'Family consultant',
};
const ASSESSMENT_LABEL: Record<string, string> = { NEEDS_ASSESSMENT: 'Needs assessment', INQUIRY: 'Inquiry' };
const PLACEMENT_LABEL: Record<string, string> = {
  TEMPORARY_RESIDENTIAL: 'Temporary residential placement',
  LONG_TERM_RESIDENTIAL: 'Long-term residential placement',
};
const TREATMENT_LABEL: Record<string, string> = {
  OUTPATIENT: 'Outpatient addiction treatment',
  DAY: 'Day addiction treatment',
  RESIDENTIAL: 'Residential addiction treatment',
};

export const labelOf = (labels: Record<string, string>, code: string): string => {
  const label = labels[code] ?? humanise(code);
  return label.charAt(0).toUpperCase() + label.slice(1);
};

/** A period whose start and end events read "<label> starts" and "<label> ends". */
function simplePeriod(
  fields: Omit<RecordPeriod, 'startTitle' | 'endTitle' | 'startKind' | 'endKind' | 'to'> & { to?: IsoDate | null; eventPrefix: string },
): RecordPeriod {
  const { eventPrefix, ...rest } = fields;
  const label = fields.label;
  return {
    ...rest,
    to: fields.to ?? null,
    startKind: `${eventPrefix}_START`,
    endKind: `${eventPrefix}_END`,
    startTitle: `${label} starts`,
    endTitle: `${label} ends`,
  };
}

function jobcentrePeriods(view: JobcentreViewData): RecordPeriod[] {
  const periods: RecordPeriod[] = [];
  for (const benefit of view.benefits ?? []) {
    const label = labelOf(BENEFIT_LABEL, benefit.kind);
    periods.push({
      ...simplePeriod({
        department: 'JOBCENTRE',
        ref: { type: 'Benefit', id: syntheticId(benefit.kind, benefit.from) },
        kind: benefit.kind,
        from: benefit.from,
        to: benefit.to,
        label,
        eventPrefix: 'BENEFIT',
        // The jobcentre's view states a benefit's monthly amount, not a yearly cost.
        yearlyCostDkk: benefit.monthlyAmountDkk * 12,
        benefitOrMeasure: true,
      }),
      startTitle: `${label} starts (DKK ${dkk(benefit.monthlyAmountDkk)}/month)`,
    });
  }
  const offers = view.activationOffers ?? [];
  for (const offer of offers) {
    periods.push(
      simplePeriod({
        department: 'JOBCENTRE',
        ref: { type: 'ActivationOffer', id: offer.id },
        kind: offer.kind,
        from: offer.from,
        to: offer.to,
        label: `${labelOf(ACTIVATION_LABEL, offer.kind)} at ${offer.provider}`,
        eventPrefix: 'ACTIVATION',
        yearlyCostDkk: null,
        benefitOrMeasure: true,
      }),
    );
  }
  const mentor = view.mentor;
  // The mentor is usually also a MENTOR_SUPPORT offer over the same days: one measure, not two.
  const mentorIsAnOffer = mentor && offers.some((o) => o.kind === 'MENTOR_SUPPORT' && o.from === mentor.from && (o.to ?? null) === (mentor.to ?? null));
  if (mentor && !mentorIsAnOffer) {
    periods.push(
      simplePeriod({
        department: 'JOBCENTRE',
        ref: { type: 'Mentor', id: syntheticId('MENTOR', mentor.from) },
        kind: 'MENTOR',
        from: mentor.from,
        to: mentor.to,
        label: `Mentor support with ${mentor.name}`,
        eventPrefix: 'MENTOR',
        yearlyCostDkk: null,
        benefitOrMeasure: true,
      }),
    );
  }
  for (const exemption of view.exemptions ?? []) {
    periods.push(
      simplePeriod({
        department: 'JOBCENTRE',
        ref: { type: 'Exemption', id: syntheticId(exemption.reason, exemption.from) },
        kind: exemption.reason,
        from: exemption.from,
        to: exemption.to,
        label: `Exemption from the duty to seek work (${humanise(exemption.reason)})`,
        eventPrefix: 'EXEMPTION',
        yearlyCostDkk: null,
        benefitOrMeasure: false,
      }),
    );
  }
  return periods;
}

function familyPeriods(view: FamilyViewData): RecordPeriod[] {
  const periods: RecordPeriod[] = [];
  for (const involvement of view.cases ?? []) {
    const caseLabel = `Family case ${involvement.caseNumber}`;
    periods.push({
      department: 'FAMILY',
      ref: { type: 'FamilyCase', id: involvement.caseNumber },
      kind: involvement.role,
      label: caseLabel,
      from: involvement.opened,
      to: involvement.closed ?? null,
      startKind: 'CASE_OPENED',
      endKind: 'CASE_CLOSED',
      startTitle: `${caseLabel} opened (${ROLE_LABEL[involvement.role] ?? humanise(involvement.role)})`,
      endTitle: `${caseLabel} closed`,
      yearlyCostDkk: null,
      benefitOrMeasure: false,
    });
    for (const investigation of involvement.investigations ?? []) {
      const label = labelOf(INVESTIGATION_LABEL, investigation.kind);
      periods.push({
        department: 'FAMILY',
        ref: { type: 'Investigation', id: syntheticId(involvement.caseNumber, investigation.kind, investigation.started) },
        kind: investigation.kind,
        label,
        from: investigation.started,
        to: investigation.done ?? null,
        startKind: 'INVESTIGATION_START',
        endKind: 'INVESTIGATION_DONE',
        startTitle: `${label} starts (deadline ${investigation.deadline})`,
        endTitle: `${label} done`,
        yearlyCostDkk: null,
        benefitOrMeasure: false,
      });
    }
    for (const measure of involvement.measures ?? []) {
      periods.push(
        simplePeriod({
          department: 'FAMILY',
          ref: { type: 'FamilyMeasure', id: measure.id },
          kind: measure.kind,
          from: measure.from,
          to: measure.to,
          label: `${labelOf(FAMILY_MEASURE_LABEL, measure.kind)} (case ${involvement.caseNumber})`,
          eventPrefix: 'MEASURE',
          yearlyCostDkk: measure.yearlyCostDkk ?? null,
          benefitOrMeasure: true,
        }),
      );
    }
  }
  return periods;
}

/** The package list and the current package overlap by design; the current one is kept only if the list lacks it. */
function supportPackagesOf(view: AdultSocialViewData): SupportPackageData[] {
  const packages = [...(view.supportPackages ?? [])];
  const current = view.currentSupportPackage;
  if (current && !packages.some((p) => p.level === current.level && p.from === current.from)) packages.push(current);
  return packages;
}

function adultSocialPeriods(view: AdultSocialViewData): RecordPeriod[] {
  const periods: RecordPeriod[] = [];
  for (const assessment of view.assessments ?? []) {
    const label = labelOf(ASSESSMENT_LABEL, assessment.kind);
    periods.push({
      department: 'ADULT_SOCIAL',
      ref: { type: 'AdultSocialAssessment', id: syntheticId(assessment.kind, assessment.opened) },
      kind: assessment.kind,
      label,
      from: assessment.opened,
      to: assessment.decided ?? null,
      startKind: 'ASSESSMENT_OPENED',
      endKind: 'DECISION',
      startTitle: `${label} opened: ${assessment.topic}`,
      endTitle: `${label} decided (${humanise(assessment.status)}): ${assessment.topic}`,
      yearlyCostDkk: null,
      benefitOrMeasure: false,
    });
  }
  for (const supportPackage of supportPackagesOf(view)) {
    periods.push(
      simplePeriod({
        department: 'ADULT_SOCIAL',
        ref: { type: 'SupportPackage', id: syntheticId(`PACKAGE_${supportPackage.level}`, supportPackage.from) },
        kind: `PACKAGE_${supportPackage.level}`,
        from: supportPackage.from,
        to: supportPackage.to,
        label: `Housing support package ${supportPackage.level} (${supportPackage.hoursPerWeek} h/week)`,
        eventPrefix: 'SUPPORT',
        yearlyCostDkk: supportPackage.yearlyCostDkk ?? null,
        benefitOrMeasure: true,
      }),
    );
  }
  for (const placement of view.placements ?? []) {
    periods.push(
      simplePeriod({
        department: 'ADULT_SOCIAL',
        ref: { type: 'ResidentialPlacement', id: syntheticId(placement.kind, placement.from) },
        kind: placement.kind,
        from: placement.from,
        to: placement.to,
        label: labelOf(PLACEMENT_LABEL, placement.kind),
        eventPrefix: 'PLACEMENT',
        yearlyCostDkk: placement.yearlyCostDkk ?? null,
        benefitOrMeasure: true,
      }),
    );
  }
  for (const treatment of view.addictionTreatments ?? []) {
    periods.push(
      simplePeriod({
        department: 'ADULT_SOCIAL',
        ref: { type: 'AddictionTreatment', id: syntheticId(treatment.kind, treatment.from) },
        kind: treatment.kind,
        from: treatment.from,
        to: treatment.to,
        label: labelOf(TREATMENT_LABEL, treatment.kind),
        eventPrefix: 'TREATMENT',
        yearlyCostDkk: treatment.yearlyCostDkk ?? null,
        benefitOrMeasure: true,
      }),
    );
  }
  for (const education of view.education ?? []) {
    periods.push(
      simplePeriod({
        department: 'ADULT_SOCIAL',
        ref: { type: 'SpecialNeedsEducation', id: syntheticId('STU', education.from) },
        kind: 'STU',
        from: education.from,
        to: education.to,
        label: `Special-needs education, STU (${education.daysPerWeek} day${education.daysPerWeek === 1 ? '' : 's'}/week)`,
        eventPrefix: 'EDUCATION',
        yearlyCostDkk: null,
        benefitOrMeasure: true,
      }),
    );
  }
  for (const cooperation of view.psychiatryCooperation ?? []) {
    periods.push(
      simplePeriod({
        department: 'ADULT_SOCIAL',
        ref: { type: 'PsychiatryCooperation', id: syntheticId('PSYCHIATRY', cooperation.from) },
        kind: 'PSYCHIATRY_COOPERATION',
        from: cooperation.from,
        to: cooperation.to,
        label: 'Cooperation with psychiatry',
        eventPrefix: 'PSYCHIATRY_COOPERATION',
        yearlyCostDkk: null,
        benefitOrMeasure: false,
      }),
    );
  }
  return periods;
}

/** Every dated record the views show, in department order; withheld lists and absent departments give none. */
export function periodsOf(input: ViewsInput): RecordPeriod[] {
  return [
    ...(input.jobcentre ? jobcentrePeriods(input.jobcentre) : []),
    ...(input.family ? familyPeriods(input.family) : []),
    ...(input.adultSocial ? adultSocialPeriods(input.adultSocial) : []),
  ];
}

export const startEventOf = (period: RecordPeriod): TimelineEvent => ({
  at: period.from,
  end: null,
  department: period.department,
  kind: period.startKind,
  title: period.startTitle,
  ref: period.ref,
});

/** Null for an open-ended record: it has no end to show. */
export const endEventOf = (period: RecordPeriod): TimelineEvent | null =>
  period.to === null ? null : { at: period.to, end: null, department: period.department, kind: period.endKind, title: period.endTitle, ref: period.ref };
