import { describe, expect, it } from 'vitest';
import { anne, anneConsent, soren } from './personas.fixture.ts';
import { buildTimeline, MAX_SESSION_DAYS, sessionDays } from './timeline.ts';
import type { ActivationOfferData, ConsentData, TimelineEvent, TimelineRange, ViewsInput } from './types.ts';

const brief = (events: TimelineEvent[]) => events.map((e) => [e.at, e.department, e.kind, e.ref.id]);
const kinds = (events: TimelineEvent[]) => events.map((e) => e.kind);

const offer = (overrides: Partial<ActivationOfferData> = {}): ActivationOfferData => ({
  id: 'O-1',
  kind: 'COURSE',
  provider: 'Kommunalt jobcenter',
  from: '2026-01-05',
  to: null,
  schedule: { weekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'], startTime: '09:00', endTime: '12:00' },
  hoursPerWeek: 21,
  ...overrides,
});
const onlyOffer = (o: ActivationOfferData): ViewsInput => ({ jobcentre: { activationOffers: [o], withheld: [] } });
const sessionsOf = (events: TimelineEvent[]) => events.filter((e) => e.kind === 'ACTIVATION_SESSION');

describe('buildTimeline', () => {
  it("shows Søren's clash week: the booked session he missed, the sanction, the family meeting, and the other sessions of his offers", () => {
    expect(brief(buildTimeline(soren(), { from: '2026-09-07', to: '2026-09-13' }))).toEqual([
      ['2026-09-07T08:30', 'JOBCENTRE', 'ACTIVATION_SESSION', 'S-O1'],
      ['2026-09-08', 'JOBCENTRE', 'SANCTION', 'S-X1'],
      ['2026-09-08T08:30', 'JOBCENTRE', 'ACTIVATION_SESSION', 'S-A1'],
      ['2026-09-08T09:00', 'FAMILY', 'MEETING', 'S-M1'],
      ['2026-09-09T08:30', 'JOBCENTRE', 'ACTIVATION_SESSION', 'S-O1'],
      ['2026-09-10T08:30', 'JOBCENTRE', 'ACTIVATION_SESSION', 'S-O1'],
      ['2026-09-11T10:00', 'JOBCENTRE', 'ACTIVATION_SESSION', 'S-O2'],
    ]);
  });

  it('gives titles a caseworker can read and carries the missed appointment on the sanction', () => {
    const week = buildTimeline(soren(), { from: '2026-09-08', to: '2026-09-08' });
    expect(week.map((e) => e.title)).toEqual([
      'Sanction: DKK 1.675 deducted (Udeblevet fra aktivering uden rimelig grund)',
      'Activation session (missed)',
      'Parental capacity interview (case B-2026-0117)',
    ]);
    expect(week[0]).toMatchObject({ end: null, ref: { type: 'Sanction', id: 'S-X1' }, window: { at: '2026-09-08T08:30', end: '2026-09-08T12:00' } });
    expect(week[2]).toMatchObject({ end: '2026-09-08T10:30', participated: true });
  });

  it('without a range, shows every record and no expanded sessions', () => {
    const events = buildTimeline(soren(), {});
    expect(events.filter((e) => e.ref.type === 'ActivationOffer' && e.kind === 'ACTIVATION_SESSION')).toEqual([]);
    const count = (kind: string) => events.filter((e) => e.kind === kind).length;
    expect({
      BENEFIT_START: count('BENEFIT_START'),
      BENEFIT_END: count('BENEFIT_END'),
      ACTIVATION_START: count('ACTIVATION_START'),
      ACTIVATION_END: count('ACTIVATION_END'),
      MENTOR_START: count('MENTOR_START'),
      MATCH_GROUP_ASSIGNED: count('MATCH_GROUP_ASSIGNED'),
      APPOINTMENT: count('APPOINTMENT'),
      ACTIVATION_SESSION: count('ACTIVATION_SESSION'),
      SANCTION: count('SANCTION'),
      MEETING: count('MEETING'),
      CASE_OPENED: count('CASE_OPENED'),
      CASE_CLOSED: count('CASE_CLOSED'),
      INVESTIGATION_START: count('INVESTIGATION_START'),
      INVESTIGATION_DEADLINE: count('INVESTIGATION_DEADLINE'),
      ASSESSMENT_OPENED: count('ASSESSMENT_OPENED'),
      DECISION: count('DECISION'),
    }).toEqual({
      BENEFIT_START: 1,
      BENEFIT_END: 0, // his cash benefit runs with no end
      ACTIVATION_START: 2,
      ACTIVATION_END: 2,
      MENTOR_START: 0, // the mentor is the MENTOR_SUPPORT offer, shown once
      MATCH_GROUP_ASSIGNED: 1,
      APPOINTMENT: 3, // interview, follow-up, home visit
      ACTIVATION_SESSION: 3, // the booked sessions he missed
      SANCTION: 3,
      MEETING: 4,
      CASE_OPENED: 1,
      CASE_CLOSED: 0,
      INVESTIGATION_START: 1,
      INVESTIGATION_DEADLINE: 1,
      ASSESSMENT_OPENED: 2,
      DECISION: 1, // the inquiry; the needs assessment is pending
    });
    expect(events.find((e) => e.kind === 'DECISION')).toMatchObject({
      at: '2026-09-21',
      department: 'ADULT_SOCIAL',
      title: 'Inquiry decided (granted): Henvendelse fra mor om bekymring',
    });
  });

  it('is chronological, and the same moment orders by department, then kind', () => {
    const sameDay: ViewsInput = {
      adultSocial: { supportPackages: [{ level: 3, hoursPerWeek: 6, from: '2026-03-01' }], withheld: [] },
      family: {
        cases: [
          {
            caseNumber: 'B-1',
            status: 'OPEN',
            opened: '2026-03-01',
            role: 'CHILD',
            custody: false,
            child: { cpr: '750912-5014' },
            measures: [{ id: 'F-1', kind: 'CONTACT_PERSON', from: '2026-03-01' }],
          },
        ],
        withheld: [],
      },
      jobcentre: {
        benefits: [{ kind: 'CASH_BENEFIT', from: '2026-03-01', monthlyAmountDkk: 12_000 }],
        activationOffers: [offer({ from: '2026-03-01', to: '2026-06-30' })],
        withheld: [],
      },
    };
    expect(brief(buildTimeline(sameDay, { to: '2026-03-01' })).filter(([at]) => at === '2026-03-01')).toEqual([
      ['2026-03-01', 'JOBCENTRE', 'ACTIVATION_START', 'O-1'],
      ['2026-03-01', 'JOBCENTRE', 'BENEFIT_START', 'CASH_BENEFIT:2026-03-01'],
      ['2026-03-01', 'FAMILY', 'CASE_OPENED', 'B-1'],
      ['2026-03-01', 'FAMILY', 'MEASURE_START', 'F-1'],
      ['2026-03-01', 'ADULT_SOCIAL', 'SUPPORT_START', 'PACKAGE_3:2026-03-01'],
    ]);
    const all = buildTimeline(anne(), {});
    expect(all.map((e) => e.at)).toEqual([...all.map((e) => e.at)].sort());
  });

  it.each<[string, TimelineRange, boolean]>([
    ['on the first day of the range', { from: '2026-10-14', to: '2026-10-31' }, true],
    ['on the last day of the range', { from: '2026-10-01', to: '2026-10-14' }, true],
    ['the day after the range', { from: '2026-10-01', to: '2026-10-13' }, false],
    ['the day before the range', { from: '2026-10-15' }, false],
    ['with only an upper bound', { to: '2026-10-14' }, true],
  ])("Anne's family meeting on 2026-10-14 is shown %s: %s", (_, range, shown) => {
    expect(buildTimeline(anne(), range).some((e) => e.ref.id === 'A-M1')).toBe(shown);
  });

  it('shows an ended record with a start and an end, an open-ended one with a start only', () => {
    const events = buildTimeline(anne(), {});
    expect(brief(events.filter((e) => e.ref.type === 'Exemption'))).toEqual([
      ['2025-01-06', 'JOBCENTRE', 'EXEMPTION_START', 'CARE_FOR_FAMILY:2025-01-06'],
      ['2026-02-28', 'JOBCENTRE', 'EXEMPTION_END', 'CARE_FOR_FAMILY:2025-01-06'],
    ]);
    expect(kinds(events.filter((e) => e.ref.type === 'SupportPackage'))).toEqual(['SUPPORT_START']);
    expect(kinds(events.filter((e) => e.ref.type === 'PsychiatryCooperation'))).toEqual(['PSYCHIATRY_COOPERATION_START']);
    expect(brief(events.filter((e) => e.ref.type === 'FamilyCase'))).toEqual([
      ['2024-02-05', 'FAMILY', 'CASE_OPENED', 'B-2024-0031'],
      ['2025-02-10', 'FAMILY', 'CASE_OPENED', 'B-2025-0244'],
      ['2026-01-31', 'FAMILY', 'CASE_CLOSED', 'B-2025-0244'],
    ]);
  });

  it('gives records without an SDL id the same synthetic id on every build', () => {
    const first = buildTimeline(anne(), {}).map((e) => e.ref);
    expect(buildTimeline(anne(), {}).map((e) => e.ref)).toEqual(first);
    expect(first).toContainEqual({ type: 'Benefit', id: 'CASH_BENEFIT:2024-01-01' });
    expect(first).toContainEqual({ type: 'SupportPackage', id: 'PACKAGE_2:2025-09-01' });
    expect(first).toContainEqual({ type: 'MatchGroupAssignment', id: 'ACTIVITY_READY:2024-01-15' });
  });

  it('shows the current support package once when the list holds it too', () => {
    expect(buildTimeline(anne(), {}).filter((e) => e.kind === 'SUPPORT_START')).toHaveLength(1);
  });

  it.each<[string, ViewsInput]>([
    ['no department at all', {}],
    ['every department restricted (null)', { jobcentre: null, family: null, adultSocial: null, consents: null }],
    [
      'a jobcentre view with every category withheld',
      {
        jobcentre: {
          caseOpen: null,
          benefits: null,
          matchGroup: null,
          activationOffers: null,
          mentor: null,
          appointments: null,
          sanctions: null,
          exemptions: null,
          withheld: [],
        },
      },
    ],
    ['a family view with its cases withheld', { family: { caseOpen: null, cases: null, withheld: [] } }],
    [
      'an adult social view with every category withheld',
      {
        adultSocial: {
          caseOpen: null,
          assessments: null,
          supportPackages: null,
          currentSupportPackage: null,
          placements: null,
          addictionTreatments: null,
          education: null,
          psychiatryCooperation: null,
          appointments: null,
          withheld: [],
        },
      },
    ],
  ])('shows nothing for %s', (_, input) => {
    expect(buildTimeline(input, { from: '2020-01-01', to: '2030-12-31' })).toEqual([]);
  });

  it('shows a case whose meetings are withheld by its opening only', () => {
    const input: ViewsInput = {
      family: {
        cases: [
          {
            caseNumber: 'B-9',
            status: 'OPEN',
            opened: '2026-01-01',
            role: 'FATHER',
            custody: true,
            child: { cpr: '690514-4012' },
            investigations: null,
            measures: null,
            meetings: null,
          },
        ],
        withheld: [],
      },
    };
    expect(kinds(buildTimeline(input, {}))).toEqual(['CASE_OPENED']);
  });

  it('shows a meeting shared by two of a parent’s cases once, and says when the citizen is not in it', () => {
    const meeting = { id: 'M-1', at: '2026-10-01T09:00', end: '2026-10-01T10:00', kind: 'NETWORK_MEETING' as const, participated: false };
    const involvement = (caseNumber: string) => ({
      caseNumber,
      status: 'OPEN' as const,
      opened: '2026-01-01',
      role: 'MOTHER' as const,
      custody: true,
      child: { cpr: '750912-5014' },
      meetings: [meeting],
    });
    const events = buildTimeline({ family: { cases: [involvement('B-1'), involvement('B-2')], withheld: [] } }, { from: '2026-10-01', to: '2026-10-01' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ title: 'Family network meeting (case B-1), without the citizen', participated: false });
  });

  it('shows meetings shared without their cases, with no case number, and each meeting once when both are shared', () => {
    const meeting = { id: 'M-7', at: '2026-10-02T13:00', end: '2026-10-02T14:00', kind: 'NETWORK_MEETING' as const, participated: true };
    const onlyMeetings = buildTimeline({ family: { cases: null, meetings: [meeting], withheld: [] } }, { from: '2026-10-02', to: '2026-10-02' });
    expect(onlyMeetings).toHaveLength(1);
    expect(onlyMeetings[0]).toMatchObject({ kind: 'MEETING', title: 'Family network meeting', ref: { type: 'FamilyMeeting', id: 'M-7' } });
    const both = buildTimeline(
      {
        family: {
          cases: [
            { caseNumber: 'B-9', status: 'OPEN', opened: '2026-01-01', role: 'FATHER', custody: true, child: { cpr: '750912-5014' }, meetings: [meeting] },
          ],
          meetings: [meeting],
          withheld: [],
        },
      },
      { from: '2026-10-02', to: '2026-10-02' },
    );
    expect(both.map((e) => e.title)).toEqual(['Family network meeting (case B-9)']);
  });

  it('shows consent changes at their Danish wall-clock time, summer and winter', () => {
    const renewed: ConsentData = {
      ...anneConsent(),
      id: 'C-2',
      version: 2,
      status: 'EXPIRED',
      validUntil: '2027-01-31T23:00:00.000Z',
      history: [
        { kind: 'GRANTED', at: '2026-09-01T08:00:00.000Z', version: 1, actorId: 'k1', actorDepartment: 'FAMILY' },
        { kind: 'RENEWED', at: '2026-12-01T09:30:00.000Z', version: 2, actorId: 'k1', actorDepartment: 'FAMILY' },
      ],
    };
    const revoked: ConsentData = {
      ...anneConsent(),
      id: 'C-3',
      status: 'REVOKED',
      history: [
        { kind: 'GRANTED', at: '2026-09-02T08:00:00.000Z', version: 1, actorId: 'k1', actorDepartment: 'FAMILY' },
        {
          kind: 'REVOKED',
          at: '2026-09-03T08:00:00+00:00',
          version: 1,
          actorId: 'k1',
          actorDepartment: 'JOBCENTRE',
          reason: 'Borgeren trak samtykket tilbage',
        },
      ],
    };
    expect(brief(buildTimeline({ consents: [renewed, revoked] }, {}))).toEqual([
      ['2026-09-01T10:00', 'CONSENT', 'CONSENT_GRANTED', 'C-2'],
      ['2026-09-02T10:00', 'CONSENT', 'CONSENT_GRANTED', 'C-3'],
      ['2026-09-03T10:00', 'CONSENT', 'CONSENT_REVOKED', 'C-3'],
      ['2026-12-01T10:30', 'CONSENT', 'CONSENT_RENEWED', 'C-2'],
      ['2027-02-01T00:00', 'CONSENT', 'CONSENT_EXPIRED', 'C-2'],
    ]);
    expect(buildTimeline({ consents: [anneConsent()] }, {})[0]?.title).toBe(
      'Consent granted (v1): jobcentre, family, adult social to jobcentre, family, adult social',
    );
  });

  it.each<[string, TimelineRange]>([
    ['a malformed start', { from: '2026-13-01' }],
    ['an impossible day', { to: '2026-02-30' }],
    ['a word', { to: 'tomorrow' }],
    ['a start after the end', { from: '2026-10-01', to: '2026-09-01' }],
  ])('refuses a range with %s', (_, range) => {
    expect(() => buildTimeline(anne(), range)).toThrow(RangeError);
  });
});

describe('activation sessions', () => {
  it.each<[string, ActivationOfferData, TimelineRange, number]>([
    ['no range: none', offer(), {}, 0],
    ['a week of a daily offer', offer(), { from: '2026-03-02', to: '2026-03-08' }, 7],
    ['Anne’s job training, Mon/Wed/Fri, one week', anne().jobcentre!.activationOffers![0]!, { from: '2026-10-12', to: '2026-10-18' }, 3],
    ['a range before the offer', offer(), { from: '2025-01-01', to: '2025-12-31' }, 0],
    ['a range after the offer ended', offer({ to: '2026-02-01' }), { from: '2026-03-01', to: '2026-03-31' }, 0],
    ['a decade of an open-ended offer: capped', offer(), { from: '2020-01-01', to: '2030-12-31' }, MAX_SESSION_DAYS],
    ['only a start bound: capped', offer(), { from: '2026-01-05' }, MAX_SESSION_DAYS],
    ['only an end bound: capped', offer({ from: '2020-01-01' }), { to: '2026-12-31' }, MAX_SESSION_DAYS],
    [
      'weekends only',
      offer({ schedule: { weekdays: ['SATURDAY', 'SUNDAY'], startTime: '10:00', endTime: '12:00' } }),
      { from: '2026-03-02', to: '2026-03-15' },
      4,
    ],
  ])('%s', (_, activationOffer, range, expected) => {
    expect(sessionsOf(buildTimeline(onlyOffer(activationOffer), range))).toHaveLength(expected);
  });

  it('keeps the days nearest the given bound when capping', () => {
    const upTo = sessionDays({ from: '2020-01-01', to: null }, { to: '2026-12-31' });
    expect([upTo[0], upTo.at(-1)]).toEqual(['2025-12-31', '2026-12-31']);
    const onwards = sessionDays({ from: '2026-01-05', to: null }, { from: '2026-01-05' });
    expect([onwards[0], onwards.at(-1)]).toEqual(['2026-01-05', '2027-01-05']);
  });

  it('places a session on its weekday at the scheduled time', () => {
    const [session] = sessionsOf(buildTimeline(soren(), { from: '2026-09-11', to: '2026-09-11' }));
    expect(session).toMatchObject({
      at: '2026-09-11T10:00',
      end: '2026-09-11T11:00',
      ref: { type: 'ActivationOffer', id: 'S-O2' },
      title: 'Mentor support at Mentorkorps Øst',
    });
  });

  it('stops at the last day of the offer', () => {
    const days = sessionsOf(buildTimeline(soren(), { from: '2026-12-14', to: '2026-12-31' })).map((e) => [e.at.slice(0, 10), e.ref.id]);
    expect(days).toEqual([
      ['2026-12-14', 'S-O1'],
      ['2026-12-15', 'S-O1'],
      ['2026-12-16', 'S-O1'],
      ['2026-12-17', 'S-O1'],
      ['2026-12-18', 'S-O2'],
      ['2026-12-25', 'S-O2'],
    ]);
  });
});
