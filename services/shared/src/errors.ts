/**
 * The errors the hub returns, in one place. Clients program against `errors[].extensions.code`
 * (README, "For front-end teams, in short"), so every code is listed here with what it means;
 * everything else makes its errors through the helpers below. A domain error (a consent rule, the
 * consent store) is a class of its own, turned into one of these once, in its subgraph's error
 * formatting, so that resolvers just throw.
 */
import { GraphQLError } from 'graphql';

export const ERROR_CODES = {
  UNAUTHENTICATED: "no bearer token, or one that is expired, badly signed or without the hub's claims",
  FORBIDDEN: "the caller's role or department may not do this",
  BAD_USER_INPUT: 'an argument, header or variable is not valid (`argumentName` or `field` names it)',
  NOT_FOUND: 'what the request names does not exist',
  RATE_LIMITED: 'too many requests, or more cost than the budget, a minute (`retry-after` says when), or emergency accesses a day',
  COST_LIMIT: 'the operation costs more than one request may (MAX_REQUEST_COST); `cost` and `limit` say how much',
  GRAPHQL_VALIDATION_FAILED: 'the document does not parse or does not fit the schema',
  DEPTH_LIMIT: 'the document nests fields deeper than the gateway allows',
  ALIAS_LIMIT: 'the document uses more aliases than the gateway allows',
  TOKEN_LIMIT: 'the document is longer (in GraphQL tokens) than the gateway allows',
  TRUSTED_DOCUMENTS_ONLY: 'the gateway accepts trusted documents only (TRUSTED_DOCUMENTS_FILE): send a documentId',
  TRUSTED_DOCUMENT_NOT_FOUND: 'no trusted document has the documentId sent',
  METHOD_NOT_ALLOWED: 'the route takes another HTTP method',
  PAYLOAD_TOO_LARGE: 'a request body larger than the gateway (MAX_BODY_BYTES) or a subgraph accepts',
  BAD_REQUEST: 'a request body that is not JSON (subgraphs)',
  INTERNAL_SERVER_ERROR: 'anything else; the details are logged, never sent',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The status of each code the hub answers over HTTP itself, before or outside GraphQL execution. */
const HTTP_STATUS = {
  UNAUTHENTICATED: 401,
  BAD_USER_INPUT: 400,
  RATE_LIMITED: 429,
  COST_LIMIT: 400,
  METHOD_NOT_ALLOWED: 405,
  PAYLOAD_TOO_LARGE: 413,
  BAD_REQUEST: 400,
  INTERNAL_SERVER_ERROR: 500,
} as const satisfies Partial<Record<ErrorCode, number>>;

export type HttpErrorCode = keyof typeof HTTP_STATUS;

export const httpStatusOf = (code: HttpErrorCode): number => HTTP_STATUS[code];

/** Where an input error is: a top-level `argumentName`, or a `field` of an input object. */
export type InputLocation = { argumentName: string } | { field: string };

const graphQLError = (code: ErrorCode, message: string, details: object = {}) => new GraphQLError(message, { extensions: { code, ...details } });

export const badUserInput = (message: string, where: InputLocation) => graphQLError('BAD_USER_INPUT', message, where);

/** `reason`, when given, is the restriction reason behind the refusal (e.g. NO_CONSENT). */
export const forbidden = (message: string, details: { reason?: string } = {}) => graphQLError('FORBIDDEN', message, details);

export const notFound = (message: string, where: { field?: string } = {}) => graphQLError('NOT_FOUND', message, where);

export const rateLimited = (message: string) => graphQLError('RATE_LIMITED', message);

/** What an operation was priced at and the limit it met, stated in a refusal for the caller to adjust. */
export interface CostDetails {
  /** The operation's cost; absent when it has too many fields to price. */
  cost?: number;
  limit: number;
}

/**
 * A refusal for cost, before execution: COST_LIMIT (one request over the ceiling, HTTP 400) or
 * RATE_LIMITED (the caller's budget for the minute spent, HTTP 429 with `retry-after` seconds).
 */
export function costRefusal(code: 'COST_LIMIT' | 'RATE_LIMITED', message: string, details: CostDetails, retryAfterSeconds?: number) {
  const headers = retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) };
  return graphQLError(code, message, { ...details, http: { status: httpStatusOf(code), headers } });
}

/** The message goes to the log only: a subgraph answers "Internal error" in its place. */
export const internalError = (message: string) => graphQLError('INTERNAL_SERVER_ERROR', message);

/** The body of an error answered over HTTP. */
export const errorBody = (code: ErrorCode, message: string, details: object = {}) => ({ errors: [{ message, extensions: { code, ...details } }] });

/** An error answered over HTTP with its code's status, e.g. a refused token or the rate limit. */
export function errorResponse(code: HttpErrorCode, message: string, options: { details?: object; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(errorBody(code, message, options.details)), {
    status: httpStatusOf(code),
    headers: { 'content-type': 'application/json; charset=utf-8', ...options.headers },
  });
}

/**
 * Turns a service's own error classes into the errors clients see; `null` for any other error.
 * Given once to the subgraph (`ServiceDefinition.domainErrors`), which applies it while it formats
 * the errors of a response.
 */
export type DomainErrorMapper = (error: unknown) => GraphQLError | null;
