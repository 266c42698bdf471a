import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ConsentRecord } from '../store.ts';
import type { AccessReportValue } from '../citizen-self.ts';
import type { ConsentContext } from '../index.ts';
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
  /** An instant, ISO 8601 with offset (2026-09-08T07:00:00.000Z). */
  DateTime: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AccessLogConnection = {
  __typename?: 'AccessLogConnection';
  edges: Array<AccessLogEdge>;
  pageInfo: PageInfo;
};

export type AccessLogEdge = {
  __typename?: 'AccessLogEdge';
  cursor: Scalars['String']['output'];
  node: AccessLogEntry;
};

/** One recorded use of personal data. */
export type AccessLogEntry = {
  __typename?: 'AccessLogEntry';
  /** The caller's department; null only for the hub's own operations (retention). */
  actorDepartment?: Maybe<Department>;
  actorId: Scalars['String']['output'];
  /** When it was stored (before the data was returned). */
  at: Scalars['DateTime']['output'];
  /** Data categories released or refused (DataCategory values, or REGISTRY_PERSON, CONSENT_*, ACCESS_LOG, EMERGENCY_ACCESS_*). */
  categories: Array<Scalars['String']['output']>;
  consentId?: Maybe<Scalars['ID']['output']>;
  consentVersion?: Maybe<Scalars['Int']['output']>;
  /** The citizen concerned; null for a listing's own entry. */
  cpr?: Maybe<Scalars['ID']['output']>;
  /** For searches and listings: what was asked for. */
  criterion?: Maybe<Scalars['String']['output']>;
  /** When the decision was made. */
  decidedAt: Scalars['DateTime']['output'];
  emergencyAccessId?: Maybe<Scalars['ID']['output']>;
  /** The entry's position in the hash chain. */
  id: Scalars['ID']['output'];
  legalBasis: LegalBasis;
  /** The client's operation name. */
  operation?: Maybe<Scalars['String']['output']>;
  outcome: AccessOutcome;
  purpose?: Maybe<Purpose>;
  /** The X-Request-Id of the request (or the one the gateway made). */
  requestId: Scalars['String']['output'];
  /** The caller's roles, comma-separated. */
  role: Scalars['String']['output'];
  /** The department whose data it was; null for the register, consents and the log itself. */
  sourceDepartment?: Maybe<Department>;
};

/** Filters for the access log; all given filters must match. */
export type AccessLogFilter = {
  actorId?: InputMaybe<Scalars['String']['input']>;
  cpr?: InputMaybe<Scalars['ID']['input']>;
  /** Entries where this department was the caller's or the data's source. */
  department?: InputMaybe<Department>;
  /** From this instant (inclusive). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  legalBasis?: InputMaybe<LegalBasis>;
  outcome?: InputMaybe<AccessOutcome>;
  /** Up to this instant (exclusive). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AccessLogHead = {
  __typename?: 'AccessLogHead';
  at: Scalars['DateTime']['output'];
  entryId: Scalars['ID']['output'];
  hash: Scalars['String']['output'];
  /** The public key (JWK, JSON) that verifies `signedDigest`. */
  publicKey: Scalars['String']['output'];
  /** Compact JWS (ES256) over { seq, hash, at }: keep it outside the hub. */
  signedDigest: Scalars['String']['output'];
};

/** An exported head a verification compared the log with. */
export type AccessLogHeadComparison = {
  __typename?: 'AccessLogHeadComparison';
  /** When the head was signed. */
  at: Scalars['DateTime']['output'];
  entryId: Scalars['ID']['output'];
  /** Whether the log still holds that entry with that hash; null when it was purged by retention since. */
  matches?: Maybe<Scalars['Boolean']['output']>;
  /** The export's file name, or `argument` for a head passed to `verifyAccessLog`. */
  source: Scalars['String']['output'];
};

