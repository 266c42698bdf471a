import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RestrictedValue } from '../../shared/src/views.ts';
import type { JointPlanValue } from '../resolvers.ts';
import type { PlanContext } from '../index.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
  /** An instant, ISO 8601 with offset. */
  DateTime: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Adds an action. */
export type AddPlanActionInput = {
  /** The caseworker responsible. */
  caseworkerId: Scalars['String']['input'];
  /** The citizen's CPR number. */
  cpr: Scalars['ID']['input'];
  /** The day it is to be done by; a deadline, a schedule, or both. */
  deadline?: InputMaybe<Scalars['Date']['input']>;
  /** The department that owns it (default the caller's); one of the plan's departments. */
  department?: InputMaybe<Department>;
  /** A jobcentre activation offer (its id) this action replaces from its start; only for a jobcentre action with a schedule. */
  replacesActivationOfferId?: InputMaybe<Scalars['String']['input']>;
  /** Its weekly schedule. */
  schedule?: InputMaybe<PlanScheduleInput>;
  /** The goal or sub-goal it serves. */
  servesGoalId: Scalars['ID']['input'];
  /** Who may see it. */
  shareScope?: InputMaybe<ShareScope>;
  /** The day it starts; not before the plan's start. */
  startDate: Scalars['Date']['input'];
  /** What is done. */
  what: Scalars['String']['input'];
};

/** Adds a goal (give `expressedBy`) or a sub-goal (give `servesGoalId`). */
export type AddPlanGoalInput = {
  /** The citizen's CPR number. */
  cpr: Scalars['ID']['input'];
  /** For a sub-goal: the department that owns it (default the caller's); one of the plan's departments. */
  department?: InputMaybe<Department>;
  /** For a goal: who expressed it. */
  expressedBy?: InputMaybe<GoalExpresser>;
  /** For a goal: the name of who expressed it. */
  expressedByName?: InputMaybe<Scalars['String']['input']>;
  /** For a sub-goal: the citizen's goal it serves. */
  servesGoalId?: InputMaybe<Scalars['ID']['input']>;
  /** For a sub-goal: who may see it. */
  shareScope?: InputMaybe<ShareScope>;
  /** The goal in the citizen's own words, or the sub-goal. */
  text: Scalars['String']['input'];
};

/** A citizen (the registry's), with the joint plan the plan service keeps for them. */
export type Citizen = {
  __typename?: 'Citizen';
  /** CPR number, DDMMYY-SSSS. */
  cpr: Scalars['ID']['output'];
  /**
   * The citizen's joint plan as the caller may see it: the active plan, or else the one closed last.
   * Null when the caller may see plans and there is none. `Restricted` when the caller's department
   * is outside the consent for the joint plan, the same whether or not a plan exists.
   */
  jointPlan?: Maybe<JointPlanResult>;
  /** An earlier version of the citizen's current plan (see `jointPlan`), as the caller may see it now. */
  jointPlanVersion?: Maybe<JointPlanResult>;
};


/** A citizen (the registry's), with the joint plan the plan service keeps for them. */
export type CitizenJointPlanVersionArgs = {
  version: Scalars['Int']['input'];
};

/** Closes the active plan. */
export type CloseJointPlanInput = {
  /** The citizen's CPR number. */
  cpr: Scalars['ID']['input'];
  /** Why the plan is closed. */
  reason: Scalars['String']['input'];
};

