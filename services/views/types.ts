/**
 * Plain-data shapes for the caseworker views (timeline, conflicts, complexity).
 *
 * Inputs mirror the department views of the graph (schema/jobcentre.graphql, family.graphql,
 * adult-social.graphql, consent.graphql): a field non-null in the SDL is required here, a nullable
 * one is optional and nullable. A list that is null was withheld; a department that is absent was
 * restricted. The rules treat both as "nothing visible" and infer nothing from either.
 *
 * `yearlyCostDkk` is not in the SDL: the departments know their costs, and a later step may carry
 * them on the items. Where it is missing the rules count no cost rather than guess a rate.
 */

/** 'YYYY-MM-DD'. */
export type IsoDate = string;
/** 'YYYY-MM-DDTHH:MM', Danish wall clock, no offset. */
export type LocalDateTime = string;
/** An instant with offset, as the consent service answers it ('2026-09-08T07:00:00.000Z'). */
export type DateTime = string;

export type Department = 'JOBCENTRE' | 'FAMILY' | 'ADULT_SOCIAL';

export interface CitizenRefData {
  cpr: string;
}

export interface WithheldCategoryData {
  category: string;
  reason: string;
}

// --- Jobcentre -------------------------------------------------------------------------------

export type BenefitKind = 'CASH_BENEFIT' | 'EDUCATION_BENEFIT' | 'SICKNESS_BENEFIT' | 'RESOURCE_PROGRAMME';
export type MatchGroup = 'JOB_READY' | 'ACTIVITY_READY' | 'EDUCATION_READY';
export type ActivationKind = 'COURSE' | 'JOB_TRAINING' | 'INTERNSHIP' | 'MENTOR_SUPPORT';
export type Weekday = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';
export type JobcentreAppointmentKind = 'INTERVIEW' | 'ACTIVATION_SESSION' | 'FOLLOW_UP';
export type ExemptionReason = 'ILLNESS' | 'CARE_FOR_FAMILY' | 'OTHER';

export interface BenefitData {
  kind: BenefitKind;
  legalReference?: string | null;
  from: IsoDate;
  to?: IsoDate | null;
  monthlyAmountDkk: number;
  /** When given, preferred over `monthlyAmountDkk` × 12. */
  yearlyCostDkk?: number | null;
}

export interface MatchGroupAssignmentData {
  group: MatchGroup;
  from: IsoDate;
}

export interface WeeklyScheduleData {
  weekdays: Weekday[];
  /** 'HH:MM' */
  startTime: string;
  /** 'HH:MM' */
  endTime: string;
}

export interface ActivationOfferData {
  id: string;
  kind: ActivationKind;
  provider: string;
  from: IsoDate;
  to?: IsoDate | null;
  schedule: WeeklyScheduleData;
  hoursPerWeek: number;
}

export interface MentorData {
  name: string;
  hoursPerWeek: number;
  from: IsoDate;
  to?: IsoDate | null;
}

export interface JobcentreAppointmentData {
  id: string;
  at: LocalDateTime;
  end: LocalDateTime;
  kind: JobcentreAppointmentKind;
  attended?: boolean | null;
}

export interface SanctionData {
  id: string;
  date: IsoDate;
  amountDkk: number;
  reason: string;
  missedAppointment?: JobcentreAppointmentData | null;
}

export interface ExemptionData {
  reason: ExemptionReason;
  from: IsoDate;
  to?: IsoDate | null;
}

export interface JobcentreViewData {
  caseOpen?: boolean | null;
  benefits?: BenefitData[] | null;
  matchGroup?: MatchGroupAssignmentData | null;
  activationOffers?: ActivationOfferData[] | null;
  mentor?: MentorData | null;
  appointments?: JobcentreAppointmentData[] | null;
  sanctions?: SanctionData[] | null;
  exemptions?: ExemptionData[] | null;
  withheld: WithheldCategoryData[];
}

// --- Family ----------------------------------------------------------------------------------

export type FamilyCaseStatus = 'OPEN' | 'CLOSED';
export type FamilyRole = 'MOTHER' | 'FATHER' | 'CUSTODIAN' | 'CHILD';
export type InvestigationKind = 'CHILD_INVESTIGATION' | 'PARENTAL_CAPACITY_ASSESSMENT';
export type FamilyMeasureKind = 'FAMILY_TREATMENT' | 'CONTACT_PERSON' | 'RESPITE_CARE' | 'PLACEMENT_OUTSIDE_HOME' | 'FAMILY_CONSULTANT';
export type FamilyMeetingKind = 'PARENTAL_CAPACITY_INTERVIEW' | 'NETWORK_MEETING' | 'FOLLOW_UP_MEETING';

export interface InvestigationData {
  kind: InvestigationKind;
  subject: CitizenRefData;
  started: IsoDate;
  deadline: IsoDate;
  done?: IsoDate | null;
}

export interface FamilyMeasureData {
  id: string;
  kind: FamilyMeasureKind;
  legalReference?: string | null;
  from: IsoDate;
  to?: IsoDate | null;
  yearlyCostDkk?: number | null;
}

