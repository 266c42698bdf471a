/**
 * `GET /fhir/CarePlan?subject=<cpr>`: the citizen's joint plan as FHIR R4 (`fhir.ts`). Like the
 * access report, the gateway holds no data: it asks its own graph as the caller (their token, the
 * purpose JOINT_PLAN), so the plan service decides and logs the read exactly as for any query, and
 * a caller refused there is refused here, with an OperationOutcome and never data.
 */
import crypto from 'node:crypto';
import type { OperationOutcomeIssue } from '@medplum/fhirtypes';
import { normaliseCpr } from '../../services/shared/src/cpr.ts';
import { carePlanBundle, operationOutcome, type FhirPlanSource } from './fhir.ts';

const QUERY = `query FhirCarePlan($cpr: ID!) {
  citizen(cpr: $cpr) {
    jointPlan {
      __typename
      ... on Restricted { department reason }
      ... on JointPlan {
        id cpr version status startDate closedOn closingReason
        coordinator { caseworkerId department }
        deputy { caseworkerId department }
        parts { department legalBasis legalReference consentId consentVersion }
        goals { id text expressedBy expressedByName recordedBy recordedOn }
        subGoals { id servesGoalId department text }
        actions { id what department caseworkerId servesGoalId startDate deadline schedule { weekdays startTime endTime until } status }
        followUps { id date caseworkerId department findings decision }
        nextFollowUpDue followUpOverdue
        withheld { department category reason }
      }
    }
  }
}`;

/** The route's trusted document, by its SHA-256 (the gateway accepts it whatever TRUSTED_DOCUMENTS_FILE says). */
export const FHIR_DOCUMENTS: ReadonlyMap<string, string> = new Map([[crypto.createHash('sha256').update(QUERY).digest('hex'), QUERY]]);
const DOCUMENT_ID = [...FHIR_DOCUMENTS.keys()][0]!;

/** The search parameters the route takes; any other is refused (FHIR's strict handling) rather than ignored. */
const PARAMETERS = new Set(['subject', '_format']);
const FORMATS = new Set(['json', 'application/json', 'application/fhir+json']);

/** The hub's error codes as FHIR issue types and HTTP statuses. */
const ISSUES: Record<string, { status: number; issue: OperationOutcomeIssue['code'] }> = {
  UNAUTHENTICATED: { status: 401, issue: 'login' },
  FORBIDDEN: { status: 403, issue: 'forbidden' },
  BAD_USER_INPUT: { status: 400, issue: 'invalid' },
  NOT_FOUND: { status: 404, issue: 'not-found' },
  METHOD_NOT_ALLOWED: { status: 405, issue: 'not-supported' },
  RATE_LIMITED: { status: 429, issue: 'throttled' },
  COST_LIMIT: { status: 400, issue: 'too-costly' },
  INTERNAL_SERVER_ERROR: { status: 500, issue: 'exception' },
};

const fhirJson = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/fhir+json; charset=utf-8', ...headers } });

/** An error answered as an OperationOutcome with the status the hub's code has. */
function failure(code: string, text: string, options: { expression?: string[]; reason?: string; status?: number; headers?: Record<string, string> } = {}) {
  const known = ISSUES[code] ?? ISSUES.INTERNAL_SERVER_ERROR!;
  const status = options.status && options.status !== 200 ? options.status : known.status;
  return fhirJson(status, operationOutcome(known.issue, ISSUES[code] ? code : 'INTERNAL_SERVER_ERROR', text, options), options.headers);
}

/** The CPR number of a valid request, or the response refusing it. */
function parseSearch(url: URL): string | Response {
  const unknown = [...url.searchParams.keys()].find((name) => !PARAMETERS.has(name));
  if (unknown) return failure('BAD_USER_INPUT', `Unknown search parameter: ${unknown}; CarePlan is searched by subject`, { expression: [unknown] });
  const format = url.searchParams.get('_format');
  if (format !== null && !FORMATS.has(format)) return failure('BAD_USER_INPUT', 'Only JSON is served (_format=json)', { expression: ['_format'] });
  const subjects = url.searchParams.getAll('subject');
  if (subjects.length !== 1 || !subjects[0]) return failure('BAD_USER_INPUT', "Give one subject: the citizen's CPR number", { expression: ['subject'] });
  // `Patient/<cpr>` is how a FHIR client writes a reference; the bare number is accepted as well.
  const cpr = normaliseCpr(subjects[0].replace(/^Patient\//, ''));
  if (!cpr) return failure('BAD_USER_INPUT', 'subject is not a valid CPR number: expected DDMMYY-SSSS or ten digits', { expression: ['subject'] });
  return cpr;
}

type PlanAnswer = { __typename: 'Restricted'; department: string; reason: string } | ({ __typename: 'JointPlan' } & FhirPlanSource) | null;
interface GraphAnswer {
  data?: { citizen?: { jointPlan?: PlanAnswer } | null } | null;
  errors?: { message?: string; extensions?: { code?: string; reason?: string } }[];
}

/** The FHIR answer to the graph's: any error refuses the whole answer, so a part that failed never reads as "no plan". */
export function fhirResponse(status: number, body: GraphAnswer, timestamp: string, retryAfter: string | null = null): Response {
  const error = body.errors?.[0];
  if (error || status !== 200) {
    const code = error?.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    // The subgraphs' messages are written for callers; anything else (an internal error) is not shown.
    const text = ISSUES[code] && code !== 'INTERNAL_SERVER_ERROR' ? (error?.message ?? code) : 'Internal error';
    return failure(code, text, {
      status,
      ...(error?.extensions?.reason ? { reason: error.extensions.reason } : {}),
      headers: retryAfter ? { 'retry-after': retryAfter } : {},
    });
  }
  const plan = body.data?.citizen?.jointPlan ?? null;
  if (plan?.__typename === 'Restricted') {
    return failure('FORBIDDEN', `The joint plan is restricted: ${plan.reason}`, { reason: plan.reason });
  }
  return fhirJson(200, carePlanBundle(plan, timestamp));
}

/**
 * Handles `/fhir/...`; `graphql` runs a query through the gateway with the given headers. Returns
 * null for any other path.
 */
export async function handleFhirRequest(request: Request, graphql: (body: string, headers: Headers) => Promise<Response>): Promise<Response | null> {
  const url = new URL(request.url);
  if (url.pathname !== '/fhir' && !url.pathname.startsWith('/fhir/')) return null;
  if (url.pathname !== '/fhir/CarePlan') return failure('NOT_FOUND', 'Only CarePlan is served: GET /fhir/CarePlan?subject=<cpr>');
  if (request.method !== 'GET') return failure('METHOD_NOT_ALLOWED', 'use GET');
  const cpr = parseSearch(url);
  if (cpr instanceof Response) return cpr;
  // The plan is released under the purpose JOINT_PLAN only; the route declares it for the caller.
  const headers = new Headers({ 'content-type': 'application/json', 'x-purpose': 'JOINT_PLAN' });
  for (const name of ['authorization', 'x-request-id']) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const answer = await graphql(JSON.stringify({ documentId: DOCUMENT_ID, variables: { cpr }, operationName: 'FhirCarePlan' }), headers);
  let body: GraphAnswer;
  try {
    body = (await answer.json()) as GraphAnswer;
  } catch {
    body = { errors: [{ extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
  }
  const response = fhirResponse(answer.status, body, new Date().toISOString(), answer.headers.get('retry-after'));
  const requestId = answer.headers.get('x-request-id');
  if (requestId) response.headers.set('x-request-id', requestId);
  return response;
}
