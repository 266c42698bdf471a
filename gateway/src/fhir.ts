/**
 * The joint plan as FHIR R4, for systems that speak the municipalities' common information model
 * (KL's FKI, published as the KL Gateway and KL Terminologi guides) rather than our graph. Pure: it
 * maps the plan exactly as the graph released it to the caller, so it can show nothing the gateway
 * did not already decide to show. The mapping, and why, is in docs/decisions/0017-fhir-care-plan.md.
 */
import type {
  Bundle,
  BundleEntry,
  CarePlan,
  CarePlanActivity,
  CodeableConcept,
  Coding,
  Goal,
  Observation,
  OperationOutcome,
  OperationOutcomeIssue,
  Organization,
  Patient,
  Practitioner,
  Reference,
  RelatedPerson,
  Timing,
} from '@medplum/fhirtypes';

/** The plan as the gateway's FHIR query reads it (`gateway/src/fhir-route.ts`). */
export interface FhirPlanSource {
  id: string;
  cpr: string;
  version: number;
  status: 'ACTIVE' | 'CLOSED';
  startDate: string;
  closedOn: string | null;
  closingReason: string | null;
  coordinator: Caseworker;
  deputy: Caseworker | null;
  parts: { department: string; legalBasis: string; legalReference: string; consentId: string | null; consentVersion: number | null }[];
  goals: { id: string; text: string; expressedBy: 'CITIZEN' | 'CUSTODY_HOLDER'; expressedByName: string | null; recordedBy: string; recordedOn: string }[];
  subGoals: { id: string; servesGoalId: string; department: string; text: string }[];
  actions: {
    id: string;
    what: string;
    department: string;
    caseworkerId: string;
    servesGoalId: string;
    startDate: string;
    deadline: string | null;
    schedule: { weekdays: string[]; startTime: string; endTime: string; until: string | null } | null;
    status: 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED' | 'STOPPED';
  }[];
  followUps: { id: string; date: string; caseworkerId: string; department: string; findings: string; decision: 'CONTINUE' | 'REVISE' }[];
  nextFollowUpDue: string | null;
  followUpOverdue: boolean;
  withheld: { department: string; category: string; reason: string }[];
}

interface Caseworker {
  caseworkerId: string;
  department: string;
}

/** The CPR register's identifier system, as the Danish FHIR guides name it. */
export const CPR_SYSTEM = 'urn:oid:1.2.208.176.1.2';
/** KL's code system for goal categories and other administrative codes (KL Terminologi). */
export const KL_CARE_SOCIAL_CODES = 'http://fhir.kl.dk/term/CodeSystem/CareSocialCodes';
/** KL's FFB code system (follow-up decisions of the adult social area). */
export const KL_FFB = 'urn:oid:1.2.208.176.2.22';
/**
 * The hub's own code systems and identifier namespaces: what FKI has no code for (our departments,
 * caseworker ids, follow-up decisions other than "continue"). A municipality puts its own URL here.
 */
export const HUB_FHIR_NAMESPACE = 'https://citizen-hub.example/fhir';

/** KLGoalTypeCodes: the citizen's goals and wishes, in their own words (FFB borgers mål og ønsker). */
export const CITIZEN_GOAL_CATEGORY: Coding = {
  system: KL_CARE_SOCIAL_CODES,
  code: '416fe27d-3ccf-4390-8742-8b52a9d8dc78',
  display: 'FFB borgers mål og ønsker',
};
/** KLGoalTypeCodes: the goal of a department's effort, serving the citizen's goal (FFB indsatsmål). */
export const DEPARTMENT_GOAL_CATEGORY: Coding = { system: KL_CARE_SOCIAL_CODES, code: '0bb3daef-538d-45dc-b444-abdbcb63f6bc', display: 'FFB indsatsmål' };
/** KLFollowUpCodesFFB: decide that the effort continues. */
const KL_CONTINUE: Coding = { system: KL_FFB, code: '1e971d84-10a4-4ef8-a8b3-0daa4c7d088a', display: 'Træf afgørelse om fortsættelse af indsats' };

