import { describe, it, expect } from 'vitest';
import {
  FIRST_CLIENT_NUMBER,
  LegacyDataError,
  assignClientNumbers,
  cprFromLegacy,
  cprToLegacy,
  dateFromLegacy,
  dateToLegacy,
  localDateTimeFromLegacy,
  localDateTimeToLegacy,
  requiredDateFromLegacy,
  runsOn,
  todayInDenmark,
} from './mapping.ts';

describe('yyyymmdd dates', () => {
  it.each([
    [20260908, '2026-09-08'],
    ['20260908', '2026-09-08'],
    [20240229, '2024-02-29'],
    [19980701, '1998-07-01'],
    [0, null],
    ['0', null],
    [null, null],
    [undefined, null],
  ] as const)('reads %j as %j', (legacy, iso) => {
    expect(dateFromLegacy(legacy)).toBe(iso);
  });

  it.each([
    [20261341, 'month 13'],
    [20260231, '31 February'],
    [20250229, '29 February in a common year'],
    [20260900, 'day 0'],
    [2026098, 'seven digits'],
    [202609081, 'nine digits'],
    [-20260908, 'negative'],
    [20260908.5, 'not an integer'],
    ['2026-09-08', 'already ISO'],
    [99990, 'five digits'],
  ] as const)('refuses %j (%s) rather than reading it as open-ended', (legacy, _why) => {
    expect(() => dateFromLegacy(legacy)).toThrow(LegacyDataError);
  });

  it('treats 0 as a data error where a date is required', () => {
    expect(requiredDateFromLegacy(20250901)).toBe('2025-09-01');
    expect(() => requiredDateFromLegacy(0)).toThrow(LegacyDataError);
    expect(() => requiredDateFromLegacy(null)).toThrow(LegacyDataError);
  });

  it.each([
    ['2026-09-08', 20260908],
    ['2024-02-29', 20240229],
    [null, 0],
  ] as const)('writes %j as %j', (iso, legacy) => {
    expect(dateToLegacy(iso)).toBe(legacy);
    expect(dateFromLegacy(legacy)).toBe(iso);
  });

  it.each(['2026-13-41', '2026-02-30', '20260908', '2026-9-8', ''])('refuses to write %j', (iso) => {
    expect(() => dateToLegacy(iso)).toThrow(LegacyDataError);
  });
});

describe('appointment times (yyyymmdd + HHMM)', () => {
  it.each([
    [20261202, '1300', '2026-12-02T13:00'],
    [20261201, '0900', '2026-12-01T09:00'],
    [20261231, '2359', '2026-12-31T23:59'],
    [20260101, '0000', '2026-01-01T00:00'],
  ] as const)('reads %j %j as %j and writes it back', (dato, kl, local) => {
    expect(localDateTimeFromLegacy(dato, kl)).toBe(local);
    expect(localDateTimeToLegacy(local)).toEqual({ dato, kl });
  });

  it.each([
    [20261202, '2400'],
    [20261202, '1360'],
    [20261202, '930'],
    [20261202, '13:00'],
    [0, '1300'],
    [20261341, '1300'],
  ] as const)('refuses %j %j', (dato, kl) => {
    expect(() => localDateTimeFromLegacy(dato, kl)).toThrow(LegacyDataError);
  });
});

describe('CPR numbers behind client numbers', () => {
  it.each([
    ['7203851235', '720385-1235'],
    ['6407902468', '640790-2468'],
    ['8311013571', '831101-3571'],
    [' 8311013571 ', '831101-3571'],
  ])('reads klient.cpr_nr %j as %j and writes it back', (legacy, canonical) => {
    expect(cprFromLegacy(legacy)).toBe(canonical);
    expect(cprToLegacy(canonical)).toBe(legacy.trim());
  });

  it.each([
    ['720385-1235', 'dashed: not the stored form'],
    ['720385123', 'nine digits'],
    ['72038512350', 'eleven digits'],
    ['7213851235', 'month 13'],
    ['0', 'zero'],
    ['', 'empty'],
  ])('refuses klient.cpr_nr %j (%s)', (legacy, _why) => {
    expect(() => cprFromLegacy(legacy)).toThrow(LegacyDataError);
  });

  it('never puts the CPR number in the error message (errors are logged)', () => {
    let message: string | undefined;
    try {
      cprFromLegacy('7213851235');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBeDefined();
    expect(message).not.toContain('7213851235');
  });

  it.each([
    [[], []],
    [['720385-1235'], [FIRST_CLIENT_NUMBER]],
    [
      ['720385-1235', '640790-2468', '831101-3571'],
      [100001, 100002, 100003],
    ],
    [
      ['831101-3571', '720385-1235'],
      [100001, 100002],
    ],
  ])('assigns client numbers %j → %j in the order given', (cprs, numbers) => {
    const assigned = assignClientNumbers(cprs);
    expect(cprs.map((cpr) => assigned.get(cpr))).toEqual(numbers);
  });

  it('refuses to give one citizen two client numbers', () => {
    expect(() => assignClientNumbers(['720385-1235', '720385-1235'])).toThrow(LegacyDataError);
  });
});

describe('periods and today', () => {
  it.each([
    [{ from: '2026-03-01', to: null }, '2026-09-08', true],
    [{ from: '2026-03-01', to: null }, '2026-02-28', false],
    [{ from: '2025-09-01', to: '2026-02-28' }, '2026-02-28', true],
    [{ from: '2025-09-01', to: '2026-02-28' }, '2026-03-01', false],
  ] as const)('%j runs on %s: %s', (period, day, expected) => {
    expect(runsOn(period, day)).toBe(expected);
  });

  it('judges today by the Danish calendar, not UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Copenhagen.
    expect(todayInDenmark(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayInDenmark(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(todayInDenmark(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });
});
