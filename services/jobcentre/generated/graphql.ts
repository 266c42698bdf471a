import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DepartmentView, RestrictedValue } from '../../shared/src/views.ts';
import type { CitizenConnectionValue } from '../../shared/src/connection.ts';
import type { JobcentreContext } from '../index.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 (2026-09-08). */
  Date: { input: string; output: string; }
  /** A local date and time in Danish time (Europe/Copenhagen), ISO 8601 without offset (2026-09-08T09:00). */
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

export type Benefit = {
  __typename?: 'Benefit';
  from: Scalars['Date']['output'];
  kind: BenefitKind;
  /** The legal reference in force for the benefit code (data, not a constant: codes change with the law). */
  legalReference?: Maybe<Scalars['String']['output']>;
  monthlyAmountDkk: Scalars['Int']['output'];
  /** Null while the benefit runs. */
  to?: Maybe<Scalars['Date']['output']>;
};

export type BenefitKind =
  | 'CASH_BENEFIT'
  | 'EDUCATION_BENEFIT'
  | 'RESOURCE_PROGRAMME'
  | 'SICKNESS_BENEFIT';

export type Citizen = {
  __typename?: 'Citizen';
  /** CPR number, DDMMYY-SSSS. */
  cpr: Scalars['ID']['output'];
  /** What the jobcentre holds on the citizen, or why the caller may not see it. */
  jobcentre: JobcentreResult;
};

/** A page of citizens. */
export type CitizenConnection = {
  __typename?: 'CitizenConnection';
  edges: Array<CitizenEdge>;
  pageInfo: PageInfo;
};

export type CitizenEdge = {
  __typename?: 'CitizenEdge';
  /** Opaque; pass as `after` to continue after this citizen. */
  cursor: Scalars['String']['output'];
  node: Citizen;
};

/**
 * The kinds of data a consent can name, each prefixed by the department that holds it. A citizen
 * can share some categories of a department and not others.
 */
export type DataCategory =
  /** Appointments with adult social services. */
  | 'ADULT_SOCIAL_APPOINTMENTS'
  /** Needs assessments and inquiries. */
  | 'ADULT_SOCIAL_ASSESSMENTS'
  /** Special-needs youth education (STU). */
  | 'ADULT_SOCIAL_EDUCATION'
  /** Residential placements. */
  | 'ADULT_SOCIAL_PLACEMENTS'
  /** Cooperation with psychiatry. */
  | 'ADULT_SOCIAL_PSYCHIATRY'
  /** Housing support: support package and hours. */
  | 'ADULT_SOCIAL_SUPPORT'
  /** Addiction treatment. */
  | 'ADULT_SOCIAL_TREATMENT'
  /** The family cases the citizen is a party to, and their role. */
  | 'FAMILY_CASES'
  /** Child investigations and parental capacity assessments. */
  | 'FAMILY_INVESTIGATIONS'
  /** Measures (family treatment, contact person, respite care, placement, family consultant). */
  | 'FAMILY_MEASURES'
  /** Meetings with the family department. */
  | 'FAMILY_MEETINGS'
  /** Activation offers, their schedule, and mentor support. */
  | 'JOBCENTRE_ACTIVATION'
  /** Appointments at the jobcentre and activation sessions. */
  | 'JOBCENTRE_APPOINTMENTS'
  /** Benefits: kind, period. */
  | 'JOBCENTRE_BENEFITS'
  /** Exemptions from the duty to seek work. */
  | 'JOBCENTRE_EXEMPTIONS'
  /** Match group (job-ready, activity-ready, education-ready). */
  | 'JOBCENTRE_MATCH_GROUP'
  /** Sanctions (benefit deductions) and the appointment each was for. */
  | 'JOBCENTRE_SANCTIONS'
  /** The departments' actions in a joint action plan (purpose JOINT_PLAN only). */
  | 'PLAN_ACTIONS'
  /** The follow-ups of a joint action plan (purpose JOINT_PLAN only). */
  | 'PLAN_FOLLOW_UPS'
  /** The citizen's goals and the departments' sub-goals in a joint action plan (purpose JOINT_PLAN only). */
  | 'PLAN_GOALS';

/** A department of the municipality's social services. */
export type Department =
  | 'ADULT_SOCIAL'
  | 'FAMILY'
  | 'JOBCENTRE';

/** An exemption from the duty to seek work. */
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