/** Starts a joint plan. */
export type CreateJointPlanInput = {
  /** The coordinator's department (default the caller's); one of `departments`. */
  coordinatorDepartment?: InputMaybe<Department>;
  /** The coordinating caseworker (tovholder). */
  coordinatorId: Scalars['String']['input'];
  /** The citizen's CPR number. */
  cpr: Scalars['ID']['input'];
  /** The departments whose plans the joint plan brings together; the caller's own among them, each in the consent. */
  departments: Array<Department>;
  /** The deputy's department (default the caller's); one of `departments`. */
  deputyDepartment?: InputMaybe<Department>;
  /** The coordinator's deputy. */
  deputyId?: InputMaybe<Scalars['String']['input']>;
  /** The day the joint effort starts (default today); at most a year back and 90 days ahead. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
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

/** The decision a follow-up ends with. */
export type FollowUpDecision =
  /** The plan continues as it is. */
  | 'CONTINUE'
  /** The plan is to be revised. */
  | 'REVISE';

/** Who expressed a goal. */
export type GoalExpresser =
  /** The citizen. */
  | 'CITIZEN'
  /** A custody holder of the citizen. */
  | 'CUSTODY_HOLDER';

/**
 * A joint action plan as one version of it stands, showing only what the caller may see: the parts of
 * departments whose plan categories the consent releases to the caller, and of those only the items
 * shared with the whole plan group (items scoped to their owner department are shown to that
 * department alone). What is left out is named in `withheld`.
 */
export type JointPlan = {
  __typename?: 'JointPlan';
  /** What each department does towards the goals. */
  actions: Array<PlanAction>;
  /** The day the plan was closed; null while it runs. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** Why the plan was closed; null while it runs. */
  closingReason?: Maybe<Scalars['String']['output']>;
  /** The coordinating caseworker (tovholder). */
  coordinator: PlanCaseworker;
  /** The citizen the plan is for. */
  cpr: Scalars['ID']['output'];
  /** The coordinator's deputy, so that the plan survives sickness and job changes; null when none is named. */
  deputy?: Maybe<PlanCaseworker>;
  /** Whether the next follow-up is overdue today. */
  followUpOverdue: Scalars['Boolean']['output'];
  /** The follow-ups held, oldest first. */
  followUps: Array<PlanFollowUp>;
  /** The citizen's goals, in their own words. */
  goals: Array<PlanGoal>;
  /** The plan's id; it stays the same through its versions. */
  id: Scalars['ID']['output'];
  /** The newest version of the plan. */
  latestVersion: Scalars['Int']['output'];
  /** When the next follow-up is due (the first within three months of the start); null once the plan is closed. */
  nextFollowUpDue?: Maybe<Scalars['Date']['output']>;
  /** Each department's part of the plan: the law it rests on and the consent. */
  parts: Array<PlanPart>;
  /** The day the joint effort starts; the first follow-up is due within three months of it. */
  startDate: Scalars['Date']['output'];
  /** Whether the plan runs or was closed. */
  status: PlanStatus;
  /** The departments' sub-goals, each serving one of the citizen's goals. */
  subGoals: Array<PlanSubGoal>;
  /** The version shown (1 is the plan as created; every change adds one). */
  version: Scalars['Int']['output'];
  /** Every version of the plan, oldest first: who changed what kind of thing, and when. */
  versions: Array<PlanVersion>;
  /** The departments' plan data left out of this view, and why. */
  withheld: Array<PlanWithheld>;
};

/** The citizen's joint plan, or why the caller may not see it. */
export type JointPlanResult = JointPlan | Restricted;

/**
 * The plan service's subgraph: one joint action plan per citizen across the departments (the
 * "helhedsorienteret plan", lov nr. 707 of 2018), with the citizen's own goals, each department's
 * sub-goals and actions, a coordinator and a deputy, and follow-ups. Every read and change is
 * decided through the release gate under a consent for the purpose JOINT_PLAN, and logged.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a department's action serving a goal or sub-goal. Adds a version. */
  addPlanAction: JointPlan;
  /** Adds a goal in the citizen's own words, or a department's sub-goal serving one. Adds a version. */
  addPlanGoal: JointPlan;
  /** Closes the citizen's active plan, with the reason. Needs the coordinator role. Adds the last version. */
  closeJointPlan: JointPlan;
  /**
   * Starts the citizen's joint plan (one active plan per citizen). Needs the coordinator role and an
   * active consent for the purpose JOINT_PLAN under which the caller's department shares the plan
   * with every department named. Version 1 of the plan.
   */
  createJointPlan: JointPlan;
  /** Records a follow-up held on the plan: when, what was found, and whether the plan continues or is revised. Adds a version. */
  recordFollowUp: JointPlan;
  /** Names the plan's coordinator (tovholder) and deputy. Needs the coordinator role. Adds a version. */
  setPlanCoordinator: JointPlan;
  /** Changes an action's status, deadline, schedule or caseworker (by its department, or the coordinator). Adds a version. */
  updatePlanAction: JointPlan;
};


/**
 * The plan service's subgraph: one joint action plan per citizen across the departments (the
 * "helhedsorienteret plan", lov nr. 707 of 2018), with the citizen's own goals, each department's
 * sub-goals and actions, a coordinator and a deputy, and follow-ups. Every read and change is
 * decided through the release gate under a consent for the purpose JOINT_PLAN, and logged.
 */
