import { describe, expect, it } from 'vitest';
import { PERSONAS, buildWorld } from '../shared/src/demo/world.ts';
import { anne, simon, soren } from './personas.fixture.ts';
import type { ViewsInput, Weekday } from './types.ts';

/** The fixtures are mapped from the demo world; this checks that the mapping keeps the world's facts. */
const world = buildWorld({ citizens: 0 });
const WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

function jobcentreFacts(cpr: string) {
  const c = world.jobcentre.find((j) => j.cpr === cpr)!;
  return {
    benefits: c.benefits.map((b) => [b.kind, b.from, b.to, b.monthlyDkk]),
    offers: c.activationOffers.map((o) => [
      o.id,
      o.kind,
      o.provider,
      o.from,
      o.to,
      o.schedule.weekdays.map((d) => WEEKDAYS[d - 1]),
      o.schedule.startTime,
      o.schedule.endTime,
    ]),
    appointments: c.appointments.map((a) => [a.id, a.at, a.end, a.kind, a.attended]),
    sanctions: c.sanctions.map((s) => [s.id, s.date, s.amountDkk, s.appointmentId]),
    exemptions: c.exemptions.map((e) => [e.reason, e.from, e.to]),
  };
}

function fixtureJobcentreFacts(input: ViewsInput) {
  const j = input.jobcentre!;
  return {
    benefits: j.benefits!.map((b) => [b.kind, b.from, b.to ?? null, b.monthlyAmountDkk]),
    offers: j.activationOffers!.map((o) => [o.id, o.kind, o.provider, o.from, o.to ?? null, o.schedule.weekdays, o.schedule.startTime, o.schedule.endTime]),
    appointments: j.appointments!.map((a) => [a.id, a.at, a.end, a.kind, a.attended ?? null]),
    sanctions: j.sanctions!.map((s) => [s.id, s.date, s.amountDkk, s.missedAppointment?.id]),
    exemptions: j.exemptions!.map((e) => [e.reason, e.from, e.to ?? null]),
  };
}

const meetingsOf = (cpr: string) =>
  world.family.flatMap((c) => c.meetings.filter((m) => m.participantCprs.includes(cpr)).map((m) => [m.id, m.at, m.end, m.kind]));
const fixtureMeetings = (input: ViewsInput) => input.family!.cases!.flatMap((c) => c.meetings!.map((m) => [m.id, m.at, m.end, m.kind]));

function adultFacts(cpr: string) {
  const a = world.adultSocial.find((x) => x.cpr === cpr)!;
  return {
    packages: a.supportPackages.map((p) => [p.level, p.hoursPerWeek, p.from, p.to]),
    education: a.education.map((e) => [e.daysPerWeek, e.from, e.to]),
    appointments: a.appointments.map((x) => [x.id, x.at, x.end, x.kind]),
  };
}
const fixtureAdultFacts = (input: ViewsInput) => ({
  packages: input.adultSocial!.supportPackages!.map((p) => [p.level, p.hoursPerWeek, p.from, p.to ?? null]),
  education: input.adultSocial!.education!.map((e) => [e.daysPerWeek, e.from, e.to ?? null]),
  appointments: input.adultSocial!.appointments!.map((x) => [x.id, x.at, x.end, x.kind]),
});

describe('the persona fixtures', () => {
  it.each<[string, string, () => ViewsInput]>([
    ['Søren', PERSONAS.soren, soren],
    ['Anne', PERSONAS.anne, anne],
    ['Simon', PERSONAS.simon, simon],
  ])("agree with the demo world's jobcentre and adult social facts for %s", (_, cpr, fixture) => {
    expect(fixtureJobcentreFacts(fixture())).toEqual(jobcentreFacts(cpr));
    expect(fixtureAdultFacts(fixture())).toEqual(adultFacts(cpr));
  });

  it.each<[string, string, () => ViewsInput]>([
    ['Søren', PERSONAS.soren, soren],
    ['Anne', PERSONAS.anne, anne],
  ])('show the family meetings %s took part in', (_, cpr, fixture) => {
    expect(fixtureMeetings(fixture())).toEqual(meetingsOf(cpr));
  });

  it("show a parent's family cases with the world's role and status, and no measures", () => {
    for (const [cpr, fixture] of [
      [PERSONAS.soren, soren],
      [PERSONAS.anne, anne],
    ] as const) {
      const cases = world.family.filter((c) => c.parties.some((p) => p.cpr === cpr && p.role !== 'CHILD'));
      expect(fixture().family!.cases!.map((c) => [c.caseNumber, c.status, c.opened, c.closed ?? null, c.role, c.custody])).toEqual(
        cases.map((c) => {
          const party = c.parties.find((p) => p.cpr === cpr)!;
          return [c.caseNo, c.status, c.opened, c.closed, party.role, party.custody];
        }),
      );
      expect(fixture().family!.cases!.every((c) => c.measures!.length === 0)).toBe(true);
    }
  });
});