export type JobcentreAppointment = {
  __typename?: 'JobcentreAppointment';
  at: Scalars['LocalDateTime']['output'];
  /** True if attended, false if missed, null if not yet held. */
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

/**
 * The jobcentre's view of a citizen. A list is null when its category is withheld (see `withheld`),
 * empty when the jobcentre holds nothing of that kind.
 */
export type JobcentreView = {
  __typename?: 'JobcentreView';
  activationOffers?: Maybe<Array<ActivationOffer>>;
  appointments?: Maybe<Array<JobcentreAppointment>>;
  /**
   * The appointments from a year before today to three months after it (category
   * JOBCENTRE_APPOINTMENTS), oldest first: the span the caseworker views' conflicts look at, without
   * the years of history `appointments` holds.
   */
  appointmentsNearToday?: Maybe<Array<JobcentreAppointment>>;
  benefits?: Maybe<Array<Benefit>>;
  /** Whether the citizen has an open case at the jobcentre; with the benefits (null when JOBCENTRE_BENEFITS is withheld). */
  caseOpen?: Maybe<Scalars['Boolean']['output']>;
  exemptions?: Maybe<Array<Exemption>>;
  /** The current match group; null when none is assigned or the category is withheld. */
  matchGroup?: Maybe<MatchGroupAssignment>;
  /** Mentor support, part of activation. */
  mentor?: Maybe<Mentor>;
  sanctions?: Maybe<Array<Sanction>>;
  /** Categories left out of this view, and why. */
  withheld: Array<WithheldCategory>;
};

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

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * The jobcentre's subgraph: wraps the jobcentre's case system (benefits, match group, activation,
 * appointments, sanctions, exemptions).
 */
export type Query = {
  __typename?: 'Query';
  /**
   * The citizens with an open case in the caller's department, ordered by CPR number. Answered by
   * the caller's own department; the listing is recorded in the access log with its criterion.
   */
  myCaseload: CitizenConnection;
};


/**
 * The jobcentre's subgraph: wraps the jobcentre's case system (benefits, match group, activation,
 * appointments, sanctions, exemptions).
 */
export type QueryMyCaseloadArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A department's data that the caller may not see, and why. */
export type Restricted = {
  __typename?: 'Restricted';
  department: Department;
  reason: RestrictionReason;
};

/**
 * Why a department's data is not shown. A refusal never tells whether the department holds
 * anything on the citizen: the answer is the same either way.
 */
export type RestrictionReason =
  /** A consent exists for the purpose, but not for this data category. */
  | 'CATEGORY_NOT_COVERED'
  /** The consent that covered this has ended. */
  | 'CONSENT_EXPIRED'
  /** The consent that covered this was revoked. */
  | 'CONSENT_REVOKED'
  /** No consent covers the citizen, the two departments and this data. */
  | 'NO_CONSENT'
  /** A consent exists, but not for the purpose declared in X-Purpose (or none was declared). */
  | 'PURPOSE_NOT_COVERED'
  /** The caller's roles do not give access to case data (for example an auditor). */
  | 'ROLE_NOT_PERMITTED';

/** A deduction in benefit for a missed appointment or activation. */
export type Sanction = {
  __typename?: 'Sanction';
  amountDkk: Scalars['Int']['output'];
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** The appointment the citizen missed. */
  missedAppointment?: Maybe<JobcentreAppointment>;
  reason: Scalars['String']['output'];
};

/**
 * A department that could not be asked: its subgraph did not answer within the gateway's time
 * budget, failed, or is held off after repeated failures. Nothing of it is shown and the rest of the
 * answer stands. The gateway gives this, never the department.
 */
export type Unavailable = {
  __typename?: 'Unavailable';
  /** Named apart from `Restricted.reason`: a query asks for both in one selection, and they differ in type. */
  cause: UnavailableReason;
  department: Department;
};

/** Why a department could not be asked. */
export type UnavailableReason =
  /** It failed repeatedly and is given a rest before it is asked again (circuit breaker). */
  | 'CIRCUIT_OPEN'
  /** It answered with an error, or could not be reached. */
  | 'FAILED'
  /** It did not answer within the gateway's time budget. */
  | 'TIMED_OUT';

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

/** A weekly schedule in Danish local time. */
export type WeeklySchedule = {
  __typename?: 'WeeklySchedule';
  /** HH:MM */
  endTime: Scalars['String']['output'];
  /** HH:MM */
  startTime: Scalars['String']['output'];
  weekdays: Array<Weekday>;
};

/** A category left out of a department's view, and why. */
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
    & GraphQLRecursivePick<FederationTypes['Citizen'], {"cpr":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  JobcentreResult:
    | ( DepartmentView )
    | ( RestrictedValue )
    | ( Unavailable )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActivationKind: ActivationKind;
  ActivationOffer: ResolverTypeWrapper<ActivationOffer>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Benefit: ResolverTypeWrapper<Benefit>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BenefitKind: BenefitKind;
  Citizen: ResolverTypeWrapper<{ cpr: string }>;
  CitizenConnection: ResolverTypeWrapper<CitizenConnectionValue>;
  CitizenEdge: ResolverTypeWrapper<Omit<CitizenEdge, 'node'> & { node: ResolversTypes['Citizen'] }>;
  DataCategory: DataCategory;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Department: Department;
  Exemption: ResolverTypeWrapper<Exemption>;
  ExemptionReason: ExemptionReason;
  JobcentreAppointment: ResolverTypeWrapper<JobcentreAppointment>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  JobcentreAppointmentKind: JobcentreAppointmentKind;
  JobcentreResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['JobcentreResult']>;
  JobcentreView: ResolverTypeWrapper<DepartmentView>;
  LocalDateTime: ResolverTypeWrapper<Scalars['LocalDateTime']['output']>;
  MatchGroup: MatchGroup;
  MatchGroupAssignment: ResolverTypeWrapper<MatchGroupAssignment>;
  Mentor: ResolverTypeWrapper<Mentor>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Restricted: ResolverTypeWrapper<RestrictedValue>;
  RestrictionReason: RestrictionReason;
  Sanction: ResolverTypeWrapper<Sanction>;
  Unavailable: ResolverTypeWrapper<Unavailable>;
  UnavailableReason: UnavailableReason;
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
  Benefit: Benefit;
  Int: Scalars['Int']['output'];
  Citizen: { cpr: string };
  CitizenConnection: CitizenConnectionValue;
  CitizenEdge: Omit<CitizenEdge, 'node'> & { node: ResolversParentTypes['Citizen'] };
  Date: Scalars['Date']['output'];
  Exemption: Exemption;
  JobcentreAppointment: JobcentreAppointment;
  Boolean: Scalars['Boolean']['output'];
  JobcentreResult: ResolversUnionTypes<ResolversParentTypes>['JobcentreResult'];
  JobcentreView: DepartmentView;
  LocalDateTime: Scalars['LocalDateTime']['output'];
  MatchGroupAssignment: MatchGroupAssignment;
  Mentor: Mentor;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Restricted: RestrictedValue;
  Sanction: Sanction;
  Unavailable: Unavailable;
  WeeklySchedule: WeeklySchedule;
  WithheldCategory: WithheldCategory;
};

export type ActivationOfferResolvers<ContextType = JobcentreContext, ParentType extends ResolversParentTypes['ActivationOffer'] = ResolversParentTypes['ActivationOffer']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hoursPerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActivationKind'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schedule?: Resolver<ResolversTypes['WeeklySchedule'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type BenefitResolvers<ContextType = JobcentreContext, ParentType extends ResolversParentTypes['Benefit'] = ResolversParentTypes['Benefit']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BenefitKind'], ParentType, ContextType>;
  legalReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  monthlyAmountDkk?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type CitizenResolvers<ContextType = JobcentreContext, ParentType extends ResolversParentTypes['Citizen'] = ResolversParentTypes['Citizen'], FederationReferenceType extends FederationReferenceTypes['Citizen'] = FederationReferenceTypes['Citizen']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Citizen']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cpr?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobcentre?: Resolver<ResolversTypes['JobcentreResult'], ParentType, ContextType>;
};

