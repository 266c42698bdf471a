/**
 * From the jobcentre's legacy rows to the graph's vocabulary. Code values come from the code-list
 * tables (joined in the loaders); what is mapped here is layout: flags, weekday strings, durations.
 */
export { localDateTime, addMinutes } from '../../shared/src/time.ts';

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

export const APPOINTMENT_KIND: Record<string, string> = { SAMT: 'INTERVIEW', AKT: 'ACTIVATION_SESSION', OPF: 'FOLLOW_UP' };
export const APPOINTMENT_CODE: Record<string, string> = { INTERVIEW: 'SAMT', ACTIVATION_SESSION: 'AKT', FOLLOW_UP: 'OPF' };
export const EXEMPTION_REASON: Record<string, string> = { SYG: 'ILLNESS', OMS: 'CARE_FOR_FAMILY', AND: 'OTHER' };
export const EXEMPTION_CODE: Record<string, string> = { ILLNESS: 'SYG', CARE_FOR_FAMILY: 'OMS', OTHER: 'AND' };

/** '1234' → MONDAY..THURSDAY */
export const weekdaysFromLegacy = (ugedage: string) =>
  [...ugedage].map((d) => WEEKDAYS[Number(d) - 1]).filter((d): d is (typeof WEEKDAYS)[number] => d !== undefined);

export const attendedFromFlag = (flag: string | null): boolean | null => (flag === 'J' ? true : flag === 'N' ? false : null);
export const money = (value: string | number): number => Math.round(Number(value));
