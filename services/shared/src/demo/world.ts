/**
 * The demo world, in the hub's shared vocabulary: the three personas of docs/domain.md with exactly
 * the facts listed there, plus N synthetic citizens in the person register, some of them known to
 * the departments with years of history (`synthetic.ts`: shares and history). Deterministic: the
 * same `citizens` count gives the same world, byte for byte. Each service's `legacy/seed.ts` writes
 * its own part in its own legacy layout. Every CPR number here is a substitute number (day of month
 * + 60).
 */

import { birthDateOf } from '../cpr.ts';
import type { Department } from '../identity.ts';
import { addSyntheticCitizens } from './synthetic.ts';

export type BenefitKind = 'CASH_BENEFIT' | 'EDUCATION_BENEFIT' | 'SICKNESS_BENEFIT' | 'RESOURCE_PROGRAMME';
export type MatchGroup = 'JOB_READY' | 'ACTIVITY_READY' | 'EDUCATION_READY';
export type ActivationKind = 'COURSE' | 'JOB_TRAINING' | 'INTERNSHIP' | 'MENTOR_SUPPORT';

export interface Person {
  cpr: string;
  firstName: string;
  lastName: string;
  /**
   * As the register records it. Usually what the CPR number's century rule gives; not for Simon,
   * whose fixed demo number reads as 1901 by that rule while the persona is a young man.
   */
  birthDate: string;
  address: { street: string; postcode: string; city: string };
}

/** A person as the persona tables write it: the birth date defaults to the CPR number's. */
type PersonInput = Omit<Person, 'birthDate'> & { birthDate?: string };

export interface Custody {
  childCpr: string;
  holderCpr: string;
}

/** A weekly schedule: ISO weekdays (1 = Monday) and a time window. */
export interface WeeklySchedule {
  weekdays: number[];
  startTime: string;
  endTime: string;
}

export interface JobcentreAppointment {
  id: string;
  /** ISO local date-time, Europe/Copenhagen wall clock, no offset. */
  at: string;
  end: string;
  kind: 'INTERVIEW' | 'ACTIVATION_SESSION' | 'FOLLOW_UP';
  attended: boolean | null;
}

export interface JobcentreCitizen {
  cpr: string;
  caseOpen: boolean;
  benefits: { kind: BenefitKind; from: string; to: string | null; monthlyDkk: number }[];
  matchGroup: { group: MatchGroup; from: string } | null;
  activationOffers: {
    id: string;
    kind: ActivationKind;
    provider: string;
    from: string;
    to: string | null;
    schedule: WeeklySchedule;
    hoursPerWeek: number;
  }[];
  appointments: JobcentreAppointment[];
  /** Each sanction is for a missed appointment (`appointmentId`). */
  sanctions: { id: string; date: string; appointmentId: string; amountDkk: number; reason: string }[];
  mentor: { name: string; hoursPerWeek: number; from: string; to: string | null } | null;
  exemptions: { reason: 'ILLNESS' | 'CARE_FOR_FAMILY' | 'OTHER'; from: string; to: string | null }[];
}

export type FamilyRole = 'MOTHER' | 'FATHER' | 'CUSTODIAN' | 'CHILD';
export type FamilyMeasureKind = 'FAMILY_TREATMENT' | 'CONTACT_PERSON' | 'RESPITE_CARE' | 'PLACEMENT_OUTSIDE_HOME' | 'FAMILY_CONSULTANT';

export interface FamilyCase {
  caseNo: string;
  childCpr: string;
  status: 'OPEN' | 'CLOSED';
  opened: string;
  closed: string | null;
  parties: { cpr: string; role: FamilyRole; custody: boolean }[];
  investigations: {
    kind: 'CHILD_INVESTIGATION' | 'PARENTAL_CAPACITY_ASSESSMENT';
    subjectCpr: string;
    started: string;
    deadline: string;
    done: string | null;
  }[];
  measures: { id: string; kind: FamilyMeasureKind; from: string; to: string | null; yearlyCostDkk: number }[];
  meetings: { id: string; at: string; end: string; kind: string; participantCprs: string[] }[];
}