export interface FamilyMeetingData {
  id: string;
  at: LocalDateTime;
  end: LocalDateTime;
  kind: FamilyMeetingKind;
  participated: boolean;
}

export interface FamilyCaseInvolvementData {
  caseNumber: string;
  status: FamilyCaseStatus;
  opened: IsoDate;
  closed?: IsoDate | null;
  role: FamilyRole;
  custody: boolean;
  child: CitizenRefData;
  investigations?: InvestigationData[] | null;
  /** Always empty in a parent's or custodian's view: measures are the child's case content. */
  measures?: FamilyMeasureData[] | null;
  meetings?: FamilyMeetingData[] | null;
}

export interface FamilyViewData {
  caseOpen?: boolean | null;
  cases?: FamilyCaseInvolvementData[] | null;
  /** The meetings that concern the citizen, across cases: shared (FAMILY_MEETINGS) even when the cases are not. */
  meetings?: FamilyMeetingData[] | null;
  withheld: WithheldCategoryData[];
}

// --- Adult social ----------------------------------------------------------------------------

export type AdultSocialAssessmentKind = 'NEEDS_ASSESSMENT' | 'INQUIRY';
export type AdultSocialAssessmentStatus = 'PENDING' | 'GRANTED' | 'REFUSED';
export type ResidentialPlacementKind = 'TEMPORARY_RESIDENTIAL' | 'LONG_TERM_RESIDENTIAL';
export type AddictionTreatmentKind = 'OUTPATIENT' | 'DAY' | 'RESIDENTIAL';
export type AdultSocialAppointmentKind = 'HOME_VISIT' | 'SUPPORT_SESSION' | 'ASSESSMENT_MEETING' | 'NETWORK_MEETING';

export interface AdultSocialAssessmentData {
  kind: AdultSocialAssessmentKind;
  topic: string;
  opened: IsoDate;
  decided?: IsoDate | null;
  status: AdultSocialAssessmentStatus;
}

export interface SupportPackageData {
  level: number;
  hoursPerWeek: number;
  from: IsoDate;
  to?: IsoDate | null;
  legalReference?: string | null;
  yearlyCostDkk?: number | null;
}

export interface ResidentialPlacementData {
  kind: ResidentialPlacementKind;
  from: IsoDate;
  to?: IsoDate | null;
  legalReference?: string | null;
  yearlyCostDkk?: number | null;
}

export interface AddictionTreatmentData {
  kind: AddictionTreatmentKind;
  from: IsoDate;
  to?: IsoDate | null;
  legalReference?: string | null;
  yearlyCostDkk?: number | null;
}

export interface SpecialNeedsEducationData {
  daysPerWeek: number;
  from: IsoDate;
  to?: IsoDate | null;
  legalReference?: string | null;
}

export interface PsychiatryCooperationData {
  from: IsoDate;
  to?: IsoDate | null;
  note?: string | null;
}

export interface AdultSocialAppointmentData {
  id: string;
  at: LocalDateTime;
  end: LocalDateTime;
  kind: AdultSocialAppointmentKind;
}

export interface AdultSocialViewData {
  caseOpen?: boolean | null;
  assessments?: AdultSocialAssessmentData[] | null;
  supportPackages?: SupportPackageData[] | null;
  currentSupportPackage?: SupportPackageData | null;
  placements?: ResidentialPlacementData[] | null;
  addictionTreatments?: AddictionTreatmentData[] | null;
  education?: SpecialNeedsEducationData[] | null;
  psychiatryCooperation?: PsychiatryCooperationData[] | null;
  appointments?: AdultSocialAppointmentData[] | null;
  withheld: WithheldCategoryData[];
}

// --- Consent ---------------------------------------------------------------------------------

export type ConsentEventKind = 'GRANTED' | 'RENEWED' | 'REVOKED';
export type ConsentStatus = 'ACTIVE' | 'PENDING' | 'EXPIRED' | 'REVOKED';

export interface GrantorData {
  name: string;
  cpr?: string | null;
  capacity: 'SELF' | 'CUSTODY_HOLDER' | 'GUARDIAN';
}

export interface ConsentEventData {
  kind: ConsentEventKind;
  at: DateTime;
  version: number;
  actorId: string;
  actorDepartment: Department;
  reason?: string | null;
}

export interface ConsentData {
  id: string;
  version: number;
  citizen: CitizenRefData;
  grantedBy: GrantorData[];
  sourceDepartments: Department[];
  recipientDepartments: Department[];
  categories: string[];
  purpose: 'COORDINATED_EFFORT' | 'JOINT_PLAN';
  validFrom: DateTime;
  /** Exclusive. */
  validUntil: DateTime;
  revokedAt?: DateTime | null;
  status: ConsentStatus;
  method: 'WRITTEN' | 'DIGITAL' | 'ORAL_NOTED';
  evidence: string;
  textVersion: string;
  history: ConsentEventData[];
}

/**
 * What the caller may see of one citizen. The caller maps a `Restricted` answer to an absent
 * department; the rules never look for the reason.
 */
export interface ViewsInput {
  jobcentre?: JobcentreViewData | null;
  family?: FamilyViewData | null;
  adultSocial?: AdultSocialViewData | null;
  consents?: ConsentData[] | null;
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
