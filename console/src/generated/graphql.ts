/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Filters for the access log; all given filters must match. */
export type AccessLogFilter = {
  actorId?: string | null | undefined;
  cpr?: string | number | null | undefined;
  /** Entries where this department was the caller's or the data's source. */
  department?: Department | null | undefined;
  /** From this instant (inclusive). */
  from?: string | null | undefined;
  legalBasis?: LegalBasis | null | undefined;
  outcome?: AccessOutcome | null | undefined;
  /** Up to this instant (exclusive). */
  to?: string | null | undefined;
};

export type AccessOutcome =
  | 'REFUSED'
  | 'RELEASED';

/** The outcome of verifying the log for a citizen's access report. */
export type AccessReportVerificationStatus =
  /** The verification found the log changed, missing entries or not matching its exported head: the report cannot be relied on. The auditors are told by their own verification. */
  | 'FAILED'
  /** The verification did not reach the newest entry in the report (bounded, or it could not run now); nothing is claimed. Asking again goes on from where it stopped. */
  | 'INCOMPLETE'
  /** The report has no line, so there is nothing to verify. */
  | 'NO_ENTRIES'
  /** The chain verifies from its start up to and including the newest entry in the report (or later), and the log still holds its exported head. */
  | 'VERIFIED';

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

export type BenefitKind =
  | 'CASH_BENEFIT'
  | 'EDUCATION_BENEFIT'
  | 'RESOURCE_PROGRAMME'
  | 'SICKNESS_BENEFIT';

export type ConsentEventKind =
  | 'GRANTED'
  | 'RENEWED'
  | 'REVOKED';

export type ConsentMethod =
  | 'DIGITAL'
  /** Given orally and noted on the case. */
  | 'ORAL_NOTED'
  | 'WRITTEN';

export type ConsentStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  /** Recorded with a start in the future. */
  | 'PENDING'
  | 'REVOKED';

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

export type EmergencyAccessInput = {
  cpr: string | number;
  /** Why the access cannot wait for consent: at least a full sentence, at most 4,000 characters. */
  justification: string;
  /** A code from `emergencyLegalGrounds`. */
  legalGround: string;
};

export type EmergencyReviewStatus =
  | 'APPROVED'
  | 'MISUSE'
  | 'PENDING';

export type EmergencyVerdict =
  | 'APPROVED'
  | 'MISUSE';

/** Whether a family case is open. */
export type FamilyCaseStatus =
  /** The case is closed. */
  | 'CLOSED'
  /** The case is open. */
  | 'OPEN';

/** The kind of a meeting with the family department. */
export type FamilyMeetingKind =
  /** A follow-up on a measure or a plan. */
  | 'FOLLOW_UP_MEETING'
  /** A meeting with the family and its network. */
  | 'NETWORK_MEETING'
  /** An interview as part of a parental capacity assessment. */
  | 'PARENTAL_CAPACITY_INTERVIEW';

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

export type GrantConsentInput = {
  /** The kinds of data covered; each must belong to a source department. */
  categories: Array<DataCategory>;
  /** The citizen the consent is about (for a child: the child). */
  cpr: string | number;
  /** Reference to the evidence, for example the signed declaration's document number. */
  evidence: string;
  /** Who gave the consent, and in what capacity. */
  grantedBy: Array<GrantorInput>;
  method: ConsentMethod;
  purpose: Purpose;
  /** The departments that may receive it. */
  recipientDepartments: Array<Department>;
  /** The departments whose data may be shared. */
  sourceDepartments: Array<Department>;
  /** The version of the consent text the citizen was shown. */
  textVersion: string;
  /** First day of validity; default now. Cannot be in the past. */
  validFrom?: string | null | undefined;
  /** Last day of validity (the consent ends at the following midnight, Danish time). Required. */
  validUntil: string;
};

export type GrantorCapacity =
  /** A custody holder of a child, as the person register holds them. */
  | 'CUSTODY_HOLDER'
  /** A guardian appointed for the citizen, as the person register holds them (værgemål). */
  | 'GUARDIAN'
  /** The citizen themself (from 15 years). */
  | 'SELF';

