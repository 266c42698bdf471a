/**
 * Between the family department's legacy rows and the graph's vocabulary. Code values (roles,
 * measure kinds and their legal references, investigation and meeting kinds) come from the
 * code-list tables, joined in the loaders; what is mapped here is layout: text dates, dashless CPR
 * numbers, flags. Malformed legacy values throw rather than pass through: a wrong date or CPR
 * number shown to a caseworker is worse than an error.
 */
import { cprWithoutDash, normaliseCpr } from '../../shared/src/cpr.ts';
export { addMinutes } from '../../shared/src/time.ts';

const LEGACY_DATE = /^(\d{2})-(\d{2})-(\d{4})$/;
const LEGACY_DATE_TIME = /^(\d{2}-\d{2}-\d{4}) (\d{2}):(\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

function isCalendarDate(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.toISOString().slice(0, 10) === `${year}-${month}-${day}`;
}

const isClockTime = (hh: string, mm: string) => Number(hh) <= 23 && Number(mm) <= 59;

/** '08-09-2026' → '2026-09-08'. */
export function isoDate(legacy: string): string {
  const match = LEGACY_DATE.exec(legacy.trim());
  if (!match || !isCalendarDate(match[3]!, match[2]!, match[1]!)) throw new Error('family legacy date is not DD-MM-YYYY');
  return `${match[3]}-${match[2]}-${match[1]}`;
}

export const isoDateOrNull = (legacy: string | null): string | null => (legacy === null ? null : isoDate(legacy));

/** '08-09-2026 09:00' → '2026-09-08T09:00' (Danish wall clock, as stored). */
export function localDateTime(legacy: string): string {
  const match = LEGACY_DATE_TIME.exec(legacy.trim());
  if (!match || !isClockTime(match[2]!, match[3]!)) throw new Error('family legacy date-time is not DD-MM-YYYY HH:MM');
  return `${isoDate(match[1]!)}T${match[2]}:${match[3]}`;
}

/** '7203851235' → '720385-1235'. */
export function canonicalCpr(legacy: string): string {
  const cpr = normaliseCpr(legacy);
  // The message names no number: CPR numbers are never logged outside the access log.
  if (!cpr) throw new Error('family legacy CPR number is malformed');
  return cpr;
}

export const custodyFromFlag = (flag: string): boolean => flag.trim() === 'J';

export const CASE_STATUS: Record<string, 'OPEN' | 'CLOSED'> = { AABEN: 'OPEN', LUKKET: 'CLOSED' };
export const CASE_STATUS_CODE = { OPEN: 'AABEN', CLOSED: 'LUKKET' } as const;

export function caseStatus(code: string): 'OPEN' | 'CLOSED' {
  const status = CASE_STATUS[code.trim()];
  if (!status) throw new Error(`family legacy case status ${code} is unknown`);
  return status;
}

// The other way, for the seed: the graph's vocabulary in the legacy layout.

/** '2026-09-08' → '08-09-2026'. */
export function legacyDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  if (!match || !isCalendarDate(match[1]!, match[2]!, match[3]!)) throw new Error('not an ISO date');
  return `${match[3]}-${match[2]}-${match[1]}`;
}

export const legacyDateOrNull = (iso: string | null): string | null => (iso === null ? null : legacyDate(iso));

/** '2026-09-08T09:00' → '08-09-2026 09:00'. */
export function legacyDateTime(local: string): string {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) throw new Error('not a local date-time');
  return `${legacyDate(match[1]!)} ${match[2]}:${match[3]}`;
}

export const legacyCpr = (cpr: string): string => cprWithoutDash(canonicalCpr(cpr));

/** A row of a code-list table, with its validity when the code list has one. */
export interface CodeRow {
  kode: string;
  hub_vaerdi: string;
  gyldig_fra?: string | null;
  gyldig_til?: string | null;
}

/**
 * The legacy code for a vocabulary value, as in force on `onIsoDate` when the code list has
 * validity dates. Throws when no code fits: a measure must not be written under a wrong law.
 */
export function codeFor(rows: readonly CodeRow[], hubValue: string, onIsoDate?: string): string {
  const fits = rows.filter((row) => {
    if (row.hub_vaerdi !== hubValue) return false;
    if (onIsoDate === undefined || !row.gyldig_fra) return true;
    // ISO dates compare as strings; the legacy 'DD-MM-YYYY' form does not.
    const from = isoDate(row.gyldig_fra);
    const to = isoDateOrNull(row.gyldig_til ?? null);
    return from <= onIsoDate && (to === null || onIsoDate <= to);
  });
  if (fits.length !== 1) {
    throw new Error(`expected one legacy code for ${hubValue}${onIsoDate ? ` on ${onIsoDate}` : ''}, found ${fits.length}`);
  }
  return fits[0]!.kode;
}
