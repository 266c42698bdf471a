/**
 * The demo personas as the department views show them to a caller who may see everything of
 * theirs: the demo world's facts (services/shared/src/demo/world.ts, the personas only) mapped into
 * the views' input, as the departments map their own records. Test data only. Each call returns
 * fresh objects, so a test may change its copy.
 *
 * What a view shows follows the departments, not the world: a parent's family view has the cases
 * they are party to, with only the investigations about the parent, no measures (the child's case
 * content) and the meetings they took part in; support packages carry adult social services' own
 * yearly cost. The world holds no consents (the consent service records them at start, dated from
 * then), so Anne's is written here.
 */
import { supportYearlyCostDkk } from '../adult-social/legacy/seed.ts';
import { PERSONAS, buildWorld, type World } from '../shared/src/demo/world.ts';
import type { AdultSocialAppointmentKind, FamilyMeetingKind, ResidentialPlacementKind } from './generated/graphql.ts';
import type { AdultSocialViewData, ConsentData, FamilyViewData, JobcentreViewData, ViewsInput, Weekday } from './types.ts';

export const SOREN_CPR = PERSONAS.soren;
export const ANNE_CPR = PERSONAS.anne;
export const SIMON_CPR = PERSONAS.simon;

/** Housing support as adult social services cost it: hours a week × 52 weeks × DKK 450. */
export const supportYearlyCost = supportYearlyCostDkk;

/** The personas alone: their facts do not depend on how many synthetic citizens a world has. */
const world: World = buildWorld({ citizens: 0 });

/** The days Søren missed his course for a family meeting, and was sanctioned for it. */
export const SOREN_CLASH_DAYS: readonly string[] = world.jobcentre.find((j) => j.cpr === SOREN_CPR)!.sanctions.map((s) => s.date);

/** ISO weekday numbers (1 = Monday), as the world keeps them, to the SDL's names. */
const WEEKDAYS: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

function jobcentreView(cpr: string): JobcentreViewData {
  const c = world.jobcentre.find((j) => j.cpr === cpr)!;
  const appointment = (id: string) => ({ ...c.appointments.find((a) => a.id === id)! });
  return {
    caseOpen: c.caseOpen,
    benefits: c.benefits.map((b) => ({ kind: b.kind, from: b.from, to: b.to, monthlyAmountDkk: b.monthlyDkk })),
    matchGroup: c.matchGroup ? { ...c.matchGroup } : null,
    activationOffers: c.activationOffers.map((o) => ({ ...o, schedule: { ...o.schedule, weekdays: o.schedule.weekdays.map((d) => WEEKDAYS[d - 1]!) } })),
    mentor: c.mentor ? { ...c.mentor } : null,
    appointments: c.appointments.map((a) => ({ ...a })),
    sanctions: c.sanctions.map((s) => ({ id: s.id, date: s.date, amountDkk: s.amountDkk, reason: s.reason, missedAppointment: appointment(s.appointmentId) })),
    exemptions: c.exemptions.map((e) => ({ ...e })),
    withheld: [],
  };
}

/** A parent's or custodian's view: the cases they are party to, as the family department shows them. */
function familyView(cpr: string): FamilyViewData {
  const cases = world.family
    .filter((c) => c.parties.some((p) => p.cpr === cpr && p.role !== 'CHILD'))
    .map((c) => {
      const party = c.parties.find((p) => p.cpr === cpr)!;
      return {
        caseNumber: c.caseNo,
        status: c.status,
        opened: c.opened,
        closed: c.closed,
        role: party.role,
        custody: party.custody,
        child: { cpr: c.childCpr },
        investigations: c.investigations
          .filter((i) => i.subjectCpr === cpr)
          .map((i) => ({ kind: i.kind, subject: { cpr: i.subjectCpr }, started: i.started, deadline: i.deadline, done: i.done })),
        measures: [],
        meetings: c.meetings
          .filter((m) => m.participantCprs.includes(cpr))
          .map((m) => ({ id: m.id, at: m.at, end: m.end, kind: m.kind as FamilyMeetingKind, participated: true })),
      };
    });
  return { caseOpen: cases.some((c) => c.status === 'OPEN'), cases, withheld: [] };
}

function adultSocialView(cpr: string): AdultSocialViewData {
  const a = world.adultSocial.find((x) => x.cpr === cpr)!;
  const supportPackages = a.supportPackages.map((p) => ({ ...p, yearlyCostDkk: supportYearlyCost(p.hoursPerWeek) }));
  return {
    caseOpen: a.caseOpen,
    assessments: a.assessments.map((x) => ({ ...x })),
    supportPackages,
    // The package that runs on with no end (the department picks the one running today).
    currentSupportPackage: supportPackages.findLast((p) => p.to === null) ?? null,
    placements: a.placements.map((p) => ({ ...p, kind: p.kind as ResidentialPlacementKind })),
    addictionTreatments: a.addictionTreatments.map((t) => ({ ...t })),
    education: a.education.map((e) => ({ ...e })),
    psychiatryCooperation: a.psychiatryCooperation.map((p) => ({ ...p })),
    appointments: a.appointments.map((x) => ({ ...x, kind: x.kind as AdultSocialAppointmentKind })),
    withheld: [],
  };
}

export function soren(): ViewsInput {
  return { jobcentre: jobcentreView(SOREN_CPR), family: familyView(SOREN_CPR), adultSocial: adultSocialView(SOREN_CPR), consents: [] };
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
  return { jobcentre: jobcentreView(ANNE_CPR), family: familyView(ANNE_CPR), adultSocial: adultSocialView(ANNE_CPR), consents: [anneConsent()] };
}

/** Simon's consent leaves out the family department: his view there is restricted, so absent. */
export function simon(): ViewsInput {
  return { jobcentre: jobcentreView(SIMON_CPR), adultSocial: adultSocialView(SIMON_CPR), consents: [] };
}