export type CitizenConnectionResolvers<ContextType = JobcentreContext, ParentType extends ResolversParentTypes['CitizenConnection'] = ResolversParentTypes['CitizenConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CitizenEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CitizenEdgeResolvers<ContextType = JobcentreContext, ParentType extends ResolversParentTypes['CitizenEdge'] = ResolversParentTypes['CitizenEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Citizen'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type ExemptionResolvers<ContextType = JobcentreContext, ParentType extends ResolversParentTypes['Exemption'] = ResolversParentTypes['Exemption']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ExemptionReason'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type JobcentreAppointmentResolvers<ContextType = JobcentreContext, ParentType extends ResolversParentTypes['JobcentreAppointment'] = ResolversParentTypes['JobcentreAppointment']> = {
  at?: Resolver<ResolversTypes['LocalDateTime'], ParentType, ContextType>;
  attended?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['LocalDateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['JobcentreAppointmentKind'], ParentType, ContextType>;
};

export type JobcentreResultResolvers<ContextType = JobcentreContext, ParentType extends ResolversParentTypes['JobcentreResult'] = ResolversParentTypes['JobcentreResult']> = {
  __resolveType: TypeResolveFn<'JobcentreView' | 'Restricted' | 'Unavailable', ParentType, ContextType>;
};

export type JobcentreViewResolvers<ContextType = JobcentreContext, ParentType extends ResolversParentTypes['JobcentreView'] = ResolversParentTypes['JobcentreView']> = {
  activationOffers?: Resolver<Maybe<Array<ResolversTypes['ActivationOffer']>>, ParentType, ContextType>;
  appointments?: Resolver<Maybe<Array<ResolversTypes['JobcentreAppointment']>>, ParentType, ContextType>;
  appointmentsNearToday?: Resolver<Maybe<Array<ResolversTypes['JobcentreAppointment']>>, ParentType, ContextType>;
  benefits?: Resolver<Maybe<Array<ResolversTypes['Benefit']>>, ParentType, ContextType>;
  caseOpen?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  exemptions?: Resolver<Maybe<Array<ResolversTypes['Exemption']>>, ParentType, ContextType>;
  matchGroup?: Resolver<Maybe<ResolversTypes['MatchGroupAssignment']>, ParentType, ContextType>;
  mentor?: Resolver<Maybe<ResolversTypes['Mentor']>, ParentType, ContextType>;
  sanctions?: Resolver<Maybe<Array<ResolversTypes['Sanction']>>, ParentType, ContextType>;
  withheld?: Resolver<Array<ResolversTypes['WithheldCategory']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface LocalDateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDateTime'], any> {
  name: 'LocalDateTime';
}

export type MatchGroupAssignmentResolvers<ContextType = JobcentreContext, ParentType extends ResolversParentTypes['MatchGroupAssignment'] = ResolversParentTypes['MatchGroupAssignment']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['MatchGroup'], ParentType, ContextType>;
};

export type MentorResolvers<ContextType = JobcentreContext, ParentType extends ResolversParentTypes['Mentor'] = ResolversParentTypes['Mentor']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hoursPerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = JobcentreContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = JobcentreContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  myCaseload?: Resolver<ResolversTypes['CitizenConnection'], ParentType, ContextType, RequireFields<QueryMyCaseloadArgs, 'first'>>;
};

