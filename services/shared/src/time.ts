/** Wall-clock date-times (Danish local time, no offset) as the legacy systems store them. */

/** A `timestamp without time zone` ('2026-09-08 09:00:00') → '2026-09-08T09:00'. */
export const localDateTime = (value: string): string => value.replace(' ', 'T').slice(0, 16);

/** Minutes since 1970 of a wall-clock time, as if it were UTC: only differences between two mean anything. */
export const wallClockMinutes = (local: string): number => Date.parse(`${local}:00Z`) / 60_000;

/** Minutes from one wall-clock time to another ('2026-09-08T08:30' to '2026-09-08T12:00' is 210). */
export const minutesBetween = (from: string, to: string): number => wallClockMinutes(to) - wallClockMinutes(from);

/** '2026-09-08T09:00' plus minutes, on the wall clock. */
export function addMinutes(local: string, minutes: number): string {
  const shifted = new Date(Date.parse(`${local}:00Z`) + minutes * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** The UTC instant of 00:00 Danish time (Europe/Copenhagen) on an ISO date. */
export function danishMidnight(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  // Copenhagen is UTC+1 or UTC+2: find the offset in force at that wall-clock midnight.
  const offsetMinutes = (instant: number) => {
    const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', timeZoneName: 'longOffset' }).formatToParts(new Date(instant));
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+01:00';
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  };
  return new Date(guess - offsetMinutes(guess - 60 * 60_000) * 60_000);
}

/** The ISO date in Danish time of an instant. */
export function danishDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** Adds whole days to an ISO date. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