export type AccessLogVerification = {
  __typename?: 'AccessLogVerification';
  /** The exported head compared with: the one passed, or the newest scheduled export. */
  comparedWith?: Maybe<AccessLogHeadComparison>;
  /** Whether it reached the newest entry; false when the per-call bound stopped it (call again to go on). */
  complete: Scalars['Boolean']['output'];
  /** Entries covered: those the signed checkpoint vouches for and those walked now. */
  entriesChecked: Scalars['Int']['output'];
  /** Entries read and hashed by this verification. */
  entriesWalked: Scalars['Int']['output'];
  /** The first entry where the chain breaks (a changed, missing or inserted entry, or an untrusted anchor); null when none. */
  firstBrokenEntryId?: Maybe<Scalars['ID']['output']>;
  /** The signed checkpoint this verification went on from; null when it walked from the start. */
  fromCheckpointEntryId?: Maybe<Scalars['ID']['output']>;
  /** Whether the log still holds the compared head (`comparedWith`) with its hash; null when none was compared. */
  headMatches?: Maybe<Scalars['Boolean']['output']>;
  /** Nothing found wrong in what this verification covered (see `complete`). */
  ok: Scalars['Boolean']['output'];
  /** Why it is not ok, one line per finding. */
  problems: Array<Scalars['String']['output']>;
  /** Where verification started: the first entry, or the first one kept after retention. */
  startsAtEntryId?: Maybe<Scalars['ID']['output']>;
  /** The last entry covered. */
  verifiedThroughEntryId?: Maybe<Scalars['ID']['output']>;
};

/** A full walk of the access log, run in the background. */
export type AccessLogVerificationJob = {
  __typename?: 'AccessLogVerificationJob';
  entriesChecked: Scalars['Int']['output'];
  /** Entries to walk, as counted at the start. */
  entriesTotal: Scalars['Int']['output'];
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** entriesChecked / entriesTotal, from 0 to 1. */
  progress: Scalars['Float']['output'];
  /** The verification, once FINISHED. */
  result?: Maybe<AccessLogVerification>;
  startedAt: Scalars['DateTime']['output'];
  startedBy: Scalars['String']['output'];
  status: AccessLogVerificationStatus;
};

export type AccessLogVerificationStatus =
  /** It stopped reporting progress: the instance running it went away. */
  | 'ABANDONED'
  /** The walk could not finish (see `error`). */
  | 'FAILED'
  | 'FINISHED'
  | 'RUNNING';

export type AccessOutcome =
  | 'REFUSED'
  | 'RELEASED';

/** What the log's verification says about a citizen's access report. */
export type AccessReportVerification = {
  __typename?: 'AccessReportVerification';
  /** When the verification ran. */
  checkedAt: Scalars['DateTime']['output'];
  /** When that entry was written. */
  newestEntryAt?: Maybe<Scalars['DateTime']['output']>;
  /** The newest entry in the report, as the access log numbers it; null when the report has no line. */
  newestEntryId?: Maybe<Scalars['ID']['output']>;
  /** The outcome. */
  status: AccessReportVerificationStatus;
  /** The last entry the verification covered; null when it did not run to an end. */
  verifiedThroughEntryId?: Maybe<Scalars['ID']['output']>;
};

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

export type Citizen = {
  __typename?: 'Citizen';
  /** The citizen's consents, current and past, newest first, each with its history. */
  consents: Array<Consent>;
  /**
   * The one caseworker coordinating the departments' effort for the citizen, if assigned. Shown to
   * caseworkers of the departments an active consent names, and of the coordinator's department.
   */
  coordinator?: Maybe<Coordinator>;
  cpr: Scalars['ID']['output'];
};

/** A citizen's report of the use of their data. */
export type CitizenAccessReport = {
  __typename?: 'CitizenAccessReport';
  cpr: Scalars['ID']['output'];
  generatedAt: Scalars['DateTime']['output'];
  lines: Array<CitizenAccessReportLine>;
  /**
   * Whether the tamper-evident access log verifies up to (at least) the newest entry in this report,
   * checked by the log's verifier when the report was made, off the releases' path (bounded: only what
   * is new since the last signed checkpoint is walked). Never `VERIFIED` unless the verification
   * covered that entry and found nothing wrong.
   */
  verification: AccessReportVerification;
};

export type CitizenAccessReportLine = {
  __typename?: 'CitizenAccessReportLine';
  at: Scalars['DateTime']['output'];
  categories: Array<Scalars['String']['output']>;
  /** The department that looked (null for the hub's own operations). */
  department?: Maybe<Department>;
  legalBasis: LegalBasis;
  outcome: AccessOutcome;
  purpose?: Maybe<Purpose>;
  /** The department whose data it was, if any. */
  sourceDepartment?: Maybe<Department>;
  /** Only when the municipality shows staff identity (ACCESS_REPORT_SHOW_STAFF). */
  staffId?: Maybe<Scalars['String']['output']>;
};

