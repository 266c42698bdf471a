import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DepartmentView, RestrictedValue } from '../../shared/src/views.ts';
import type { InvolvementInView } from '../resolvers.ts';
import type { CitizenConnectionValue } from '../../shared/src/connection.ts';
import type { FamilyContext } from '../index.ts';
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

export type Citizen = {
  __typename?: 'Citizen';
  /** CPR number, DDMMYY-SSSS. */
  cpr: Scalars['ID']['output'];
  /** What the family department holds on the citizen, or why the caller may not see it. */
  family: FamilyResult;
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

/**
 * One citizen's involvement in a family case: the case, and what of it the citizen's view shows.
 * When the citizen is the child the case is about (`child` is the citizen), the case is their own,
 * and its investigations, measures and meetings are shown. For a parent, a custodian or a sibling
 * (role CHILD, `child` another citizen) the view shows their own involvement, not the child's case
 * content: only the investigations whose subject they are (such as a parental capacity assessment),
 * only the meetings they took part in, and no measures.
 */
export type FamilyCaseInvolvement = {
  __typename?: 'FamilyCaseInvolvement';
  /** The family department's case number, e.g. B-2026-0117. */
  caseNumber: Scalars['String']['output'];
  /** The child the case is about. */
  child: Citizen;
  /** The date the case was closed; null while it is open. */
  closed?: Maybe<Scalars['Date']['output']>;
  /** Whether the citizen holds custody of the child in this case. */
  custody: Scalars['Boolean']['output'];
  /**
   * Investigations in the case (category FAMILY_INVESTIGATIONS). For a parent or custodian, only the
   * investigations whose subject they are.
   */
  investigations?: Maybe<Array<Investigation>>;
  /**
   * Measures granted in the case (category FAMILY_MEASURES). Measures are the child's case content:
   * for a parent, custodian or sibling this list is always empty (null when the category is withheld).
   */
  measures?: Maybe<Array<FamilyMeasure>>;
  /**
   * Meetings in the case (category FAMILY_MEETINGS). For a parent or custodian, only the meetings
   * they took part in.
   */
  meetings?: Maybe<Array<FamilyMeeting>>;
  /** The date the case was opened. */
  opened: Scalars['Date']['output'];
  /** The citizen's role in the case. */
  role: FamilyRole;
  /** Whether the case is open or closed. */
  status: FamilyCaseStatus;
};

/** Whether a family case is open. */
export type FamilyCaseStatus =
  /** The case is closed. */
  | 'CLOSED'
  /** The case is open. */
  | 'OPEN';

/** A measure granted in a family case. */
export type FamilyMeasure = {
  __typename?: 'FamilyMeasure';
  /** The date the measure started. */
  from: Scalars['Date']['output'];
  /** The family department's id of the measure. */
  id: Scalars['ID']['output'];
  /** What the measure is. */
  kind: FamilyMeasureKind;
  /**
   * The legal reference the measure was granted under (data, not a constant: children's measures
   * moved from Serviceloven § 52 to Barnets lov on 1 January 2024, and a measure keeps the reference
   * in force on its start date).
   */
  legalReference?: Maybe<Scalars['String']['output']>;
  /** The date it ended or ends; null while it runs without an end date. */
  to?: Maybe<Scalars['Date']['output']>;
  /** The department's own yearly cost of it, in DKK (from its cost data). */
  yearlyCostDkk?: Maybe<Scalars['Int']['output']>;
};

/** The kind of a measure for a child and their family. */
export type FamilyMeasureKind =
  /** A permanent contact person for the child or the whole family. */
  | 'CONTACT_PERSON'
  /** Practical and educational support in the home by a family consultant. */
  | 'FAMILY_CONSULTANT'
  /** Family treatment, or treatment of the child's problems. */
  | 'FAMILY_TREATMENT'
  /** Placement of the child outside the home. */
  | 'PLACEMENT_OUTSIDE_HOME'
  /** Respite care: regular stays away from home (støtteophold, formerly aflastning). */
  | 'RESPITE_CARE';

/** A meeting in a family case. */
export type FamilyMeeting = {
  __typename?: 'FamilyMeeting';
  /** Start, Danish local time. */
  at: Scalars['LocalDateTime']['output'];
  /** End, Danish local time. */
  end: Scalars['LocalDateTime']['output'];
  /** The family department's id of the meeting. */
  id: Scalars['ID']['output'];
  /** What the meeting is for. */
  kind: FamilyMeetingKind;
  /** Whether the citizen whose view this is took part in the meeting. */
  participated: Scalars['Boolean']['output'];
};

/** The kind of a meeting with the family department. */
export type FamilyMeetingKind =
  /** A follow-up on a measure or a plan. */
  | 'FOLLOW_UP_MEETING'
  /** A meeting with the family and its network. */
  | 'NETWORK_MEETING'
  /** An interview as part of a parental capacity assessment. */
  | 'PARENTAL_CAPACITY_INTERVIEW';

/** The family department's view of a citizen, or why the caller may not see it. */
export type FamilyResult = FamilyView | Restricted | Unavailable;

/** A party's role in a family case. */
export type FamilyRole =
  /** The child the case is about, or a sibling in the same case. */
  | 'CHILD'
  /** A custody holder who is not a parent. */
  | 'CUSTODIAN'
  /** The child's father. */
  | 'FATHER'
  /** The child's mother. */
  | 'MOTHER';

/**
 * The family department's view of a citizen: the cases they are a party to, in any role. A list is
 * null when its category is withheld (see `withheld`), empty when the department holds nothing of
 * that kind. A parent's view shows their own involvement, not the child's case content: see
 * `FamilyCaseInvolvement`.
 */
export type FamilyView = {
  __typename?: 'FamilyView';
  /** Whether the citizen is a party to an open case at the family department; null when FAMILY_CASES is withheld. */
  caseOpen?: Maybe<Scalars['Boolean']['output']>;
  /** The cases the citizen is a party to, oldest first (category FAMILY_CASES). */
  cases?: Maybe<Array<FamilyCaseInvolvement>>;
  /**
   * The meetings that concern the citizen in person, across their cases, oldest first (category
   * FAMILY_MEETINGS; shown without FAMILY_CASES, so a citizen can share meetings and nothing else):
   * as the child, every meeting in their own case; as a parent or custodian, the meetings they took
   * part in. The same meetings appear per case under `cases` when FAMILY_CASES is shared too.
   */
  meetings?: Maybe<Array<FamilyMeeting>>;
  /** Categories left out of this view, and why. */
  withheld: Array<WithheldCategory>;
};

/** An investigation in a family case. */
export type Investigation = {
  __typename?: 'Investigation';
  /** The date by which it must be done. */
  deadline: Scalars['Date']['output'];
  /** The date it was done; null while it is under way. */
  done?: Maybe<Scalars['Date']['output']>;
  /** What is investigated. */
  kind: InvestigationKind;
  /** The date the investigation started. */
  started: Scalars['Date']['output'];
  /** The person investigated: the child, or the parent whose capacity is assessed. */
  subject: Citizen;
};

/** The kind of an investigation in a family case. */
export type InvestigationKind =
  /** A child investigation (børnefaglig undersøgelse) of the child's needs. */
  | 'CHILD_INVESTIGATION'
  /** An assessment of a parent's capacity to care for the child (forældrekompetenceundersøgelse). */
  | 'PARENTAL_CAPACITY_ASSESSMENT';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * The family department's subgraph: wraps the family department's case system for children and young
 * people (cases about a child and their parties, child investigations and parental capacity
 * assessments, measures, meetings).
 */
export type Query = {
  __typename?: 'Query';
  /**
   * The citizens with an open case in the caller's department, ordered by CPR number. Answered by
   * the caller's own department; the listing is recorded in the access log with its criterion.
   * For the family department these are the parties (adults and children) to its open cases.
   */
  myCaseload: CitizenConnection;
};


/**
 * The family department's subgraph: wraps the family department's case system for children and young
 * people (cases about a child and their parties, child investigations and parental capacity
 * assessments, measures, meetings).
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
  FamilyResult:
    | ( DepartmentView )
    | ( RestrictedValue )
    | ( Unavailable )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Citizen: ResolverTypeWrapper<{ cpr: string }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CitizenConnection: ResolverTypeWrapper<CitizenConnectionValue>;
  CitizenEdge: ResolverTypeWrapper<Omit<CitizenEdge, 'node'> & { node: ResolversTypes['Citizen'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  DataCategory: DataCategory;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Department: Department;
  FamilyCaseInvolvement: ResolverTypeWrapper<InvolvementInView>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  FamilyCaseStatus: FamilyCaseStatus;
  FamilyMeasure: ResolverTypeWrapper<FamilyMeasure>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  FamilyMeasureKind: FamilyMeasureKind;
  FamilyMeeting: ResolverTypeWrapper<FamilyMeeting>;
  FamilyMeetingKind: FamilyMeetingKind;
  FamilyResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['FamilyResult']>;
  FamilyRole: FamilyRole;
  FamilyView: ResolverTypeWrapper<DepartmentView>;
  Investigation: ResolverTypeWrapper<Omit<Investigation, 'subject'> & { subject: ResolversTypes['Citizen'] }>;
  InvestigationKind: InvestigationKind;
  LocalDateTime: ResolverTypeWrapper<Scalars['LocalDateTime']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Restricted: ResolverTypeWrapper<RestrictedValue>;
  RestrictionReason: RestrictionReason;
  Unavailable: ResolverTypeWrapper<Unavailable>;
  UnavailableReason: UnavailableReason;
  WithheldCategory: ResolverTypeWrapper<WithheldCategory>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Citizen: { cpr: string };
  ID: Scalars['ID']['output'];
  CitizenConnection: CitizenConnectionValue;
  CitizenEdge: Omit<CitizenEdge, 'node'> & { node: ResolversParentTypes['Citizen'] };
  String: Scalars['String']['output'];
  Date: Scalars['Date']['output'];
  FamilyCaseInvolvement: InvolvementInView;
  Boolean: Scalars['Boolean']['output'];
  FamilyMeasure: FamilyMeasure;
  Int: Scalars['Int']['output'];
  FamilyMeeting: FamilyMeeting;
  FamilyResult: ResolversUnionTypes<ResolversParentTypes>['FamilyResult'];
  FamilyView: DepartmentView;
  Investigation: Omit<Investigation, 'subject'> & { subject: ResolversParentTypes['Citizen'] };
  LocalDateTime: Scalars['LocalDateTime']['output'];
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Restricted: RestrictedValue;
  Unavailable: Unavailable;
  WithheldCategory: WithheldCategory;
};

export type CitizenResolvers<ContextType = FamilyContext, ParentType extends ResolversParentTypes['Citizen'] = ResolversParentTypes['Citizen'], FederationReferenceType extends FederationReferenceTypes['Citizen'] = FederationReferenceTypes['Citizen']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Citizen']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cpr?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['FamilyResult'], ParentType, ContextType>;
};

export type CitizenConnectionResolvers<ContextType = FamilyContext, ParentType extends ResolversParentTypes['CitizenConnection'] = ResolversParentTypes['CitizenConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CitizenEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CitizenEdgeResolvers<ContextType = FamilyContext, ParentType extends ResolversParentTypes['CitizenEdge'] = ResolversParentTypes['CitizenEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Citizen'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type FamilyCaseInvolvementResolvers<ContextType = FamilyContext, ParentType extends ResolversParentTypes['FamilyCaseInvolvement'] = ResolversParentTypes['FamilyCaseInvolvement']> = {
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  child?: Resolver<ResolversTypes['Citizen'], ParentType, ContextType>;
  closed?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  custody?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  investigations?: Resolver<Maybe<Array<ResolversTypes['Investigation']>>, ParentType, ContextType>;
  measures?: Resolver<Maybe<Array<ResolversTypes['FamilyMeasure']>>, ParentType, ContextType>;
  meetings?: Resolver<Maybe<Array<ResolversTypes['FamilyMeeting']>>, ParentType, ContextType>;
  opened?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['FamilyRole'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FamilyCaseStatus'], ParentType, ContextType>;
};

export type FamilyMeasureResolvers<ContextType = FamilyContext, ParentType extends ResolversParentTypes['FamilyMeasure'] = ResolversParentTypes['FamilyMeasure']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FamilyMeasureKind'], ParentType, ContextType>;
  legalReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  yearlyCostDkk?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type FamilyMeetingResolvers<ContextType = FamilyContext, ParentType extends ResolversParentTypes['FamilyMeeting'] = ResolversParentTypes['FamilyMeeting']> = {
  at?: Resolver<ResolversTypes['LocalDateTime'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['LocalDateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FamilyMeetingKind'], ParentType, ContextType>;
  participated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FamilyResultResolvers<ContextType = FamilyContext, ParentType extends ResolversParentTypes['FamilyResult'] = ResolversParentTypes['FamilyResult']> = {
  __resolveType: TypeResolveFn<'FamilyView' | 'Restricted' | 'Unavailable', ParentType, ContextType>;
};

export type FamilyViewResolvers<ContextType = FamilyContext, ParentType extends ResolversParentTypes['FamilyView'] = ResolversParentTypes['FamilyView']> = {
  caseOpen?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  cases?: Resolver<Maybe<Array<ResolversTypes['FamilyCaseInvolvement']>>, ParentType, ContextType>;
  meetings?: Resolver<Maybe<Array<ResolversTypes['FamilyMeeting']>>, ParentType, ContextType>;
  withheld?: Resolver<Array<ResolversTypes['WithheldCategory']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvestigationResolvers<ContextType = FamilyContext, ParentType extends ResolversParentTypes['Investigation'] = ResolversParentTypes['Investigation']> = {
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  done?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InvestigationKind'], ParentType, ContextType>;
  started?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Citizen'], ParentType, ContextType>;
};

export interface LocalDateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDateTime'], any> {
  name: 'LocalDateTime';
}

export type PageInfoResolvers<ContextType = FamilyContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = FamilyContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  myCaseload?: Resolver<ResolversTypes['CitizenConnection'], ParentType, ContextType, RequireFields<QueryMyCaseloadArgs, 'first'>>;
};

export type RestrictedResolvers<ContextType = FamilyContext, ParentType extends ResolversParentTypes['Restricted'] = ResolversParentTypes['Restricted']> = {
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['RestrictionReason'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UnavailableResolvers<ContextType = FamilyContext, ParentType extends ResolversParentTypes['Unavailable'] = ResolversParentTypes['Unavailable']> = {
  cause?: Resolver<ResolversTypes['UnavailableReason'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WithheldCategoryResolvers<ContextType = FamilyContext, ParentType extends ResolversParentTypes['WithheldCategory'] = ResolversParentTypes['WithheldCategory']> = {
  category?: Resolver<ResolversTypes['DataCategory'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['RestrictionReason'], ParentType, ContextType>;
};

export type Resolvers<ContextType = FamilyContext> = {
  Citizen?: CitizenResolvers<ContextType>;
  CitizenConnection?: CitizenConnectionResolvers<ContextType>;
  CitizenEdge?: CitizenEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  FamilyCaseInvolvement?: FamilyCaseInvolvementResolvers<ContextType>;
  FamilyMeasure?: FamilyMeasureResolvers<ContextType>;
  FamilyMeeting?: FamilyMeetingResolvers<ContextType>;
  FamilyResult?: FamilyResultResolvers<ContextType>;
  FamilyView?: FamilyViewResolvers<ContextType>;
  Investigation?: InvestigationResolvers<ContextType>;
  LocalDateTime?: GraphQLScalarType;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Restricted?: RestrictedResolvers<ContextType>;
  Unavailable?: UnavailableResolvers<ContextType>;
  WithheldCategory?: WithheldCategoryResolvers<ContextType>;
};