export interface AdultSocialCitizen {
  cpr: string;
  caseOpen: boolean;
  assessments: {
    kind: 'NEEDS_ASSESSMENT' | 'INQUIRY';
    topic: string;
    opened: string;
    decided: string | null;
    status: 'PENDING' | 'GRANTED' | 'REFUSED';
  }[];
  supportPackages: { level: 1 | 2 | 3 | 4 | 5; hoursPerWeek: number; from: string; to: string | null }[];
  placements: { kind: string; from: string; to: string | null }[];
  addictionTreatments: { kind: 'OUTPATIENT' | 'DAY' | 'RESIDENTIAL'; from: string; to: string | null }[];
  education: { daysPerWeek: number; from: string; to: string | null }[];
  psychiatryCooperation: { from: string; to: string | null; note: string }[];
  appointments: { id: string; at: string; end: string; kind: string }[];
}

/**
 * A running joint action plan (the plan service's), as it was made: created on `startDate` by the
 * coordinator, then its goal, sub-goals, actions and follow-ups, each on its day. It rests on a
 * consent for the purpose JOINT_PLAN between `departments`, whose id is fixed here so that the
 * consent's seed and the plan's seed (two databases) name the same consent.
 */
export interface JointPlanFacts {
  cpr: string;
  consent: { id: string; grantedByName: string };
  departments: Department[];
  startDate: string;
  coordinator: { caseworkerId: string; department: Department };
  deputy: { caseworkerId: string; department: Department } | null;
  goal: { text: string; expressedBy: 'CITIZEN' | 'CUSTODY_HOLDER'; expressedByName: string; recordedBy: Department };
  /** Each department's sub-goal; `key` names it for the actions that serve it. */
  subGoals: { key: string; department: Department; caseworkerId: string; text: string }[];
  /** What each department does; `serves` is a sub-goal's key, or absent for the citizen's goal. */
  actions: {
    what: string;
    department: Department;
    caseworkerId: string;
    serves?: string;
    startDate: string;
    deadline: string;
    status: 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED' | 'STOPPED';
  }[];
  followUps: { date: string; caseworkerId: string; department: Department; findings: string; decision: 'CONTINUE' | 'REVISE' }[];
}

/**
 * Synthetic citizens of `npm start` when none are asked for: enough for a caseload worth looking at
 * in each department (about 80 at the jobcentre, 30 family cases, 40 at adult social services).
 */
export const DEFAULT_CITIZENS = 1_000;

/** Changes whenever the generator makes a different world: a start re-seeds demo data of an earlier version. */
export const WORLD_VERSION = 3;

export interface World {
  /**
   * The number of synthetic citizens asked for: persons of the register besides the personas and
   * their relatives, and besides the children of the synthetic family cases, who come on top.
   */
  citizens: number;
  persons: Person[];
  custody: Custody[];
  jobcentre: JobcentreCitizen[];
  family: FamilyCase[];
  adultSocial: AdultSocialCitizen[];
  /** The personas' running joint plans: Anne's; Søren and Simon have none. */
  jointPlans: JointPlanFacts[];
}

export const PERSONAS = {
  soren: '720385-1235',
  sorenChildA: '690514-4012',
  sorenChildB: '810217-4023',
  sorenChildrenMother: '670788-2144',
  sorenMother: '750358-0412',
  anne: '640790-2468',
  anneChildEldest: '750912-5014',
  anneChildYoungest: '900119-5027',
  simon: '831101-3571',
  simonMother: '691170-1884',
} as const;

const P: Record<keyof typeof PERSONAS, string> = PERSONAS;