export type MutationAddPlanActionArgs = {
  input: AddPlanActionInput;
};


/**
 * The plan service's subgraph: one joint action plan per citizen across the departments (the
 * "helhedsorienteret plan", lov nr. 707 of 2018), with the citizen's own goals, each department's
 * sub-goals and actions, a coordinator and a deputy, and follow-ups. Every read and change is
 * decided through the release gate under a consent for the purpose JOINT_PLAN, and logged.
 */
export type MutationAddPlanGoalArgs = {
  input: AddPlanGoalInput;
};


/**
 * The plan service's subgraph: one joint action plan per citizen across the departments (the
 * "helhedsorienteret plan", lov nr. 707 of 2018), with the citizen's own goals, each department's
 * sub-goals and actions, a coordinator and a deputy, and follow-ups. Every read and change is
 * decided through the release gate under a consent for the purpose JOINT_PLAN, and logged.
 */
export type MutationCloseJointPlanArgs = {
  input: CloseJointPlanInput;
};


/**
 * The plan service's subgraph: one joint action plan per citizen across the departments (the
 * "helhedsorienteret plan", lov nr. 707 of 2018), with the citizen's own goals, each department's
 * sub-goals and actions, a coordinator and a deputy, and follow-ups. Every read and change is
 * decided through the release gate under a consent for the purpose JOINT_PLAN, and logged.
 */
export type MutationCreateJointPlanArgs = {
  input: CreateJointPlanInput;
};


/**
 * The plan service's subgraph: one joint action plan per citizen across the departments (the
 * "helhedsorienteret plan", lov nr. 707 of 2018), with the citizen's own goals, each department's
 * sub-goals and actions, a coordinator and a deputy, and follow-ups. Every read and change is
 * decided through the release gate under a consent for the purpose JOINT_PLAN, and logged.
 */
export type MutationRecordFollowUpArgs = {
  input: RecordFollowUpInput;
};


/**
 * The plan service's subgraph: one joint action plan per citizen across the departments (the
 * "helhedsorienteret plan", lov nr. 707 of 2018), with the citizen's own goals, each department's
 * sub-goals and actions, a coordinator and a deputy, and follow-ups. Every read and change is
 * decided through the release gate under a consent for the purpose JOINT_PLAN, and logged.
 */
export type MutationSetPlanCoordinatorArgs = {
  input: SetPlanCoordinatorInput;
};


/**
 * The plan service's subgraph: one joint action plan per citizen across the departments (the
 * "helhedsorienteret plan", lov nr. 707 of 2018), with the citizen's own goals, each department's
 * sub-goals and actions, a coordinator and a deputy, and follow-ups. Every read and change is
 * decided through the release gate under a consent for the purpose JOINT_PLAN, and logged.
 */
export type MutationUpdatePlanActionArgs = {
  input: UpdatePlanActionInput;
};

/** What a department does towards a goal. */
export type PlanAction = {
  __typename?: 'PlanAction';
  /** The caseworker responsible. */
  caseworkerId: Scalars['String']['output'];
  /** The day it is to be done by; null for a scheduled action without one. */
  deadline?: Maybe<Scalars['Date']['output']>;
  /** The department that owns the action. */
  department: Department;
  /** The action's id. */
  id: Scalars['ID']['output'];
  /**
   * The jobcentre activation offer this action replaces from its start (the joint plan replaces the
   * employment plan, LAB § 40, stk. 3): the views show the action's schedule in the offer's place.
   */
  replacesActivationOfferId?: Maybe<Scalars['String']['output']>;
  /** Its weekly schedule; null for an action with a deadline only. */
  schedule?: Maybe<PlanSchedule>;
  /** The goal or sub-goal it serves. */
  servesGoalId: Scalars['ID']['output'];
  /** Who may see it. */
  shareScope: ShareScope;
  /** The day it starts. */
  startDate: Scalars['Date']['output'];
  /** Where it stands. */
  status: PlanActionStatus;
  /** What is done. */
  what: Scalars['String']['output'];
};

/** Where an action stands. */
export type PlanActionStatus =
  /** Done. */
  | 'COMPLETED'
  /** Under way. */
  | 'IN_PROGRESS'
  /** Not begun. */
  | 'NOT_STARTED'
  /** Stopped before it was done. */
  | 'STOPPED';

