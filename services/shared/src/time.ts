/** Wall-clock date-times (Danish local time, no offset) as the legacy systems store them. */

/** A `timestamp without time zone` ('2026-09-08 09:00:00') → '2026-09-08T09:00'. */
export const localDateTime = (value: string): string => value.replace(' ', 'T').slice(0, 16);

/** '2026-09-08T09:00' plus minutes, on the wall clock. */
export function addMinutes(local: string, minutes: number): string {
  const shifted = new Date(Date.parse(`${local}:00Z`) + minutes * 60_000);
  return shifted.toISOString().slice(0, 16);
}