const DEPARTMENT_NAMES: Record<string, string> = { JOBCENTRE: 'Jobcentre', FAMILY: 'Family department', ADULT_SOCIAL: 'Adult social services' };
const WEEKDAYS: Record<string, 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'> = {
  MONDAY: 'mon',
  TUESDAY: 'tue',
  WEDNESDAY: 'wed',
  THURSDAY: 'thu',
  FRIDAY: 'fri',
  SATURDAY: 'sat',
  SUNDAY: 'sun',
};
/** Our action status to R4's CarePlanActivityStatus (required binding): the same four states. */
const ACTIVITY_STATUS = { NOT_STARTED: 'not-started', IN_PROGRESS: 'in-progress', COMPLETED: 'completed', STOPPED: 'stopped' } as const;

const hubCoding = (codeSystem: string, code: string, display?: string): Coding => ({
  system: `${HUB_FHIR_NAMESPACE}/CodeSystem/${codeSystem}`,
  code,
  ...(display ? { display } : {}),
});
const urn = (id: string) => `urn:uuid:${id}`;

/** The citizen, by CPR number (ten digits, as the Danish guides write it): the hub sends no Patient resource. */
export const patientReference = (cpr: string): Reference<Patient> => ({ type: 'Patient', identifier: { system: CPR_SYSTEM, value: cpr.replace('-', '') } });

const caseworkerReference = (caseworker: Caseworker): Reference<Practitioner> => ({
  type: 'Practitioner',
  identifier: { system: `${HUB_FHIR_NAMESPACE}/caseworker-id`, value: caseworker.caseworkerId },
  display: `${caseworker.caseworkerId} (${DEPARTMENT_NAMES[caseworker.department] ?? caseworker.department})`,
});
const departmentReference = (department: string): Reference<Organization> => ({
  type: 'Organization',
  identifier: { system: `${HUB_FHIR_NAMESPACE}/department`, value: department },
  display: DEPARTMENT_NAMES[department] ?? department,
});

/** Goal.lifecycleStatus as KL uses it: active while the plan runs, completed once it is closed. */
const goalLifecycle = (plan: FhirPlanSource): Goal['lifecycleStatus'] => (plan.status === 'ACTIVE' ? 'active' : 'completed');

/** The citizen's goal, expressed by the citizen or a custody holder (a RelatedPerson, by name). */
export function citizenGoal(plan: FhirPlanSource, goal: FhirPlanSource['goals'][number]): Goal {
  const expressedBy: Reference<Patient | RelatedPerson> =
    goal.expressedBy === 'CITIZEN'
      ? { ...patientReference(plan.cpr), ...(goal.expressedByName ? { display: goal.expressedByName } : {}) }
      : { type: 'RelatedPerson', display: goal.expressedByName ? `${goal.expressedByName} (custody holder)` : 'Custody holder' };
  return {
    resourceType: 'Goal',
    id: goal.id,
    lifecycleStatus: goalLifecycle(plan),
    category: [{ coding: [CITIZEN_GOAL_CATEGORY] }],
    description: { text: goal.text },
    subject: patientReference(plan.cpr),
    startDate: goal.recordedOn,
    expressedBy,
  };
}