/** A citizen's consent to share data between named departments for a stated purpose and period. */
export type Consent = {
  __typename?: 'Consent';
  categories: Array<DataCategory>;
  citizen: Citizen;
  evidence: Scalars['String']['output'];
  grantedBy: Array<Grantor>;
  /** Every change, oldest first: granted, renewed, revoked, with who, when and why. */
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
  /** The instant the consent ends (exclusive). */
  validUntil: Scalars['DateTime']['output'];
  /** Increases with every renewal; each release records the version it relied on. */
  version: Scalars['Int']['output'];
};

export type ConsentEvent = {
  __typename?: 'ConsentEvent';
  /** The acting staff member's department; null when the citizen themself revoked the consent. */
  actorDepartment?: Maybe<Department>;
  actorId: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  kind: ConsentEventKind;
  reason?: Maybe<Scalars['String']['output']>;
  /** The consent version the event made or applied to. */
  version: Scalars['Int']['output'];
};

export type ConsentEventKind =
  | 'GRANTED'
  | 'RENEWED'
  | 'REVOKED';

export type ConsentHistoryEntry = {
  __typename?: 'ConsentHistoryEntry';
  /** The acting staff member's department; null when the citizen themself revoked the consent. */
  actorDepartment?: Maybe<Department>;
  actorId: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  consent: Consent;
  kind: ConsentEventKind;
  reason?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

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

/** The coordinating caseworker of a citizen. */
export type Coordinator = {
  __typename?: 'Coordinator';
  assignedAt: Scalars['DateTime']['output'];
  /** The coordinator who made the assignment. */
  assignedBy: Scalars['String']['output'];
  caseworkerId: Scalars['String']['output'];
  /** The consent (purpose JOINT_PLAN or COORDINATED_EFFORT) the assignment rests on. */
  consentId: Scalars['ID']['output'];
  department: Department;
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

/** A short access to one citizen's data without consent, on a stated legal ground; reviewed by an auditor. */
export type EmergencyAccess = {
  __typename?: 'EmergencyAccess';
  actorDepartment: Department;
  actorId: Scalars['String']['output'];
  citizen: Citizen;
  grantedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  justification: Scalars['String']['output'];
  legalGround: Scalars['String']['output'];
  /** The latest review's note, if any. */
  reviewNote?: Maybe<Scalars['String']['output']>;
  reviewStatus: EmergencyReviewStatus;
  /** Who reviewed it, if anyone. */
  reviewedBy?: Maybe<Scalars['String']['output']>;
  validUntil: Scalars['DateTime']['output'];
};

export type EmergencyAccessInput = {
  cpr: Scalars['ID']['input'];
  /** Why the access cannot wait for consent: at least a full sentence, at most 4,000 characters. */
  justification: Scalars['String']['input'];
  /** A code from `emergencyLegalGrounds`. */
  legalGround: Scalars['String']['input'];
};

export type EmergencyReviewStatus =
  | 'APPROVED'
  | 'MISUSE'
  | 'PENDING';

export type EmergencyVerdict =
  | 'APPROVED'
  | 'MISUSE';

export type GrantConsentInput = {
  /** The kinds of data covered; each must belong to a source department. */
  categories: Array<DataCategory>;
  /** The citizen the consent is about (for a child: the child). */
  cpr: Scalars['ID']['input'];
  /** Reference to the evidence, for example the signed declaration's document number. */
  evidence: Scalars['String']['input'];
  /** Who gave the consent, and in what capacity. */
  grantedBy: Array<GrantorInput>;
  method: ConsentMethod;
  purpose: Purpose;
  /** The departments that may receive it. */
  recipientDepartments: Array<Department>;
  /** The departments whose data may be shared. */
  sourceDepartments: Array<Department>;
  /** The version of the consent text the citizen was shown. */
  textVersion: Scalars['String']['input'];
  /** First day of validity; default now. Cannot be in the past. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Last day of validity (the consent ends at the following midnight, Danish time). Required. */
  validUntil: Scalars['Date']['input'];
};

export type Grantor = {
  __typename?: 'Grantor';
  capacity: GrantorCapacity;
  cpr?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
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
  cpr?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};

/** Why data was released (NONE for refusals). */
export type LegalBasis =
  | 'CONSENT'
  | 'EMERGENCY'
  | 'NONE'
  /** The caller's own department's data (or the person register, or an auditor's supervision). */
  | 'OWN_DEPARTMENT';

/** A legal ground for sharing without consent. */
export type LegalGround = {
  __typename?: 'LegalGround';
  code: Scalars['String']['output'];
  description: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Makes a caseworker of the caller's department the citizen's coordinator. Needs the coordinator
   * role and an active consent of purpose JOINT_PLAN or COORDINATED_EFFORT naming the caller's
   * department; otherwise FORBIDDEN (with `extensions.reason = "NO_CONSENT"` when no such consent).
   * Recorded in the access log.
   */
  assignCoordinator: Coordinator;
  /**
   * Records a consent. Only a coordinator of one of its source or recipient departments may record it.
   * Refused with `BAD_USER_INPUT` (and `extensions.field` naming the input field) when it is blanket or
   * incomplete: no categories, an end before the start or further ahead than the configured maximum, a
   * category from a department that is not a source, a grantor the register does not bear out, a child
   * under 15 without every custody holder in the register among `grantedBy`, or a text longer than its
   * limit (evidence and text version 255 characters, a grantor's name 200).
   */
  grantConsent: Consent;
  /**
   * Renews a consent to a new end date. The renewal is a new version of the consent (the earlier
   * versions and the decisions made under them stay as they were). A revoked consent cannot be renewed.
   */
  renewConsent: Consent;
  /**
   * Opens a short emergency access to one citizen's data in every department, without consent, on a
   * stated legal ground and justification. Releases are logged with legal basis EMERGENCY and the access
   * is queued for an auditor's review. Limited per caseworker per day (`RATE_LIMITED`).
   */
  requestEmergencyAccess: EmergencyAccess;
  /**
   * An auditor's verdict on an emergency access (auditors only). Reviews are added, never edited.
   * Four eyes: the caseworker who requested the access never reviews it, whatever roles their token
   * carries (FORBIDDEN).
   */
  reviewEmergencyAccess: EmergencyAccess;
  /**
   * Revokes a consent with effect from now, everywhere: once this returns, no subgraph releases data
   * under it. Needs a coordinator of a source or recipient department and a reason (at most 1,000
   * characters).
   */
  revokeConsent: Consent;
  /**
   * The signed-in citizen revokes one of their own consents (or one for a child under 15 in their
   * custody), with a reason (at most 1,000 characters). It takes effect at once, as a coordinator's
   * revocation does. Another person's consent is NOT_FOUND, as one that does not exist.
   */
  revokeMyConsent: Consent;
  /**
   * Starts a full walk of the access log in the background (auditors only): every retained entry is
   * hashed again, whatever the checkpoints say. Returns the job to follow with
   * `accessLogVerificationJob`; while one runs, returns that one.
   */
  startAccessLogVerification: AccessLogVerificationJob;
};


export type MutationAssignCoordinatorArgs = {
  caseworkerId: Scalars['String']['input'];
  cpr: Scalars['ID']['input'];
};


export type MutationGrantConsentArgs = {
  input: GrantConsentInput;
};


export type MutationRenewConsentArgs = {
  id: Scalars['ID']['input'];
  validUntil: Scalars['Date']['input'];
};


export type MutationRequestEmergencyAccessArgs = {
  input: EmergencyAccessInput;
};


export type MutationReviewEmergencyAccessArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  verdict: EmergencyVerdict;
};


export type MutationRevokeConsentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRevokeMyConsentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Why another department's data is read. Declared per request in the `X-Purpose` header. */
export type Purpose =
  /** Coordinating the departments' efforts for the citizen. */
  | 'COORDINATED_EFFORT'
  /** Making one joint plan across departments. */
  | 'JOINT_PLAN';

/**
 * The consent service: consents and their history, and emergency access. A department subgraph
 * releases another department's data only under a consent recorded here (or the caller's own
 * emergency access), checked at the moment of every read.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * The access log, newest first (auditors only). Every release and refusal of personal data, every
   * search and listing, every consent event, every emergency access and every auditor query. This
   * query is itself recorded, against every citizen on the page (or the one filtered by), so each of
   * them finds it in their access report.
   */
  accessLog: AccessLogConnection;
  /**
   * The chain's newest entry as a signed digest with the time (auditors only). Keep it outside the hub:
   * later, `verifyAccessLog(exportedHead:)` proves nothing up to it was rewritten.
   */
  accessLogHead: AccessLogHead;
  /** A full walk of the access log started with `startAccessLogVerification`, with its progress (auditors only); null if unknown. */
  accessLogVerificationJob?: Maybe<AccessLogVerificationJob>;
  /**
   * What the citizen is entitled to know about the use of their data: when, which department, for
   * what purpose, on what legal basis (auditors only; staff identity only if configured). Also as CSV
   * and JSON from the gateway: `GET /reports/citizen-access?cpr=...&format=csv|json`.
   */
  citizenAccessReport: CitizenAccessReport;
  /**
   * One consent by id, with its history. Needs the caseworker or coordinator role in a department the
   * consent names; null if it does not exist or the caller may not see it.
   */
  consent?: Maybe<Consent>;
  /** Every consent event for a citizen, oldest first (auditors only). */
  consentHistory: Array<ConsentHistoryEntry>;
  /**
   * Emergency accesses waiting for, or given, an auditor's review (auditors only), oldest first.
   * Recorded against every citizen listed.
   */
  emergencyAccessReviews: Array<EmergencyAccess>;
  /** The legal grounds a caseworker may state for emergency access (configured per municipality). */
  emergencyLegalGrounds: Array<LegalGround>;
  /**
   * The signed-in citizen's own access report (a citizen's token only; the CPR number is the token's,
   * never an argument): every access to their data from `from` to `to`, by default the last two years,
   * oldest first. With `child`, the same for a child under 15 in the citizen's custody (as the register
   * stands today); any other number is FORBIDDEN. Reading it is itself recorded. Staff identity only
   * if configured.
   */
  myAccessReport: CitizenAccessReport;
  /** The signed-in citizen's own consents (or, with `child`, a child's under 15 in their custody), current and past. Recorded as read. */
  myConsents: Array<Consent>;
  /**
   * Verifies the access log's hash chain (auditors only): its signed retention anchors, then what is
   * new since the last signed checkpoint of the verified prefix (at most a configured number of
   * entries per call; `complete` says whether it reached the newest entry), and reports the first
   * entry where it breaks. Compares with `exportedHead` (a signed head from `accessLogHead`) or else
   * with the newest scheduled head export (`comparedWith` names it). A change inside the already
   * verified prefix that leaves the stored hashes alone is found by the full walk,
   * `startAccessLogVerification`.
   */
  verifyAccessLog: AccessLogVerification;
};