/** A caseworker named in a plan. */
export type PlanCaseworker = {
  __typename?: 'PlanCaseworker';
  /** The caseworker's id, as their identity provider knows them. */
  caseworkerId: Scalars['String']['output'];
  /** The caseworker's department. */
  department: Department;
};

/** What a version of the plan changed. */
export type PlanChange =
  /** An action was added. */
  | 'ACTION_ADDED'
  /** An action was changed. */
  | 'ACTION_UPDATED'
  /** The plan was closed. */
  | 'CLOSED'
  /** The coordinator or deputy was named. */
  | 'COORDINATOR_SET'
  /** The plan was created. */
  | 'CREATED'
  /** A follow-up was recorded. */
  | 'FOLLOW_UP_RECORDED'
  /** A goal or sub-goal was added. */
  | 'GOAL_ADDED';

/** A follow-up held on the plan. */
export type PlanFollowUp = {
  __typename?: 'PlanFollowUp';
  /** The caseworker who recorded it. */
  caseworkerId: Scalars['String']['output'];
  /** The day it was held. */
  date: Scalars['Date']['output'];
  /** Whether the plan continues or is revised. */
  decision: FollowUpDecision;
  /** Their department. */
  department: Department;
  /** What was found. */
  findings: Scalars['String']['output'];
  /** The follow-up's id. */
  id: Scalars['ID']['output'];
};

/** A goal of the citizen, in their own words. */
export type PlanGoal = {
  __typename?: 'PlanGoal';
  /** Who expressed it. */
  expressedBy: GoalExpresser;
  /** The name of the person who expressed it, when given. */
  expressedByName?: Maybe<Scalars['String']['output']>;
  /** The goal's id. */
  id: Scalars['ID']['output'];
  /** The department that recorded it. */
  recordedBy: Department;
  /** The day it was recorded. */
  recordedOn: Scalars['Date']['output'];
  /** The goal, as the citizen or custody holder put it. */
  text: Scalars['String']['output'];
};

/** The provisions under which a department's plan may be part of a joint plan. */
export type PlanLegalBasis =
  /** Barnets lov § 110 (parts of the child's plan). */
  | 'BARNETS_LOV_110'
  /** Lov om en aktiv beskæftigelsesindsats § 40, stk. 3 (the employment plan). */
  | 'LAB_40_3'
  /** Serviceloven § 141, stk. 7 (the adult social action plan). */
  | 'SEL_141_7';

/** A department's part of the plan: the law that lets the joint plan replace its own plan, and the consent it rests on. */
export type PlanPart = {
  __typename?: 'PlanPart';
  /** The consent (purpose JOINT_PLAN) the part rests on; null for a part that rested on the caller's own department only. */
  consentId?: Maybe<Scalars['ID']['output']>;
  /** The version of that consent. */
  consentVersion?: Maybe<Scalars['Int']['output']>;
  /** The department. */
  department: Department;
  /** The legal basis, as a code. */
  legalBasis: PlanLegalBasis;
  /** The legal reference in words, as it stood when the part was added. */
  legalReference: Scalars['String']['output'];
};

/** A weekly schedule of a plan action: the same hours on the same weekdays, from the action's start. */
export type PlanSchedule = {
  __typename?: 'PlanSchedule';
  /** End time, HH:MM, Danish time. */
  endTime: Scalars['String']['output'];
  /** Start time, HH:MM, Danish time. */
  startTime: Scalars['String']['output'];
  /** The last day of the schedule; null when it runs until the action ends. */
  until?: Maybe<Scalars['Date']['output']>;
  /** The weekdays. */
  weekdays: Array<Weekday>;
};

/** A weekly schedule, as given. */
export type PlanScheduleInput = {
  /** End time, HH:MM, after the start time. */
  endTime: Scalars['String']['input'];
  /** Start time, HH:MM. */
  startTime: Scalars['String']['input'];
  /** The last day; on or after the action's start. */
  until?: InputMaybe<Scalars['Date']['input']>;
  /** The weekdays (at least one). */
  weekdays: Array<Weekday>;
};

/** Whether a plan runs. */
export type PlanStatus =
  /** The plan runs; there is at most one such plan per citizen. */
  | 'ACTIVE'
  /** The plan was closed; it stays readable. */
  | 'CLOSED';

/** A department's sub-goal, serving one of the citizen's goals. */
export type PlanSubGoal = {
  __typename?: 'PlanSubGoal';
  /** The department that owns it. */
  department: Department;
  /** The sub-goal's id. */
  id: Scalars['ID']['output'];
  /** The goal it serves. */
  servesGoalId: Scalars['ID']['output'];
  /** Who may see it. */
  shareScope: ShareScope;
  /** The sub-goal. */
  text: Scalars['String']['output'];
};

