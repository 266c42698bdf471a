import { describe, expect, it } from 'vitest';
import {
  CONFLICT_RULES,
  INCAPACITATING_RECORDS,
  detectConflicts,
  dutyMadeImpossibleRule,
  overlappingAppointmentsRule,
  sanctionForClashRule,
  type ConflictContext,
  type ConflictRule,
} from './conflicts.ts';
import { SOREN_CLASH_DAYS, anne, simon, soren } from './personas.fixture.ts';
import { buildTimeline } from './timeline.ts';
import type { Conflict, TimelineEvent, TimelineRange, ViewsInput } from './types.ts';

const AUTUMN: TimelineRange = { from: '2026-08-01', to: '2026-12-31' };
const rule = (kind: string): ConflictRule => CONFLICT_RULES.find((r) => r.kind === kind)!;
const conflictsOf = (input: ViewsInput, range: TimelineRange = AUTUMN, rules?: readonly ConflictRule[]) =>
  detectConflicts(buildTimeline(input, range), { input, range }, rules);
const summary = (conflicts: Conflict[]) => conflicts.map((c) => [c.kind, c.departments.join('+'), c.events.map((e) => e.ref.id).join(',')]);

const timed = (
  department: TimelineEvent['department'],
  kind: string,
  id: string,
  at: string,
  end: string,
  extra: Partial<TimelineEvent> = {},
): TimelineEvent => ({
  at,
  end,
  department,
  kind,
  title: `${kind} ${id}`,
  ref: { type: 'Test', id },
  ...extra,
});
const sanction = (id: string, date: string, window?: { at: string; end: string }): TimelineEvent => ({
  at: date,
  end: null,
  department: 'JOBCENTRE',
  kind: 'SANCTION',
  title: `Sanction ${id}`,
  ref: { type: 'Sanction', id },
  ...(window ? { window } : {}),
});

describe('CONFLICT_RULES', () => {
  it('holds the three rules, each with a description template', () => {
    expect(CONFLICT_RULES.map((r) => r.kind)).toEqual(['OVERLAPPING_APPOINTMENTS', 'SANCTION_FOR_CLASH', 'DUTY_MADE_IMPOSSIBLE']);
    for (const r of CONFLICT_RULES) expect(r.description).toMatch(/\{\w+\}/);
  });
});

