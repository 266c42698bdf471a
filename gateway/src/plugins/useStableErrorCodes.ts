/**
 * Every error the gateway returns carries a stable `extensions.code`: graphql-js leaves variable and
 * validation errors without one. Variable errors also lose the echoed value, which may hold a CPR
 * number, keeping graphql-js's explanation of what is wrong.
 *
 * The query limits' refusals get codes of their own (DEPTH_LIMIT, ALIAS_LIMIT, TOKEN_LIMIT) and,
 * like every error in the document itself, HTTP 400: the server's 500 is for its own failures.
 *
 * An answer whose errors arose during execution has `data`, as the GraphQL spec says, null when no
 * root field could be answered: the router runtime leaves it out, and the server would then take a
 * refusal (FORBIDDEN) for a failure and answer HTTP 500.
 */
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ErrorCode } from '../../../services/shared/src/errors.ts';

interface ErrorShape {
  message: string;
  path?: unknown;
  extensions?: Record<string, unknown>;
}

/** The query limits' refusals (GraphQL Armor), by the message each gives, and the code each gets. */
const LIMIT_CODES: [RegExp, ErrorCode][] = [
  [/depth limit of \d+ exceeded/i, 'DEPTH_LIMIT'],
  [/aliases limit of \d+ exceeded/i, 'ALIAS_LIMIT'],
  [/token limit of \d+ exceeded/i, 'TOKEN_LIMIT'],
];

const VARIABLE_ERROR = /^Variable "(\$[_A-Za-z][_0-9A-Za-z]*)" (?:got invalid value .*?; |of required type .*? was not provided)(.*)$/s;

/** The persisted-documents plugin's refusals, in the hub's words (TRUSTED_DOCUMENTS_FILE). */
const DOCUMENT_REFUSALS: Record<string, [code: ErrorCode, message: string]> = {
  PersistedQueryOnly: ['TRUSTED_DOCUMENTS_ONLY', 'This gateway accepts trusted documents only: send a documentId'],
  PersistedQueryNotFound: ['TRUSTED_DOCUMENT_NOT_FOUND', 'No trusted document has this documentId'],
};

export function stableError(error: ErrorShape): ErrorShape {
  const refusal = DOCUMENT_REFUSALS[error.message];
  if (refusal) return { message: refusal[1], extensions: { code: refusal[0], http: { status: 400 } } };
  const limit = LIMIT_CODES.find(([pattern]) => pattern.test(error.message));
  if (limit)
    return { ...error, message: error.message.replace(/^Syntax Error: /, ''), extensions: { ...error.extensions, code: limit[1], http: { status: 400 } } };
  if (error.extensions?.code) return error;
  const variable = VARIABLE_ERROR.exec(error.message);
  if (variable) {
    const reason = variable[2] || error.message.replace(/got invalid value .*/s, 'is required');
    const code: ErrorCode = 'BAD_USER_INPUT';
    return { ...error, message: `Variable "${variable[1]}" is invalid: ${reason}`.trim(), extensions: { ...error.extensions, code } };
  }
  // Errors without a path arose before execution: parsing or validation of the document, the
  // client's fault (400); one with a path, during execution.
  if (error.path === undefined)
    return { ...error, extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' satisfies ErrorCode, http: { status: 400 } } };
  return { ...error, extensions: { ...error.extensions, code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode } };
}

/**
 * The error as the response carries it: `extensions.http` (status and headers, which the server
 * reads from the error) stays on the error and out of the body, as the server does for its own.
 */
function withHttpOutOfBody(error: ErrorShape): ErrorShape {
  const { http, ...extensions } = error.extensions ?? {};
  if (http === undefined) return error;
  const body = { ...error, extensions };
  return { ...error, toJSON: () => body } as ErrorShape;
}

export function useStableErrorCodes(): GatewayPlugin {
  return {
    onResultProcess({ result, setResult }) {
      const fix = (r: any) => {
        if (!r || !Array.isArray(r.errors)) return r;
        const errors = r.errors.map((e: any) => withHttpOutOfBody(stableError(typeof e.toJSON === 'function' ? e.toJSON() : e)));
        const executed = errors.some((e: ErrorShape) => e.path !== undefined);
        return { ...(executed && !('data' in r) ? { data: null } : {}), ...r, errors };
      };
      if (Array.isArray(result)) setResult(result.map(fix) as never);
      else if (result && typeof result === 'object' && 'errors' in result) setResult(fix(result));
    },
  };
}
