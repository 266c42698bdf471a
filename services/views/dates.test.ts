import { describe, expect, it } from 'vitest';
import { addDays, danishWallClock, dkk, intersection, isIsoDate, weekdayOf } from './dates.ts';

describe('dates', () => {
  it.each<[unknown, boolean]>([
    ['2026-09-08', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-9-8', false],
    ['2026-09-08T09:00', false],
    [20260908, false],
  ])('isIsoDate(%j) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([
    ['2026-09-07', 'MONDAY'],
    ['2026-09-08', 'TUESDAY'],
    ['2026-12-02', 'WEDNESDAY'],
    ['2026-09-11', 'FRIDAY'],
    ['2026-09-13', 'SUNDAY'],
  ])('%s is a %s', (day, weekday) => {
    expect(weekdayOf(day)).toBe(weekday);
  });

  it('adds days across a month and a year', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it.each<[string, string | null]>([
    ['2026-09-08T07:00:00.000Z', '2026-09-08T09:00'], // summer time, UTC+2
    ['2026-12-01T09:30:00.000Z', '2026-12-01T10:30'], // winter time, UTC+1
    ['2026-03-29T01:30:00Z', '2026-03-29T03:30'], // just after the spring shift
    ['2026-09-08T09:00:00+02:00', '2026-09-08T09:00'],
    ['2026-09-08T09:00', '2026-09-08T09:00'], // already wall clock
    ['not a time', null],
  ])('danishWallClock(%s) is %s', (instant, expected) => {
    expect(danishWallClock(instant)).toBe(expected);
  });

  it('intersects periods with open ends', () => {
    expect(intersection({ from: '2026-01-01', to: null }, { from: '2026-03-01', to: '2026-04-30' })).toEqual({ from: '2026-03-01', to: '2026-04-30' });
    expect(intersection({ from: '2026-01-01', to: null }, { from: '2026-03-01', to: null })).toEqual({ from: '2026-03-01', to: null });
    expect(intersection({ from: '2026-01-01', to: '2026-02-28' }, { from: '2026-03-01', to: null })).toBeNull();
    expect(intersection({ from: '2026-01-01', to: '2026-03-01' }, { from: '2026-03-01', to: null })).toEqual({ from: '2026-03-01', to: '2026-03-01' });
  });

  it('writes amounts the Danish way', () => {
    expect(dkk(16_700)).toBe('16.700');
  });
});
