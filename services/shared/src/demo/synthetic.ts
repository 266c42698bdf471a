/**
 * The synthetic citizens of the demo world: a population in the person register of which about 8%
 * are known to the jobcentre, 3% are parents with custody in a family case about their child, 4%
 * are known to adult social services, and 1.5% to two or three of those departments (drawn jointly
 * per citizen, so the overlap holds). Each department knows its citizens with a history of several
 * years up to `AS_OF` (appointments with recorded attendance, benefits one after another, offers,
 * sanctions for missed appointments, meetings, measures, support packages, ...), and what is booked
 * after it, into 2027. Deterministic: the same number of citizens gives the same world.
 *
 * Every CPR number is a substitute number (day of month + 60), unique in the world.
 */

import type {
  ActivationKind,
  AdultSocialCitizen,
  BenefitKind,
  FamilyCase,
  FamilyMeasureKind,
  JobcentreAppointment,
  JobcentreCitizen,
  MatchGroup,
  Person,
  WeeklySchedule,
  World,
} from './world.ts';

/** The day the histories run up to: attendance is recorded before it; what comes later is booked. */
export const AS_OF = '2026-11-30';

/** Departments as bits of a citizen's involvement. */
const JOBCENTRE = 1;
const FAMILY = 2;
const ADULT_SOCIAL = 4;

/**
 * Shares of the synthetic population by the departments that know them, drawn jointly: the
 * margins are 8% (jobcentre), 3% (family) and 4% (adult social), and 1.5% are in two or three.
 * The rest (86.7%) are in the register only.
 */
export const INVOLVEMENT_SHARES: readonly { departments: number; share: number }[] = [
  { departments: JOBCENTRE, share: 0.067 },
  { departments: FAMILY, share: 0.022 },
  { departments: ADULT_SOCIAL, share: 0.029 },
  { departments: JOBCENTRE | ADULT_SOCIAL, share: 0.007 },
  { departments: JOBCENTRE | FAMILY, share: 0.004 },
  { departments: FAMILY | ADULT_SOCIAL, share: 0.002 },
  { departments: JOBCENTRE | FAMILY | ADULT_SOCIAL, share: 0.002 },
];

// ---------------------------------------------------------------------------------------------
// Randomness and days

/** Small deterministic PRNG (mulberry32): the same seed gives the same world. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
  };
}

type Rand = ReturnType<typeof prng>;

/** Picks by weight: `[[value, weight], ...]`. */
function weighted<T>(rand: Rand, items: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, weight] of items) total += weight;
  let u = rand.next() * total;
  for (const [value, weight] of items) {
    u -= weight;
    if (u < 0) return value;
  }
  return items[items.length - 1]![0];
}

// Days are whole days since 1970-01-01 (UTC), so that date arithmetic is integer arithmetic.
const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

/** ISO dates of the days the histories use, made once. */
const ISO_FROM = dayNumber('2000-01-01');
const ISO_TO = dayNumber('2040-12-31');
let isoDays: string[] | null = null;
function iso(day: number): string {
  if (isoDays === null) {
    isoDays = [];
    for (let d = ISO_FROM; d <= ISO_TO; d++) isoDays.push(new Date(d * DAY_MS).toISOString().slice(0, 10));
  }
  const text = isoDays[day - ISO_FROM];
  if (text === undefined) throw new RangeError(`day ${day} is outside the demo calendar`);
  return text;
}

