import { describe, expect, it } from 'vitest';
import { addDays, addMinutes, danishDate, danishMidnight, dayNumber, localDateTime, minutesBetween } from './time.ts';

describe('Danish time', () => {
  it.each([
    ['2026-01-15', '2026-01-14T23:00:00.000Z'],
    ['2026-07-01', '2026-06-30T22:00:00.000Z'],
    ['2026-03-29', '2026-03-28T23:00:00.000Z'],
    ['2026-10-25', '2026-10-24T22:00:00.000Z'],
  ])('midnight of %s in Copenhagen is %s', (date, utc) => {
    expect(danishMidnight(date).toISOString()).toBe(utc);
  });

  it('gives the Danish calendar date of an instant', () => {
    expect(danishDate(new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-27');
    expect(danishDate(new Date('2026-11-26T22:59:00Z'))).toBe('2026-11-26');
  });

  it('adds days and minutes on the wall clock', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addMinutes('2026-09-08T23:30', 45)).toBe('2026-09-09T00:15');
    expect(minutesBetween('2026-09-08T08:30', '2026-09-08T12:00')).toBe(210);
    expect(minutesBetween('2026-09-08T23:30', '2026-09-09T00:15')).toBe(45);
    expect(localDateTime('2026-09-08 09:00:00')).toBe('2026-09-08T09:00');
  });

  it('adds minutes within the day and across it exactly as the calendar does', () => {
    const byCalendar = (local: string, minutes: number) => new Date(Date.parse(`${local}:00Z`) + minutes * 60_000).toISOString().slice(0, 16);
    for (const at of ['2026-09-08T00:00', '2026-09-08T08:05', '2026-09-08T23:59', '2028-02-29T12:30', '2026-12-31T22:15']) {
      for (const minutes of [-600, -1, 0, 1, 9, 55, 60, 61, 119, 600, 1439, 1440, 2000]) {
        expect(addMinutes(at, minutes), `${at} + ${minutes}`).toBe(byCalendar(at, minutes));
      }
    }
  });

  it('counts days as the calendar does, across months, leap years and centuries', () => {
    // Every day from 1899 to 2101 against the Date object's own arithmetic.
    for (let t = Date.UTC(1899, 0, 1); t <= Date.UTC(2101, 0, 1); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      expect(dayNumber(day)).toBe(t / 86_400_000);
      expect(addDays(day, 1)).toBe(new Date(t + 86_400_000).toISOString().slice(0, 10));
    }
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2026-03-01', -365)).toBe('2025-03-01');
  });
});