/** Søren: activation course Monday-Thursday mornings; three family meetings fall on course days. */
function soren(): { persons: PersonInput[]; custody: Custody[]; jobcentre: JobcentreCitizen; family: FamilyCase; adult: AdultSocialCitizen } {
  // Three meetings with the family department, each on a course morning he then missed.
  const clashDays = ['2026-09-08', '2026-09-29', '2026-10-20'];
  const meetings = clashDays.map((day, i) => ({
    id: `S-M${i + 1}`,
    at: `${day}T09:00`,
    end: `${day}T10:30`,
    kind: i === 0 ? 'PARENTAL_CAPACITY_INTERVIEW' : 'NETWORK_MEETING',
    participantCprs: [P.soren],
  }));
  meetings.push({ id: 'S-M4', at: '2026-11-03T13:00', end: '2026-11-03T14:00', kind: 'NETWORK_MEETING', participantCprs: [P.soren, P.sorenChildrenMother] });
  const missed: JobcentreAppointment[] = clashDays.map((day, i) => ({
    id: `S-A${i + 1}`,
    at: `${day}T08:30`,
    end: `${day}T12:00`,
    kind: 'ACTIVATION_SESSION',
    attended: false,
  }));
  return {
    persons: [
      { cpr: P.soren, firstName: 'Søren', lastName: 'Jensen', address: { street: 'Nørregade 12, 2. th', postcode: '8000', city: 'Aarhus C' } },
      { cpr: P.sorenChildA, firstName: 'Mikkel', lastName: 'Jensen', address: { street: 'Vestergade 40', postcode: '8000', city: 'Aarhus C' } },
      { cpr: P.sorenChildB, firstName: 'Freja', lastName: 'Jensen', address: { street: 'Vestergade 40', postcode: '8000', city: 'Aarhus C' } },
      { cpr: P.sorenChildrenMother, firstName: 'Maria', lastName: 'Holm', address: { street: 'Vestergade 40', postcode: '8000', city: 'Aarhus C' } },
      { cpr: P.sorenMother, firstName: 'Inger', lastName: 'Jensen', address: { street: 'Skovvej 3', postcode: '8210', city: 'Aarhus V' } },
    ],
    custody: [
      { childCpr: P.sorenChildA, holderCpr: P.soren },
      { childCpr: P.sorenChildA, holderCpr: P.sorenChildrenMother },
      { childCpr: P.sorenChildB, holderCpr: P.soren },
      { childCpr: P.sorenChildB, holderCpr: P.sorenChildrenMother },
    ],
    jobcentre: {
      cpr: P.soren,
      caseOpen: true,
      benefits: [{ kind: 'CASH_BENEFIT', from: '2025-03-01', to: null, monthlyDkk: 12_550 }],
      matchGroup: { group: 'ACTIVITY_READY', from: '2025-03-15' },
      activationOffers: [
        {
          id: 'S-O1',
          kind: 'COURSE',
          provider: 'Aarhus Jobværksted',
          from: '2026-08-24',
          to: '2026-12-18',
          schedule: { weekdays: [1, 2, 3, 4], startTime: '08:30', endTime: '12:00' },
          hoursPerWeek: 14,
        },
        {
          id: 'S-O2',
          kind: 'MENTOR_SUPPORT',
          provider: 'Mentorkorps Øst',
          from: '2026-08-24',
          to: '2027-02-26',
          schedule: { weekdays: [5], startTime: '10:00', endTime: '11:00' },
          hoursPerWeek: 1,
        },
      ],
      appointments: [
        { id: 'S-A0', at: '2026-08-17T10:00', end: '2026-08-17T10:45', kind: 'INTERVIEW', attended: true },
        ...missed,
        { id: 'S-A4', at: '2026-11-30T10:00', end: '2026-11-30T10:45', kind: 'FOLLOW_UP', attended: null },
      ],
      sanctions: missed.map((appointment, i) => ({
        id: `S-X${i + 1}`,
        date: appointment.at.slice(0, 10),
        appointmentId: appointment.id,
        amountDkk: 1_675,
        reason: 'Udeblevet fra aktivering uden rimelig grund',
      })),
      mentor: { name: 'Jonas Krogh', hoursPerWeek: 1, from: '2026-08-24', to: '2027-02-26' },
      exemptions: [],
    },
    family: {
      caseNo: 'B-2026-0117',
      childCpr: P.sorenChildA,
      status: 'OPEN',
      opened: '2026-06-02',
      closed: null,
      parties: [
        { cpr: P.sorenChildA, role: 'CHILD', custody: false },
        { cpr: P.sorenChildB, role: 'CHILD', custody: false },
        { cpr: P.sorenChildrenMother, role: 'MOTHER', custody: true },
        { cpr: P.soren, role: 'FATHER', custody: true },
      ],
      investigations: [
        { kind: 'CHILD_INVESTIGATION', subjectCpr: P.sorenChildA, started: '2026-06-02', deadline: '2026-10-02', done: '2026-09-30' },
        { kind: 'PARENTAL_CAPACITY_ASSESSMENT', subjectCpr: P.soren, started: '2026-08-25', deadline: '2026-12-22', done: null },
      ],
      measures: [],
      meetings,
    },
    adult: {
      cpr: P.soren,
      caseOpen: true,
      assessments: [
        { kind: 'INQUIRY', topic: 'Henvendelse fra mor om bekymring', opened: '2026-09-14', decided: '2026-09-21', status: 'GRANTED' },
        { kind: 'NEEDS_ASSESSMENT', topic: 'Bostøtte ved depression', opened: '2026-09-21', decided: null, status: 'PENDING' },
      ],
      supportPackages: [],
      placements: [],
      addictionTreatments: [],
      education: [],
      psychiatryCooperation: [],
      appointments: [{ id: 'S-V1', at: '2026-12-02T13:00', end: '2026-12-02T14:00', kind: 'HOME_VISIT' }],
    },
  };
}