export type GrantorInput = {
  capacity: GrantorCapacity;
  /**
   * The grantor's CPR number, required: for SELF the citizen's own, for CUSTODY_HOLDER and GUARDIAN
   * one the person register holds as such for the citizen (otherwise BAD_USER_INPUT with
   * `extensions.field` naming the grantor, e.g. `grantedBy[0].cpr`).
   */
  cpr?: string | number | null | undefined;
  name: string;
};

export type JobcentreAppointmentKind =
  | 'ACTIVATION_SESSION'
  | 'FOLLOW_UP'
  | 'INTERVIEW';

/** Why data was released (NONE for refusals). */
export type LegalBasis =
  | 'CONSENT'
  | 'EMERGENCY'
  | 'NONE'
  /** The caller's own department's data (or the person register, or an auditor's supervision). */
  | 'OWN_DEPARTMENT';

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

/** Whether a plan runs. */
export type PlanStatus =
  /** The plan runs; there is at most one such plan per citizen. */
  | 'ACTIVE'
  /** The plan was closed; it stays readable. */
  | 'CLOSED';

/** Why another department's data is read. Declared per request in the `X-Purpose` header. */
export type Purpose =
  /** Coordinating the departments' efforts for the citizen. */
  | 'COORDINATED_EFFORT'
  /** Making one joint plan across departments. */
  | 'JOINT_PLAN';

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

/** How far a sub-goal or an action is shared (Serviceloven § 141, stk. 5: only the relevant parts go to a provider). */
export type ShareScope =
  /** Only the department that owns it. */
  | 'OWNER_DEPARTMENT'
  /** Every department of the plan that the consent shares it with. */
  | 'PLAN_GROUP';

export type TimelineDepartment =
  | 'ADULT_SOCIAL'
  | 'CONSENT'
  | 'FAMILY'
  | 'JOBCENTRE';

/** Why a department could not be asked. */
export type UnavailableReason =
  /** It failed repeatedly and is given a rest before it is asked again (circuit breaker). */
  | 'CIRCUIT_OPEN'
  /** It answered with an error, or could not be reached. */
  | 'FAILED'
  /** It did not answer within the gateway's time budget. */
  | 'TIMED_OUT';

