import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CitizenWithRequirements } from '../resolvers.ts';
import type { ViewsContext } from '../index.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  Date: { input: string; output: string; }
  DateTime: { input: string; output: string; }
  LocalDateTime: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type ActivationKind =
  | 'COURSE'
  | 'INTERNSHIP'
  | 'JOB_TRAINING'
  | 'MENTOR_SUPPORT';

export type ActivationOffer = {
  __typename?: 'ActivationOffer';
  from: Scalars['Date']['output'];
  hoursPerWeek: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  kind: ActivationKind;
  provider: Scalars['String']['output'];
  schedule: WeeklySchedule;
  to?: Maybe<Scalars['Date']['output']>;
};

export type AddictionTreatment = {
  __typename?: 'AddictionTreatment';
  from: Scalars['Date']['output'];
  kind: AddictionTreatmentKind;
  legalReference?: Maybe<Scalars['String']['output']>;
  to?: Maybe<Scalars['Date']['output']>;
  yearlyCostDkk?: Maybe<Scalars['Int']['output']>;
};

export type AddictionTreatmentKind =
  | 'DAY'
  | 'OUTPATIENT'
  | 'RESIDENTIAL';

export type AdultSocialAppointment = {
  __typename?: 'AdultSocialAppointment';
  at: Scalars['LocalDateTime']['output'];
  end: Scalars['LocalDateTime']['output'];
  id: Scalars['ID']['output'];
  kind: AdultSocialAppointmentKind;
};

export type AdultSocialAppointmentKind =
  | 'ASSESSMENT_MEETING'
  | 'HOME_VISIT'
  | 'NETWORK_MEETING'
  | 'SUPPORT_SESSION';

export type AdultSocialAssessment = {
  __typename?: 'AdultSocialAssessment';
  decided?: Maybe<Scalars['Date']['output']>;
  kind: AdultSocialAssessmentKind;
  opened: Scalars['Date']['output'];
  status: AdultSocialAssessmentStatus;
  topic: Scalars['String']['output'];
};

export type AdultSocialAssessmentKind =
  | 'INQUIRY'
  | 'NEEDS_ASSESSMENT';

export type AdultSocialAssessmentStatus =
  | 'GRANTED'
  | 'PENDING'
  | 'REFUSED';

export type AdultSocialResult = AdultSocialView | Restricted | Unavailable;

export type AdultSocialView = {
  __typename?: 'AdultSocialView';
  addictionTreatments?: Maybe<Array<AddictionTreatment>>;
  appointments?: Maybe<Array<AdultSocialAppointment>>;
  appointmentsNearToday?: Maybe<Array<AdultSocialAppointment>>;
  assessments?: Maybe<Array<AdultSocialAssessment>>;
  caseOpen?: Maybe<Scalars['Boolean']['output']>;
  currentSupportPackage?: Maybe<SupportPackage>;
  education?: Maybe<Array<SpecialNeedsEducation>>;
  placements?: Maybe<Array<ResidentialPlacement>>;
  psychiatryCooperation?: Maybe<Array<PsychiatryCooperation>>;
  supportPackages?: Maybe<Array<SupportPackage>>;
  withheld: Array<WithheldCategory>;
};

export type Benefit = {
  __typename?: 'Benefit';
  from: Scalars['Date']['output'];
  kind: BenefitKind;
  legalReference?: Maybe<Scalars['String']['output']>;
  monthlyAmountDkk: Scalars['Int']['output'];
  to?: Maybe<Scalars['Date']['output']>;
};

export type BenefitKind =
  | 'CASH_BENEFIT'
  | 'EDUCATION_BENEFIT'
  | 'RESOURCE_PROGRAMME'
  | 'SICKNESS_BENEFIT';

export type Citizen = {
  __typename?: 'Citizen';
  adultSocial: AdultSocialResult;
  /** The markers municipalities use to find citizens who need a coordinated effort. */
  complexity: Complexity;
  /** The number of `conflicts` (for lists such as the caseload). */
  conflictCount: Scalars['Int']['output'];
  /**
   * Contradictions between departments in what the caller may see, from the last twelve months to
   * three months ahead: overlapping appointments (the joint plan's scheduled actions among them),
   * sanctions for appointments that clashed with another department's, duties another department's
   * measure makes impossible.
   */
  conflicts: Array<Conflict>;
  consents: Array<Consent>;
  /** CPR number, DDMMYY-SSSS. */
  cpr: Scalars['ID']['output'];
  family: FamilyResult;
  jobcentre: JobcentreResult;
  jointPlan?: Maybe<JointPlanResult>;
  /**
   * The citizen's events across departments, oldest first: appointments and activation sessions,
   * meetings, measures, placements, benefits and exemptions starting and ending, sanctions,
   * decisions, consent events, and the joint plan's actions (sessions expanded from their weekly
   * schedules, in place of an activation offer an action replaces), follow-ups and changes. Only what
   * the caller may see: a restricted department contributes nothing. Without `from` and `to`,
   * activation sessions and plan actions are not expanded from their schedules.
   */
  timeline: Array<TimelineEvent>;
  /**
   * The departments the views of this citizen (timeline, conflicts, complexity) could not include,
   * and why: restricted for the caller, or unavailable just now. The views show what the others
   * released; empty when they include every department.
   */
  viewGaps: Array<ViewGap>;
};


