/**
 * `GET /reports/citizen-access?cpr=...&format=csv|json`: the citizen's access report as a download,
 * for the citizen's right of access. The gateway holds no data: it asks its own graph with the
 * caller's token (so the consent service checks the auditor role and logs the query) and formats.
 */
import crypto from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { errorBody, errorResponse } from '../../services/shared/src/errors.ts';

const QUERY = `query CitizenAccessReport($cpr: ID!) {
  citizenAccessReport(cpr: $cpr) { cpr generatedAt lines { at department sourceDepartment categories purpose legalBasis outcome staffId } }
}`;

/** The gateway's own documents, by their SHA-256: always among the trusted documents. */
export const GATEWAY_DOCUMENTS: ReadonlyMap<string, string> = new Map([[crypto.createHash('sha256').update(QUERY).digest('hex'), QUERY]]);
const REPORT_DOCUMENT_ID = [...GATEWAY_DOCUMENTS.keys()][0]!;

const COLUMNS = ['at', 'department', 'sourceDepartment', 'categories', 'purpose', 'legalBasis', 'outcome', 'staffId'] as const;

/** A cell's text: lists joined by spaces, nothing for null. */
const cellText = (value: unknown): string => (value === null || value === undefined ? '' : Array.isArray(value) ? value.join(' ') : String(value));

/**
 * The report as RFC 4180 CSV (CRLF), written by csv-stringify with its formula escaping: a cell
 * starting with =, +, -, @, a tab or a carriage return (and their full-width forms) gets a leading
 * quote, so no spreadsheet runs it (OWASP, CSV injection). Staff ids come from tokens, not from us.
 */
export function reportCsv(report: { lines: Record<string, unknown>[] }): string {
  const rows = report.lines.map((line) => COLUMNS.map((column) => cellText(line[column])));
  // A lone CR or LF inside a cell is quoted too, not only the CRLF that ends a record.
  return stringify([[...COLUMNS], ...rows], { record_delimiter: 'windows', quote_record_delimiter: true, escape_formulas: true });
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

/**
 * Handles the report route; `graphql` runs a query through the gateway with the given headers.
 * Returns null for any other path.
 */
export async function handleReportRequest(request: Request, graphql: (body: string, headers: Headers) => Promise<Response>): Promise<Response | null> {
  const url = new URL(request.url);
  if (url.pathname !== '/reports/citizen-access') return null;
  if (request.method !== 'GET') return errorResponse('METHOD_NOT_ALLOWED', 'use GET');
  const format = url.searchParams.get('format') ?? 'json';
  if (format !== 'csv' && format !== 'json') {
    return errorResponse('BAD_USER_INPUT', 'format must be csv or json', { details: { argumentName: 'format' } });
  }
  const headers = new Headers({ 'content-type': 'application/json' });
  for (const name of ['authorization', 'x-request-id']) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const answer = await graphql(
    JSON.stringify({ documentId: REPORT_DOCUMENT_ID, variables: { cpr: url.searchParams.get('cpr') ?? '' }, operationName: 'CitizenAccessReport' }),
    headers,
  );
  const body = (await answer.json()) as {
    data?: { citizenAccessReport?: { cpr: string; lines: Record<string, unknown>[] } };
    errors?: { extensions?: { code?: string } }[];
  };
  const response = reportResponse(answer.status, body, format);
  // The request id the query was logged under, as on any GraphQL answer.
  const requestId = answer.headers.get('x-request-id');
  if (requestId) response.headers.set('x-request-id', requestId);
  return response;
}

function reportResponse(
  status: number,
  body: { data?: { citizenAccessReport?: { lines: Record<string, unknown>[] } }; errors?: { extensions?: { code?: string } }[] },
  format: 'csv' | 'json',
): Response {
  const report = body.data?.citizenAccessReport;
  if (!report) {
    const code = body.errors?.[0]?.extensions?.code;
    const httpStatus = status !== 200 ? status : code === 'FORBIDDEN' ? 403 : code === 'BAD_USER_INPUT' ? 400 : 500;
    return json(httpStatus, body.errors ? { errors: body.errors } : errorBody('INTERNAL_SERVER_ERROR', 'no report'));
  }
  if (format === 'json') {
    return new Response(JSON.stringify(report, null, 2), {
      headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': 'attachment; filename="citizen-access-report.json"' },
    });
  }
  return new Response(reportCsv(report), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="citizen-access-report.csv"' },
  });
}