/** A day of the week. */
export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type AccessLogQueryVariables = Exact<{
  filter?: AccessLogFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AccessLogQuery = { accessLog: { edges: Array<{ cursor: string, node: { id: string, at: string, actorId: string, actorDepartment: Department | null, role: string, cpr: string | null, sourceDepartment: Department | null, categories: Array<string>, outcome: AccessOutcome, legalBasis: LegalBasis, consentId: string | null, purpose: Purpose | null, operation: string | null, requestId: string, criterion: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VerifyAccessLogQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAccessLogQuery = { verifyAccessLog: { ok: boolean, entriesChecked: number, firstBrokenEntryId: string | null, startsAtEntryId: string | null } };

export type PendingEmergencyAccessesQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingEmergencyAccessesQuery = { emergencyAccessReviews: Array<{ id: string, actorId: string, actorDepartment: Department, legalGround: string, justification: string, grantedAt: string, validUntil: string, reviewStatus: EmergencyReviewStatus }> };

export type ReviewEmergencyAccessMutationVariables = Exact<{
  id: string | number;
  verdict: EmergencyVerdict;
  note?: string | null | undefined;
}>;


export type ReviewEmergencyAccessMutation = { reviewEmergencyAccess: { id: string, reviewStatus: EmergencyReviewStatus, reviewNote: string | null } };

export type ConsentHistoryQueryVariables = Exact<{
  cpr: string | number;
}>;


export type ConsentHistoryQuery = { consentHistory: Array<{ kind: ConsentEventKind, at: string, version: number, actorId: string, actorDepartment: Department | null, reason: string | null, consent: { id: string, purpose: Purpose, sourceDepartments: Array<Department>, recipientDepartments: Array<Department> } }> };

export type MyCaseloadQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyCaseloadQuery = { myCaseload: { edges: Array<{ cursor: string, node: { cpr: string, name: string, conflictCount: number, complexity: { meetsCoordinationCriteria: boolean, departmentsInvolved: Array<TimelineDepartment> }, jointPlan:
          | { __typename: 'JointPlan', followUpOverdue: boolean, nextFollowUpDue: string | null }
          | { __typename: 'Restricted' }
         | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CitizenOverviewQueryVariables = Exact<{
  cpr: string | number;
  from: string;
  to: string;
}>;


export type CitizenOverviewQuery = { citizen: { cpr: string, name: string, birthDate: string, jobcentre:
      | { __typename: 'JobcentreView', caseOpen: boolean | null, benefits: Array<{ kind: BenefitKind, from: string, to: string | null, monthlyAmountDkk: number }> | null, appointments: Array<{ id: string, at: string, kind: JobcentreAppointmentKind, attended: boolean | null }> | null, sanctions: Array<{ id: string, date: string, amountDkk: number, reason: string, missedAppointment: { id: string, at: string } | null }> | null, withheld: Array<{ category: DataCategory, reason: RestrictionReason }> }
      | { __typename: 'Restricted', department: Department, reason: RestrictionReason }
      | { __typename: 'Unavailable', department: Department, cause: UnavailableReason }
    , family:
      | { __typename: 'FamilyView', caseOpen: boolean | null, cases: Array<{ caseNumber: string, status: FamilyCaseStatus, role: FamilyRole, opened: string, closed: string | null }> | null, meetings: Array<{ id: string, at: string, kind: FamilyMeetingKind, participated: boolean }> | null, withheld: Array<{ category: DataCategory, reason: RestrictionReason }> }
      | { __typename: 'Restricted', department: Department, reason: RestrictionReason }
      | { __typename: 'Unavailable', department: Department, cause: UnavailableReason }
    , adultSocial:
      | { __typename: 'AdultSocialView', caseOpen: boolean | null, assessments: Array<{ kind: AdultSocialAssessmentKind, topic: string, opened: string, status: AdultSocialAssessmentStatus }> | null, currentSupportPackage: { level: number, hoursPerWeek: number, from: string } | null, appointments: Array<{ id: string, at: string, kind: AdultSocialAppointmentKind }> | null, withheld: Array<{ category: DataCategory, reason: RestrictionReason }> }
      | { __typename: 'Restricted', department: Department, reason: RestrictionReason }
      | { __typename: 'Unavailable', department: Department, cause: UnavailableReason }
    , conflicts: Array<{ kind: string, departments: Array<TimelineDepartment>, description: string }>, complexity: { departmentsInvolved: Array<TimelineDepartment>, activeBenefitsAndMeasures: number, yearlyCostDkk: number, meetsCoordinationCriteria: boolean, criteriaMet: Array<string>, restrictedDepartments: Array<TimelineDepartment>, unavailableDepartments: Array<TimelineDepartment> }, coordinator: { caseworkerId: string, department: Department } | null, consents: Array<{ id: string, status: ConsentStatus, purpose: Purpose, sourceDepartments: Array<Department>, recipientDepartments: Array<Department>, categories: Array<DataCategory>, validUntil: string }>, timeline: Array<{ at: string, end: string | null, department: TimelineDepartment, kind: string, title: string }> } | null };

export type GrantConsentMutationVariables = Exact<{
  input: GrantConsentInput;
}>;


export type GrantConsentMutation = { grantConsent: { id: string, version: number, status: ConsentStatus, validUntil: string } };

export type EmergencyLegalGroundsQueryVariables = Exact<{ [key: string]: never; }>;


export type EmergencyLegalGroundsQuery = { emergencyLegalGrounds: Array<{ code: string, description: string }> };

export type RequestEmergencyAccessMutationVariables = Exact<{
  input: EmergencyAccessInput;
}>;


export type RequestEmergencyAccessMutation = { requestEmergencyAccess: { id: string, validUntil: string } };

export type RenewConsentMutationVariables = Exact<{
  id: string | number;
  validUntil: string;
}>;


export type RenewConsentMutation = { renewConsent: { id: string, version: number, status: ConsentStatus, validUntil: string } };

export type RevokeConsentMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RevokeConsentMutation = { revokeConsent: { id: string, status: ConsentStatus, revokedAt: string | null } };

export type MyAccessReportQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  child?: string | number | null | undefined;
}>;


export type MyAccessReportQuery = { myAccessReport: { cpr: string, generatedAt: string, lines: Array<{ at: string, department: Department | null, sourceDepartment: Department | null, categories: Array<string>, purpose: Purpose | null, legalBasis: LegalBasis, outcome: AccessOutcome, staffId: string | null }>, verification: { status: AccessReportVerificationStatus, newestEntryId: string | null, newestEntryAt: string | null, verifiedThroughEntryId: string | null, checkedAt: string } } };

export type MyConsentsQueryVariables = Exact<{
  child?: string | number | null | undefined;
}>;


export type MyConsentsQuery = { myConsents: Array<{ id: string, status: ConsentStatus, sourceDepartments: Array<Department>, recipientDepartments: Array<Department>, categories: Array<DataCategory>, purpose: Purpose, validFrom: string, validUntil: string }> };

export type RevokeMyConsentMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RevokeMyConsentMutation = { revokeMyConsent: { id: string, status: ConsentStatus, revokedAt: string | null } };

export type CitizenJointPlanQueryVariables = Exact<{
  cpr: string | number;
}>;


export type CitizenJointPlanQuery = { citizen: { cpr: string, jointPlan:
      | { __typename: 'JointPlan', id: string, version: number, status: PlanStatus, startDate: string, closedOn: string | null, closingReason: string | null, nextFollowUpDue: string | null, followUpOverdue: boolean, coordinator: { caseworkerId: string, department: Department }, deputy: { caseworkerId: string, department: Department } | null, goals: Array<{ id: string, text: string, expressedBy: GoalExpresser, expressedByName: string | null, recordedBy: Department, recordedOn: string }>, subGoals: Array<{ id: string, servesGoalId: string, department: Department, text: string, shareScope: ShareScope }>, actions: Array<{ id: string, what: string, department: Department, caseworkerId: string, servesGoalId: string, startDate: string, deadline: string | null, status: PlanActionStatus, shareScope: ShareScope, schedule: { weekdays: Array<Weekday>, startTime: string, endTime: string, until: string | null } | null }>, followUps: Array<{ id: string, date: string, caseworkerId: string, department: Department, findings: string, decision: FollowUpDecision }>, withheld: Array<{ department: Department, category: DataCategory, reason: RestrictionReason }> }
      | { __typename: 'Restricted', department: Department, reason: RestrictionReason }
     | null } | null };


export const AccessLogDocument = {"__meta__":{"hash":"sha256:243770fb81c297c80283e9cb09d4346a42bac6e8adf9bfc4952af7f103a3cd3d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"cpr"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AccessLogQuery, AccessLogQueryVariables>;
export const VerifyAccessLogDocument = {"__meta__":{"hash":"sha256:b6920ce78c847f94edc47779b7e5f7d4e8ecff1ec48920023cdfb948472bac2c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAccessLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAccessLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"entriesChecked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtEntryId"}}]}}]}}]} as unknown as DocumentNode<VerifyAccessLogQuery, VerifyAccessLogQueryVariables>;
export const PendingEmergencyAccessesDocument = {"__meta__":{"hash":"sha256:d9020b5d7d3e7bd8532fd18d62d2af8befdfe20dff2fa70f122eb52c03cff610"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingEmergencyAccesses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emergencyAccessReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"legalGround"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}}]}}]}}]} as unknown as DocumentNode<PendingEmergencyAccessesQuery, PendingEmergencyAccessesQueryVariables>;
export const ReviewEmergencyAccessDocument = {"__meta__":{"hash":"sha256:07723293635f373848f6978d60e19da2f9c994593549898b46cd429e34339ce4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewEmergencyAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"verdict"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyVerdict"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewEmergencyAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"verdict"},"value":{"kind":"Variable","name":{"kind":"Name","value":"verdict"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}}]}}]}}]} as unknown as DocumentNode<ReviewEmergencyAccessMutation, ReviewEmergencyAccessMutationVariables>;
export const ConsentHistoryDocument = {"__meta__":{"hash":"sha256:6c07daaf4b832a9cf65c2254dbe9fcb209a40ef1ea8d94649c1455be337f2ca9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsentHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cpr"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cpr"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cpr"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"recipientDepartments"}}]}}]}}]}}]} as unknown as DocumentNode<ConsentHistoryQuery, ConsentHistoryQueryVariables>;
export const MyCaseloadDocument = {"__meta__":{"hash":"sha256:653efc48ae4cbba14270e89d7005ac0965d9faba0403c9de9534a97060053920"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCaseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCaseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpr"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"conflictCount"}},{"kind":"Field","name":{"kind":"Name","value":"complexity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetsCoordinationCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"departmentsInvolved"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpDue"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MyCaseloadQuery, MyCaseloadQueryVariables>;
export const CitizenOverviewDocument = {"__meta__":{"hash":"sha256:1a5f475cb4bc542284daf09ec388e3ac84dcdeecd59e23f11519b6b870072559"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizenOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cpr"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cpr"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cpr"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpr"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"jobcentre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobcentreView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseOpen"}},{"kind":"Field","name":{"kind":"Name","value":"benefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmountDkk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sanctions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amountDkk"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"missedAppointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"withheld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Restricted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseOpen"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"participated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withheld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Restricted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adultSocial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdultSocialView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseOpen"}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentSupportPackage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"from"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withheld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Restricted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complexity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentsInvolved"}},{"kind":"Field","name":{"kind":"Name","value":"activeBenefitsAndMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCostDkk"}},{"kind":"Field","name":{"kind":"Name","value":"meetsCoordinationCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaMet"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableDepartments"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseworkerId"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"recipientDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CitizenOverviewQuery, CitizenOverviewQueryVariables>;
export const GrantConsentDocument = {"__meta__":{"hash":"sha256:dd29167c4adeb37bcfc6d9d2b48db88f3817aaac000eb1dc561c9aab5cb46555"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<GrantConsentMutation, GrantConsentMutationVariables>;
export const EmergencyLegalGroundsDocument = {"__meta__":{"hash":"sha256:b5ec68148f945796f9acdc0ca03747493cb07906745670ee48c74f8f7b6bbb87"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmergencyLegalGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emergencyLegalGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<EmergencyLegalGroundsQuery, EmergencyLegalGroundsQueryVariables>;
export const RequestEmergencyAccessDocument = {"__meta__":{"hash":"sha256:67daf29e60706c0836ccf652fb57dfc24649d986e07aa7868c8ed8c34800fbdf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestEmergencyAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEmergencyAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<RequestEmergencyAccessMutation, RequestEmergencyAccessMutationVariables>;
export const RenewConsentDocument = {"__meta__":{"hash":"sha256:073f8d9fbc591f127806518bdb66a80d9ec5758e57036155b7cabf22665def0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validUntil"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"validUntil"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validUntil"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<RenewConsentMutation, RenewConsentMutationVariables>;
export const RevokeConsentDocument = {"__meta__":{"hash":"sha256:7d8b44ba007923ef892f44d2cea1204f8e2d5e59cc3b8ba9d5322f0173fe006d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeConsentMutation, RevokeConsentMutationVariables>;
export const MyAccessReportDocument = {"__meta__":{"hash":"sha256:622274943577051f149ce1e3d06ceac59d2cf369bce94af70251b2b4b1288b74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAccessReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"child"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAccessReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"child"},"value":{"kind":"Variable","name":{"kind":"Name","value":"child"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpr"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"newestEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"newestEntryAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedThroughEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyAccessReportQuery, MyAccessReportQueryVariables>;
export const MyConsentsDocument = {"__meta__":{"hash":"sha256:901909db3cfc2ab2232840afdfe07268bae9f54c04a8396b3cb121764e1345b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyConsents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"child"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myConsents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"child"},"value":{"kind":"Variable","name":{"kind":"Name","value":"child"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"recipientDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<MyConsentsQuery, MyConsentsQueryVariables>;
export const RevokeMyConsentDocument = {"__meta__":{"hash":"sha256:d342f711e546c000636243fa61a5f20290dbf686b0938a806f871f8f69a2952f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeMyConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeMyConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeMyConsentMutation, RevokeMyConsentMutationVariables>;
export const CitizenJointPlanDocument = {"__meta__":{"hash":"sha256:9c2613267540feedf2e28d21445a362cba8bd7dcac77c77cb64362829dc24ea7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizenJointPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cpr"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cpr"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cpr"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpr"}},{"kind":"Field","name":{"kind":"Name","value":"jointPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseworkerId"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseworkerId"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"expressedBy"}},{"kind":"Field","name":{"kind":"Name","value":"expressedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"servesGoalId"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"shareScope"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"caseworkerId"}},{"kind":"Field","name":{"kind":"Name","value":"servesGoalId"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shareScope"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"caseworkerId"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpDue"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Restricted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitizenJointPlanQuery, CitizenJointPlanQueryVariables>;