export type CitizenTimelineArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type Complexity = {
  __typename?: 'Complexity';
  /** Benefits and measures running today. */
  activeBenefitsAndMeasures: Scalars['Int']['output'];
  /** Which markers are met: CASES_IN_SEVERAL_DEPARTMENTS, SEVERAL_BENEFITS_OR_MEASURES, HIGH_YEARLY_COST. */
  criteriaMet: Array<Scalars['String']['output']>;
  /** Departments with an open case or a running benefit or measure, among those the caller may see. */
  departmentsInvolved: Array<TimelineDepartment>;
  /**
   * Whether the citizen has a joint plan running that the caller may see (a coordinated effort under
   * way); null when the plan service could not be asked just now, and the views leave the plan out.
   */
  jointPlanRunning?: Maybe<Scalars['Boolean']['output']>;
  /** Whether any coordination marker is met (thresholds are configurable). */
  meetsCoordinationCriteria: Scalars['Boolean']['output'];
  /**
   * Departments the figures could not include in full, because the caller may not see them, or sees
   * them without a list the figures count (benefits, activation, cases, measures, assessments,
   * support, placements, treatment, education: a consent that shares only part of a department).
   */
  restrictedDepartments: Array<TimelineDepartment>;
  /** Departments the figures could not include because they could not be asked just now (see `viewGaps`). */
  unavailableDepartments: Array<TimelineDepartment>;
  /** Yearly cost of what runs today, in DKK, from the departments' own cost data. */
  yearlyCostDkk: Scalars['Int']['output'];
};

export type Conflict = {
  __typename?: 'Conflict';
  departments: Array<TimelineDepartment>;
  description: Scalars['String']['output'];
  events: Array<TimelineEvent>;
  /** OVERLAPPING_APPOINTMENTS, SANCTION_FOR_CLASH or DUTY_MADE_IMPOSSIBLE. */
  kind: Scalars['String']['output'];
};