/** One version of the plan: the change that made it, without its content (read the version itself for that). */
export type PlanVersion = {
  __typename?: 'PlanVersion';
  /** Their department. */
  actorDepartment: Department;
  /** Who made the change. */
  actorId: Scalars['String']['output'];
  /** When it was stored. */
  at: Scalars['DateTime']['output'];
  /** What kind of change it was. */
  change: PlanChange;
  /** The version number. */
  version: Scalars['Int']['output'];
};

/** A department's plan data left out of the view, and why. */
export type PlanWithheld = {
  __typename?: 'PlanWithheld';
  /** The plan category left out. */
  category: DataCategory;
  /** The department whose part it is. */
  department: Department;
  /** Why. */
  reason: RestrictionReason;
};

/** Records a follow-up. */
export type RecordFollowUpInput = {
  /** The citizen's CPR number. */
  cpr: Scalars['ID']['input'];
  /** The day it was held: not before the plan's start, not after today; the first within three months of the start. */
  date: Scalars['Date']['input'];
  /** Whether the plan continues or is revised. */
  decision: FollowUpDecision;
  /** What was found. */
  findings: Scalars['String']['input'];
};

/** A department's data that the caller may not see, and why. */
export type Restricted = {
  __typename?: 'Restricted';
  /** The department refused (for a plan, the first department of the plan group that refused). */
  department: Department;
  /** Why. */
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

/** Names the coordinator and the deputy. */
export type SetPlanCoordinatorInput = {
  /** Their department (default the caller's); one of the plan's departments. */
  coordinatorDepartment?: InputMaybe<Department>;
  /** The coordinating caseworker. */
  coordinatorId: Scalars['String']['input'];
  /** The citizen's CPR number. */
  cpr: Scalars['ID']['input'];
  /** The deputy's department (default the caller's); one of the plan's departments. */
  deputyDepartment?: InputMaybe<Department>;
  /** The deputy; null for none. */
  deputyId?: InputMaybe<Scalars['String']['input']>;
};

/** How far a sub-goal or an action is shared (Serviceloven § 141, stk. 5: only the relevant parts go to a provider). */
export type ShareScope =
  /** Only the department that owns it. */
  | 'OWNER_DEPARTMENT'
  /** Every department of the plan that the consent shares it with. */
  | 'PLAN_GROUP';

/** Changes an action; fields left out stay as they are. */
export type UpdatePlanActionInput = {
  /** The action. */
  actionId: Scalars['ID']['input'];
  /** The new responsible caseworker. */
  caseworkerId?: InputMaybe<Scalars['String']['input']>;
  /** The citizen's CPR number. */
  cpr: Scalars['ID']['input'];
  /** The new deadline. */
  deadline?: InputMaybe<Scalars['Date']['input']>;
  /** The new weekly schedule. */
  schedule?: InputMaybe<PlanScheduleInput>;
  /** The new status (a completed or stopped action stays so). */
  status?: InputMaybe<PlanActionStatus>;
};

/** A day of the week. */
export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';



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
  JointPlanResult:
    | ( JointPlanValue )
    | ( RestrictedValue )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddPlanActionInput: AddPlanActionInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddPlanGoalInput: AddPlanGoalInput;
  Citizen: ResolverTypeWrapper<{ cpr: string }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CloseJointPlanInput: CloseJointPlanInput;
  CreateJointPlanInput: CreateJointPlanInput;
  DataCategory: DataCategory;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Department: Department;
  FollowUpDecision: FollowUpDecision;
  GoalExpresser: GoalExpresser;
  JointPlan: ResolverTypeWrapper<JointPlanValue>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  JointPlanResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['JointPlanResult']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PlanAction: ResolverTypeWrapper<PlanAction>;
  PlanActionStatus: PlanActionStatus;
  PlanCaseworker: ResolverTypeWrapper<PlanCaseworker>;
  PlanChange: PlanChange;
  PlanFollowUp: ResolverTypeWrapper<PlanFollowUp>;
  PlanGoal: ResolverTypeWrapper<PlanGoal>;
  PlanLegalBasis: PlanLegalBasis;
  PlanPart: ResolverTypeWrapper<PlanPart>;
  PlanSchedule: ResolverTypeWrapper<PlanSchedule>;
  PlanScheduleInput: PlanScheduleInput;
  PlanStatus: PlanStatus;
  PlanSubGoal: ResolverTypeWrapper<PlanSubGoal>;
  PlanVersion: ResolverTypeWrapper<PlanVersion>;
  PlanWithheld: ResolverTypeWrapper<PlanWithheld>;
  RecordFollowUpInput: RecordFollowUpInput;
  Restricted: ResolverTypeWrapper<RestrictedValue>;
  RestrictionReason: RestrictionReason;
  SetPlanCoordinatorInput: SetPlanCoordinatorInput;
  ShareScope: ShareScope;
  UpdatePlanActionInput: UpdatePlanActionInput;
  Weekday: Weekday;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddPlanActionInput: AddPlanActionInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AddPlanGoalInput: AddPlanGoalInput;
  Citizen: { cpr: string };
  Int: Scalars['Int']['output'];
  CloseJointPlanInput: CloseJointPlanInput;
  CreateJointPlanInput: CreateJointPlanInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  JointPlan: JointPlanValue;
  Boolean: Scalars['Boolean']['output'];
  JointPlanResult: ResolversUnionTypes<ResolversParentTypes>['JointPlanResult'];
  Mutation: Record<PropertyKey, never>;
  PlanAction: PlanAction;
  PlanCaseworker: PlanCaseworker;
  PlanFollowUp: PlanFollowUp;
  PlanGoal: PlanGoal;
  PlanPart: PlanPart;
  PlanSchedule: PlanSchedule;
  PlanScheduleInput: PlanScheduleInput;
  PlanSubGoal: PlanSubGoal;
  PlanVersion: PlanVersion;
  PlanWithheld: PlanWithheld;
  RecordFollowUpInput: RecordFollowUpInput;
  Restricted: RestrictedValue;
  SetPlanCoordinatorInput: SetPlanCoordinatorInput;
  UpdatePlanActionInput: UpdatePlanActionInput;
};

