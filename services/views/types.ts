/**
 * The caseworker views' types: the names the rules give their input, and the views' own results.
 *
 * The input is what the views subgraph receives with each citizen: the departments' views and the
 * consents its fields `@requires` (schema/views.graphql, where the departments' fields are
 * re-declared `@external` and composition checks them against the departments' own SDL). Its types
 * are generated from that SDL (`npm run codegen`, generated/graphql.ts) and only named here, so the
 * contract is written once. A field non-null in the SDL is required; a nullable one is optional and
 * nullable. A list that is null was withheld; a department that is absent was restricted. The rules
 * treat both as "nothing visible" and infer nothing from either.
 *
 * A benefit costs its monthly amount × 12; family measures, support packages, placements and
 * treatment carry the department's own `yearlyCostDkk`. Where an item has none the rules count no
 * cost rather than guess a rate.
 */
import type * as Sdl from './generated/graphql.ts';

/** 'YYYY-MM-DD'. */
export type IsoDate = Sdl.Scalars['Date']['output'];
/** 'YYYY-MM-DDTHH:MM', Danish wall clock, no offset. */
export type LocalDateTime = Sdl.Scalars['LocalDateTime']['output'];

export type Department = Sdl.Department;
export type Weekday = Sdl.Weekday;

/**
 * A citizen named inside a view (a child, an investigation's subject, a consent's citizen): its
 * key, all that `@requires` asks of them. The generated type is the whole `Citizen` of this subgraph.
 */
type CitizenRef = Pick<Sdl.Citizen, 'cpr'>;

// --- The input, as the SDL has it -----------------------------------------------------------

/** A list a view leaves out (null), and why. */
export type WithheldCategoryData = Sdl.WithheldCategory;

export type JobcentreViewData = Sdl.JobcentreView;
export type ActivationOfferData = Sdl.ActivationOffer;
export type JobcentreAppointmentData = Sdl.JobcentreAppointment;

export type FamilyMeetingData = Sdl.FamilyMeeting;
export type InvestigationData = Omit<Sdl.Investigation, 'subject'> & { subject: CitizenRef };
export type FamilyCaseInvolvementData = Omit<Sdl.FamilyCaseInvolvement, 'child' | 'investigations'> & {
  child: CitizenRef;
  investigations?: InvestigationData[] | null;
};
export type FamilyViewData = Omit<Sdl.FamilyView, 'cases'> & { cases?: FamilyCaseInvolvementData[] | null };

export type AdultSocialViewData = Sdl.AdultSocialView;
export type SupportPackageData = Sdl.SupportPackage;

export type ConsentData = Omit<Sdl.Consent, 'citizen'> & { citizen: CitizenRef };

/** The joint plan as the plan service released it to the caller (only the items they may see). */
export type JointPlanData = Sdl.JointPlan;
export type PlanActionData = Sdl.PlanAction;

/**
 * What the caller may see of one citizen. The resolver maps a `Restricted` answer to an absent
 * department; the rules never look for the reason.
 */
export interface ViewsInput {
  jobcentre?: JobcentreViewData | null;
  family?: FamilyViewData | null;
  adultSocial?: AdultSocialViewData | null;
  consents?: ConsentData[] | null;
  /** The citizen's joint plan; absent or null when there is none or the caller may not see it. */
  jointPlan?: JointPlanData | null;
}

/** Inclusive ISO dates; either bound may be left open. */
export interface TimelineRange {
  from?: IsoDate;
  to?: IsoDate;
}

// --- Outputs ---------------------------------------------------------------------------------

export type TimelineDepartment = Department | 'CONSENT';

/** The record an event comes from: the SDL id, or a synthetic id from kind and date where it has none. */
export interface RecordRef {
  type: string;
  id: string;
}

export interface TimelineEvent {
  /** ISO date for a day event, LocalDateTime for a timed one. */
  at: string;
  /** End of a timed event; null for a day event (a period's start and end are separate events). */
  end: string | null;
  department: TimelineDepartment;
  /** APPOINTMENT, ACTIVATION_SESSION, MEETING, BENEFIT_START, SANCTION, DECISION, CONSENT_GRANTED, ... */
  kind: string;
  title: string;
  ref: RecordRef;
  /**
   * SANCTION only: the missed appointment's interval, when the view names it. The sanction rule
   * needs it, and the sanction's own date says nothing about the time of day.
   */
  window?: { at: LocalDateTime; end: LocalDateTime };
  /**
   * MEETING only: whether the citizen whose view this is takes part. A meeting without them
   * cannot clash with their other appointments.
   */
  participated?: boolean;
}

export interface Conflict {
  kind: string;
  departments: TimelineDepartment[];
  description: string;
  events: TimelineEvent[];
}

export interface Complexity {
  departmentsInvolved: TimelineDepartment[];
  activeBenefitsAndMeasures: number;
  yearlyCostDkk: number;
  meetsCoordinationCriteria: boolean;
  criteriaMet: string[];
  /** The departments the caller named as restricted come first, in the usual order; any others after, sorted. */
  restrictedDepartments: string[];
}