describe('OVERLAPPING_APPOINTMENTS', () => {
  const overlap = [rule('OVERLAPPING_APPOINTMENTS')];
  it.each<[string, TimelineEvent[], string[][]]>([
    [
      'an activation session and a family meeting in the same morning',
      [
        timed('JOBCENTRE', 'ACTIVATION_SESSION', 'J1', '2026-09-08T08:30', '2026-09-08T12:00'),
        timed('FAMILY', 'MEETING', 'F1', '2026-09-08T09:00', '2026-09-08T10:30'),
      ],
      [['OVERLAPPING_APPOINTMENTS', 'JOBCENTRE+FAMILY', 'J1,F1']],
    ],
    [
      'an adult social visit inside a family meeting',
      [
        timed('FAMILY', 'MEETING', 'F1', '2026-10-01T09:00', '2026-10-01T11:00'),
        timed('ADULT_SOCIAL', 'APPOINTMENT', 'V1', '2026-10-01T10:00', '2026-10-01T10:30'),
      ],
      [['OVERLAPPING_APPOINTMENTS', 'FAMILY+ADULT_SOCIAL', 'F1,V1']],
    ],
    [
      'three departments at once: each pair',
      [
        timed('JOBCENTRE', 'APPOINTMENT', 'J1', '2026-10-01T09:00', '2026-10-01T10:00'),
        timed('FAMILY', 'MEETING', 'F1', '2026-10-01T09:15', '2026-10-01T10:00'),
        timed('ADULT_SOCIAL', 'APPOINTMENT', 'V1', '2026-10-01T09:30', '2026-10-01T10:00'),
      ],
      [
        ['OVERLAPPING_APPOINTMENTS', 'JOBCENTRE+FAMILY', 'J1,F1'],
        ['OVERLAPPING_APPOINTMENTS', 'JOBCENTRE+ADULT_SOCIAL', 'J1,V1'],
        ['OVERLAPPING_APPOINTMENTS', 'FAMILY+ADULT_SOCIAL', 'F1,V1'],
      ],
    ],
    [
      'two appointments of the same department (not a cross-department conflict)',
      [
        timed('JOBCENTRE', 'ACTIVATION_SESSION', 'J1', '2026-11-30T08:30', '2026-11-30T12:00'),
        timed('JOBCENTRE', 'APPOINTMENT', 'J2', '2026-11-30T10:00', '2026-11-30T10:45'),
      ],
      [],
    ],
    [
      'one ending as the other starts',
      [
        timed('JOBCENTRE', 'ACTIVATION_SESSION', 'J1', '2026-09-08T08:30', '2026-09-08T09:00'),
        timed('FAMILY', 'MEETING', 'F1', '2026-09-08T09:00', '2026-09-08T10:30'),
      ],
      [],
    ],
    [
      'the same hours on different days',
      [
        timed('JOBCENTRE', 'ACTIVATION_SESSION', 'J1', '2026-09-07T08:30', '2026-09-07T12:00'),
        timed('FAMILY', 'MEETING', 'F1', '2026-09-08T09:00', '2026-09-08T10:30'),
      ],
      [],
    ],
    [
      'a family meeting held without the citizen',
      [
        timed('JOBCENTRE', 'ACTIVATION_SESSION', 'J1', '2026-09-08T08:30', '2026-09-08T12:00'),
        timed('FAMILY', 'MEETING', 'F1', '2026-09-08T09:00', '2026-09-08T10:30', { participated: false }),
      ],
      [],
    ],
    [
      'a day event on the same day (a start of a measure takes no hours)',
      [
        timed('JOBCENTRE', 'ACTIVATION_SESSION', 'J1', '2026-09-08T08:30', '2026-09-08T12:00'),
        { ...timed('FAMILY', 'MEASURE_START', 'F1', '2026-09-08', ''), end: null },
      ],
      [],
    ],
  ])('%s', (_, events, expected) => {
    expect(summary(detectConflicts(events, {}, overlap))).toEqual(expected);
  });

  it("finds Søren's three clashes when sanctions are not looked at", () => {
    const conflicts = conflictsOf(soren(), AUTUMN, overlap);
    expect(summary(conflicts)).toEqual(SOREN_CLASH_DAYS.map((_, i) => ['OVERLAPPING_APPOINTMENTS', 'JOBCENTRE+FAMILY', `S-A${i + 1},S-M${i + 1}`]));
    expect(conflicts[0]!.description).toBe(
      'Activation session (missed) (jobcentre) and Parental capacity interview (case B-2026-0117) (family department) overlap on 2026-09-08, 09:00-10:30.',
    );
  });

  it('finds nothing in a view whose meetings are withheld', () => {
    const input = soren();
    input.family!.cases![0]!.meetings = null;
    expect(conflictsOf(input)).toEqual([]);
  });
});

