import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { ageOn, birthDateOf, normaliseCpr, parseCprArgument } from './cpr.ts';

describe('normaliseCpr', () => {
  it.each([
    ['720385-1235', '720385-1235'],
    ['7203851235', '720385-1235'],
    [' 640790-2468 ', '640790-2468'],
    ['750912-5014', '750912-5014'],
  ])('accepts %s as %s', (input, expected) => {
    expect(normaliseCpr(input)).toBe(expected);
  });

  it.each([
    ['empty', ''],
    ['too short', '720385-123'],
    ['letters', '72038A-1235'],
    ['two dashes', '720385--1235'],
    ['month 13', '721385-1235'],
    ['day 00', '000385-1235'],
    ['substitute day beyond the month (Feb 30 + 60)', '900285-1235'],
  ])('refuses %s', (_, input) => {
    expect(normaliseCpr(input)).toBeNull();
  });
});

describe('birthDateOf', () => {
  it.each([
    ['720385-1235', '1985-03-12'],
    ['690514-4012', '2014-05-09'],
    ['750912-5014', '2012-09-15'],
    ['750358-0412', '1958-03-15'],
    ['831101-3571', '1901-11-23'],
  ])('%s was born %s (century from the 7th digit)', (cpr, date) => {
    expect(birthDateOf(cpr)).toBe(date);
  });

  it('computes age on a date', () => {
    expect(ageOn('690514-4012', '2026-11-26')).toBe(12);
    expect(ageOn('720385-1235', '2026-03-11')).toBe(40);
    expect(ageOn('720385-1235', '2026-03-12')).toBe(41);
  });
});

describe('parseCprArgument', () => {
  it('throws BAD_USER_INPUT naming the argument', () => {
    try {
      parseCprArgument('12345');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'cpr' });
    }
  });
});
