/**
 * The demo personas as the department views show them to a caller who may see everything of
 * theirs, written by hand from services/shared/src/demo/world.ts (personas.fixture.test.ts checks
 * they still agree). Test data only. Each call returns fresh objects, so a test may change its copy.
 *
 * What a view shows follows the SDL, not the world: a parent's family view has no measures and only
 * the investigations about the parent; costs appear only where a test passes them (`yearlyCostDkk`).
 */
import type { ConsentData, JobcentreAppointmentData, ViewsInput } from './types.ts';

export const SOREN_CPR = '720385-1235';
export const ANNE_CPR = '640790-2468';
export const SIMON_CPR = '831101-3571';

/** Housing support as adult social services cost it: hours a week × 52 weeks × DKK 450. */
export const supportYearlyCost = (hoursPerWeek: number) => hoursPerWeek * 52 * 450;

export const SOREN_CLASH_DAYS = ['2026-09-08', '2026-09-29', '2026-10-20'] as const;

export function soren(): ViewsInput {
  const missed: JobcentreAppointmentData[] = SOREN_CLASH_DAYS.map((day, i) => ({
    id: `S-A${i + 1}`,
    at: `${day}T08:30`,
    end: `${day}T12:00`,
    kind: 'ACTIVATION_SESSION',
    attended: false,
  }));
  return {
    jobcentre: {
      caseOpen: true,
      benefits: [{ kind: 'CASH_BENEFIT', from: '2025-03-01', to: null, monthlyAmountDkk: 12_550 }],
      matchGroup: { group: 'ACTIVITY_READY', from: '2025-03-15' },
      activationOffers: [
        {
          id: 'S-O1',
          kind: 'COURSE',
          provider: 'Aarhus Jobværksted',
          from: '2026-08-24',
          to: '2026-12-18',
          schedule: { weekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'], startTime: '08:30', endTime: '12:00' },
          hoursPerWeek: 14,
        },
        {
          id: 'S-O2',
          kind: 'MENTOR_SUPPORT',
          provider: 'Mentorkorps Øst',
          from: '2026-08-24',
          to: '2027-02-26',
          schedule: { weekdays: ['FRIDAY'], startTime: '10:00', endTime: '11:00' },
          hoursPerWeek: 1,
        },
      ],
      mentor: { name: 'Jonas Krogh', hoursPerWeek: 1, from: '2026-08-24', to: '2027-02-26' },
      appointments: [
        { id: 'S-A0', at: '2026-08-17T10:00', end: '2026-08-17T10:45', kind: 'INTERVIEW', attended: true },
        ...missed,
        { id: 'S-A4', at: '2026-11-30T10:00', end: '2026-11-30T10:45', kind: 'FOLLOW_UP', attended: null },
      ],
      sanctions: missed.map((appointment, i) => ({
        id: `S-X${i + 1}`,
        date: appointment.at.slice(0, 10),
        amountDkk: 1_675,
        reason: 'Udeblevet fra aktivering uden rimelig grund',
        missedAppointment: { ...appointment },
      })),
      exemptions: [],
      withheld: [],
    },
    family: {
      caseOpen: true,
      cases: [
        {
          caseNumber: 'B-2026-0117',
          status: 'OPEN',
          opened: '2026-06-02',
          closed: null,
          role: 'FATHER',
          custody: true,
          child: { cpr: '690514-4012' },
          // His view: only the assessment of his own parental capacity, not the child investigation.
          investigations: [{ kind: 'PARENTAL_CAPACITY_ASSESSMENT', subject: { cpr: SOREN_CPR }, started: '2026-08-25', deadline: '2026-12-22', done: null }],
          measures: [],
          meetings: [
            ...SOREN_CLASH_DAYS.map((day, i) => ({
              id: `S-M${i + 1}`,
              at: `${day}T09:00`,
              end: `${day}T10:30`,
              kind: i === 0 ? ('PARENTAL_CAPACITY_INTERVIEW' as const) : ('NETWORK_MEETING' as const),
              participated: true,
            })),
            { id: 'S-M4', at: '2026-11-03T13:00', end: '2026-11-03T14:00', kind: 'NETWORK_MEETING', participated: true },
          ],
        },
      ],
      withheld: [],
    },
    adultSocial: {
      caseOpen: true,
      assessments: [
        { kind: 'INQUIRY', topic: 'Henvendelse fra mor om bekymring', opened: '2026-09-14', decided: '2026-09-21', status: 'GRANTED' },
        { kind: 'NEEDS_ASSESSMENT', topic: 'Bostøtte ved depression', opened: '2026-09-21', decided: null, status: 'PENDING' },
      ],
      supportPackages: [],
      currentSupportPackage: null,
      placements: [],
      addictionTreatments: [],
      education: [],
      psychiatryCooperation: [],
      appointments: [{ id: 'S-V1', at: '2026-12-02T13:00', end: '2026-12-02T14:00', kind: 'HOME_VISIT' }],
      withheld: [],
    },
    consents: [],
  };
}

export function anneConsent(): ConsentData {
  return {
    id: 'C-ANNE-1',
    version: 1,
    citizen: { cpr: ANNE_CPR },
    grantedBy: [{ name: 'Anne Larsen', cpr: ANNE_CPR, capacity: 'SELF' }],
    sourceDepartments: ['JOBCENTRE', 'FAMILY', 'ADULT_SOCIAL'],
    recipientDepartments: ['JOBCENTRE', 'FAMILY', 'ADULT_SOCIAL'],
    categories: ['JOBCENTRE_BENEFITS', 'FAMILY_CASES', 'ADULT_SOCIAL_SUPPORT'],
    purpose: 'COORDINATED_EFFORT',
    validFrom: '2026-09-01T08:00:00.000Z',
    validUntil: '2027-09-01T22:00:00.000Z',
    revokedAt: null,
    status: 'ACTIVE',
    method: 'WRITTEN',
    evidence: 'Signed declaration, demo document 6407',
    textVersion: 'samtykke-2026-01',
    history: [{ kind: 'GRANTED', at: '2026-09-01T08:00:00.000Z', version: 1, actorId: 'demo-coordinator', actorDepartment: 'FAMILY', reason: null }],
  };
}

export function anne(): ViewsInput {
  return {
    jobcentre: {
      caseOpen: true,
      benefits: [{ kind: 'CASH_BENEFIT', from: '2024-01-01', to: null, monthlyAmountDkk: 16_700 }],
      matchGroup: { group: 'ACTIVITY_READY', from: '2024-01-15' },
      activationOffers: [
        {
          id: 'A-O1',
          kind: 'JOB_TRAINING',
          provider: 'Odense Kommune, Park og Vej',
          from: '2026-03-01',
          to: '2027-02-28',
          schedule: { weekdays: ['MONDAY', 'WEDNESDAY', 'FRIDAY'], startTime: '09:00', endTime: '13:00' },
          hoursPerWeek: 12,
        },
      ],
      mentor: null,
      appointments: [
        { id: 'A-A1', at: '2026-10-12T10:00', end: '2026-10-12T10:45', kind: 'FOLLOW_UP', attended: true },
        { id: 'A-A2', at: '2026-12-07T10:00', end: '2026-12-07T10:45', kind: 'FOLLOW_UP', attended: null },
      ],
      sanctions: [],
      exemptions: [{ reason: 'CARE_FOR_FAMILY', from: '2025-01-06', to: '2026-02-28' }],
      withheld: [],
    },
    // As her children's mother she sees her involvement, not the children's measures.
    family: {
      caseOpen: true,
      cases: [
        {
          caseNumber: 'B-2024-0031',
          status: 'OPEN',
          opened: '2024-02-05',
          closed: null,
          role: 'MOTHER',
          custody: true,
          child: { cpr: '750912-5014' },
          investigations: [],
          measures: [],
          meetings: [{ id: 'A-M1', at: '2026-10-14T14:00', end: '2026-10-14T15:00', kind: 'FOLLOW_UP_MEETING', participated: true }],
        },
        {
          caseNumber: 'B-2025-0244',
          status: 'CLOSED',
          opened: '2025-02-10',
          closed: '2026-01-31',
          role: 'MOTHER',
          custody: true,
          child: { cpr: '900119-5027' },
          investigations: [],
          measures: [],
          meetings: [],
        },
      ],
      withheld: [],
    },
    adultSocial: {
      caseOpen: true,
      assessments: [{ kind: 'NEEDS_ASSESSMENT', topic: 'Bostøtte', opened: '2025-08-04', decided: '2025-09-01', status: 'GRANTED' }],
      supportPackages: [{ level: 2, hoursPerWeek: 4, from: '2025-09-01', to: null, yearlyCostDkk: supportYearlyCost(4) }],
      currentSupportPackage: { level: 2, hoursPerWeek: 4, from: '2025-09-01', to: null, yearlyCostDkk: supportYearlyCost(4) },
      placements: [],
      addictionTreatments: [],
      education: [],
      psychiatryCooperation: [{ from: '2025-08-04', to: null, note: 'Samarbejde med distriktspsykiatrien' }],
      appointments: [{ id: 'A-V1', at: '2026-12-01T09:00', end: '2026-12-01T10:00', kind: 'SUPPORT_SESSION' }],
      withheld: [],
    },
    consents: [anneConsent()],
  };
}

/** Simon's consent leaves out the family department: his view there is restricted, so absent. */
export function simon(): ViewsInput {
  return {
    jobcentre: {
      caseOpen: true,
      benefits: [{ kind: 'EDUCATION_BENEFIT', from: '2024-09-01', to: null, monthlyAmountDkk: 8_600 }],
      matchGroup: { group: 'EDUCATION_READY', from: '2024-09-01' },
      activationOffers: [
        {
          id: 'B-O1',
          kind: 'INTERNSHIP',
          provider: 'SuperBrugsen Aalborg Øst',
          from: '2026-09-07',
          to: '2026-12-18',
          schedule: { weekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'], startTime: '08:00', endTime: '14:00' },
          hoursPerWeek: 24,
        },
      ],
      mentor: null,
      appointments: [{ id: 'B-A1', at: '2026-11-27T13:00', end: '2026-11-27T13:45', kind: 'FOLLOW_UP', attended: null }],
      sanctions: [],
      exemptions: [],
      withheld: [],
    },
    adultSocial: {
      caseOpen: true,
      assessments: [{ kind: 'NEEDS_ASSESSMENT', topic: 'Bostøtte og STU', opened: '2024-08-01', decided: '2024-09-01', status: 'GRANTED' }],
      supportPackages: [
        { level: 5, hoursPerWeek: 15, from: '2024-09-01', to: '2025-08-31', yearlyCostDkk: supportYearlyCost(15) },
        { level: 4, hoursPerWeek: 10, from: '2025-09-01', to: '2026-02-28', yearlyCostDkk: supportYearlyCost(10) },
        { level: 2, hoursPerWeek: 4, from: '2026-03-01', to: null, yearlyCostDkk: supportYearlyCost(4) },
      ],
      currentSupportPackage: { level: 2, hoursPerWeek: 4, from: '2026-03-01', to: null, yearlyCostDkk: supportYearlyCost(4) },
      placements: [],
      addictionTreatments: [],
      education: [{ daysPerWeek: 1, from: '2024-09-01', to: '2027-06-30' }],
      psychiatryCooperation: [],
      appointments: [],
      withheld: [],
    },
    consents: [],
  };
}
