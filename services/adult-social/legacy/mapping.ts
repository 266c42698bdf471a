/**
 * From adult social services' legacy rows to the graph's vocabulary, and back for the seed. Code
 * values come from the code-list tables (joined in the loaders); what is mapped here is layout:
 * integer `yyyymmdd` dates, `HHMM` times, and CPR numbers without the dash behind client numbers;
 * plus the Danish calendar day against which the department's periods are read as "current".
 *
 * A malformed legacy value throws rather than being read as "no date" or "no citizen": a silent
 * null would turn a broken end date into an open-ended measure.
 */
import { addMinutes, danishDate } from '../../shared/src/time.ts';
import { cprWithoutDash, normaliseCpr } from '../../shared/src/cpr.ts';

export class LegacyDataError extends Error {
  override name = 'LegacyDataError';
}

/** `klient.sagsstatus` */
export const CASE_OPEN = 1;
export const CASE_CLOSED = 9;

/** The first client number the seed hands out; the legacy system's own numbering starts there. */
export const FIRST_CLIENT_NUMBER = 100001;

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0-99 to 1900-1999, so compare the year as well.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * `20260908` → `'2026-09-08'`; 0 or null (the legacy "no date", e.g. open-ended) → null.
 * pg returns INTEGER as a number, but a BIGINT or a text export gives a string, so both are read.
 */
export function dateFromLegacy(value: number | string | null | undefined): string | null {
  if (value === null || value === undefined || value === 0 || value === '0') return null;
  const text = String(value);
  if (!/^\d{8}$/.test(text)) throw new LegacyDataError(`not a yyyymmdd date: ${text}`);
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(4, 6));
  const day = Number(text.slice(6, 8));
  if (year < 1000 || !isCalendarDate(year, month, day)) throw new LegacyDataError(`not a calendar date: ${text}`);
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}

/** Like `dateFromLegacy`, for columns where "no date" is itself a data error (start dates). */
export function requiredDateFromLegacy(value: number | string | null | undefined): string {
  const date = dateFromLegacy(value);
  if (date === null) throw new LegacyDataError('a required date is 0 or missing');
  return date;
}

/** `'2026-09-08'` → `20260908`; null (open-ended) → 0, the legacy convention. */
export function dateToLegacy(iso: string | null): number {
  if (iso === null) return 0;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new LegacyDataError(`not an ISO date: ${iso}`);
  }
  return Number(`${match[1]}${match[2]}${match[3]}`);
}

/** `20261202`, `'1300'` → `'2026-12-02T13:00'` (Danish wall clock, as stored). */
export function localDateTimeFromLegacy(dato: number | string, kl: string): string {
  const date = requiredDateFromLegacy(dato);
  const match = /^([01]\d|2[0-3])([0-5]\d)$/.exec(kl.trim());
  if (!match) throw new LegacyDataError(`not an HHMM time: ${kl}`);
  return `${date}T${match[1]}:${match[2]}`;
}

/** `'2026-12-02T13:00'` → `{ dato: 20261202, kl: '1300' }`. */
export function localDateTimeToLegacy(local: string): { dato: number; kl: string } {
  const match = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/.exec(local);
  if (!match) throw new LegacyDataError(`not a local date-time (YYYY-MM-DDTHH:MM): ${local}`);
  return { dato: dateToLegacy(match[1]!), kl: `${match[2]}${match[3]}` };
}

/** An appointment's end, from its start and the stored duration. */
export const appointmentEnd = (at: string, minutes: number): string => addMinutes(at, minutes);

/** The seed's `varighed_min`, from the shared wall-clock helper. */
export { minutesBetween } from '../../shared/src/time.ts';

/**
 * `klient.cpr_nr` (`'7203851235'`) → the canonical `'720385-1235'`. Strict: the mapping table
 * holds ten digits, so anything else means the layout has drifted and must not be guessed at.
 */
export function cprFromLegacy(value: string): string {
  const text = value.trim();
  const cpr = /^\d{10}$/.test(text) ? normaliseCpr(text) : null;
  if (!cpr) throw new LegacyDataError('klient.cpr_nr is not a ten-digit CPR number');
  return cpr;
}

/** `cprFromLegacy` remembering its answers: for one batch of rows, where each citizen has many. */
export function cprsFromLegacy(): (value: string) => string {
  const seen = new Map<string, string>();
  return (value) => {
    let cpr = seen.get(value);
    if (cpr === undefined) {
      cpr = cprFromLegacy(value);
      seen.set(value, cpr);
    }
    return cpr;
  };
}

/**
 * Canonical CPR → the `klient.cpr_nr` form, for lookups. Never throws: a malformed key simply
 * matches no client, as an unknown citizen does.
 */
export const cprToLegacy = (cpr: string): string => cprWithoutDash(cpr);

/**
 * Client numbers for citizens in the order given, from `FIRST_CLIENT_NUMBER` upwards: the same
 * world always gets the same numbers, so the demo's client numbers are stable across re-seeds.
 */
export function assignClientNumbers(cprs: readonly string[], first = FIRST_CLIENT_NUMBER): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const cpr of cprs) {
    if (numbers.has(cpr)) throw new LegacyDataError('a citizen appears twice in the client list');
    numbers.set(cpr, first + numbers.size);
  }
  return numbers;
}

/** Today's date in Danish local time (ISO), the day on which "current" is judged. */
export const todayInDenmark = (now: Date = new Date()): string => danishDate(now);

/** Whether a period (ISO dates, `to` inclusive, null = open-ended) covers `day`. */
export const runsOn = (period: { from: string; to: string | null }, day: string): boolean => period.from <= day && (period.to === null || day <= period.to);