export type Consent = {
  __typename?: 'Consent';
  categories: Array<DataCategory>;
  citizen: Citizen;
  evidence: Scalars['String']['output'];
  grantedBy: Array<Grantor>;
  history: Array<ConsentEvent>;
  id: Scalars['ID']['output'];
  method: ConsentMethod;
  purpose: Purpose;
  recipientDepartments: Array<Department>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  sourceDepartments: Array<Department>;
  status: ConsentStatus;
  textVersion: Scalars['String']['output'];
  validFrom: Scalars['DateTime']['output'];
  validUntil: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ConsentEvent = {
  __typename?: 'ConsentEvent';
  actorDepartment?: Maybe<Department>;
  actorId: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  kind: ConsentEventKind;
  reason?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type ConsentEventKind =
  | 'GRANTED'
  | 'RENEWED'
  | 'REVOKED';

export type ConsentMethod =
  | 'DIGITAL'
  | 'ORAL_NOTED'
  | 'WRITTEN';

export type ConsentStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type DataCategory =
  | 'ADULT_SOCIAL_APPOINTMENTS'
  | 'ADULT_SOCIAL_ASSESSMENTS'
  | 'ADULT_SOCIAL_EDUCATION'
  | 'ADULT_SOCIAL_PLACEMENTS'
  | 'ADULT_SOCIAL_PSYCHIATRY'
  | 'ADULT_SOCIAL_SUPPORT'
  | 'ADULT_SOCIAL_TREATMENT'
  | 'FAMILY_CASES'
  | 'FAMILY_INVESTIGATIONS'
  | 'FAMILY_MEASURES'
  | 'FAMILY_MEETINGS'
  | 'JOBCENTRE_ACTIVATION'
  | 'JOBCENTRE_APPOINTMENTS'
  | 'JOBCENTRE_BENEFITS'
  | 'JOBCENTRE_EXEMPTIONS'
  | 'JOBCENTRE_MATCH_GROUP'
  | 'JOBCENTRE_SANCTIONS'
  | 'PLAN_ACTIONS'
  | 'PLAN_FOLLOW_UPS'
  | 'PLAN_GOALS';

export type Department =
  | 'ADULT_SOCIAL'
  | 'FAMILY'
  | 'JOBCENTRE';

export type Exemption = {
  __typename?: 'Exemption';
  from: Scalars['Date']['output'];
  reason: ExemptionReason;
  to?: Maybe<Scalars['Date']['output']>;
};

export type ExemptionReason =
  | 'CARE_FOR_FAMILY'
  | 'ILLNESS'
  | 'OTHER';

export type FamilyCaseInvolvement = {
  __typename?: 'FamilyCaseInvolvement';
  caseNumber: Scalars['String']['output'];
  child: Citizen;
  closed?: Maybe<Scalars['Date']['output']>;
  custody: Scalars['Boolean']['output'];
  investigations?: Maybe<Array<Investigation>>;
  measures?: Maybe<Array<FamilyMeasure>>;
  meetings?: Maybe<Array<FamilyMeeting>>;
  opened: Scalars['Date']['output'];
  role: FamilyRole;
  status: FamilyCaseStatus;
};

export type FamilyCaseStatus =
  | 'CLOSED'
  | 'OPEN';

export type FamilyMeasure = {
  __typename?: 'FamilyMeasure';
  from: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: FamilyMeasureKind;
  legalReference?: Maybe<Scalars['String']['output']>;
  to?: Maybe<Scalars['Date']['output']>;
  yearlyCostDkk?: Maybe<Scalars['Int']['output']>;
};

export type FamilyMeasureKind =
  | 'CONTACT_PERSON'
  | 'FAMILY_CONSULTANT'
  | 'FAMILY_TREATMENT'
  | 'PLACEMENT_OUTSIDE_HOME'
  | 'RESPITE_CARE';

export type FamilyMeeting = {
  __typename?: 'FamilyMeeting';
  at: Scalars['LocalDateTime']['output'];
  end: Scalars['LocalDateTime']['output'];
  id: Scalars['ID']['output'];
  kind: FamilyMeetingKind;
  participated: Scalars['Boolean']['output'];
};

export type FamilyMeetingKind =
  | 'FOLLOW_UP_MEETING'
  | 'NETWORK_MEETING'
  | 'PARENTAL_CAPACITY_INTERVIEW';

export type FamilyResult = FamilyView | Restricted | Unavailable;

export type FamilyRole =
  | 'CHILD'
  | 'CUSTODIAN'
  | 'FATHER'
  | 'MOTHER';

export type FamilyView = {
  __typename?: 'FamilyView';
  caseOpen?: Maybe<Scalars['Boolean']['output']>;
  cases?: Maybe<Array<FamilyCaseInvolvement>>;
  meetings?: Maybe<Array<FamilyMeeting>>;
  withheld: Array<WithheldCategory>;
};

export type FollowUpDecision =
  | 'CONTINUE'
  | 'REVISE';

export type Grantor = {
  __typename?: 'Grantor';
  capacity: GrantorCapacity;
  cpr?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
};

export type GrantorCapacity =
  | 'CUSTODY_HOLDER'
  | 'GUARDIAN'
  | 'SELF';

export type Investigation = {
  __typename?: 'Investigation';
  deadline: Scalars['Date']['output'];
  done?: Maybe<Scalars['Date']['output']>;
  kind: InvestigationKind;
  started: Scalars['Date']['output'];
  subject: Citizen;
};

export type InvestigationKind =
  | 'CHILD_INVESTIGATION'
  | 'PARENTAL_CAPACITY_ASSESSMENT';

export type JobcentreAppointment = {
  __typename?: 'JobcentreAppointment';
  at: Scalars['LocalDateTime']['output'];
  attended?: Maybe<Scalars['Boolean']['output']>;
  end: Scalars['LocalDateTime']['output'];
  id: Scalars['ID']['output'];
  kind: JobcentreAppointmentKind;
};

export type JobcentreAppointmentKind =
  | 'ACTIVATION_SESSION'
  | 'FOLLOW_UP'
  | 'INTERVIEW';

export type JobcentreResult = JobcentreView | Restricted | Unavailable;

export type JobcentreView = {
  __typename?: 'JobcentreView';
  activationOffers?: Maybe<Array<ActivationOffer>>;
  appointments?: Maybe<Array<JobcentreAppointment>>;
  appointmentsNearToday?: Maybe<Array<JobcentreAppointment>>;
  benefits?: Maybe<Array<Benefit>>;
  caseOpen?: Maybe<Scalars['Boolean']['output']>;
  exemptions?: Maybe<Array<Exemption>>;
  matchGroup?: Maybe<MatchGroupAssignment>;
  mentor?: Maybe<Mentor>;
  sanctions?: Maybe<Array<Sanction>>;
  withheld: Array<WithheldCategory>;
};

export type JointPlan = {
  __typename?: 'JointPlan';
  actions: Array<PlanAction>;
  followUpOverdue: Scalars['Boolean']['output'];
  followUps: Array<PlanFollowUp>;
  id: Scalars['ID']['output'];
  nextFollowUpDue?: Maybe<Scalars['Date']['output']>;
  startDate: Scalars['Date']['output'];
  status: PlanStatus;
  versions: Array<PlanVersion>;
};

export type JointPlanResult = JointPlan | Restricted;

export type MatchGroup =
  | 'ACTIVITY_READY'
  | 'EDUCATION_READY'
  | 'JOB_READY';

export type MatchGroupAssignment = {
  __typename?: 'MatchGroupAssignment';
  from: Scalars['Date']['output'];
  group: MatchGroup;
};

export type Mentor = {
  __typename?: 'Mentor';
  from: Scalars['Date']['output'];
  hoursPerWeek: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  to?: Maybe<Scalars['Date']['output']>;
};

export type PlanAction = {
  __typename?: 'PlanAction';
  deadline?: Maybe<Scalars['Date']['output']>;
  department: Department;
  id: Scalars['ID']['output'];
  replacesActivationOfferId?: Maybe<Scalars['String']['output']>;
  schedule?: Maybe<PlanSchedule>;
  startDate: Scalars['Date']['output'];
  status: PlanActionStatus;
  what: Scalars['String']['output'];
};

export type PlanActionStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED'
  | 'STOPPED';

export type PlanChange =
  | 'ACTION_ADDED'
  | 'ACTION_UPDATED'
  | 'CLOSED'
  | 'COORDINATOR_SET'
  | 'CREATED'
  | 'FOLLOW_UP_RECORDED'
  | 'GOAL_ADDED';

export type PlanFollowUp = {
  __typename?: 'PlanFollowUp';
  date: Scalars['Date']['output'];
  decision: FollowUpDecision;
  department: Department;
  id: Scalars['ID']['output'];
};

export type PlanSchedule = {
  __typename?: 'PlanSchedule';
  endTime: Scalars['String']['output'];
  startTime: Scalars['String']['output'];
  until?: Maybe<Scalars['Date']['output']>;
  weekdays: Array<Weekday>;
};

export type PlanStatus =
  | 'ACTIVE'
  | 'CLOSED';

export type PlanVersion = {
  __typename?: 'PlanVersion';
  actorDepartment: Department;
  at: Scalars['DateTime']['output'];
  change: PlanChange;
  version: Scalars['Int']['output'];
};

export type PsychiatryCooperation = {
  __typename?: 'PsychiatryCooperation';
  from: Scalars['Date']['output'];
  note?: Maybe<Scalars['String']['output']>;
  to?: Maybe<Scalars['Date']['output']>;
};

export type Purpose =
  | 'COORDINATED_EFFORT'
  | 'JOINT_PLAN';

export type RecordRef = {
  __typename?: 'RecordRef';
  /** The record's id in its department, or a stable id made from its kind and date. */
  id: Scalars['ID']['output'];
  /** The kind of record, for example Sanction, FamilyMeeting, SupportPackage. */
  type: Scalars['String']['output'];
};

export type ResidentialPlacement = {
  __typename?: 'ResidentialPlacement';
  from: Scalars['Date']['output'];
  kind: ResidentialPlacementKind;
  legalReference?: Maybe<Scalars['String']['output']>;
  to?: Maybe<Scalars['Date']['output']>;
  yearlyCostDkk?: Maybe<Scalars['Int']['output']>;
};

export type ResidentialPlacementKind =
  | 'LONG_TERM_RESIDENTIAL'
  | 'TEMPORARY_RESIDENTIAL';

export type Restricted = {
  __typename?: 'Restricted';
  department: Department;
  reason: RestrictionReason;
};

export type RestrictionReason =
  | 'CATEGORY_NOT_COVERED'
  | 'CONSENT_EXPIRED'
  | 'CONSENT_REVOKED'
  | 'NO_CONSENT'
  | 'PURPOSE_NOT_COVERED'
  | 'ROLE_NOT_PERMITTED';

export type Sanction = {
  __typename?: 'Sanction';
  amountDkk: Scalars['Int']['output'];
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  missedAppointment?: Maybe<JobcentreAppointment>;
  reason: Scalars['String']['output'];
};

export type SpecialNeedsEducation = {
  __typename?: 'SpecialNeedsEducation';
  daysPerWeek: Scalars['Int']['output'];
  from: Scalars['Date']['output'];
  legalReference?: Maybe<Scalars['String']['output']>;
  to?: Maybe<Scalars['Date']['output']>;
};

export type SupportPackage = {
  __typename?: 'SupportPackage';
  from: Scalars['Date']['output'];
  hoursPerWeek: Scalars['Float']['output'];
  legalReference?: Maybe<Scalars['String']['output']>;
  level: Scalars['Int']['output'];
  to?: Maybe<Scalars['Date']['output']>;
  yearlyCostDkk?: Maybe<Scalars['Int']['output']>;
};

export type TimelineDepartment =
  | 'ADULT_SOCIAL'
  | 'CONSENT'
  | 'FAMILY'
  | 'JOBCENTRE';

export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  /** An ISO date for a day event, or a Danish local date-time (YYYY-MM-DDTHH:MM) for a timed one. */
  at: Scalars['String']['output'];
  department: TimelineDepartment;
  /** The end of a timed event; null for a day event. */
  end?: Maybe<Scalars['String']['output']>;
  /** APPOINTMENT, ACTIVATION_SESSION, MEETING, BENEFIT_START, BENEFIT_END, MEASURE_START, SANCTION, DECISION, CONSENT_GRANTED, PLAN_ACTION_SESSION, PLAN_ACTION_START, PLAN_ACTION_DEADLINE, PLAN_FOLLOW_UP, PLAN_CHANGE, ... */
  kind: Scalars['String']['output'];
  /** The record the event comes from. */
  ref: RecordRef;
  title: Scalars['String']['output'];
};

export type Unavailable = {
  __typename?: 'Unavailable';
  cause: UnavailableReason;
  department: Department;
};

export type UnavailableReason =
  | 'CIRCUIT_OPEN'
  | 'FAILED'
  | 'TIMED_OUT';

/** A department the views could not include, and why. */
export type ViewGap = {
  __typename?: 'ViewGap';
  department: TimelineDepartment;
  reason: ViewGapReason;
};

export type ViewGapReason =
  /** The caller may not see the department's data (see the department's `Restricted` answer). */
  | 'RESTRICTED'
  /** The department could not be asked just now (see its `Unavailable` answer); the views show the others. */
  | 'UNAVAILABLE';

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type WeeklySchedule = {
  __typename?: 'WeeklySchedule';
  endTime: Scalars['String']['output'];
  startTime: Scalars['String']['output'];
  weekdays: Array<Weekday>;
};

export type WithheldCategory = {
  __typename?: 'WithheldCategory';
  category: DataCategory;
  reason: RestrictionReason;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Citizen: Citizen;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Citizen:
    ( { __typename: 'Citizen' }
    & GraphQLRecursivePick<FederationTypes['Citizen'], {"cpr":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"jointPlan":{"__typename":true}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"jointPlan":{"__typename":true}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"jointPlan":{"__typename":true}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"jointPlan":{"__typename":true},"consents":{"id":true,"version":true,"citizen":{"cpr":true},"grantedBy":{"name":true,"cpr":true,"capacity":true},"sourceDepartments":true,"recipientDepartments":true,"categories":true,"purpose":true,"validFrom":true,"validUntil":true,"revokedAt":true,"status":true,"method":true,"evidence":true,"textVersion":true,"history":{"kind":true,"at":true,"version":true,"actorId":true,"actorDepartment":true,"reason":true}}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"jointPlan":{"__typename":true}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"jointPlan":{"__typename":true}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"jointPlan":{"__typename":true},"consents":{"id":true,"version":true,"citizen":{"cpr":true},"grantedBy":{"name":true,"cpr":true,"capacity":true},"sourceDepartments":true,"recipientDepartments":true,"categories":true,"purpose":true,"validFrom":true,"validUntil":true,"revokedAt":true,"status":true,"method":true,"evidence":true,"textVersion":true,"history":{"kind":true,"at":true,"version":true,"actorId":true,"actorDepartment":true,"reason":true}}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"jointPlan":{"__typename":true}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"jointPlan":{"__typename":true},"consents":{"id":true,"version":true,"citizen":{"cpr":true},"grantedBy":{"name":true,"cpr":true,"capacity":true},"sourceDepartments":true,"recipientDepartments":true,"categories":true,"purpose":true,"validFrom":true,"validUntil":true,"revokedAt":true,"status":true,"method":true,"evidence":true,"textVersion":true,"history":{"kind":true,"at":true,"version":true,"actorId":true,"actorDepartment":true,"reason":true}}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"jointPlan":{"__typename":true}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"jointPlan":{"__typename":true},"consents":{"id":true,"version":true,"citizen":{"cpr":true},"grantedBy":{"name":true,"cpr":true,"capacity":true},"sourceDepartments":true,"recipientDepartments":true,"categories":true,"purpose":true,"validFrom":true,"validUntil":true,"revokedAt":true,"status":true,"method":true,"evidence":true,"textVersion":true,"history":{"kind":true,"at":true,"version":true,"actorId":true,"actorDepartment":true,"reason":true}}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"jointPlan":{"__typename":true}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"jointPlan":{"__typename":true}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"jointPlan":{"__typename":true},"consents":{"id":true,"version":true,"citizen":{"cpr":true},"grantedBy":{"name":true,"cpr":true,"capacity":true},"sourceDepartments":true,"recipientDepartments":true,"categories":true,"purpose":true,"validFrom":true,"validUntil":true,"revokedAt":true,"status":true,"method":true,"evidence":true,"textVersion":true,"history":{"kind":true,"at":true,"version":true,"actorId":true,"actorDepartment":true,"reason":true}}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"jointPlan":{"__typename":true}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"jointPlan":{"__typename":true},"consents":{"id":true,"version":true,"citizen":{"cpr":true},"grantedBy":{"name":true,"cpr":true,"capacity":true},"sourceDepartments":true,"recipientDepartments":true,"categories":true,"purpose":true,"validFrom":true,"validUntil":true,"revokedAt":true,"status":true,"method":true,"evidence":true,"textVersion":true,"history":{"kind":true,"at":true,"version":true,"actorId":true,"actorDepartment":true,"reason":true}}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"jointPlan":{"__typename":true}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"jointPlan":{"__typename":true},"consents":{"id":true,"version":true,"citizen":{"cpr":true},"grantedBy":{"name":true,"cpr":true,"capacity":true},"sourceDepartments":true,"recipientDepartments":true,"categories":true,"purpose":true,"validFrom":true,"validUntil":true,"revokedAt":true,"status":true,"method":true,"evidence":true,"textVersion":true,"history":{"kind":true,"at":true,"version":true,"actorId":true,"actorDepartment":true,"reason":true}}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"jointPlan":{"__typename":true}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"jointPlan":{"__typename":true},"consents":{"id":true,"version":true,"citizen":{"cpr":true},"grantedBy":{"name":true,"cpr":true,"capacity":true},"sourceDepartments":true,"recipientDepartments":true,"categories":true,"purpose":true,"validFrom":true,"validUntil":true,"revokedAt":true,"status":true,"method":true,"evidence":true,"textVersion":true,"history":{"kind":true,"at":true,"version":true,"actorId":true,"actorDepartment":true,"reason":true}}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"jointPlan":{"__typename":true}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"jointPlan":{"__typename":true},"consents":{"id":true,"version":true,"citizen":{"cpr":true},"grantedBy":{"name":true,"cpr":true,"capacity":true},"sourceDepartments":true,"recipientDepartments":true,"categories":true,"purpose":true,"validFrom":true,"validUntil":true,"revokedAt":true,"status":true,"method":true,"evidence":true,"textVersion":true,"history":{"kind":true,"at":true,"version":true,"actorId":true,"actorDepartment":true,"reason":true}}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"consents":{"id":true,"version":true,"citizen":{"cpr":true},"grantedBy":{"name":true,"cpr":true,"capacity":true},"sourceDepartments":true,"recipientDepartments":true,"categories":true,"purpose":true,"validFrom":true,"validUntil":true,"revokedAt":true,"status":true,"method":true,"evidence":true,"textVersion":true,"history":{"kind":true,"at":true,"version":true,"actorId":true,"actorDepartment":true,"reason":true}},"jointPlan":{"__typename":true}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true},"consents":{"id":true,"version":true,"citizen":{"cpr":true},"grantedBy":{"name":true,"cpr":true,"capacity":true},"sourceDepartments":true,"recipientDepartments":true,"categories":true,"purpose":true,"validFrom":true,"validUntil":true,"revokedAt":true,"status":true,"method":true,"evidence":true,"textVersion":true,"history":{"kind":true,"at":true,"version":true,"actorId":true,"actorDepartment":true,"reason":true}},"jointPlan":{"__typename":true}}>
        | GraphQLRecursivePick<FederationTypes['Citizen'], {"jobcentre":{"__typename":true},"family":{"__typename":true},"adultSocial":{"__typename":true}}> ) );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  AdultSocialResult:
    | ( AdultSocialView )
    | ( Restricted )
    | ( Unavailable )
  ;
  FamilyResult:
    | ( Omit<FamilyView, 'cases'> & { cases?: Maybe<Array<_RefType['FamilyCaseInvolvement']>> } )
    | ( Restricted )
    | ( Unavailable )
  ;
  JobcentreResult:
    | ( JobcentreView )
    | ( Restricted )
    | ( Unavailable )
  ;
  JointPlanResult:
    | ( JointPlan )
    | ( Restricted )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActivationKind: ActivationKind;
  ActivationOffer: ResolverTypeWrapper<ActivationOffer>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddictionTreatment: ResolverTypeWrapper<AddictionTreatment>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AddictionTreatmentKind: AddictionTreatmentKind;
  AdultSocialAppointment: ResolverTypeWrapper<AdultSocialAppointment>;
  AdultSocialAppointmentKind: AdultSocialAppointmentKind;
  AdultSocialAssessment: ResolverTypeWrapper<AdultSocialAssessment>;
  AdultSocialAssessmentKind: AdultSocialAssessmentKind;
  AdultSocialAssessmentStatus: AdultSocialAssessmentStatus;
  AdultSocialResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AdultSocialResult']>;
  AdultSocialView: ResolverTypeWrapper<AdultSocialView>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Benefit: ResolverTypeWrapper<Benefit>;
  BenefitKind: BenefitKind;
  Citizen: ResolverTypeWrapper<CitizenWithRequirements>;
  Complexity: ResolverTypeWrapper<Complexity>;
  Conflict: ResolverTypeWrapper<Conflict>;
  Consent: ResolverTypeWrapper<Omit<Consent, 'citizen'> & { citizen: ResolversTypes['Citizen'] }>;
  ConsentEvent: ResolverTypeWrapper<ConsentEvent>;
  ConsentEventKind: ConsentEventKind;
  ConsentMethod: ConsentMethod;
  ConsentStatus: ConsentStatus;
  DataCategory: DataCategory;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Department: Department;
  Exemption: ResolverTypeWrapper<Exemption>;
  ExemptionReason: ExemptionReason;
  FamilyCaseInvolvement: ResolverTypeWrapper<Omit<FamilyCaseInvolvement, 'child' | 'investigations'> & { child: ResolversTypes['Citizen'], investigations?: Maybe<Array<ResolversTypes['Investigation']>> }>;
  FamilyCaseStatus: FamilyCaseStatus;
  FamilyMeasure: ResolverTypeWrapper<FamilyMeasure>;
  FamilyMeasureKind: FamilyMeasureKind;
  FamilyMeeting: ResolverTypeWrapper<FamilyMeeting>;
  FamilyMeetingKind: FamilyMeetingKind;
  FamilyResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['FamilyResult']>;
  FamilyRole: FamilyRole;
  FamilyView: ResolverTypeWrapper<Omit<FamilyView, 'cases'> & { cases?: Maybe<Array<ResolversTypes['FamilyCaseInvolvement']>> }>;
  FollowUpDecision: FollowUpDecision;
  Grantor: ResolverTypeWrapper<Grantor>;
  GrantorCapacity: GrantorCapacity;
  Investigation: ResolverTypeWrapper<Omit<Investigation, 'subject'> & { subject: ResolversTypes['Citizen'] }>;
  InvestigationKind: InvestigationKind;
  JobcentreAppointment: ResolverTypeWrapper<JobcentreAppointment>;
  JobcentreAppointmentKind: JobcentreAppointmentKind;
  JobcentreResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['JobcentreResult']>;
  JobcentreView: ResolverTypeWrapper<JobcentreView>;
  JointPlan: ResolverTypeWrapper<JointPlan>;
  JointPlanResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['JointPlanResult']>;
  LocalDateTime: ResolverTypeWrapper<Scalars['LocalDateTime']['output']>;
  MatchGroup: MatchGroup;
  MatchGroupAssignment: ResolverTypeWrapper<MatchGroupAssignment>;
  Mentor: ResolverTypeWrapper<Mentor>;
  PlanAction: ResolverTypeWrapper<PlanAction>;
  PlanActionStatus: PlanActionStatus;
  PlanChange: PlanChange;
  PlanFollowUp: ResolverTypeWrapper<PlanFollowUp>;
  PlanSchedule: ResolverTypeWrapper<PlanSchedule>;
  PlanStatus: PlanStatus;
  PlanVersion: ResolverTypeWrapper<PlanVersion>;
  PsychiatryCooperation: ResolverTypeWrapper<PsychiatryCooperation>;
  Purpose: Purpose;
  RecordRef: ResolverTypeWrapper<RecordRef>;
  ResidentialPlacement: ResolverTypeWrapper<ResidentialPlacement>;
  ResidentialPlacementKind: ResidentialPlacementKind;
  Restricted: ResolverTypeWrapper<Restricted>;
  RestrictionReason: RestrictionReason;
  Sanction: ResolverTypeWrapper<Sanction>;
  SpecialNeedsEducation: ResolverTypeWrapper<SpecialNeedsEducation>;
  SupportPackage: ResolverTypeWrapper<SupportPackage>;
  TimelineDepartment: TimelineDepartment;
  TimelineEvent: ResolverTypeWrapper<TimelineEvent>;
  Unavailable: ResolverTypeWrapper<Unavailable>;
  UnavailableReason: UnavailableReason;
  ViewGap: ResolverTypeWrapper<ViewGap>;
  ViewGapReason: ViewGapReason;
  Weekday: Weekday;
  WeeklySchedule: ResolverTypeWrapper<WeeklySchedule>;
  WithheldCategory: ResolverTypeWrapper<WithheldCategory>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActivationOffer: ActivationOffer;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AddictionTreatment: AddictionTreatment;
  Int: Scalars['Int']['output'];
  AdultSocialAppointment: AdultSocialAppointment;
  AdultSocialAssessment: AdultSocialAssessment;
  AdultSocialResult: ResolversUnionTypes<ResolversParentTypes>['AdultSocialResult'];
  AdultSocialView: AdultSocialView;
  Boolean: Scalars['Boolean']['output'];
  Benefit: Benefit;
  Citizen: CitizenWithRequirements;
  Complexity: Complexity;
  Conflict: Conflict;
  Consent: Omit<Consent, 'citizen'> & { citizen: ResolversParentTypes['Citizen'] };
  ConsentEvent: ConsentEvent;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Exemption: Exemption;
  FamilyCaseInvolvement: Omit<FamilyCaseInvolvement, 'child' | 'investigations'> & { child: ResolversParentTypes['Citizen'], investigations?: Maybe<Array<ResolversParentTypes['Investigation']>> };
  FamilyMeasure: FamilyMeasure;
  FamilyMeeting: FamilyMeeting;
  FamilyResult: ResolversUnionTypes<ResolversParentTypes>['FamilyResult'];
  FamilyView: Omit<FamilyView, 'cases'> & { cases?: Maybe<Array<ResolversParentTypes['FamilyCaseInvolvement']>> };
  Grantor: Grantor;
  Investigation: Omit<Investigation, 'subject'> & { subject: ResolversParentTypes['Citizen'] };
  JobcentreAppointment: JobcentreAppointment;
  JobcentreResult: ResolversUnionTypes<ResolversParentTypes>['JobcentreResult'];
  JobcentreView: JobcentreView;
  JointPlan: JointPlan;
  JointPlanResult: ResolversUnionTypes<ResolversParentTypes>['JointPlanResult'];
  LocalDateTime: Scalars['LocalDateTime']['output'];
  MatchGroupAssignment: MatchGroupAssignment;
  Mentor: Mentor;
  PlanAction: PlanAction;
  PlanFollowUp: PlanFollowUp;
  PlanSchedule: PlanSchedule;
  PlanVersion: PlanVersion;
  PsychiatryCooperation: PsychiatryCooperation;
  RecordRef: RecordRef;
  ResidentialPlacement: ResidentialPlacement;
  Restricted: Restricted;
  Sanction: Sanction;
  SpecialNeedsEducation: SpecialNeedsEducation;
  SupportPackage: SupportPackage;
  TimelineEvent: TimelineEvent;
  Unavailable: Unavailable;
  ViewGap: ViewGap;
  WeeklySchedule: WeeklySchedule;
  WithheldCategory: WithheldCategory;
};