export type CitizenResolvers<ContextType = PlanContext, ParentType extends ResolversParentTypes['Citizen'] = ResolversParentTypes['Citizen'], FederationReferenceType extends FederationReferenceTypes['Citizen'] = FederationReferenceTypes['Citizen']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Citizen']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cpr?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jointPlan?: Resolver<Maybe<ResolversTypes['JointPlanResult']>, ParentType, ContextType>;
  jointPlanVersion?: Resolver<Maybe<ResolversTypes['JointPlanResult']>, ParentType, ContextType, RequireFields<CitizenJointPlanVersionArgs, 'version'>>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type JointPlanResolvers<ContextType = PlanContext, ParentType extends ResolversParentTypes['JointPlan'] = ResolversParentTypes['JointPlan']> = {
  actions?: Resolver<Array<ResolversTypes['PlanAction']>, ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  closingReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  coordinator?: Resolver<ResolversTypes['PlanCaseworker'], ParentType, ContextType>;
  cpr?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  deputy?: Resolver<Maybe<ResolversTypes['PlanCaseworker']>, ParentType, ContextType>;
  followUpOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  followUps?: Resolver<Array<ResolversTypes['PlanFollowUp']>, ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['PlanGoal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latestVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nextFollowUpDue?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['PlanPart']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlanStatus'], ParentType, ContextType>;
  subGoals?: Resolver<Array<ResolversTypes['PlanSubGoal']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['PlanVersion']>, ParentType, ContextType>;
  withheld?: Resolver<Array<ResolversTypes['PlanWithheld']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type JointPlanResultResolvers<ContextType = PlanContext, ParentType extends ResolversParentTypes['JointPlanResult'] = ResolversParentTypes['JointPlanResult']> = {
  __resolveType: TypeResolveFn<'JointPlan' | 'Restricted', ParentType, ContextType>;
};

export type MutationResolvers<ContextType = PlanContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addPlanAction?: Resolver<ResolversTypes['JointPlan'], ParentType, ContextType, RequireFields<MutationAddPlanActionArgs, 'input'>>;
  addPlanGoal?: Resolver<ResolversTypes['JointPlan'], ParentType, ContextType, RequireFields<MutationAddPlanGoalArgs, 'input'>>;
  closeJointPlan?: Resolver<ResolversTypes['JointPlan'], ParentType, ContextType, RequireFields<MutationCloseJointPlanArgs, 'input'>>;
  createJointPlan?: Resolver<ResolversTypes['JointPlan'], ParentType, ContextType, RequireFields<MutationCreateJointPlanArgs, 'input'>>;
  recordFollowUp?: Resolver<ResolversTypes['JointPlan'], ParentType, ContextType, RequireFields<MutationRecordFollowUpArgs, 'input'>>;
  setPlanCoordinator?: Resolver<ResolversTypes['JointPlan'], ParentType, ContextType, RequireFields<MutationSetPlanCoordinatorArgs, 'input'>>;
  updatePlanAction?: Resolver<ResolversTypes['JointPlan'], ParentType, ContextType, RequireFields<MutationUpdatePlanActionArgs, 'input'>>;
};