/** ISO weekday, 1 = Monday (1970-01-01 was a Thursday). */
const weekday = (day: number): number => ((day + 3) % 7) + 1;
/** The day itself on a weekday, else the Monday after. */
const onWeekday = (day: number): number => (weekday(day) === 6 ? day + 2 : weekday(day) === 7 ? day + 1 : day);
/** The Monday on or after the day. */
const mondayFrom = (day: number): number => day + ((8 - weekday(day)) % 7);

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
/** 'HH:MM' for each minute of the day. */
const CLOCK = Array.from({ length: 24 * 60 }, (_, minutes) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`);
/**
 * A wall-clock date-time: the day at `minutes` after midnight. Made once for each day and time, and
 * shared: a million appointments use some tens of thousands of date-times, and the seeds remember
 * what they computed from each.
 */
const dateTimes = new Map<number, string>();
function at(day: number, minutes: number): string {
  const key = day * 1440 + minutes;
  let text = dateTimes.get(key);
  if (text === undefined) {
    text = `${iso(day)}T${CLOCK[minutes]}`;
    dateTimes.set(key, text);
  }
  return text;
}

/** The day a person born on `birthDate` turns `years`. */
function birthday(birthDate: string, years: number): number {
  const year = Number(birthDate.slice(0, 4)) + years;
  return dayNumber(`${year}${birthDate.slice(4)}`);
}

const AS_OF_DAY = dayNumber(AS_OF);
/** Histories start from here at the earliest. */
const JOBCENTRE_FROM = dayNumber('2021-01-04');
const FAMILY_FROM = dayNumber('2019-01-07');
const ADULT_SOCIAL_FROM = dayNumber('2020-01-06');
/** Appointments and meetings are booked this far past `AS_OF`. */
const BOOKED_AHEAD_DAYS = 70;
/** Planned ends lie no later than this. */
const PLANNED_UNTIL = dayNumber('2027-12-31');
/** The ISO date of a planned end. */
const planned = (day: number) => iso(Math.min(day, PLANNED_UNTIL));

// ---------------------------------------------------------------------------------------------
// People

const FIRST = [
  'Mette',
  'Lars',
  'Hanne',
  'Peter',
  'Camilla',
  'Jesper',
  'Louise',
  'Rasmus',
  'Sara',
  'Thomas',
  'Nanna',
  'Kasper',
  'Ida',
  'Mads',
  'Julie',
  'Anders',
  'Emma',
  'Frederik',
  'Sofie',
  'Mathias',
  'Line',
  'Christian',
  'Maja',
  'Nikolaj',
];
const CHILD_FIRST = ['Alma', 'William', 'Agnes', 'Noah', 'Clara', 'Oscar', 'Ella', 'Lucas', 'Karla', 'Victor', 'Luna', 'Malthe', 'Josefine', 'Elias'];
const LAST = [
  'Nielsen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Rasmussen',
  'Sørensen',
  'Madsen',
  'Kristensen',
  'Olsen',
  'Thomsen',
  'Poulsen',
  'Johansen',
  'Møller',
  'Mortensen',
  'Knudsen',
];
const STREETS = ['Algade', 'Bredgade', 'Kirkevej', 'Møllevej', 'Skolegade', 'Søndergade', 'Torvet', 'Vænget', 'Engvej', 'Stationsvej', 'Birkevej', 'Nørregade'];
const CITIES: [string, string][] = [
  ['8000', 'Aarhus C'],
  ['5000', 'Odense C'],
  ['9000', 'Aalborg'],
  ['7100', 'Vejle'],
  ['4000', 'Roskilde'],
  ['6700', 'Esbjerg'],
  ['8900', 'Randers'],
  ['7400', 'Herning'],
];

/**
 * A substitute CPR number (day of month + 60) for a person born in `year`, not in `seen`. The
 * serial's first digit gives the century with the year: 1-3 for 1900-1999, 4 for 2000-2036.
 */
function uniqueCpr(rand: Rand, seen: Set<string>, year: number, index: number): { cpr: string; birthDate: string } {
  const yy = pad(year % 100);
  for (let attempt = 0; ; attempt++) {
    const day = rand.int(1, 28);
    const month = pad(rand.int(1, 12));
    const serial = year < 2000 ? 1000 + ((index + attempt * 997) % 3000) : 4000 + ((index + attempt * 397) % 1000);
    const cpr = `${day + 60}${month}${yy}-${serial}`;
    if (!seen.has(cpr)) {
      seen.add(cpr);
      return { cpr, birthDate: `${year}-${month}-${pad(day)}` };
    }
  }
}

function person(rand: Rand, { cpr, birthDate }: { cpr: string; birthDate: string }, firstNames: readonly string[], family?: Person): Person {
  const [postcode, city] = rand.pick(CITIES);
  return {
    cpr,
    firstName: rand.pick(firstNames),
    lastName: family ? family.lastName : rand.pick(LAST),
    birthDate,
    address: family ? family.address : { street: `${rand.pick(STREETS)} ${rand.int(1, 120)}`, postcode, city },
  };
}

// ---------------------------------------------------------------------------------------------
// The jobcentre

const BENEFIT_MONTHLY: Record<BenefitKind, [number, number]> = {
  CASH_BENEFIT: [11_000, 17_500],
  EDUCATION_BENEFIT: [6_500, 12_500],
  SICKNESS_BENEFIT: [15_000, 20_500],
  RESOURCE_PROGRAMME: [12_000, 17_500],
};
/** How long a benefit runs before the next one (days). */
const BENEFIT_DAYS: Record<BenefitKind, [number, number]> = {
  CASH_BENEFIT: [240, 1_100],
  EDUCATION_BENEFIT: [180, 900],
  SICKNESS_BENEFIT: [90, 360],
  RESOURCE_PROGRAMME: [365, 1_500],
};
/** What a benefit is followed by. */
const NEXT_BENEFIT: Record<BenefitKind, readonly (readonly [BenefitKind, number])[]> = {
  CASH_BENEFIT: [
    ['CASH_BENEFIT', 4],
    ['RESOURCE_PROGRAMME', 4],
    ['SICKNESS_BENEFIT', 2],
  ],
  EDUCATION_BENEFIT: [
    ['CASH_BENEFIT', 6],
    ['EDUCATION_BENEFIT', 3],
    ['SICKNESS_BENEFIT', 1],
  ],
  SICKNESS_BENEFIT: [
    ['CASH_BENEFIT', 5],
    ['RESOURCE_PROGRAMME', 3],
    ['SICKNESS_BENEFIT', 2],
  ],
  RESOURCE_PROGRAMME: [
    ['CASH_BENEFIT', 6],
    ['RESOURCE_PROGRAMME', 4],
  ],
};
/** Benefits whose recipients are sanctioned for a missed appointment. */
const SANCTIONED: ReadonlySet<BenefitKind> = new Set(['CASH_BENEFIT', 'EDUCATION_BENEFIT']);

const PROVIDERS: Record<ActivationKind, readonly string[]> = {
  COURSE: ['Kommunalt jobcenter', 'Jobværkstedet', 'AMU Syd', 'Sprogcenter Midt', 'Opkvalificering Nord'],
  INTERNSHIP: ['Netto', 'Genbrugspladsen', 'Plejecenter Solbakken', 'SuperBrugsen', 'Kommunens park og vej', 'Bilka'],
  JOB_TRAINING: ['Kommunens ejendomsservice', 'Lagerhotellet ApS', 'Dagligvarehuset', 'Rengøringsselskabet Nord'],
  MENTOR_SUPPORT: ['Mentorkorps Øst', 'Mentorhuset', 'Jobcentrets mentorteam'],
};
const MENTORS = ['Jonas Krogh', 'Birgitte Lund', 'Ali Hassan', 'Karen Dam', 'Henrik Bach', 'Pia Holm'];
/** Weekly schedules of courses, internships and job training: weekdays and a morning. */
const SCHEDULES: readonly WeeklySchedule[] = [
  { weekdays: [1, 2, 3], startTime: '09:00', endTime: '12:00' },
  { weekdays: [1, 2, 3, 4], startTime: '08:30', endTime: '12:00' },
  { weekdays: [2, 3, 4], startTime: '08:00', endTime: '12:00' },
  { weekdays: [1, 3, 5], startTime: '09:00', endTime: '13:00' },
  { weekdays: [1, 2, 3, 4], startTime: '08:00', endTime: '13:00' },
  { weekdays: [2, 4], startTime: '09:00', endTime: '12:00' },
];
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const hoursPerWeekOf = (s: WeeklySchedule) => (s.weekdays.length * (minutesOf(s.endTime) - minutesOf(s.startTime))) / 60;
/** Interviews are in the afternoon, after any morning session. */
const INTERVIEW_STARTS = [13 * 60, 13 * 60 + 30, 14 * 60, 14 * 60 + 30];

function jobcentreCitizen(rand: Rand, n: number, cpr: string, birthDate: string, caresForChild: boolean): JobcentreCitizen {
  const adult = birthday(birthDate, 18);
  const start = onWeekday(Math.max(rand.int(JOBCENTRE_FROM, AS_OF_DAY - 30), adult));
  const closedOn = start + 200 < AS_OF_DAY - 14 && rand.chance(0.12) ? rand.int(start + 200, AS_OF_DAY - 14) : null;
  const last = closedOn ?? AS_OF_DAY;

  // Benefits one after another, each until the day before the next; the last runs on while the case is open.
  const benefits: JobcentreCitizen['benefits'] = [];
  const under30 = start < birthday(birthDate, 30);
  let kind: BenefitKind = under30
    ? weighted<BenefitKind>(rand, [
        ['EDUCATION_BENEFIT', 6],
        ['CASH_BENEFIT', 3],
        ['SICKNESS_BENEFIT', 1],
      ])
    : weighted<BenefitKind>(rand, [
        ['CASH_BENEFIT', 6],
        ['SICKNESS_BENEFIT', 3],
        ['RESOURCE_PROGRAMME', 1],
      ]);
  for (let from = start; ; ) {
    const [low, high] = BENEFIT_MONTHLY[kind];
    const monthlyDkk = rand.int(low / 50, high / 50) * 50;
    const [shortest, longest] = BENEFIT_DAYS[kind];
    const next = from + rand.int(shortest, longest);
    if (next >= last || benefits.length === 3) {
      benefits.push({ kind, from: iso(from), to: closedOn === null ? null : iso(closedOn), monthlyDkk });
      break;
    }
    benefits.push({ kind, from: iso(from), to: iso(next - 1), monthlyDkk });
    from = next;
    kind = weighted(rand, NEXT_BENEFIT[kind]);
    // Education benefit is for those under 30.
    if (kind === 'EDUCATION_BENEFIT' && from >= birthday(birthDate, 30)) kind = 'CASH_BENEFIT';
  }
  const current = benefits[benefits.length - 1]!;
  const group: MatchGroup | null =
    current.kind === 'EDUCATION_BENEFIT'
      ? 'EDUCATION_READY'
      : current.kind === 'RESOURCE_PROGRAMME'
        ? 'ACTIVITY_READY'
        : current.kind === 'CASH_BENEFIT'
          ? rand.chance(0.55)
            ? 'JOB_READY'
            : 'ACTIVITY_READY'
          : null; // sickness benefit: no match group
  const benefitOn = (day: string) => {
    for (let i = benefits.length - 1; i >= 0; i--) if (benefits[i]!.from <= day) return benefits[i]!;
    return benefits[0]!;
  };

  // Now and then an exemption, during which no activation is offered.
  const exemptions: JobcentreCitizen['exemptions'] = [];
  let exemptFrom = Number.POSITIVE_INFINITY;
  let exemptTo = Number.NEGATIVE_INFINITY;
  if (last - start > 150 && rand.chance(caresForChild ? 0.3 : 0.1)) {
    const reason = caresForChild && rand.chance(0.6) ? 'CARE_FOR_FAMILY' : rand.chance(0.75) ? 'ILLNESS' : 'OTHER';
    exemptFrom = rand.int(start + 30, last - 60);
    exemptTo = exemptFrom + rand.int(30, 180);
    if (closedOn !== null && exemptTo > closedOn) exemptTo = closedOn;
    exemptions.push({ reason, from: iso(exemptFrom), to: iso(exemptTo) });
  }

  const appointments: JobcentreAppointment[] = [];
  const sanctions: JobcentreCitizen['sanctions'] = [];
  const offers: JobcentreCitizen['activationOffers'] = [];
  let mentor: JobcentreCitizen['mentor'] = null;
  /** Books an appointment: before AS_OF its attendance is recorded, and a missed one may be sanctioned. */
  const book = (day: number, startMinutes: number, minutes: number, kind: JobcentreAppointment['kind']) => {
    const id = `N${n}-A${appointments.length + 1}`;
    const attended = day < AS_OF_DAY ? rand.next() >= (kind === 'ACTIVATION_SESSION' ? 0.06 : 0.05) : null;
    appointments.push({ id, at: at(day, startMinutes), end: at(day, startMinutes + minutes), kind, attended });
    if (attended === false && rand.chance(0.35)) {
      const benefit = benefitOn(iso(day));
      if (SANCTIONED.has(benefit.kind)) {
        sanctions.push({
          id: `N${n}-X${sanctions.length + 1}`,
          date: iso(day),
          appointmentId: id,
          amountDkk: Math.round((benefit.monthlyDkk * 0.1335) / 25) * 25,
          reason: kind === 'ACTIVATION_SESSION' ? 'Udeblevet fra aktivering uden rimelig grund' : 'Udeblevet fra jobsamtale uden rimelig grund',
        });
      }
    }
  };

  // Activation: offers one after another, with gaps, none during an exemption. Sessions of courses
  // and internships are booked with their attendance up to AS_OF; later ones follow the schedule.
  if (current.kind !== 'SICKNESS_BENEFIT' || rand.chance(0.4)) {
    for (let day = start + rand.int(30, 120); day < last; ) {
      const from = mondayFrom(day);
      const offerKind = weighted<ActivationKind>(rand, [
        ['COURSE', 4],
        ['INTERNSHIP', 3],
        ['JOB_TRAINING', 2],
        ['MENTOR_SUPPORT', 1],
      ]);
      let to = from + rand.int(6, 13) * 7 - 3; // a Friday
      if (from <= exemptTo && to >= exemptFrom) {
        day = exemptTo + rand.int(14, 60);
        continue;
      }
      if (closedOn !== null && to > closedOn) to = closedOn;
      if (to < from) break;
      const schedule: WeeklySchedule =
        offerKind === 'MENTOR_SUPPORT' ? { weekdays: [rand.int(1, 5)], startTime: '10:00', endTime: '11:00' } : rand.pick(SCHEDULES);
      const hoursPerWeek = hoursPerWeekOf(schedule);
      offers.push({
        id: `N${n}-O${offers.length + 1}`,
        kind: offerKind,
        provider: rand.pick(PROVIDERS[offerKind]),
        from: iso(from),
        to: iso(to),
        schedule,
        hoursPerWeek,
      });
      if (offerKind === 'MENTOR_SUPPORT') {
        mentor = { name: rand.pick(MENTORS), hoursPerWeek, from: iso(from), to: iso(to) };
      } else if (offerKind !== 'JOB_TRAINING') {
        const onDay = [false, false, false, false, false, false, false, false];
        for (const d of schedule.weekdays) onDay[d] = true;
        const startMinutes = minutesOf(schedule.startTime);
        const minutes = minutesOf(schedule.endTime) - startMinutes;
        for (let d = from; d <= to && d < AS_OF_DAY; d++) if (onDay[weekday(d)]) book(d, startMinutes, minutes, 'ACTIVATION_SESSION');
      }
      // A follow-up after the offer.
      const followUp = onWeekday(to + rand.int(5, 14));
      if (followUp <= last || (closedOn === null && followUp < AS_OF_DAY + BOOKED_AHEAD_DAYS)) book(followUp, rand.pick(INTERVIEW_STARTS), 30, 'FOLLOW_UP');
      day = to + rand.int(180, 560);
    }
  }

  // Job interviews every five to nine weeks; an open case has the next one booked.
  for (let day = onWeekday(start + rand.int(7, 21)); ; day = onWeekday(day + rand.int(35, 63))) {
    if (day > last) {
      if (closedOn === null) book(day, rand.pick(INTERVIEW_STARTS), 45, 'INTERVIEW');
      break;
    }
    book(day, rand.pick(INTERVIEW_STARTS), rand.chance(0.5) ? 30 : 45, 'INTERVIEW');
  }
  appointments.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  return {
    cpr,
    caseOpen: closedOn === null,
    benefits,
    matchGroup: group ? { group, from: current.from } : null,
    activationOffers: offers,
    appointments,
    sanctions,
    mentor,
    exemptions,
  };
}

// ---------------------------------------------------------------------------------------------
// The family department

const MEASURE_YEARLY_DKK: Record<FamilyMeasureKind, [number, number]> = {
  FAMILY_TREATMENT: [80_000, 160_000],
  FAMILY_CONSULTANT: [60_000, 130_000],
  CONTACT_PERSON: [35_000, 70_000],
  RESPITE_CARE: [90_000, 180_000],
  PLACEMENT_OUTSIDE_HOME: [450_000, 950_000],
};
const MEASURE_KINDS: readonly (readonly [FamilyMeasureKind, number])[] = [
  ['FAMILY_TREATMENT', 30],
  ['FAMILY_CONSULTANT', 25],
  ['CONTACT_PERSON', 20],
  ['RESPITE_CARE', 13],
  ['PLACEMENT_OUTSIDE_HOME', 12],
];
const MEETING_STARTS = [9 * 60, 10 * 60, 13 * 60, 14 * 60];

/** Case numbers per year from 1000 on: the personas' cases are numbered below 1000. */
type CaseNumbers = Map<number, number>;

/**
 * A case about the parent's child (and now and then a sibling), the children new persons in the
 * register with the parent as custody holder. Returns the case and the children.
 */
function familyCase(rand: Rand, n: number, parent: Person, seen: Set<string>, caseNumbers: CaseNumbers): { familyCase: FamilyCase; children: Person[] } {
  const parentYear = Number(parent.birthDate.slice(0, 4));
  const youngest = Math.max(parentYear + 19, 2008);
  const oldest = Math.min(parentYear + 42, 2024);
  const child = person(rand, uniqueCpr(rand, seen, rand.int(youngest, oldest), n), CHILD_FIRST, parent);
  const born = dayNumber(child.birthDate);
  const adult = birthday(child.birthDate, 18);
  // Opened while the child is a child, at least half a year before it turns 18.
  let opened = onWeekday(Math.max(rand.int(FAMILY_FROM, AS_OF_DAY - 30), born + 120));
  if (opened > adult - 180) opened = onWeekday(Math.max(adult - 180 - rand.int(0, 900), born + 120, FAMILY_FROM));
  const children = [child];
  if (rand.chance(0.3)) {
    const siblingYear = rand.int(youngest, Math.min(oldest + 1, Number(iso(opened).slice(0, 4))));
    children.push(person(rand, uniqueCpr(rand, seen, siblingYear, n + 500), CHILD_FIRST, parent));
  }
  let closed: number | null = opened + 365 < AS_OF_DAY && rand.chance(0.35) ? rand.int(opened + 365, AS_OF_DAY - 1) : null;
  // The case about a child closes when the child turns 18.
  if (adult <= AS_OF_DAY && (closed === null || adult < closed)) closed = adult;
  const end = closed ?? AS_OF_DAY;

  const year = Number(iso(opened).slice(0, 4));
  const number = caseNumbers.get(year) ?? 1000;
  caseNumbers.set(year, number + 1);

  const investigations: FamilyCase['investigations'] = [];
  const doneBy = (started: number, deadline: number) => {
    const done = started + rand.int(50, deadline - started + 5);
    return done <= end ? iso(done) : null;
  };
  const investigationDone = doneBy(opened, opened + 120);
  investigations.push({ kind: 'CHILD_INVESTIGATION', subjectCpr: child.cpr, started: iso(opened), deadline: iso(opened + 120), done: investigationDone });

  const meetings: FamilyCase['meetings'] = [];
  const meet = (day: number, kind: string, participants: string[]) => {
    const startMinutes = rand.pick(MEETING_STARTS);
    meetings.push({
      id: `N${n}-M${meetings.length + 1}`,
      at: at(day, startMinutes),
      end: at(day, startMinutes + (rand.chance(0.5) ? 60 : 90)),
      kind,
      participantCprs: participants,
    });
  };
  if (end - opened > 200 && rand.chance(0.12)) {
    const started = onWeekday(opened + rand.int(60, Math.min(365, end - opened - 90)));
    investigations.push({
      kind: 'PARENTAL_CAPACITY_ASSESSMENT',
      subjectCpr: parent.cpr,
      started: iso(started),
      deadline: iso(started + 120),
      done: doneBy(started, started + 120),
    });
    for (let day = onWeekday(started + rand.int(10, 30)), k = 0; k < 3 && day < Math.min(end, started + 120); k++, day = onWeekday(day + rand.int(14, 35))) {
      meet(day, 'PARENTAL_CAPACITY_INTERVIEW', [parent.cpr]);
    }
  }

  // Measures one after another from the investigation's end; the last may run on.
  const measures: FamilyCase['measures'] = [];
  for (let from = (investigationDone ? dayNumber(investigationDone) : opened + 90) + rand.int(7, 30); from < end && measures.length < 3; ) {
    const kind = weighted(rand, MEASURE_KINDS);
    const [low, high] = MEASURE_YEARLY_DKK[kind];
    let to: number | null = from + rand.int(180, 730);
    if (closed !== null && to > closed) to = closed;
    else if (closed === null && to >= AS_OF_DAY && rand.chance(0.5)) to = null;
    measures.push({
      id: `N${n}-F${measures.length + 1}`,
      kind,
      from: iso(from),
      to: to === null ? null : planned(to),
      yearlyCostDkk: rand.int(low / 1000, high / 1000) * 1000,
    });
    if (to === null) break;
    from = to + rand.int(1, 60);
  }

  // Network and follow-up meetings every six to twelve weeks; an open case has the next one booked.
  for (let day = onWeekday(opened + rand.int(7, 21)), first = true; ; day = onWeekday(day + rand.int(42, 84)), first = false) {
    const booked = day > end;
    if (booked && (closed !== null || day > AS_OF_DAY + BOOKED_AHEAD_DAYS)) break;
    const participants: string[] = [];
    if (rand.chance(0.92)) participants.push(parent.cpr);
    for (const c of children) if (day >= birthday(c.birthDate, 12) && rand.chance(0.4)) participants.push(c.cpr);
    if (participants.length === 0) participants.push(parent.cpr);
    meet(day, first || rand.chance(0.4) ? 'NETWORK_MEETING' : 'FOLLOW_UP_MEETING', participants);
    if (booked) break;
  }
  meetings.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  return {
    familyCase: {
      caseNo: `B-${year}-${number}`,
      childCpr: child.cpr,
      status: closed === null ? 'OPEN' : 'CLOSED',
      opened: iso(opened),
      closed: closed === null ? null : iso(closed),
      parties: [
        ...children.map((c) => ({ cpr: c.cpr, role: 'CHILD' as const, custody: false })),
        { cpr: parent.cpr, role: rand.chance(0.65) ? ('MOTHER' as const) : ('FATHER' as const), custody: true },
      ],
      investigations,
      measures,
      meetings,
    },
    children,
  };
}

// ---------------------------------------------------------------------------------------------
// Adult social services

const HOURS_BY_LEVEL: Record<1 | 2 | 3 | 4 | 5, [number, number]> = { 1: [1, 2], 2: [3, 5], 3: [5, 8], 4: [8, 12], 5: [12, 20] };
const INQUIRIES = ['Henvendelse fra borger', 'Henvendelse fra pårørende', 'Henvendelse fra distriktspsykiatrien', 'Henvendelse fra egen læge'];
const HOUSING_TOPICS = ['Bostøtte', 'Bostøtte ved angst', 'Bostøtte ved depression', 'Bostøtte og netværk'];
const PSYCHIATRY_NOTES = ['Samarbejde med distriktspsykiatrien', 'Fælles plan med regionspsykiatrien', 'Koordineret indsatsplan'];

function adultSocialCitizen(rand: Rand, n: number, cpr: string, birthDate: string): AdultSocialCitizen {
  const start = onWeekday(Math.max(rand.int(ADULT_SOCIAL_FROM, AS_OF_DAY - 30), birthday(birthDate, 18)));
  const closedOn = start + 365 < AS_OF_DAY && rand.chance(0.15) ? rand.int(start + 365, AS_OF_DAY - 1) : null;
  const end = closedOn ?? AS_OF_DAY;
  /** The end of something that runs until `day` (null: on): no later than the case's closing. */
  const until = (day: number | null) => (day === null || (closedOn !== null && day >= closedOn) ? (closedOn === null ? null : iso(closedOn)) : planned(day));
  const profile = weighted(rand, [
    ['HOUSING', 80],
    ['RESIDENTIAL', 8],
    ['TREATMENT', 12],
  ] as const);

  const citizen: AdultSocialCitizen = {
    cpr,
    caseOpen: closedOn === null,
    assessments: [],
    supportPackages: [],
    placements: [],
    addictionTreatments: [],
    education: [],
    psychiatryCooperation: [],
    appointments: [],
  };
  const appointment = (day: number, startMinutes: number, minutes: number, kind: string) => {
    citizen.appointments.push({ id: `N${n}-V${citizen.appointments.length + 1}`, at: at(day, startMinutes), end: at(day, startMinutes + minutes), kind });
  };
  /** An assessment opened on `opened`, with its meeting; returns the day of the decision, or null while pending. */
  const assess = (kind: 'NEEDS_ASSESSMENT' | 'INQUIRY', topic: string, opened: number, refusal = 0): number | null => {
    let decidedOn = opened + (kind === 'INQUIRY' ? rand.int(3, 14) : rand.int(21, 56));
    // A closed case had its assessments decided by its closing; an open one may be waiting.
    if (closedOn !== null && decidedOn > closedOn) decidedOn = closedOn;
    const pending = decidedOn > end;
    citizen.assessments.push({
      kind,
      topic,
      opened: iso(opened),
      decided: pending ? null : iso(decidedOn),
      status: pending ? 'PENDING' : rand.chance(refusal) ? 'REFUSED' : 'GRANTED',
    });
    if (kind === 'NEEDS_ASSESSMENT') {
      const meeting = onWeekday(opened + rand.int(5, 14));
      if (meeting <= end || (closedOn === null && meeting < AS_OF_DAY + BOOKED_AHEAD_DAYS))
        appointment(meeting, rand.int(9, 14) * 60, 60, 'ASSESSMENT_MEETING');
    }
    return pending || citizen.assessments.at(-1)!.status === 'REFUSED' ? null : decidedOn;
  };

  let assessed = start;
  if (rand.chance(0.7)) {
    assess('INQUIRY', rand.pick(INQUIRIES), start);
    assessed = onWeekday(start + rand.int(7, 21));
  }
  const topic = profile === 'HOUSING' ? rand.pick(HOUSING_TOPICS) : profile === 'RESIDENTIAL' ? 'Botilbud' : 'Misbrugsbehandling';
  const granted = assess('NEEDS_ASSESSMENT', topic, assessed);

  if (granted !== null && profile === 'HOUSING') {
    // Support packages, reassessed every eight to eighteen months, with support sessions every one
    // or two weeks and a home visit a quarter.
    let level = rand.int(1, 4) as 1 | 2 | 3 | 4 | 5;
    for (let from = granted; from < end; ) {
      const next = from + rand.int(240, 540);
      const revisit = next - 35 < end ? assess('NEEDS_ASSESSMENT', 'Revisitation af bostøtte', next - 35, 0.1) : null;
      const to = revisit !== null ? revisit - 1 : null;
      const [low, high] = HOURS_BY_LEVEL[level];
      citizen.supportPackages.push({ level, hoursPerWeek: rand.int(low, high), from: iso(from), to: until(to) });
      const sessionEvery = level >= 4 ? 7 : 14;
      const sessionAt = rand.int(9, 14) * 60;
      // Sessions are booked two weeks ahead.
      const sessionsUntil = to ?? closedOn ?? AS_OF_DAY + 14;
      for (let day = onWeekday(from + rand.int(2, 7)); day <= sessionsUntil; day = onWeekday(day + sessionEvery))
        appointment(day, sessionAt, 60, 'SUPPORT_SESSION');
      if (revisit === null) break;
      level = Math.min(5, Math.max(1, level + rand.pick([-1, -1, 0, 1]))) as 1 | 2 | 3 | 4 | 5;
      from = revisit;
    }
    for (let day = onWeekday(granted + rand.int(60, 120)); day <= end; day = onWeekday(day + rand.int(80, 120))) appointment(day, 10 * 60, 60, 'HOME_VISIT');
  }
  if (granted !== null && profile === 'RESIDENTIAL') {
    const to = granted + rand.int(180, 540);
    citizen.placements.push({ kind: 'TEMPORARY_RESIDENTIAL', from: iso(granted), to: until(to) });
    if (to < end && rand.chance(0.4)) citizen.placements.push({ kind: 'LONG_TERM_RESIDENTIAL', from: iso(to + 1), to: until(null) });
    for (let day = onWeekday(granted + rand.int(30, 90)); day <= end; day = onWeekday(day + rand.int(80, 120)))
      appointment(day, 13 * 60, 90, 'NETWORK_MEETING');
  }
  if (granted !== null && (profile === 'TREATMENT' || rand.chance(0.15))) {
    // Addiction treatment, one course or two, with support sessions in between for those treated only.
    for (let from = granted, k = 0; from < end && k < 2; k++) {
      const kind =
        profile === 'TREATMENT'
          ? weighted(rand, [
              ['OUTPATIENT', 7],
              ['DAY', 2],
              ['RESIDENTIAL', 1],
            ] as const)
          : 'OUTPATIENT';
      const to = from + rand.int(90, 365);
      citizen.addictionTreatments.push({ kind, from: iso(from), to: to >= AS_OF_DAY && closedOn === null && rand.chance(0.5) ? null : until(to) });
      if (profile === 'TREATMENT')
        for (let day = onWeekday(from + 7); day <= Math.min(to, end); day = onWeekday(day + 14)) appointment(day, 11 * 60, 45, 'SUPPORT_SESSION');
      from = to + rand.int(60, 400);
    }
  }
  if (rand.chance(0.25)) {
    const from = start + rand.int(0, 200);
    if (from < end) {
      citizen.psychiatryCooperation.push({ from: iso(from), to: until(closedOn), note: rand.pick(PSYCHIATRY_NOTES) });
      for (let day = onWeekday(from + rand.int(20, 60)); day <= end; day = onWeekday(day + rand.int(90, 180))) appointment(day, 14 * 60, 90, 'NETWORK_MEETING');
    }
  }
  // Special youth education (STU), three years, for the young.
  if (start < birthday(birthDate, 23) && rand.chance(0.35)) {
    const from = start + rand.int(20, 90);
    citizen.education.push({ daysPerWeek: rand.int(1, 5), from: iso(from), to: until(from + 3 * 365) });
  }
  citizen.appointments.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return citizen;
}

// ---------------------------------------------------------------------------------------------

/** Adds `count` synthetic citizens (and the children of family cases) to a world of the personas. */
export function addSyntheticCitizens(world: World, count: number): void {
  const rand = prng(20260101);
  const seen = new Set(world.persons.map((p) => p.cpr));
  const caseNumbers: CaseNumbers = new Map();
  const thresholds: { departments: number; below: number }[] = [];
  let cumulative = 0;
  for (const { departments, share } of INVOLVEMENT_SHARES) {
    cumulative += share;
    thresholds.push({ departments, below: cumulative });
  }

  for (let n = 1; n <= count; n++) {
    const u = rand.next();
    const departments = thresholds.find((t) => u < t.below)?.departments ?? 0;
    // Parents of a child born 2008-2024 are born 1975-2000; everybody else 1960-2006.
    const year = departments & FAMILY ? rand.int(1975, 2000) : rand.int(1960, 2006);
    const citizen = person(rand, uniqueCpr(rand, seen, year, n), FIRST);
    world.persons.push(citizen);
    if (departments & JOBCENTRE) world.jobcentre.push(jobcentreCitizen(rand, n, citizen.cpr, citizen.birthDate, (departments & FAMILY) !== 0));
    if (departments & FAMILY) {
      const { familyCase: made, children } = familyCase(rand, n, citizen, seen, caseNumbers);
      world.family.push(made);
      for (const child of children) {
        world.persons.push(child);
        // The register records custody until the child turns 18.
        if (birthday(child.birthDate, 18) > AS_OF_DAY) world.custody.push({ childCpr: child.cpr, holderCpr: citizen.cpr });
      }
    }
    if (departments & ADULT_SOCIAL) world.adultSocial.push(adultSocialCitizen(rand, n, citizen.cpr, citizen.birthDate));
  }
}
