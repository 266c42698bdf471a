import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DepartmentView, RestrictedValue } from '../../shared/src/views.ts';
import type { CitizenConnectionValue } from '../../shared/src/connection.ts';
import type { AdultSocialContext } from '../index.ts';
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

/** A course of addiction treatment. */
export type AddictionTreatment = {
  __typename?: 'AddictionTreatment';
  /** First day of the treatment. */
  from: Scalars['Date']['output'];
  /** Outpatient, day or residential. */
  kind: AddictionTreatmentKind;
  /** The legal reference in force for the treatment's code. */
  legalReference?: Maybe<Scalars['String']['output']>;
  /** Last day of the treatment; null while it runs with no end date. */
  to?: Maybe<Scalars['Date']['output']>;
  /** The department's own yearly cost of it, in DKK (from its cost data). */
  yearlyCostDkk?: Maybe<Scalars['Int']['output']>;
};

/** The form of addiction treatment. */
export type AddictionTreatmentKind =
  /** Day treatment. */
  | 'DAY'
  /** The citizen lives at home and attends sessions. */
  | 'OUTPATIENT'
  /** Residential (24-hour) treatment. */
  | 'RESIDENTIAL';

/** An appointment with adult social services. */
export type AdultSocialAppointment = {
  __typename?: 'AdultSocialAppointment';
  /** Start, Danish local time. */
  at: Scalars['LocalDateTime']['output'];
  /** End, Danish local time. */
  end: Scalars['LocalDateTime']['output'];
  /** The appointment's id in the department's system. */
  id: Scalars['ID']['output'];
  /** What the appointment is for. */
  kind: AdultSocialAppointmentKind;
};

/** What an appointment with adult social services is for. */
export type AdultSocialAppointmentKind =
  /** A meeting about a needs assessment. */
  | 'ASSESSMENT_MEETING'
  /** A visit in the citizen's home. */
  | 'HOME_VISIT'
  /** A meeting with the citizen's network (relatives, other authorities). */
  | 'NETWORK_MEETING'
  /** A session with the citizen's support worker. */
  | 'SUPPORT_SESSION';

/** A needs assessment or an inquiry, and its decision. */
export type AdultSocialAssessment = {
  __typename?: 'AdultSocialAssessment';
  /** When it was decided; null while pending. */
  decided?: Maybe<Scalars['Date']['output']>;
  /** Needs assessment or inquiry. */
  kind: AdultSocialAssessmentKind;
  /** When the assessment was opened. */
  opened: Scalars['Date']['output'];
  /** Where the assessment stands. */
  status: AdultSocialAssessmentStatus;
  /** What the assessment is about, as the caseworker wrote it. */
  topic: Scalars['String']['output'];
};

/** What an assessment is. */
export type AdultSocialAssessmentKind =
  /** An inquiry about the citizen, from the citizen, a relative or another authority. */
  | 'INQUIRY'
  /** An assessment of the citizen's needs, leading to a decision on support. */
  | 'NEEDS_ASSESSMENT';

/** Where an assessment stands. */
export type AdultSocialAssessmentStatus =
  /** Decided in the citizen's favour. */
  | 'GRANTED'
  /** Not yet decided. */
  | 'PENDING'
  /** Decided against. */
  | 'REFUSED';

/** Adult social services' view of the citizen, or why the caller may not see it. */
export type AdultSocialResult = AdultSocialView | Restricted | Unavailable;

/**
 * Adult social services' view of a citizen. A list is null when its category is withheld (see
 * `withheld`), empty when the department holds nothing of that kind. Lists are oldest first.
 */
export type AdultSocialView = {
  __typename?: 'AdultSocialView';
  /** Addiction treatment (category ADULT_SOCIAL_TREATMENT). */
  addictionTreatments?: Maybe<Array<AddictionTreatment>>;
  /** Appointments with adult social services (category ADULT_SOCIAL_APPOINTMENTS). */
  appointments?: Maybe<Array<AdultSocialAppointment>>;
  /**
   * The appointments from a year before today to three months after it (category
   * ADULT_SOCIAL_APPOINTMENTS), oldest first: the span the caseworker views' conflicts look at,
   * without the years of history `appointments` holds.
   */
  appointmentsNearToday?: Maybe<Array<AdultSocialAppointment>>;
  /** Needs assessments and inquiries (category ADULT_SOCIAL_ASSESSMENTS). */
  assessments?: Maybe<Array<AdultSocialAssessment>>;
  /** Whether the citizen has an open case at adult social services; null when ADULT_SOCIAL_ASSESSMENTS is withheld. */
  caseOpen?: Maybe<Scalars['Boolean']['output']>;
  /**
   * The support package running today (Danish date); null when none runs or the category
   * ADULT_SOCIAL_SUPPORT is withheld.
   */
  currentSupportPackage?: Maybe<SupportPackage>;
  /** Special-needs youth education, STU (category ADULT_SOCIAL_EDUCATION). */
  education?: Maybe<Array<SpecialNeedsEducation>>;
  /** Residential placements (category ADULT_SOCIAL_PLACEMENTS). */
  placements?: Maybe<Array<ResidentialPlacement>>;
  /** Periods of cooperation with psychiatry (category ADULT_SOCIAL_PSYCHIATRY). */
  psychiatryCooperation?: Maybe<Array<PsychiatryCooperation>>;
  /** Housing support packages over time, including ended ones (category ADULT_SOCIAL_SUPPORT). */
  supportPackages?: Maybe<Array<SupportPackage>>;
  /** Categories left out of this view, and why. */
  withheld: Array<WithheldCategory>;
};

