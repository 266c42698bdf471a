/**
 * CPR numbers: the hub's canonical form is `DDMMYY-SSSS`. Legacy systems store them with or
 * without the dash (or behind a client number); every boundary normalises through here.
 * Substitute numbers (day of month + 60) are accepted as the demo and test data use them.
 */
import { badUserInput } from './errors.ts';

const CPR_PATTERN = /^(\d{2})(\d{2})(\d{2})-?(\d{4})$/;

/** Returns the canonical `DDMMYY-SSSS`, or `null` when the input is not a well-formed CPR number. */
export function normaliseCpr(input: string): string | null {
  const match = CPR_PATTERN.exec(input.trim());
  if (!match) return null;
  const [, dd, mm, yy, serial] = match as unknown as [string, string, string, string, string];
  if (!birthDateOf(`${dd}${mm}${yy}-${serial}`)) return null;
  return `${dd}${mm}${yy}-${serial}`;
}

/** Like `normaliseCpr`, but throws a `BAD_USER_INPUT` error naming the argument. */
export function parseCprArgument(input: string, argumentName = 'cpr'): string {
  const cpr = normaliseCpr(input);
  if (!cpr) throw badUserInput('Not a valid CPR number: expected DDMMYY-SSSS or ten digits', { argumentName });
  return cpr;
}

/** `720385-1235` → `7203851235`, the family department's storage form. */
export const cprWithoutDash = (cpr: string): string => cpr.replace('-', '');

/**
 * Birth date (ISO) from a canonical CPR, using the century rule of the 7th digit.
 * Substitute numbers carry day + 60. Returns `null` for an impossible date.
 */
export function birthDateOf(cpr: string): string | null {
  const digits = cprWithoutDash(cpr);
  let day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const centuryDigit = Number(digits[6]);
  if (day > 60) day -= 60;
  let century: number;
  if (centuryDigit <= 3) century = 1900;
  else if (centuryDigit === 4 || centuryDigit === 9) century = yy <= 36 ? 2000 : 1900;
  else century = yy <= 57 ? 2000 : 1800;
  const year = century + yy;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

/** Age in whole years on `onDate` (ISO date). */
export function ageOn(cpr: string, onDate: string): number {
  const birth = birthDateOf(cpr);
  if (!birth) throw new Error('ageOn: not a valid CPR number');
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
