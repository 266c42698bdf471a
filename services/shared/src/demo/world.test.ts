import { describe, expect, it } from 'vitest';
import { normaliseCpr } from '../cpr.ts';
import { PERSONAS, buildWorld } from './world.ts';

describe('the demo world', () => {
  const world = buildWorld({ citizens: 200 });

  it('is deterministic', () => {
    expect(JSON.stringify(buildWorld({ citizens: 200 }))).toBe(JSON.stringify(world));
  });

  it('has the personas plus the asked number of synthetic citizens, all with substitute CPR numbers', () => {
    const adults = world.jobcentre.length;
    expect(adults).toBe(3 + 200);
    for (const person of world.persons) {
      expect(normaliseCpr(person.cpr)).toBe(person.cpr);
      // Substitute numbers: day of month + 60.
      expect(Number(person.cpr.slice(0, 2))).toBeGreaterThan(60);
    }
    expect(new Set(world.persons.map((p) => p.cpr)).size).toBe(world.persons.length);
  });

  it('gives Søren exactly three sanctions, each on a day the family department met him, for a missed activation', () => {
    const soren = world.jobcentre.find((c) => c.cpr === PERSONAS.soren)!;
    expect(soren.sanctions).toHaveLength(3);
    const meetingDays = world.family
      .flatMap((c) => c.meetings)
      .filter((m) => m.participantCprs.includes(PERSONAS.soren))
      .map((m) => m.at.slice(0, 10));
    for (const sanction of soren.sanctions) {
      expect(meetingDays).toContain(sanction.date);
      const missed = soren.appointments.find((a) => a.id === sanction.appointmentId)!;
      expect(missed).toMatchObject({ kind: 'ACTIVATION_SESSION', attended: false });
      expect(missed.at.slice(0, 10)).toBe(sanction.date);
    }
  });

  it('has Anne in all three departments and Simon without an open family case', () => {
    expect(world.jobcentre.some((c) => c.cpr === PERSONAS.anne)).toBe(true);
    expect(world.adultSocial.find((c) => c.cpr === PERSONAS.anne)?.supportPackages[0]?.level).toBe(2);
    expect(world.family.filter((c) => c.parties.some((p) => p.cpr === PERSONAS.anne))).toHaveLength(2);
    const simonsCases = world.family.filter((c) => c.parties.some((p) => p.cpr === PERSONAS.simon));
    expect(simonsCases.map((c) => c.status)).toEqual(['CLOSED']);
  });

  it('refuses a bad citizen count', () => {
    expect(() => buildWorld({ citizens: -1 })).toThrow(RangeError);
    expect(() => buildWorld({ citizens: 1.5 })).toThrow(RangeError);
  });
});