export type RestrictedResolvers<ContextType = JobcentreContext, ParentType extends ResolversParentTypes['Restricted'] = ResolversParentTypes['Restricted']> = {
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['RestrictionReason'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SanctionResolvers<ContextType = JobcentreContext, ParentType extends ResolversParentTypes['Sanction'] = ResolversParentTypes['Sanction']> = {
  amountDkk?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  missedAppointment?: Resolver<Maybe<ResolversTypes['JobcentreAppointment']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UnavailableResolvers<ContextType = JobcentreContext, ParentType extends ResolversParentTypes['Unavailable'] = ResolversParentTypes['Unavailable']> = {
  cause?: Resolver<ResolversTypes['UnavailableReason'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WeeklyScheduleResolvers<ContextType = JobcentreContext, ParentType extends ResolversParentTypes['WeeklySchedule'] = ResolversParentTypes['WeeklySchedule']> = {
  endTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekdays?: Resolver<Array<ResolversTypes['Weekday']>, ParentType, ContextType>;
};

export type WithheldCategoryResolvers<ContextType = JobcentreContext, ParentType extends ResolversParentTypes['WithheldCategory'] = ResolversParentTypes['WithheldCategory']> = {
  category?: Resolver<ResolversTypes['DataCategory'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['RestrictionReason'], ParentType, ContextType>;
};

export type Resolvers<ContextType = JobcentreContext> = {
  ActivationOffer?: ActivationOfferResolvers<ContextType>;
  Benefit?: BenefitResolvers<ContextType>;
  Citizen?: CitizenResolvers<ContextType>;
  CitizenConnection?: CitizenConnectionResolvers<ContextType>;
  CitizenEdge?: CitizenEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Exemption?: ExemptionResolvers<ContextType>;
  JobcentreAppointment?: JobcentreAppointmentResolvers<ContextType>;
  JobcentreResult?: JobcentreResultResolvers<ContextType>;
  JobcentreView?: JobcentreViewResolvers<ContextType>;
  LocalDateTime?: GraphQLScalarType;
  MatchGroupAssignment?: MatchGroupAssignmentResolvers<ContextType>;
  Mentor?: MentorResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Restricted?: RestrictedResolvers<ContextType>;
  Sanction?: SanctionResolvers<ContextType>;
  Unavailable?: UnavailableResolvers<ContextType>;
  WeeklySchedule?: WeeklyScheduleResolvers<ContextType>;
  WithheldCategory?: WithheldCategoryResolvers<ContextType>;
};

