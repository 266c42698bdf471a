/**
 * From the jobcentre's legacy rows to the graph's vocabulary. Code values come from the code-list
 * tables (joined in the loaders); what is mapped here is layout: flags, weekday strings, durations.
 */
export { localDateTime, addMinutes } from '../../shared/src/time.ts';

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

/** '1234' → MONDAY..THURSDAY */
export const weekdaysFromLegacy = (ugedage: string) =>
  [...ugedage].map((d) => WEEKDAYS[Number(d) - 1]).filter((d): d is (typeof WEEKDAYS)[number] => d !== undefined);

export const attendedFromFlag = (flag: string | null): boolean | null => (flag === 'J' ? true : flag === 'N' ? false : null);
export const money = (value: string | number): number => Math.round(Number(value));