describe('SANCTION_FOR_CLASH', () => {
  const sanctions = [rule('SANCTION_FOR_CLASH')];
  const morning = { at: '2026-09-08T08:30', end: '2026-09-08T12:00' };
  it.each<[string, TimelineEvent[], string[][]]>([
    [
      'a family meeting inside the missed session',
      [sanction('X1', '2026-09-08', morning), timed('FAMILY', 'MEETING', 'F1', '2026-09-08T09:00', '2026-09-08T10:30')],
      [['SANCTION_FOR_CLASH', 'JOBCENTRE+FAMILY', 'X1,F1']],
    ],
    [
      'an adult social appointment inside it',
      [sanction('X1', '2026-09-08', morning), timed('ADULT_SOCIAL', 'APPOINTMENT', 'V1', '2026-09-08T11:00', '2026-09-08T12:30')],
      [['SANCTION_FOR_CLASH', 'JOBCENTRE+ADULT_SOCIAL', 'X1,V1']],
    ],
    [
      'a family meeting the same day at a different time',
      [sanction('X1', '2026-09-08', morning), timed('FAMILY', 'MEETING', 'F1', '2026-09-08T13:00', '2026-09-08T14:00')],
      [],
    ],
    [
      'a sanction that does not name its missed appointment',
      [sanction('X1', '2026-09-08'), timed('FAMILY', 'MEETING', 'F1', '2026-09-08T09:00', '2026-09-08T10:30')],
      [],
    ],
    [
      'only another jobcentre appointment at the time',
      [sanction('X1', '2026-09-08', morning), timed('JOBCENTRE', 'APPOINTMENT', 'J9', '2026-09-08T09:00', '2026-09-08T09:30')],
      [],
    ],
    [
      'a family meeting without the citizen',
      [sanction('X1', '2026-09-08', morning), timed('FAMILY', 'MEETING', 'F1', '2026-09-08T09:00', '2026-09-08T10:30', { participated: false })],
      [],
    ],
  ])('%s', (_, events, expected) => {
    expect(summary(detectConflicts(events, {}, sanctions))).toEqual(expected);
  });

  it("gives Søren's three sanctions three conflicts, each with the missed session and the family meeting", () => {
    const conflicts = conflictsOf(soren());
    expect(summary(conflicts)).toEqual(SOREN_CLASH_DAYS.map((_, i) => ['SANCTION_FOR_CLASH', 'JOBCENTRE+FAMILY', `S-X${i + 1},S-A${i + 1},S-M${i + 1}`]));
    expect(conflicts.every((c) => c.kind.includes('SANCTION'))).toBe(true);
    expect(conflicts[1]!.description).toBe(
      'Sanctioned on 2026-09-29 for missing a jobcentre appointment 2026-09-29 08:30-12:00 while booked by the family department (Family network meeting (case B-2026-0117), 09:00-10:30).',
    );
  });

  it('replaces the overlap it explains, and leaves an overlap it does not explain', () => {
    const input = soren();
    // A home visit on a course morning with no sanction: still an overlap of its own.
    input.adultSocial!.appointments!.push({ id: 'S-V2', at: '2026-10-05T10:00', end: '2026-10-05T11:00', kind: 'HOME_VISIT' });
    expect(summary(conflictsOf(input)).map(([kind, departments]) => `${kind} ${departments}`)).toEqual([
      'SANCTION_FOR_CLASH JOBCENTRE+FAMILY',
      'SANCTION_FOR_CLASH JOBCENTRE+FAMILY',
      'OVERLAPPING_APPOINTMENTS JOBCENTRE+ADULT_SOCIAL',
      'SANCTION_FOR_CLASH JOBCENTRE+FAMILY',
    ]);
  });

  it('still finds the clash through the offer’s session when booked appointments are withheld', () => {
    const input = soren();
    input.jobcentre!.appointments = null;
    const conflicts = conflictsOf(input);
    expect(summary(conflicts)).toEqual(SOREN_CLASH_DAYS.map((_, i) => ['SANCTION_FOR_CLASH', 'JOBCENTRE+FAMILY', `S-X${i + 1},S-O1,S-M${i + 1}`]));
  });

  it('leaves the overlaps when sanctions are withheld', () => {
    const input = soren();
    input.jobcentre!.sanctions = null;
    expect(conflictsOf(input).map((c) => c.kind)).toEqual(['OVERLAPPING_APPOINTMENTS', 'OVERLAPPING_APPOINTMENTS', 'OVERLAPPING_APPOINTMENTS']);
  });
});