/** A department's goal, linked to the citizen's goal it serves as a milestone of it (R4 goal-relationship). */
export function departmentGoal(plan: FhirPlanSource, subGoal: FhirPlanSource['subGoals'][number]): Goal {
  return {
    resourceType: 'Goal',
    id: subGoal.id,
    lifecycleStatus: goalLifecycle(plan),
    category: [{ coding: [DEPARTMENT_GOAL_CATEGORY] }],
    description: { text: subGoal.text },
    subject: patientReference(plan.cpr),
    note: [{ authorReference: departmentReference(subGoal.department), text: `Owned by ${DEPARTMENT_NAMES[subGoal.department] ?? subGoal.department}` }],
    extension: [
      {
        url: 'http://hl7.org/fhir/StructureDefinition/goal-relationship',
        extension: [
          { url: 'type', valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/goal-relationship-type', code: 'milestone' }] } },
          { url: 'target', valueReference: { reference: urn(subGoal.servesGoalId), type: 'Goal' } },
        ],
      },
    ],
  };
}

/** "HH:MM" to the minutes since midnight. */
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** A weekly schedule as an R4 Timing: the weekdays and start time, each time lasting the same minutes. */
export function scheduleTiming(action: FhirPlanSource['actions'][number]): Timing {
  const schedule = action.schedule!;
  const end = schedule.until ?? action.deadline;
  return {
    repeat: {
      boundsPeriod: { start: action.startDate, ...(end ? { end } : {}) },
      dayOfWeek: schedule.weekdays.map((day) => WEEKDAYS[day]!),
      timeOfDay: [`${schedule.startTime}:00`],
      duration: minutesOf(schedule.endTime) - minutesOf(schedule.startTime),
      durationUnit: 'min',
    },
  };
}

/** A plan action as a CarePlan activity: what, by whom, when, towards which goal, with its status. */
export function actionActivity(action: FhirPlanSource['actions'][number]): CarePlanActivity {
  const when = action.schedule
    ? { scheduledTiming: scheduleTiming(action) }
    : { scheduledPeriod: { start: action.startDate, ...(action.deadline ? { end: action.deadline } : {}) } };
  return {
    detail: {
      code: { coding: [hubCoding('plan-activity', 'department-action', 'Action of a department in the joint plan')] },
      description: action.what,
      status: ACTIVITY_STATUS[action.status],
      goal: [{ reference: urn(action.servesGoalId), type: 'Goal' }],
      performer: [caseworkerReference({ caseworkerId: action.caseworkerId, department: action.department }), departmentReference(action.department)],
      ...when,
    },
  };
}

/** The decision a follow-up ends with: ours, and KL's FFB code where FFB has one (continue). */
const decisionConcept = (decision: 'CONTINUE' | 'REVISE'): CodeableConcept =>
  decision === 'CONTINUE'
    ? { coding: [hubCoding('plan-follow-up-decision', 'continue', 'The plan continues'), KL_CONTINUE], text: 'Continue' }
    : { coding: [hubCoding('plan-follow-up-decision', 'revise', 'The plan is to be revised')], text: 'Revise' };

/** A follow-up held: an Observation of the plan (basedOn it), its findings and the decision it ended with. */
export function followUpObservation(plan: FhirPlanSource, followUp: FhirPlanSource['followUps'][number]): Observation {
  return {
    resourceType: 'Observation',
    id: followUp.id,
    status: 'final',
    basedOn: [{ reference: urn(plan.id), type: 'CarePlan' }],
    code: { coding: [hubCoding('plan-observation', 'follow-up', 'Follow-up of the joint plan')], text: 'Opfølgning på helhedsorienteret plan' },
    subject: patientReference(plan.cpr),
    effectiveDateTime: followUp.date,
    performer: [caseworkerReference(followUp)],
    valueString: followUp.findings,
    component: [
      { code: { coding: [hubCoding('plan-observation', 'decision', 'Decision of the follow-up')] }, valueCodeableConcept: decisionConcept(followUp.decision) },
    ],
  };
}

/**
 * The follow-ups as one activity: the ones held as its outcomes, the next one due as its schedule
 * (scheduled while the plan runs; the plan's `followUpOverdue` is stated in its description).
 */
function followUpActivity(plan: FhirPlanSource): CarePlanActivity {
  const due = plan.nextFollowUpDue;
  return {
    ...(plan.followUps.length ? { outcomeReference: plan.followUps.map((f) => ({ reference: urn(f.id), type: 'Observation' })) } : {}),
    detail: {
      code: { coding: [hubCoding('plan-activity', 'follow-up', 'Follow-up of the joint plan')] },
      description: due ? `Next follow-up due by ${due}${plan.followUpOverdue ? ' (overdue)' : ''}` : 'Follow-ups of the plan',
      status: plan.status === 'CLOSED' ? 'completed' : 'scheduled',
      ...(due ? { scheduledPeriod: { end: due } } : {}),
    },
  };
}

/**
 * The plan as a CarePlan: the course (forløb) of the joint effort, its coordinator as author and
 * deputy as contributor, every goal, an activity per action plus one for the follow-ups, and each
 * department's legal basis and consent as supporting information.
 */
export function carePlan(plan: FhirPlanSource): CarePlan {
  const coordinators = [plan.coordinator, ...(plan.deputy ? [plan.deputy] : [])].map(caseworkerReference);
  return {
    resourceType: 'CarePlan',
    id: plan.id,
    meta: { versionId: String(plan.version) },
    status: plan.status === 'ACTIVE' ? 'active' : 'completed',
    intent: 'plan',
    category: [{ coding: [hubCoding('care-plan-category', 'joint-plan', 'Helhedsorienteret plan')], text: 'Helhedsorienteret plan (lov nr. 707 af 2018)' }],
    title: 'Helhedsorienteret plan',
    subject: patientReference(plan.cpr),
    period: { start: plan.startDate, ...(plan.closedOn ? { end: plan.closedOn } : {}) },
    author: coordinators[0]!,
    contributor: coordinators,
    supportingInfo: plan.parts.map((part) => ({
      type: 'Consent',
      ...(part.consentId ? { identifier: { system: `${HUB_FHIR_NAMESPACE}/consent-id`, value: part.consentId } } : {}),
      display: `${DEPARTMENT_NAMES[part.department] ?? part.department}: ${part.legalReference}${part.consentVersion ? `, consent version ${part.consentVersion}` : ''}`,
    })),
    goal: [...plan.goals, ...plan.subGoals].map((g) => ({ reference: urn(g.id), type: 'Goal' })),
    activity: [...plan.actions.map(actionActivity), followUpActivity(plan)],
    ...(plan.closingReason ? { note: [{ text: `Closed: ${plan.closingReason}` }] } : {}),
  };
}

/** What the caller's view of the plan leaves out, as an informational outcome of the search. */
function withheldOutcome(plan: FhirPlanSource): OperationOutcome | null {
  if (plan.withheld.length === 0) return null;
  return {
    resourceType: 'OperationOutcome',
    issue: plan.withheld.map((w) => ({
      severity: 'information',
      code: 'suppressed',
      details: {
        coding: [hubCoding('restriction-reason', w.reason)],
        text: `${w.category} of ${DEPARTMENT_NAMES[w.department] ?? w.department} withheld: ${w.reason}`,
      },
    })),
  };
}

const entry = (resource: NonNullable<BundleEntry['resource']> & { id?: string }, mode: 'match' | 'include' | 'outcome'): BundleEntry => ({
  ...(resource.id ? { fullUrl: urn(resource.id) } : {}),
  resource,
  search: { mode },
});

/**
 * The answer to `GET /fhir/CarePlan?subject=<cpr>`: a searchset with the CarePlan (match), its
 * Goals and follow-up Observations (include), and what was withheld (outcome). No plan: no match.
 */
export function carePlanBundle(plan: FhirPlanSource | null, timestamp: string): Bundle {
  if (!plan) return { resourceType: 'Bundle', type: 'searchset', timestamp, total: 0, entry: [] };
  const outcome = withheldOutcome(plan);
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    timestamp,
    total: 1,
    entry: [
      entry(carePlan(plan), 'match'),
      ...plan.goals.map((g) => entry(citizenGoal(plan, g), 'include')),
      ...plan.subGoals.map((g) => entry(departmentGoal(plan, g), 'include')),
      ...plan.followUps.map((f) => entry(followUpObservation(plan, f), 'include')),
      ...(outcome ? [entry(outcome, 'outcome')] : []),
    ],
  };
}

/** An OperationOutcome for a refusal or a bad request; `hubCode` is the hub's stable error code. */
export function operationOutcome(
  issueCode: OperationOutcomeIssue['code'],
  hubCode: string,
  text: string,
  options: { expression?: string[]; reason?: string } = {},
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'error',
        code: issueCode,
        details: {
          coding: [hubCoding('error-code', hubCode), ...(options.reason ? [hubCoding('restriction-reason', options.reason)] : [])],
          text,
        },
        ...(options.expression ? { expression: options.expression } : {}),
      },
    ],
  };
}