export type Citizen = {
  __typename?: 'Citizen';
  /** What adult social services hold on the citizen, or why the caller may not see it. */
  adultSocial: AdultSocialResult;
  /** CPR number, DDMMYY-SSSS. */
  cpr: Scalars['ID']['output'];
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

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A period of cooperation between adult social services and psychiatry about the citizen. */
export type PsychiatryCooperation = {
  __typename?: 'PsychiatryCooperation';
  /** When the cooperation started. */
  from: Scalars['Date']['output'];
  /** The caseworker's note on the cooperation (for example, with whom). */
  note?: Maybe<Scalars['String']['output']>;
  /** When it ended; null while it goes on. */
  to?: Maybe<Scalars['Date']['output']>;
};

/**
 * Adult social services' subgraph: wraps the department's case system (needs assessments, housing
 * support, residential placements, addiction treatment, special-needs youth education, cooperation
 * with psychiatry, appointments).
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
 * Adult social services' subgraph: wraps the department's case system (needs assessments, housing
 * support, residential placements, addiction treatment, special-needs youth education, cooperation
 * with psychiatry, appointments).
 */
export type QueryMyCaseloadArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A placement in a residential facility (botilbud). */
export type ResidentialPlacement = {
  __typename?: 'ResidentialPlacement';
  /** First day of the placement. */
  from: Scalars['Date']['output'];
  /** Temporary or long-term. */
  kind: ResidentialPlacementKind;
  /** The legal reference in force for the placement's code. */
  legalReference?: Maybe<Scalars['String']['output']>;
  /** Last day of the placement; null while it runs with no end date. */
  to?: Maybe<Scalars['Date']['output']>;
  /** The department's own yearly cost of it, in DKK (from its cost data). */
  yearlyCostDkk?: Maybe<Scalars['Int']['output']>;
};

/** The kind of residential placement. */
export type ResidentialPlacementKind =
  /** Long-term residential placement. */
  | 'LONG_TERM_RESIDENTIAL'
  /** Temporary residential placement. */
  | 'TEMPORARY_RESIDENTIAL';

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

/** A special-needs youth education programme (STU, særligt tilrettelagt ungdomsuddannelse). */
export type SpecialNeedsEducation = {
  __typename?: 'SpecialNeedsEducation';
  /** Days of education a week. */
  daysPerWeek: Scalars['Int']['output'];
  /** First day of the programme. */
  from: Scalars['Date']['output'];
  /** The legal reference in force for the programme's code. */
  legalReference?: Maybe<Scalars['String']['output']>;
  /** Last day of the programme; null when no end is set. */
  to?: Maybe<Scalars['Date']['output']>;
};

/** Housing support (socialpædagogisk bostøtte) at a support level, for a period. */
export type SupportPackage = {
  __typename?: 'SupportPackage';
  /** First day of the package. */
  from: Scalars['Date']['output'];
  /** Hours of support a week. */
  hoursPerWeek: Scalars['Float']['output'];
  /** The legal reference in force for the measure's code (data, not a constant: codes change with the law). */
  legalReference?: Maybe<Scalars['String']['output']>;
  /** Support level, 1 (least) to 5 (most). */
  level: Scalars['Int']['output'];
  /** Last day of the package; null while it runs with no end date. */
  to?: Maybe<Scalars['Date']['output']>;
  /** The department's own yearly cost of it, in DKK (from its cost data). */
  yearlyCostDkk?: Maybe<Scalars['Int']['output']>;
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
  AdultSocialResult:
    | ( DepartmentView )
    | ( RestrictedValue )
    | ( Unavailable )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddictionTreatment: ResolverTypeWrapper<AddictionTreatment>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AddictionTreatmentKind: AddictionTreatmentKind;
  AdultSocialAppointment: ResolverTypeWrapper<AdultSocialAppointment>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AdultSocialAppointmentKind: AdultSocialAppointmentKind;
  AdultSocialAssessment: ResolverTypeWrapper<AdultSocialAssessment>;
  AdultSocialAssessmentKind: AdultSocialAssessmentKind;
  AdultSocialAssessmentStatus: AdultSocialAssessmentStatus;
  AdultSocialResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AdultSocialResult']>;
  AdultSocialView: ResolverTypeWrapper<DepartmentView>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Citizen: ResolverTypeWrapper<{ cpr: string }>;
  CitizenConnection: ResolverTypeWrapper<CitizenConnectionValue>;
  CitizenEdge: ResolverTypeWrapper<Omit<CitizenEdge, 'node'> & { node: ResolversTypes['Citizen'] }>;
  DataCategory: DataCategory;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Department: Department;
  LocalDateTime: ResolverTypeWrapper<Scalars['LocalDateTime']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PsychiatryCooperation: ResolverTypeWrapper<PsychiatryCooperation>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ResidentialPlacement: ResolverTypeWrapper<ResidentialPlacement>;
  ResidentialPlacementKind: ResidentialPlacementKind;
  Restricted: ResolverTypeWrapper<RestrictedValue>;
  RestrictionReason: RestrictionReason;
  SpecialNeedsEducation: ResolverTypeWrapper<SpecialNeedsEducation>;
  SupportPackage: ResolverTypeWrapper<SupportPackage>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Unavailable: ResolverTypeWrapper<Unavailable>;
  UnavailableReason: UnavailableReason;
  WithheldCategory: ResolverTypeWrapper<WithheldCategory>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddictionTreatment: AddictionTreatment;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  AdultSocialAppointment: AdultSocialAppointment;
  ID: Scalars['ID']['output'];
  AdultSocialAssessment: AdultSocialAssessment;
  AdultSocialResult: ResolversUnionTypes<ResolversParentTypes>['AdultSocialResult'];
  AdultSocialView: DepartmentView;
  Boolean: Scalars['Boolean']['output'];
  Citizen: { cpr: string };
  CitizenConnection: CitizenConnectionValue;
  CitizenEdge: Omit<CitizenEdge, 'node'> & { node: ResolversParentTypes['Citizen'] };
  Date: Scalars['Date']['output'];
  LocalDateTime: Scalars['LocalDateTime']['output'];
  PageInfo: PageInfo;
  PsychiatryCooperation: PsychiatryCooperation;
  Query: Record<PropertyKey, never>;
  ResidentialPlacement: ResidentialPlacement;
  Restricted: RestrictedValue;
  SpecialNeedsEducation: SpecialNeedsEducation;
  SupportPackage: SupportPackage;
  Float: Scalars['Float']['output'];
  Unavailable: Unavailable;
  WithheldCategory: WithheldCategory;
};

export type AddictionTreatmentResolvers<ContextType = AdultSocialContext, ParentType extends ResolversParentTypes['AddictionTreatment'] = ResolversParentTypes['AddictionTreatment']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AddictionTreatmentKind'], ParentType, ContextType>;
  legalReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  yearlyCostDkk?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type AdultSocialAppointmentResolvers<ContextType = AdultSocialContext, ParentType extends ResolversParentTypes['AdultSocialAppointment'] = ResolversParentTypes['AdultSocialAppointment']> = {
  at?: Resolver<ResolversTypes['LocalDateTime'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['LocalDateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AdultSocialAppointmentKind'], ParentType, ContextType>;
};

export type AdultSocialAssessmentResolvers<ContextType = AdultSocialContext, ParentType extends ResolversParentTypes['AdultSocialAssessment'] = ResolversParentTypes['AdultSocialAssessment']> = {
  decided?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AdultSocialAssessmentKind'], ParentType, ContextType>;
  opened?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AdultSocialAssessmentStatus'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AdultSocialResultResolvers<ContextType = AdultSocialContext, ParentType extends ResolversParentTypes['AdultSocialResult'] = ResolversParentTypes['AdultSocialResult']> = {
  __resolveType: TypeResolveFn<'AdultSocialView' | 'Restricted' | 'Unavailable', ParentType, ContextType>;
};

export type AdultSocialViewResolvers<ContextType = AdultSocialContext, ParentType extends ResolversParentTypes['AdultSocialView'] = ResolversParentTypes['AdultSocialView']> = {
  addictionTreatments?: Resolver<Maybe<Array<ResolversTypes['AddictionTreatment']>>, ParentType, ContextType>;
  appointments?: Resolver<Maybe<Array<ResolversTypes['AdultSocialAppointment']>>, ParentType, ContextType>;
  appointmentsNearToday?: Resolver<Maybe<Array<ResolversTypes['AdultSocialAppointment']>>, ParentType, ContextType>;
  assessments?: Resolver<Maybe<Array<ResolversTypes['AdultSocialAssessment']>>, ParentType, ContextType>;
  caseOpen?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  currentSupportPackage?: Resolver<Maybe<ResolversTypes['SupportPackage']>, ParentType, ContextType>;
  education?: Resolver<Maybe<Array<ResolversTypes['SpecialNeedsEducation']>>, ParentType, ContextType>;
  placements?: Resolver<Maybe<Array<ResolversTypes['ResidentialPlacement']>>, ParentType, ContextType>;
  psychiatryCooperation?: Resolver<Maybe<Array<ResolversTypes['PsychiatryCooperation']>>, ParentType, ContextType>;
  supportPackages?: Resolver<Maybe<Array<ResolversTypes['SupportPackage']>>, ParentType, ContextType>;
  withheld?: Resolver<Array<ResolversTypes['WithheldCategory']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CitizenResolvers<ContextType = AdultSocialContext, ParentType extends ResolversParentTypes['Citizen'] = ResolversParentTypes['Citizen'], FederationReferenceType extends FederationReferenceTypes['Citizen'] = FederationReferenceTypes['Citizen']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Citizen']> | FederationReferenceType, FederationReferenceType, ContextType>;
  adultSocial?: Resolver<ResolversTypes['AdultSocialResult'], ParentType, ContextType>;
  cpr?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CitizenConnectionResolvers<ContextType = AdultSocialContext, ParentType extends ResolversParentTypes['CitizenConnection'] = ResolversParentTypes['CitizenConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CitizenEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CitizenEdgeResolvers<ContextType = AdultSocialContext, ParentType extends ResolversParentTypes['CitizenEdge'] = ResolversParentTypes['CitizenEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Citizen'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface LocalDateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDateTime'], any> {
  name: 'LocalDateTime';
}

export type PageInfoResolvers<ContextType = AdultSocialContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PsychiatryCooperationResolvers<ContextType = AdultSocialContext, ParentType extends ResolversParentTypes['PsychiatryCooperation'] = ResolversParentTypes['PsychiatryCooperation']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = AdultSocialContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  myCaseload?: Resolver<ResolversTypes['CitizenConnection'], ParentType, ContextType, RequireFields<QueryMyCaseloadArgs, 'first'>>;
};

export type ResidentialPlacementResolvers<ContextType = AdultSocialContext, ParentType extends ResolversParentTypes['ResidentialPlacement'] = ResolversParentTypes['ResidentialPlacement']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ResidentialPlacementKind'], ParentType, ContextType>;
  legalReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  yearlyCostDkk?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type RestrictedResolvers<ContextType = AdultSocialContext, ParentType extends ResolversParentTypes['Restricted'] = ResolversParentTypes['Restricted']> = {
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['RestrictionReason'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SpecialNeedsEducationResolvers<ContextType = AdultSocialContext, ParentType extends ResolversParentTypes['SpecialNeedsEducation'] = ResolversParentTypes['SpecialNeedsEducation']> = {
  daysPerWeek?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  legalReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type SupportPackageResolvers<ContextType = AdultSocialContext, ParentType extends ResolversParentTypes['SupportPackage'] = ResolversParentTypes['SupportPackage']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hoursPerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  legalReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  yearlyCostDkk?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type UnavailableResolvers<ContextType = AdultSocialContext, ParentType extends ResolversParentTypes['Unavailable'] = ResolversParentTypes['Unavailable']> = {
  cause?: Resolver<ResolversTypes['UnavailableReason'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WithheldCategoryResolvers<ContextType = AdultSocialContext, ParentType extends ResolversParentTypes['WithheldCategory'] = ResolversParentTypes['WithheldCategory']> = {
  category?: Resolver<ResolversTypes['DataCategory'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['RestrictionReason'], ParentType, ContextType>;
};

export type Resolvers<ContextType = AdultSocialContext> = {
  AddictionTreatment?: AddictionTreatmentResolvers<ContextType>;
  AdultSocialAppointment?: AdultSocialAppointmentResolvers<ContextType>;
  AdultSocialAssessment?: AdultSocialAssessmentResolvers<ContextType>;
  AdultSocialResult?: AdultSocialResultResolvers<ContextType>;
  AdultSocialView?: AdultSocialViewResolvers<ContextType>;
  Citizen?: CitizenResolvers<ContextType>;
  CitizenConnection?: CitizenConnectionResolvers<ContextType>;
  CitizenEdge?: CitizenEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  LocalDateTime?: GraphQLScalarType;
  PageInfo?: PageInfoResolvers<ContextType>;
  PsychiatryCooperation?: PsychiatryCooperationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResidentialPlacement?: ResidentialPlacementResolvers<ContextType>;
  Restricted?: RestrictedResolvers<ContextType>;
  SpecialNeedsEducation?: SpecialNeedsEducationResolvers<ContextType>;
  SupportPackage?: SupportPackageResolvers<ContextType>;
  Unavailable?: UnavailableResolvers<ContextType>;
  WithheldCategory?: WithheldCategoryResolvers<ContextType>;
};