export type PlanActionResolvers<ContextType = PlanContext, ParentType extends ResolversParentTypes['PlanAction'] = ResolversParentTypes['PlanAction']> = {
  caseworkerId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  replacesActivationOfferId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  schedule?: Resolver<Maybe<ResolversTypes['PlanSchedule']>, ParentType, ContextType>;
  servesGoalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shareScope?: Resolver<ResolversTypes['ShareScope'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlanActionStatus'], ParentType, ContextType>;
  what?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlanCaseworkerResolvers<ContextType = PlanContext, ParentType extends ResolversParentTypes['PlanCaseworker'] = ResolversParentTypes['PlanCaseworker']> = {
  caseworkerId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
};

export type PlanFollowUpResolvers<ContextType = PlanContext, ParentType extends ResolversParentTypes['PlanFollowUp'] = ResolversParentTypes['PlanFollowUp']> = {
  caseworkerId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['FollowUpDecision'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PlanGoalResolvers<ContextType = PlanContext, ParentType extends ResolversParentTypes['PlanGoal'] = ResolversParentTypes['PlanGoal']> = {
  expressedBy?: Resolver<ResolversTypes['GoalExpresser'], ParentType, ContextType>;
  expressedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  recordedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlanPartResolvers<ContextType = PlanContext, ParentType extends ResolversParentTypes['PlanPart'] = ResolversParentTypes['PlanPart']> = {
  consentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  consentVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['PlanLegalBasis'], ParentType, ContextType>;
  legalReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlanScheduleResolvers<ContextType = PlanContext, ParentType extends ResolversParentTypes['PlanSchedule'] = ResolversParentTypes['PlanSchedule']> = {
  endTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  weekdays?: Resolver<Array<ResolversTypes['Weekday']>, ParentType, ContextType>;
};

export type PlanSubGoalResolvers<ContextType = PlanContext, ParentType extends ResolversParentTypes['PlanSubGoal'] = ResolversParentTypes['PlanSubGoal']> = {
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  servesGoalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shareScope?: Resolver<ResolversTypes['ShareScope'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlanVersionResolvers<ContextType = PlanContext, ParentType extends ResolversParentTypes['PlanVersion'] = ResolversParentTypes['PlanVersion']> = {
  actorDepartment?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['PlanChange'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanWithheldResolvers<ContextType = PlanContext, ParentType extends ResolversParentTypes['PlanWithheld'] = ResolversParentTypes['PlanWithheld']> = {
  category?: Resolver<ResolversTypes['DataCategory'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['RestrictionReason'], ParentType, ContextType>;
};

export type RestrictedResolvers<ContextType = PlanContext, ParentType extends ResolversParentTypes['Restricted'] = ResolversParentTypes['Restricted']> = {
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['RestrictionReason'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = PlanContext> = {
  Citizen?: CitizenResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  JointPlan?: JointPlanResolvers<ContextType>;
  JointPlanResult?: JointPlanResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PlanAction?: PlanActionResolvers<ContextType>;
  PlanCaseworker?: PlanCaseworkerResolvers<ContextType>;
  PlanFollowUp?: PlanFollowUpResolvers<ContextType>;
  PlanGoal?: PlanGoalResolvers<ContextType>;
  PlanPart?: PlanPartResolvers<ContextType>;
  PlanSchedule?: PlanScheduleResolvers<ContextType>;
  PlanSubGoal?: PlanSubGoalResolvers<ContextType>;
  PlanVersion?: PlanVersionResolvers<ContextType>;
  PlanWithheld?: PlanWithheldResolvers<ContextType>;
  Restricted?: RestrictedResolvers<ContextType>;
};