/**
 * The consent service: consents and their history, and emergency access. A department subgraph
 * releases another department's data only under a consent recorded here (or the caller's own
 * emergency access), checked at the moment of every read.
 */
export type QueryAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccessLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The consent service: consents and their history, and emergency access. A department subgraph
 * releases another department's data only under a consent recorded here (or the caller's own
 * emergency access), checked at the moment of every read.
 */
export type QueryAccessLogVerificationJobArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The consent service: consents and their history, and emergency access. A department subgraph
 * releases another department's data only under a consent recorded here (or the caller's own
 * emergency access), checked at the moment of every read.
 */
export type QueryCitizenAccessReportArgs = {
  cpr: Scalars['ID']['input'];
};


/**
 * The consent service: consents and their history, and emergency access. A department subgraph
 * releases another department's data only under a consent recorded here (or the caller's own
 * emergency access), checked at the moment of every read.
 */
export type QueryConsentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The consent service: consents and their history, and emergency access. A department subgraph
 * releases another department's data only under a consent recorded here (or the caller's own
 * emergency access), checked at the moment of every read.
 */
export type QueryConsentHistoryArgs = {
  cpr: Scalars['ID']['input'];
};


/**
 * The consent service: consents and their history, and emergency access. A department subgraph
 * releases another department's data only under a consent recorded here (or the caller's own
 * emergency access), checked at the moment of every read.
 */