function anne() {
  return {
    persons: [
      { cpr: P.anne, firstName: 'Anne', lastName: 'Larsen', address: { street: 'Parkvej 7', postcode: '5000', city: 'Odense C' } },
      { cpr: P.anneChildEldest, firstName: 'Oliver', lastName: 'Larsen', address: { street: 'Parkvej 7', postcode: '5000', city: 'Odense C' } },
      { cpr: P.anneChildYoungest, firstName: 'Ella', lastName: 'Larsen', address: { street: 'Parkvej 7', postcode: '5000', city: 'Odense C' } },
    ] satisfies PersonInput[],
    custody: [
      { childCpr: P.anneChildEldest, holderCpr: P.anne },
      { childCpr: P.anneChildYoungest, holderCpr: P.anne },
    ],
    jobcentre: {
      cpr: P.anne,
      caseOpen: true,
      benefits: [{ kind: 'CASH_BENEFIT', from: '2024-01-01', to: null, monthlyDkk: 16_700 }],
      matchGroup: { group: 'ACTIVITY_READY', from: '2024-01-15' },
      activationOffers: [
        {
          id: 'A-O1',
          kind: 'JOB_TRAINING',
          provider: 'Odense Kommune, Park og Vej',
          from: '2026-03-01',
          to: '2027-02-28',
          schedule: { weekdays: [1, 3, 5], startTime: '09:00', endTime: '13:00' },
          hoursPerWeek: 12,
        },
      ],
      appointments: [
        { id: 'A-A1', at: '2026-10-12T10:00', end: '2026-10-12T10:45', kind: 'FOLLOW_UP', attended: true },
        { id: 'A-A2', at: '2026-12-07T10:00', end: '2026-12-07T10:45', kind: 'FOLLOW_UP', attended: null },
      ],
      sanctions: [],
      mentor: null,
      exemptions: [{ reason: 'CARE_FOR_FAMILY', from: '2025-01-06', to: '2026-02-28' }],
    } satisfies JobcentreCitizen,
    family: [
      {
        caseNo: 'B-2024-0031',
        childCpr: P.anneChildEldest,
        status: 'OPEN',
        opened: '2024-02-05',
        closed: null,
        parties: [
          { cpr: P.anneChildEldest, role: 'CHILD', custody: false },
          { cpr: P.anne, role: 'MOTHER', custody: true },
        ],
        investigations: [{ kind: 'CHILD_INVESTIGATION', subjectCpr: P.anneChildEldest, started: '2024-02-05', deadline: '2024-06-05', done: '2024-05-20' }],
        measures: [
          { id: 'A-F1', kind: 'PLACEMENT_OUTSIDE_HOME', from: '2024-06-01', to: '2025-11-30', yearlyCostDkk: 480_000 },
          { id: 'A-F2', kind: 'FAMILY_CONSULTANT', from: '2025-12-01', to: '2026-05-31', yearlyCostDkk: 96_000 },
          { id: 'A-F3', kind: 'CONTACT_PERSON', from: '2026-06-01', to: '2026-08-31', yearlyCostDkk: 42_000 },
        ],
        meetings: [{ id: 'A-M1', at: '2026-10-14T14:00', end: '2026-10-14T15:00', kind: 'FOLLOW_UP_MEETING', participantCprs: [P.anne] }],
      },
      {
        caseNo: 'B-2025-0244',
        childCpr: P.anneChildYoungest,
        status: 'CLOSED',
        opened: '2025-02-10',
        closed: '2026-01-31',
        parties: [
          { cpr: P.anneChildYoungest, role: 'CHILD', custody: false },
          { cpr: P.anne, role: 'MOTHER', custody: true },
        ],
        investigations: [],
        measures: [{ id: 'A-F4', kind: 'RESPITE_CARE', from: '2025-03-01', to: '2026-01-31', yearlyCostDkk: 120_000 }],
        meetings: [],
      },
    ] satisfies FamilyCase[],
    adult: {
      cpr: P.anne,
      caseOpen: true,
      assessments: [{ kind: 'NEEDS_ASSESSMENT', topic: 'Bostøtte', opened: '2025-08-04', decided: '2025-09-01', status: 'GRANTED' }],
      supportPackages: [{ level: 2, hoursPerWeek: 4, from: '2025-09-01', to: null }],
      placements: [],
      addictionTreatments: [],
      education: [],
      psychiatryCooperation: [{ from: '2025-08-04', to: null, note: 'Samarbejde med distriktspsykiatrien' }],
      appointments: [{ id: 'A-V1', at: '2026-12-01T09:00', end: '2026-12-01T10:00', kind: 'SUPPORT_SESSION' }],
    } satisfies AdultSocialCitizen,
    // Her joint plan, coordinated by adult social services. The actions run to a deadline, not on a
    // weekly schedule of their own: the job training's hours stay the jobcentre's activation offer.
    jointPlan: {
      cpr: P.anne,
      consent: { id: '6a0e3f52-7c1d-4f7e-9b8a-2d4c5e6f7a01', grantedByName: 'Anne Larsen' },
      departments: ['adult-social', 'jobcentre', 'family'],
      startDate: '2026-09-14',
      coordinator: { caseworkerId: 'cw-as-1', department: 'adult-social' },
      deputy: { caseworkerId: 'cw-jc-1', department: 'jobcentre' },
      goal: { text: 'To keep my flat and get back to work', expressedBy: 'CITIZEN', expressedByName: 'Anne Larsen', recordedBy: 'adult-social' },
      subGoals: [
        { key: 'rent', department: 'adult-social', caseworkerId: 'cw-as-1', text: 'Rent and bills paid on time, with support to plan the month' },
        { key: 'work', department: 'jobcentre', caseworkerId: 'cw-jc-1', text: 'From job training to ordinary hours at Park og Vej' },
      ],
      actions: [
        {
          what: 'Housing support, four hours a week (support package level 2)',
          department: 'adult-social',
          caseworkerId: 'cw-as-1',
          serves: 'rent',
          startDate: '2026-09-14',
          deadline: '2027-03-12',
          status: 'IN_PROGRESS',
        },
        {
          what: 'Job training at Odense Kommune, Park og Vej',
          department: 'jobcentre',
          caseworkerId: 'cw-jc-1',
          serves: 'work',
          startDate: '2026-09-14',
          deadline: '2027-02-28',
          status: 'IN_PROGRESS',
        },
        {
          what: 'Family consultant: help with the mornings and the children’s school days',
          department: 'family',
          caseworkerId: 'cw-fa-1',
          startDate: '2026-09-21',
          deadline: '2027-03-12',
          status: 'IN_PROGRESS',
        },
      ],
      followUps: [
        {
          date: '2026-11-23',
          caseworkerId: 'cw-as-1',
          department: 'adult-social',
          findings: 'Rent paid on time since September; job training attended as agreed; the family consultant’s visits help with the mornings.',
          decision: 'CONTINUE',
        },
      ],
    } satisfies JointPlanFacts,
  };
}

