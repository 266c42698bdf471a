import { describe, it, expect } from 'vitest';
import { canonicalCpr, caseStatus, codeFor, custodyFromFlag, isoDate, isoDateOrNull, legacyCpr, legacyDate, legacyDateTime, localDateTime } from './mapping.ts';
import { MEASURE_CODES, ROLE_CODES } from './migrations.ts';

describe('family legacy dates', () => {
  it.each([
    ['08-09-2026', '2026-09-08'],
    ['01-01-2024', '2024-01-01'],
    ['31-12-2023', '2023-12-31'],
    ['29-02-2024', '2024-02-29'],
  ])('%s → %s and back', (legacy, iso) => {
    expect(isoDate(legacy)).toBe(iso);
    expect(legacyDate(iso)).toBe(legacy);
  });

  it.each(['2026-09-08', '8-9-2026', '31-04-2026', '29-02-2023', '00-01-2024', ''])('rejects %j', (legacy) => {
    expect(() => isoDate(legacy)).toThrow();
  });

  it('keeps an absent date absent', () => {
    expect(isoDateOrNull(null)).toBeNull();
  });

  it.each([
    ['08-09-2026 09:00', '2026-09-08T09:00'],
    ['03-11-2026 13:00', '2026-11-03T13:00'],
    ['31-12-2025 23:59', '2025-12-31T23:59'],
  ])('date-time %s → %s and back', (legacy, local) => {
    expect(localDateTime(legacy)).toBe(local);
    expect(legacyDateTime(local)).toBe(legacy);
  });

  it.each(['08-09-2026', '08-09-2026 24:00', '08-09-2026T09:00', '2026-09-08 09:00'])('rejects date-time %j', (legacy) => {
    expect(() => localDateTime(legacy)).toThrow();
  });
});

describe('family legacy CPR numbers', () => {
  it.each([
    ['7203851235', '720385-1235'],
    ['6905144012', '690514-4012'],
    [' 6407902468 ', '640790-2468'],
  ])('%j → %s', (legacy, canonical) => {
    expect(canonicalCpr(legacy)).toBe(canonical);
    expect(legacyCpr(canonical)).toBe(legacy.trim());
  });

  it.each(['720385123', '72038512355', '9903851235', 'abcdefghij'])('rejects %j without naming it', (legacy) => {
    expect(() => canonicalCpr(legacy)).toThrow(/^family legacy CPR number is malformed$/);
  });
});

describe('family legacy codes and flags', () => {
  it.each([
    ['MOR', 'MOTHER'],
    ['FAR', 'FATHER'],
    ['FORM', 'CUSTODIAN'],
    ['BARN', 'CHILD'],
  ])('role code %s is %s, both ways', (code, role) => {
    expect(ROLE_CODES.find((r) => r.kode === code)?.hub_vaerdi).toBe(role);
    expect(codeFor(ROLE_CODES, role)).toBe(code);
  });

  it.each([
    ['J', true],
    ['N', false],
  ])('custody flag %s is %s', (flag, custody) => {
    expect(custodyFromFlag(flag)).toBe(custody);
  });

  it.each([
    ['AABEN', 'OPEN'],
    ['LUKKET', 'CLOSED'],
  ])('case status %s is %s', (code, status) => {
    expect(caseStatus(code)).toBe(status);
  });

  it('refuses an unknown case status', () => {
    expect(() => caseStatus('X')).toThrow();
  });

  it.each([
    ['RESPITE_CARE', '2023-12-31', 'S52-5'],
    ['RESPITE_CARE', '2024-01-01', 'B32-7'],
    ['CONTACT_PERSON', '2016-06-01', 'S52-6'],
    ['CONTACT_PERSON', '2026-06-01', 'B32-3'],
    ['PLACEMENT_OUTSIDE_HOME', '2024-06-01', 'B46'],
  ])('a %s starting %s is coded %s (the law in force that day)', (kind, from, code) => {
    expect(codeFor(MEASURE_CODES, kind, from)).toBe(code);
  });

  it('every measure kind has a code under each law, and the two meet on 1 January 2024', () => {
    for (const kind of new Set(MEASURE_CODES.map((c) => c.hub_vaerdi))) {
      const before = MEASURE_CODES.find((c) => c.kode === codeFor(MEASURE_CODES, kind, '2023-12-31'))!;
      const after = MEASURE_CODES.find((c) => c.kode === codeFor(MEASURE_CODES, kind, '2024-01-01'))!;
      expect(before.lovhenvisning).toMatch(/^Serviceloven § 52/);
      expect(after.lovhenvisning).toMatch(/^Barnets lov/);
    }
  });

  it('refuses a measure date no code covers', () => {
    expect(() => codeFor(MEASURE_CODES, 'RESPITE_CARE', '2005-01-01')).toThrow();
  });
});