export type QueryEmergencyAccessReviewsArgs = {
  status?: InputMaybe<EmergencyReviewStatus>;
};


/**
 * The consent service: consents and their history, and emergency access. A department subgraph
 * releases another department's data only under a consent recorded here (or the caller's own
 * emergency access), checked at the moment of every read.
 */
export type QueryMyAccessReportArgs = {
  child?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/**
 * The consent service: consents and their history, and emergency access. A department subgraph
 * releases another department's data only under a consent recorded here (or the caller's own
 * emergency access), checked at the moment of every read.
 */
export type QueryMyConsentsArgs = {
  child?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The consent service: consents and their history, and emergency access. A department subgraph
 * releases another department's data only under a consent recorded here (or the caller's own
 * emergency access), checked at the moment of every read.
 */
export type QueryVerifyAccessLogArgs = {
  exportedHead?: InputMaybe<Scalars['String']['input']>;
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



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessLogConnection: ResolverTypeWrapper<AccessLogConnection>;
  AccessLogEdge: ResolverTypeWrapper<AccessLogEdge>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccessLogEntry: ResolverTypeWrapper<AccessLogEntry>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccessLogFilter: AccessLogFilter;
  AccessLogHead: ResolverTypeWrapper<AccessLogHead>;
  AccessLogHeadComparison: ResolverTypeWrapper<AccessLogHeadComparison>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AccessLogVerification: ResolverTypeWrapper<AccessLogVerification>;
  AccessLogVerificationJob: ResolverTypeWrapper<AccessLogVerificationJob>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AccessLogVerificationStatus: AccessLogVerificationStatus;
  AccessOutcome: AccessOutcome;
  AccessReportVerification: ResolverTypeWrapper<AccessReportVerification>;
  AccessReportVerificationStatus: AccessReportVerificationStatus;
  Citizen: ResolverTypeWrapper<{ cpr: string }>;
  CitizenAccessReport: ResolverTypeWrapper<AccessReportValue>;
  CitizenAccessReportLine: ResolverTypeWrapper<CitizenAccessReportLine>;
  Consent: ResolverTypeWrapper<ConsentRecord>;
  ConsentEvent: ResolverTypeWrapper<ConsentEvent>;
  ConsentEventKind: ConsentEventKind;
  ConsentHistoryEntry: ResolverTypeWrapper<Omit<ConsentHistoryEntry, 'consent'> & { consent: ResolversTypes['Consent'] }>;
  ConsentMethod: ConsentMethod;
  ConsentStatus: ConsentStatus;
  Coordinator: ResolverTypeWrapper<Coordinator>;
  DataCategory: DataCategory;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Department: Department;
  EmergencyAccess: ResolverTypeWrapper<Omit<EmergencyAccess, 'citizen'> & { citizen: ResolversTypes['Citizen'] }>;
  EmergencyAccessInput: EmergencyAccessInput;
  EmergencyReviewStatus: EmergencyReviewStatus;
  EmergencyVerdict: EmergencyVerdict;
  GrantConsentInput: GrantConsentInput;
  Grantor: ResolverTypeWrapper<Grantor>;
  GrantorCapacity: GrantorCapacity;
  GrantorInput: GrantorInput;
  LegalBasis: LegalBasis;
  LegalGround: ResolverTypeWrapper<LegalGround>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Purpose: Purpose;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RestrictionReason: RestrictionReason;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessLogConnection: AccessLogConnection;
  AccessLogEdge: AccessLogEdge;
  String: Scalars['String']['output'];
  AccessLogEntry: AccessLogEntry;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AccessLogFilter: AccessLogFilter;
  AccessLogHead: AccessLogHead;
  AccessLogHeadComparison: AccessLogHeadComparison;
  Boolean: Scalars['Boolean']['output'];
  AccessLogVerification: AccessLogVerification;
  AccessLogVerificationJob: AccessLogVerificationJob;
  Float: Scalars['Float']['output'];
  AccessReportVerification: AccessReportVerification;
  Citizen: { cpr: string };
  CitizenAccessReport: AccessReportValue;
  CitizenAccessReportLine: CitizenAccessReportLine;
  Consent: ConsentRecord;
  ConsentEvent: ConsentEvent;
  ConsentHistoryEntry: Omit<ConsentHistoryEntry, 'consent'> & { consent: ResolversParentTypes['Consent'] };
  Coordinator: Coordinator;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EmergencyAccess: Omit<EmergencyAccess, 'citizen'> & { citizen: ResolversParentTypes['Citizen'] };
  EmergencyAccessInput: EmergencyAccessInput;
  GrantConsentInput: GrantConsentInput;
  Grantor: Grantor;
  GrantorInput: GrantorInput;
  LegalGround: LegalGround;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
};

export type AccessLogConnectionResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['AccessLogConnection'] = ResolversParentTypes['AccessLogConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AccessLogEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AccessLogEdgeResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['AccessLogEdge'] = ResolversParentTypes['AccessLogEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccessLogEntry'], ParentType, ContextType>;
};

export type AccessLogEntryResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = {
  actorDepartment?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  consentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  consentVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  cpr?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  criterion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  emergencyAccessId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['LegalBasis'], ParentType, ContextType>;
  operation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AccessOutcome'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['Purpose']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceDepartment?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
};

export type AccessLogHeadResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['AccessLogHead'] = ResolversParentTypes['AccessLogHead']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publicKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedDigest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AccessLogHeadComparisonResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['AccessLogHeadComparison'] = ResolversParentTypes['AccessLogHeadComparison']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matches?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AccessLogVerificationResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['AccessLogVerification'] = ResolversParentTypes['AccessLogVerification']> = {
  comparedWith?: Resolver<Maybe<ResolversTypes['AccessLogHeadComparison']>, ParentType, ContextType>;
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entriesChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entriesWalked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstBrokenEntryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  fromCheckpointEntryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  headMatches?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  startsAtEntryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  verifiedThroughEntryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type AccessLogVerificationJobResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['AccessLogVerificationJob'] = ResolversParentTypes['AccessLogVerificationJob']> = {
  entriesChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entriesTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['AccessLogVerification']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AccessLogVerificationStatus'], ParentType, ContextType>;
};

export type AccessReportVerificationResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['AccessReportVerification'] = ResolversParentTypes['AccessReportVerification']> = {
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  newestEntryAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  newestEntryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AccessReportVerificationStatus'], ParentType, ContextType>;
  verifiedThroughEntryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type CitizenResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Citizen'] = ResolversParentTypes['Citizen'], FederationReferenceType extends FederationReferenceTypes['Citizen'] = FederationReferenceTypes['Citizen']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Citizen']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consents?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType>;
  coordinator?: Resolver<Maybe<ResolversTypes['Coordinator']>, ParentType, ContextType>;
  cpr?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CitizenAccessReportResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['CitizenAccessReport'] = ResolversParentTypes['CitizenAccessReport']> = {
  cpr?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['CitizenAccessReportLine']>, ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['AccessReportVerification'], ParentType, ContextType>;
};

export type CitizenAccessReportLineResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['CitizenAccessReportLine'] = ResolversParentTypes['CitizenAccessReportLine']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['LegalBasis'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AccessOutcome'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['Purpose']>, ParentType, ContextType>;
  sourceDepartment?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  staffId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConsentResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = {
  categories?: Resolver<Array<ResolversTypes['DataCategory']>, ParentType, ContextType>;
  citizen?: Resolver<ResolversTypes['Citizen'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grantedBy?: Resolver<Array<ResolversTypes['Grantor']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ConsentEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ConsentMethod'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['Purpose'], ParentType, ContextType>;
  recipientDepartments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sourceDepartments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConsentStatus'], ParentType, ContextType>;
  textVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConsentEventResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['ConsentEvent'] = ResolversParentTypes['ConsentEvent']> = {
  actorDepartment?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConsentEventKind'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConsentHistoryEntryResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['ConsentHistoryEntry'] = ResolversParentTypes['ConsentHistoryEntry']> = {
  actorDepartment?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  consent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConsentEventKind'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoordinatorResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Coordinator'] = ResolversParentTypes['Coordinator']> = {
  assignedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  assignedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  caseworkerId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EmergencyAccessResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['EmergencyAccess'] = ResolversParentTypes['EmergencyAccess']> = {
  actorDepartment?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  citizen?: Resolver<ResolversTypes['Citizen'], ParentType, ContextType>;
  grantedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  justification?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalGround?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewStatus?: Resolver<ResolversTypes['EmergencyReviewStatus'], ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type GrantorResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Grantor'] = ResolversParentTypes['Grantor']> = {
  capacity?: Resolver<ResolversTypes['GrantorCapacity'], ParentType, ContextType>;
  cpr?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LegalGroundResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['LegalGround'] = ResolversParentTypes['LegalGround']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  assignCoordinator?: Resolver<ResolversTypes['Coordinator'], ParentType, ContextType, RequireFields<MutationAssignCoordinatorArgs, 'caseworkerId' | 'cpr'>>;
  grantConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationGrantConsentArgs, 'input'>>;
  renewConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationRenewConsentArgs, 'id' | 'validUntil'>>;
  requestEmergencyAccess?: Resolver<ResolversTypes['EmergencyAccess'], ParentType, ContextType, RequireFields<MutationRequestEmergencyAccessArgs, 'input'>>;
  reviewEmergencyAccess?: Resolver<ResolversTypes['EmergencyAccess'], ParentType, ContextType, RequireFields<MutationReviewEmergencyAccessArgs, 'id' | 'verdict'>>;
  revokeConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationRevokeConsentArgs, 'id' | 'reason'>>;
  revokeMyConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationRevokeMyConsentArgs, 'id' | 'reason'>>;
  startAccessLogVerification?: Resolver<ResolversTypes['AccessLogVerificationJob'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accessLog?: Resolver<ResolversTypes['AccessLogConnection'], ParentType, ContextType, RequireFields<QueryAccessLogArgs, 'first'>>;
  accessLogHead?: Resolver<ResolversTypes['AccessLogHead'], ParentType, ContextType>;
  accessLogVerificationJob?: Resolver<Maybe<ResolversTypes['AccessLogVerificationJob']>, ParentType, ContextType, RequireFields<QueryAccessLogVerificationJobArgs, 'id'>>;
  citizenAccessReport?: Resolver<ResolversTypes['CitizenAccessReport'], ParentType, ContextType, RequireFields<QueryCitizenAccessReportArgs, 'cpr'>>;
  consent?: Resolver<Maybe<ResolversTypes['Consent']>, ParentType, ContextType, RequireFields<QueryConsentArgs, 'id'>>;
  consentHistory?: Resolver<Array<ResolversTypes['ConsentHistoryEntry']>, ParentType, ContextType, RequireFields<QueryConsentHistoryArgs, 'cpr'>>;
  emergencyAccessReviews?: Resolver<Array<ResolversTypes['EmergencyAccess']>, ParentType, ContextType, RequireFields<QueryEmergencyAccessReviewsArgs, 'status'>>;
  emergencyLegalGrounds?: Resolver<Array<ResolversTypes['LegalGround']>, ParentType, ContextType>;
  myAccessReport?: Resolver<ResolversTypes['CitizenAccessReport'], ParentType, ContextType, Partial<QueryMyAccessReportArgs>>;
  myConsents?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType, Partial<QueryMyConsentsArgs>>;
  verifyAccessLog?: Resolver<ResolversTypes['AccessLogVerification'], ParentType, ContextType, Partial<QueryVerifyAccessLogArgs>>;
};

export type Resolvers<ContextType = ConsentContext> = {
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEdge?: AccessLogEdgeResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AccessLogHead?: AccessLogHeadResolvers<ContextType>;
  AccessLogHeadComparison?: AccessLogHeadComparisonResolvers<ContextType>;
  AccessLogVerification?: AccessLogVerificationResolvers<ContextType>;
  AccessLogVerificationJob?: AccessLogVerificationJobResolvers<ContextType>;
  AccessReportVerification?: AccessReportVerificationResolvers<ContextType>;
  Citizen?: CitizenResolvers<ContextType>;
  CitizenAccessReport?: CitizenAccessReportResolvers<ContextType>;
  CitizenAccessReportLine?: CitizenAccessReportLineResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  ConsentEvent?: ConsentEventResolvers<ContextType>;
  ConsentHistoryEntry?: ConsentHistoryEntryResolvers<ContextType>;
  Coordinator?: CoordinatorResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EmergencyAccess?: EmergencyAccessResolvers<ContextType>;
  Grantor?: GrantorResolvers<ContextType>;
  LegalGround?: LegalGroundResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