describe('DUTY_MADE_IMPOSSIBLE', () => {
  const duty = [rule('DUTY_MADE_IMPOSSIBLE')];
  const withTreatment = (kind: 'OUTPATIENT' | 'DAY' | 'RESIDENTIAL', from = '2026-10-01', to: string | null = '2026-11-30') => {
    const input = soren();
    input.adultSocial!.addictionTreatments = [{ kind, from, to }];
    return input;
  };

  it.each<[string, () => ViewsInput, TimelineRange, string[][]]>([
    [
      'Søren in residential treatment during his course, mentor support and cash benefit',
      () => withTreatment('RESIDENTIAL'),
      AUTUMN,
      [
        ['DUTY_MADE_IMPOSSIBLE', 'JOBCENTRE+ADULT_SOCIAL', 'ACTIVATION_START S-O1'],
        ['DUTY_MADE_IMPOSSIBLE', 'JOBCENTRE+ADULT_SOCIAL', 'ACTIVATION_START S-O2'],
        ['DUTY_MADE_IMPOSSIBLE', 'JOBCENTRE+ADULT_SOCIAL', 'BENEFIT_START CASH_BENEFIT:2025-03-01'],
      ],
    ],
    ['outpatient treatment (he lives at home and can attend)', () => withTreatment('OUTPATIENT'), AUTUMN, []],
    ['day treatment (not in the incapacitating list)', () => withTreatment('DAY'), AUTUMN, []],
    ['residential treatment outside the range', () => withTreatment('RESIDENTIAL'), { from: '2026-08-01', to: '2026-09-30' }, []],
    [
      'residential treatment after every duty ended',
      () => withTreatment('RESIDENTIAL', '2027-03-01', null),
      { from: '2027-01-01', to: '2027-12-31' },
      [['DUTY_MADE_IMPOSSIBLE', 'JOBCENTRE+ADULT_SOCIAL', 'BENEFIT_START CASH_BENEFIT:2025-03-01']],
    ],
    [
      'exemptions withheld: no duty to seek work is assumed, the offers still count',
      () => {
        const input = withTreatment('RESIDENTIAL');
        input.jobcentre!.exemptions = null;
        return input;
      },
      AUTUMN,
      [
        ['DUTY_MADE_IMPOSSIBLE', 'JOBCENTRE+ADULT_SOCIAL', 'ACTIVATION_START S-O1'],
        ['DUTY_MADE_IMPOSSIBLE', 'JOBCENTRE+ADULT_SOCIAL', 'ACTIVATION_START S-O2'],
      ],
    ],
    [
      'exempt while in treatment: no duty to seek work then',
      () => {
        const input = withTreatment('RESIDENTIAL');
        input.jobcentre!.activationOffers = [];
        input.jobcentre!.appointments = [];
        input.jobcentre!.exemptions = [{ reason: 'ILLNESS', from: '2026-09-15', to: null }];
        return input;
      },
      AUTUMN,
      [],
    ],
    [
      'Simon placed in a residential facility during his internship (education benefit carries no duty to seek work)',
      () => {
        const input = simon();
        input.adultSocial!.placements = [{ kind: 'TEMPORARY_RESIDENTIAL', from: '2026-11-01', to: '2027-04-30' }];
        return input;
      },
      AUTUMN,
      [['DUTY_MADE_IMPOSSIBLE', 'JOBCENTRE+ADULT_SOCIAL', 'ACTIVATION_START B-O1']],
    ],
    ['Anne as she is: her exemption ended before her job training began', () => anne(), { from: '2025-01-01', to: '2026-12-31' }, []],
    [
      'Anne with her exemption running into her job training',
      () => {
        const input = anne();
        input.jobcentre!.exemptions = [{ reason: 'CARE_FOR_FAMILY', from: '2025-01-06', to: '2026-06-30' }];
        return input;
      },
      { from: '2025-01-01', to: '2026-12-31' },
      [['DUTY_MADE_IMPOSSIBLE', 'JOBCENTRE', 'ACTIVATION_START A-O1']],
    ],
  ])('%s', (_, input, range, expected) => {
    const conflicts = conflictsOf(input(), range, duty);
    expect(conflicts.map((c) => [c.kind, c.departments.join('+'), `${c.events[0]!.kind} ${c.events[0]!.ref.id}`])).toEqual(expected);
  });

  it('lists the offer’s sessions in the overlap and describes the overlap', () => {
    const input = withTreatment('RESIDENTIAL', '2026-10-19', '2026-10-25');
    const [course] = conflictsOf(input, { from: '2026-10-01', to: '2026-10-31' }, duty);
    expect(course!.events.map((e) => `${e.kind} ${e.ref.id} ${e.at}`)).toEqual([
      'ACTIVATION_START S-O1 2026-08-24',
      'TREATMENT_START RESIDENTIAL:2026-10-19 2026-10-19',
      'ACTIVATION_SESSION S-O1 2026-10-19T08:30',
      'ACTIVATION_SESSION S-A3 2026-10-20T08:30', // the booked session is the course's too
      'ACTIVATION_SESSION S-O1 2026-10-21T08:30',
      'ACTIVATION_SESSION S-O1 2026-10-22T08:30',
    ]);
    expect(course!.description).toBe(
      'Activation course at Aarhus Jobværksted (2026-08-24 to 2026-12-18) is required while residential addiction treatment (2026-10-19 to 2026-10-25) makes it impossible; they overlap 2026-10-19 to 2026-10-25.',
    );
  });

  it('flags booked activation sessions during an exemption', () => {
    const input = soren();
    input.jobcentre!.activationOffers = [];
    input.jobcentre!.exemptions = [{ reason: 'ILLNESS', from: '2026-09-15', to: null }];
    expect(summary(conflictsOf(input, AUTUMN, duty))).toEqual([['DUTY_MADE_IMPOSSIBLE', 'JOBCENTRE', 'S-A2,S-A3,ILLNESS:2026-09-15']]);
  });

  it('groups booked activation sessions whose offer is withheld', () => {
    const input = withTreatment('RESIDENTIAL', '2026-09-15', '2026-10-31');
    input.jobcentre!.activationOffers = null;
    input.jobcentre!.exemptions = null;
    const conflicts = conflictsOf(input, AUTUMN, duty);
    expect(conflicts.map((c) => c.events.map((e) => e.ref.id).join(','))).toEqual(['S-A2,S-A3,RESIDENTIAL:2026-09-15']);
    expect(conflicts[0]!.description).toContain('2 booked activation sessions (2026-09-29 to 2026-10-20)');
  });

  it('takes its list of incapacitating records as data', () => {
    const withDay = dutyMadeImpossibleRule({
      incapacitating: [...INCAPACITATING_RECORDS, { recordType: 'AddictionTreatment', kinds: ['DAY'] }],
      seekWorkBenefitKinds: [],
    });
    expect(conflictsOf(withTreatment('DAY'), AUTUMN, [withDay]).map((c) => c.events[0]!.ref.id)).toEqual(['S-O1', 'S-O2']);
  });

  it('finds nothing without the views in the context: it does not guess periods from a clipped timeline', () => {
    const input = withTreatment('RESIDENTIAL');
    expect(detectConflicts(buildTimeline(input, AUTUMN), {}, duty)).toEqual([]);
  });
});