export type AdultSocialResultResolvers<ContextType = ViewsContext, ParentType extends ResolversParentTypes['AdultSocialResult'] = ResolversParentTypes['AdultSocialResult']> = {
  __resolveType: TypeResolveFn<'AdultSocialView' | 'Restricted' | 'Unavailable', ParentType, ContextType>;
};

export type CitizenResolvers<ContextType = ViewsContext, ParentType extends ResolversParentTypes['Citizen'] = ResolversParentTypes['Citizen'], FederationReferenceType extends FederationReferenceTypes['Citizen'] = FederationReferenceTypes['Citizen']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Citizen']> | FederationReferenceType, FederationReferenceType, ContextType>;
  complexity?: Resolver<ResolversTypes['Complexity'], ParentType, ContextType>;
  conflictCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  conflicts?: Resolver<Array<ResolversTypes['Conflict']>, ParentType, ContextType>;
  cpr?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimelineEvent']>, ParentType, ContextType, Partial<CitizenTimelineArgs>>;
  viewGaps?: Resolver<Array<ResolversTypes['ViewGap']>, ParentType, ContextType>;
};

export type ComplexityResolvers<ContextType = ViewsContext, ParentType extends ResolversParentTypes['Complexity'] = ResolversParentTypes['Complexity']> = {
  activeBenefitsAndMeasures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  criteriaMet?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  departmentsInvolved?: Resolver<Array<ResolversTypes['TimelineDepartment']>, ParentType, ContextType>;
  jointPlanRunning?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  meetsCoordinationCriteria?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  restrictedDepartments?: Resolver<Array<ResolversTypes['TimelineDepartment']>, ParentType, ContextType>;
  unavailableDepartments?: Resolver<Array<ResolversTypes['TimelineDepartment']>, ParentType, ContextType>;
  yearlyCostDkk?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConflictResolvers<ContextType = ViewsContext, ParentType extends ResolversParentTypes['Conflict'] = ResolversParentTypes['Conflict']> = {
  departments?: Resolver<Array<ResolversTypes['TimelineDepartment']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['TimelineEvent']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FamilyResultResolvers<ContextType = ViewsContext, ParentType extends ResolversParentTypes['FamilyResult'] = ResolversParentTypes['FamilyResult']> = {
  __resolveType: TypeResolveFn<'FamilyView' | 'Restricted' | 'Unavailable', ParentType, ContextType>;
};

export type JobcentreResultResolvers<ContextType = ViewsContext, ParentType extends ResolversParentTypes['JobcentreResult'] = ResolversParentTypes['JobcentreResult']> = {
  __resolveType: TypeResolveFn<'JobcentreView' | 'Restricted' | 'Unavailable', ParentType, ContextType>;
};

export type JointPlanResultResolvers<ContextType = ViewsContext, ParentType extends ResolversParentTypes['JointPlanResult'] = ResolversParentTypes['JointPlanResult']> = {
  __resolveType: TypeResolveFn<'JointPlan' | 'Restricted', ParentType, ContextType>;
};

export interface LocalDateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDateTime'], any> {
  name: 'LocalDateTime';
}

export type RecordRefResolvers<ContextType = ViewsContext, ParentType extends ResolversParentTypes['RecordRef'] = ResolversParentTypes['RecordRef']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TimelineEventResolvers<ContextType = ViewsContext, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['TimelineDepartment'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['RecordRef'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewGapResolvers<ContextType = ViewsContext, ParentType extends ResolversParentTypes['ViewGap'] = ResolversParentTypes['ViewGap']> = {
  department?: Resolver<ResolversTypes['TimelineDepartment'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ViewGapReason'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ViewsContext> = {
  AdultSocialResult?: AdultSocialResultResolvers<ContextType>;
  Citizen?: CitizenResolvers<ContextType>;
  Complexity?: ComplexityResolvers<ContextType>;
  Conflict?: ConflictResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  FamilyResult?: FamilyResultResolvers<ContextType>;
  JobcentreResult?: JobcentreResultResolvers<ContextType>;
  JointPlanResult?: JointPlanResultResolvers<ContextType>;
  LocalDateTime?: GraphQLScalarType;
  RecordRef?: RecordRefResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  ViewGap?: ViewGapResolvers<ContextType>;
};

