/** Wall-clock date-times (Danish local time, no offset) as the legacy systems store them. */

/** A `timestamp without time zone` ('2026-09-08 09:00:00') → '2026-09-08T09:00'. */
export const localDateTime = (value: string): string => value.replace(' ', 'T').slice(0, 16);

/** Minutes since 1970 of a wall-clock time, as if it were UTC: only differences between two mean anything. */
export const wallClockMinutes = (local: string): number => Date.parse(`${local}:00Z`) / 60_000;

/** Minutes from one wall-clock time to another ('2026-09-08T08:30' to '2026-09-08T12:00' is 210). */
export const minutesBetween = (from: string, to: string): number => wallClockMinutes(to) - wallClockMinutes(from);

const twoDigits = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** '2026-09-08T09:00' plus minutes, on the wall clock. */
export function addMinutes(local: string, minutes: number): string {
  // Most appointments end on the day they start: that needs no Date (a Date per row was a tenth of
  // a caseload page's time). Anything else goes through the calendar.
  if (local.length === 16 && Number.isInteger(minutes)) {
    const within = Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16)) + minutes;
    if (within >= 0 && within < 24 * 60) return `${local.slice(0, 11)}${twoDigits(Math.floor(within / 60))}:${twoDigits(within % 60)}`;
  }
  const shifted = new Date(Date.parse(`${local}:00Z`) + minutes * 60_000);
  return shifted.toISOString().slice(0, 16);
}

// Formatters are made once: making one costs far more than using it.
const DANISH_OFFSET = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', timeZoneName: 'longOffset' });
const DANISH_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The UTC instant of 00:00 Danish time (Europe/Copenhagen) on an ISO date. */
export function danishMidnight(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  // Copenhagen is UTC+1 or UTC+2: find the offset in force at that wall-clock midnight.
  const offsetMinutes = (instant: number) => {
    const parts = DANISH_OFFSET.formatToParts(new Date(instant));
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+01:00';
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  };
  return new Date(guess - offsetMinutes(guess - 60 * 60_000) * 60_000);
}

/** The ISO date in Danish time of an instant. */
export function danishDate(instant: Date): string {
  return DANISH_DATE.format(instant);
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's algorithms): plain
 * integer arithmetic, because the views step through a year of days per citizen and a Date per
 * step is what made them slow.
 */
function epochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/** The ISO date of a day number (days since 1970-01-01). */
export function civilDate(epoch: number): string {
  const z = epoch + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** The day number (days since 1970-01-01) of an ISO date. */
export const dayNumber = (isoDate: string): number => epochDay(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)), Number(isoDate.slice(8, 10)));

/** Adds whole days to an ISO date. */
export const addDays = (isoDate: string, days: number): string => civilDate(dayNumber(isoDate) + days);

/**
 * The days the caseworker views' conflicts look at: a year back and three months ahead of `today`
 * (Danish dates, inclusive). The departments serve their appointments for this span too
 * (`appointmentsNearToday`), so a caseload's conflict counts do not carry years of history through
 * the gateway; `marginDays` widens it so that a view computed just after midnight finds every
 * record the department sent just before.
 */
export function nearToday(today: string, marginDays = 0): { from: string; to: string } {
  return { from: addDays(today, -365 - marginDays), to: addDays(today, 90 + marginDays) };
}

/** The records of `list` whose `at` falls near today (with a day's margin), in the order given. */
export function nearTodayOnly<T extends { at: string }>(list: T[] | null, now: Date = new Date()): T[] | null {
  if (list === null) return null;
  const { from, to } = nearToday(danishDate(now), 1);
  return list.filter((record) => {
    const day = record.at.slice(0, 10);
    return day >= from && day <= to;
  });
}
