/**
 * Calendar arithmetic on ISO strings for the view rules. Dates and wall-clock times compare as
 * strings ('2026-09-08' < '2026-09-08T09:00' < '2026-09-09'), so the rules never build a Date
 * for a local time and never meet a daylight-saving shift.
 */
import { addDays, dayNumber } from '../shared/src/time.ts';
import type { IsoDate, LocalDateTime, Weekday } from './types.ts';

export { addDays };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  // Rejects 2026-02-30, which the pattern lets through.
  return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

/** The calendar day of a date or a LocalDateTime. */
export const dayOf = (value: string): IsoDate => value.slice(0, 10);

/** Minute precision, so '2026-09-08T09:00:00' and '2026-09-08T09:00' compare equal. */
export const minuteOf = (value: LocalDateTime): LocalDateTime => value.slice(0, 16);

// 1970-01-01, day 0, was a Thursday.
const WEEKDAYS_FROM_THURSDAY: readonly Weekday[] = ['THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY'];

export function weekdayOf(day: IsoDate): Weekday {
  return weekdayOfNumber(dayNumber(day));
}

/** The weekday of a day number (days since 1970-01-01). */
export const weekdayOfNumber = (day: number): Weekday => WEEKDAYS_FROM_THURSDAY[((day % 7) + 7) % 7]!;

/** Whether two inclusive day periods share a day; a null end is open. */
export function periodsIntersect(a: { from: IsoDate; to: IsoDate | null }, b: { from: IsoDate; to: IsoDate | null }): boolean {
  return (a.to === null || b.from <= a.to) && (b.to === null || a.from <= b.to);
}

/** The shared days of two inclusive periods, or null when they share none. */
export function intersection(a: { from: IsoDate; to: IsoDate | null }, b: { from: IsoDate; to: IsoDate | null }): { from: IsoDate; to: IsoDate | null } | null {
  if (!periodsIntersect(a, b)) return null;
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to === null ? b.to : b.to === null ? a.to : a.to < b.to ? a.to : b.to;
  return { from, to };
}

const DANISH_WALL_CLOCK = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const HAS_OFFSET = /T.*(?:[zZ]|[+-]\d{2}:?\d{2})$/;

/**
 * An instant ('2026-09-08T07:00:00.000Z') as Danish wall clock ('2026-09-08T09:00'), so that
 * consent events sort among the departments' local times. A value without an offset is taken as
 * wall clock already; an unreadable one gives null.
 */
export function danishWallClock(instant: string): LocalDateTime | null {
  if (!HAS_OFFSET.test(instant)) return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(instant) ? minuteOf(instant) : null;
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return null;
  const part: Record<string, string> = {};
  for (const { type, value } of DANISH_WALL_CLOCK.formatToParts(new Date(ms))) part[type] = value;
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

const DANISH_AMOUNT = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });

/** 16700 → '16.700', as a Danish caseworker writes an amount. */
export const dkk = (amount: number): string => DANISH_AMOUNT.format(amount);

/** 'CARE_FOR_FAMILY' → 'care for family', for enum values without a hand-written label. */
export const humanise = (code: string): string => code.toLowerCase().replaceAll('_', ' ');