describe('detectConflicts', () => {
  it('finds no conflict in Anne’s or Simon’s autumn', () => {
    expect(conflictsOf(anne())).toEqual([]);
    expect(conflictsOf(simon())).toEqual([]);
  });

  it('finds nothing in an empty timeline', () => {
    expect(detectConflicts([])).toEqual([]);
  });

  it('orders conflicts by when they happen', () => {
    const input = soren();
    input.adultSocial!.addictionTreatments = [{ kind: 'RESIDENTIAL', from: '2026-10-01', to: '2026-10-10' }];
    const conflicts = conflictsOf(input);
    expect(conflicts.map((c) => c.kind)).toEqual([
      'SANCTION_FOR_CLASH',
      'SANCTION_FOR_CLASH',
      'DUTY_MADE_IMPOSSIBLE',
      'DUTY_MADE_IMPOSSIBLE',
      'DUTY_MADE_IMPOSSIBLE',
      'SANCTION_FOR_CLASH',
    ]);
  });

  it('runs any list of rules and fills their templates', () => {
    const sameDay: ConflictRule = {
      kind: 'TWO_DEPARTMENTS_SAME_DAY',
      description: '{count} departments on {day}',
      detect: (events) => {
        const byDay = new Map<string, TimelineEvent[]>();
        for (const e of events) byDay.set(e.at.slice(0, 10), [...(byDay.get(e.at.slice(0, 10)) ?? []), e]);
        return [...byDay]
          .filter(([, es]) => new Set(es.map((e) => e.department)).size > 1)
          .map(([day, es]) => ({ events: es, values: { day, count: String(new Set(es.map((e) => e.department)).size) } }));
      },
    };
    const context: ConflictContext = {};
    const conflicts = detectConflicts(buildTimeline(soren(), { from: '2026-09-08', to: '2026-09-08' }), context, [sameDay]);
    expect(conflicts.map((c) => [c.kind, c.description, c.departments])).toEqual([
      ['TWO_DEPARTMENTS_SAME_DAY', '2 departments on 2026-09-08', ['JOBCENTRE', 'FAMILY']],
    ]);
  });

  it('keeps a custom overlap rule’s kinds as data', () => {
    const meetingsOnly = overlappingAppointmentsRule({ kinds: ['MEETING'] });
    expect(conflictsOf(soren(), AUTUMN, [meetingsOnly])).toEqual([]);
    const noClashKinds = sanctionForClashRule({ clashKinds: [] });
    expect(conflictsOf(soren(), AUTUMN, [noClashKinds])).toEqual([]);
  });
});