function simon() {
  return {
    persons: [
      {
        cpr: P.simon,
        firstName: 'Simon',
        lastName: 'Berg',
        birthDate: '2001-11-23',
        address: { street: 'Havnegade 21, st.', postcode: '9000', city: 'Aalborg' },
      },
      { cpr: P.simonMother, firstName: 'Lone', lastName: 'Berg', address: { street: 'Hasserisvej 88', postcode: '9000', city: 'Aalborg' } },
    ] satisfies PersonInput[],
    custody: [] as Custody[],
    jobcentre: {
      cpr: P.simon,
      caseOpen: true,
      benefits: [{ kind: 'EDUCATION_BENEFIT', from: '2024-09-01', to: null, monthlyDkk: 8_600 }],
      matchGroup: { group: 'EDUCATION_READY', from: '2024-09-01' },
      activationOffers: [
        {
          id: 'B-O1',
          kind: 'INTERNSHIP',
          provider: 'SuperBrugsen Aalborg Øst',
          from: '2026-09-07',
          to: '2026-12-18',
          schedule: { weekdays: [1, 2, 3, 4], startTime: '08:00', endTime: '14:00' },
          hoursPerWeek: 24,
        },
      ],
      appointments: [{ id: 'B-A1', at: '2026-11-27T13:00', end: '2026-11-27T13:45', kind: 'FOLLOW_UP', attended: null }],
      sanctions: [],
      mentor: null,
      exemptions: [],
    } satisfies JobcentreCitizen,
    family: {
      caseNo: 'B-2016-0412',
      childCpr: P.simon,
      status: 'CLOSED',
      opened: '2016-03-14',
      closed: '2019-11-23',
      parties: [
        { cpr: P.simon, role: 'CHILD', custody: false },
        { cpr: P.simonMother, role: 'MOTHER', custody: true },
      ],
      investigations: [],
      measures: [{ id: 'B-F1', kind: 'CONTACT_PERSON', from: '2016-06-01', to: '2019-11-23', yearlyCostDkk: 40_000 }],
      meetings: [],
    } satisfies FamilyCase,
    adult: {
      cpr: P.simon,
      caseOpen: true,
      assessments: [{ kind: 'NEEDS_ASSESSMENT', topic: 'Bostøtte og STU', opened: '2024-08-01', decided: '2024-09-01', status: 'GRANTED' }],
      supportPackages: [
        { level: 5, hoursPerWeek: 15, from: '2024-09-01', to: '2025-08-31' },
        { level: 4, hoursPerWeek: 10, from: '2025-09-01', to: '2026-02-28' },
        { level: 2, hoursPerWeek: 4, from: '2026-03-01', to: null },
      ],
      placements: [],
      addictionTreatments: [],
      education: [{ daysPerWeek: 1, from: '2024-09-01', to: '2027-06-30' }],
      psychiatryCooperation: [],
      appointments: [],
    } satisfies AdultSocialCitizen,
  };
}

/** Builds the demo world: the personas plus `citizens` synthetic citizens (deterministic). */
export function buildWorld(options: { citizens?: number } = {}): World {
  const count = options.citizens ?? DEFAULT_CITIZENS;
  if (!Number.isInteger(count) || count < 0 || count > 200_000) {
    throw new RangeError('citizens must be an integer between 0 and 200000');
  }
  const s = soren();
  const a = anne();
  const b = simon();
  const world: World = {
    citizens: count,
    persons: ([...s.persons, ...a.persons, ...b.persons] as PersonInput[]).map((p) => ({ ...p, birthDate: p.birthDate ?? birthDateOf(p.cpr)! })),
    custody: [...s.custody, ...a.custody, ...b.custody],
    jobcentre: [s.jobcentre, a.jobcentre, b.jobcentre],
    family: [s.family, ...a.family, b.family],
    adultSocial: [s.adult, a.adult, b.adult],
    jointPlans: [a.jointPlan],
  };
  addSyntheticCitizens(world, count);
  return world;
}
