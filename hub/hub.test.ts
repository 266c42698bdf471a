/** When `npm start` writes the demo data: from what the databases record, not from a folder. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CITIZENS, WORLD_VERSION } from '../services/shared/src/demo/world.ts';
import type { SeedRecord } from '../services/shared/src/service.ts';
import { seedDecision } from './hub.ts';

const seeded = (citizens: number, worldVersion = WORLD_VERSION): SeedRecord => ({ citizens, worldVersion, seededAt: new Date() });

describe('the demo data at start', () => {
  it.each<[string, (SeedRecord | null)[], Parameters<typeof seedDecision>[1], number | undefined, number | null]>([
    ['is written into new databases', [null, null], 'if-missing', undefined, DEFAULT_CITIZENS],
    ['is kept when every database holds it complete', [seeded(20), seeded(20)], 'if-missing', undefined, null],
    ['is kept at the number it was written with, when none is asked for', [seeded(500), seeded(500)], 'if-missing', undefined, null],
    ['is written again, everywhere, when one database lacks it (a start killed between two seeds)', [seeded(20), null], 'if-missing', undefined, 20],
    ['is written again when another number of citizens is asked for', [seeded(20), seeded(20)], 'if-missing', 100_000, 100_000],
    ['is written again when the databases hold another number than each other', [seeded(20), seeded(500)], 'if-missing', undefined, 20],
    [
      'is written again when it comes from an earlier version of the generator',
      [seeded(20, WORLD_VERSION - 1), seeded(20, WORLD_VERSION - 1)],
      'if-missing',
      undefined,
      DEFAULT_CITIZENS,
    ],
    ['is always written anew on --reset', [seeded(20), seeded(20)], 'always', undefined, 20],
    ['is never written on configured databases without --seed', [null, null], 'never', undefined, null],
  ])('%s', (_, records, policy, citizens, expected) => {
    expect(seedDecision(records, policy, citizens)).toBe(expected);
  });
});
