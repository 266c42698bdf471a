/**
 * The cross-department timeline of one citizen: what each visible view holds, as dated events in
 * one chronological list. Pure: plain view data in, events out.
 */
import { addDays, danishWallClock, dayOf, dkk, humanise, isIsoDate, minuteOf, weekdayOfNumber } from './dates.ts';
import { civilDate, dayNumber } from '../shared/src/time.ts';
import { planEvents, replacedOffers } from './plan.ts';
import { ACTIVATION_LABEL, INVESTIGATION_LABEL, endEventOf, labelOf, periodsOf, startEventOf, syntheticId } from './records.ts';
import type {
  ActivationOfferData,
  AdultSocialViewData,
  ConsentData,
  FamilyMeetingData,
  FamilyViewData,
  IsoDate,
  JobcentreViewData,
  TimelineDepartment,
  TimelineEvent,
  TimelineRange,
  ViewsInput,
} from './types.ts';

/** Expanding a weekly schedule is bounded so that an open-ended offer never yields an unbounded list. */
export const MAX_SESSION_DAYS = 366;

export const DEPARTMENT_ORDER: readonly TimelineDepartment[] = ['JOBCENTRE', 'FAMILY', 'ADULT_SOCIAL', 'CONSENT'];

const JOBCENTRE_APPOINTMENT_LABEL: Record<string, string> = {
  INTERVIEW: 'Jobcentre interview',
  ACTIVATION_SESSION: 'Activation session',
  FOLLOW_UP: 'Jobcentre follow-up',
};
const MEETING_LABEL: Record<string, string> = {
  PARENTAL_CAPACITY_INTERVIEW: 'Parental capacity interview',
  NETWORK_MEETING: 'Family network meeting',
  FOLLOW_UP_MEETING: 'Family follow-up meeting',
};
const ADULT_APPOINTMENT_LABEL: Record<string, string> = {
  HOME_VISIT: 'Home visit (adult social)',
  SUPPORT_SESSION: 'Housing support session',
  ASSESSMENT_MEETING: 'Needs assessment meeting',
  NETWORK_MEETING: 'Network meeting (adult social)',
};
const MATCH_GROUP_LABEL: Record<string, string> = { JOB_READY: 'job-ready', ACTIVITY_READY: 'activity-ready', EDUCATION_READY: 'education-ready' };
const DEPARTMENT_LABEL: Record<string, string> = { JOBCENTRE: 'jobcentre', FAMILY: 'family', ADULT_SOCIAL: 'adult social' };
const CONSENT_VERB: Record<string, string> = { GRANTED: 'granted', RENEWED: 'renewed', REVOKED: 'revoked' };

/** Validates a caller's range; a malformed or reversed range is a broken request, not an empty answer. */
export function checkRange(range: TimelineRange): TimelineRange {
  for (const bound of ['from', 'to'] as const) {
    const value = range[bound];
    if (value !== undefined && !isIsoDate(value)) throw new RangeError(`range.${bound} must be an ISO date (YYYY-MM-DD)`);
  }
  if (range.from && range.to && range.from > range.to) throw new RangeError('range.from is after range.to');
  return range;
}

/** Whether an event shares a day with the range (inclusive; an open bound admits everything). */
export function isWithin(event: TimelineEvent, range: TimelineRange): boolean {
  const first = dayOf(event.at);
  const last = dayOf(event.end ?? event.at);
  return (range.from === undefined || last >= range.from) && (range.to === undefined || first <= range.to);
}

function jobcentreEvents(view: JobcentreViewData): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  if (view.matchGroup) {
    events.push({
      at: view.matchGroup.from,
      end: null,
      department: 'JOBCENTRE',
      kind: 'MATCH_GROUP_ASSIGNED',
      title: `Match group: ${MATCH_GROUP_LABEL[view.matchGroup.group] ?? humanise(view.matchGroup.group)}`,
      ref: { type: 'MatchGroupAssignment', id: syntheticId(view.matchGroup.group, view.matchGroup.from) },
    });
  }
  for (const appointment of view.appointments ?? []) {
    const missed = appointment.attended === false ? ' (missed)' : '';
    events.push({
      at: minuteOf(appointment.at),
      end: minuteOf(appointment.end),
      department: 'JOBCENTRE',
      kind: appointment.kind === 'ACTIVATION_SESSION' ? 'ACTIVATION_SESSION' : 'APPOINTMENT',
      title: `${labelOf(JOBCENTRE_APPOINTMENT_LABEL, appointment.kind)}${missed}`,
      ref: { type: 'JobcentreAppointment', id: appointment.id },
    });
  }
  for (const sanction of view.sanctions ?? []) {
    const missedAppointment = sanction.missedAppointment;
    events.push({
      at: sanction.date,
      end: null,
      department: 'JOBCENTRE',
      kind: 'SANCTION',
      title: `Sanction: DKK ${dkk(sanction.amountDkk)} deducted (${sanction.reason})`,
      ref: { type: 'Sanction', id: sanction.id },
      ...(missedAppointment ? { window: { at: minuteOf(missedAppointment.at), end: minuteOf(missedAppointment.end) } } : {}),
    });
  }
  return events;
}

/**
 * The concrete sessions of an offer's weekly schedule on the days the range and the offer share,
 * at most MAX_SESSION_DAYS of them counted from the range's given bound.
 */
export function sessionDays(offer: Pick<ActivationOfferData, 'from' | 'to'>, range: TimelineRange): IsoDate[] {
  if (range.from === undefined && range.to === undefined) return [];
  let first = range.from !== undefined && range.from > offer.from ? range.from : offer.from;
  const offerTo = offer.to ?? undefined;
  let last = offerTo === undefined ? range.to : range.to === undefined || offerTo < range.to ? offerTo : range.to;
  if (range.from !== undefined) {
    const cap = addDays(first, MAX_SESSION_DAYS - 1);
    if (last === undefined || last > cap) last = cap;
  } else {
    // Only an upper bound: keep the days nearest to it.
    const cap = addDays(last!, -(MAX_SESSION_DAYS - 1));
    if (first < cap) first = cap;
  }
  const days: IsoDate[] = [];
  const lastDay = dayNumber(last!);
  for (let day = dayNumber(first); day <= lastDay; day++) days.push(civilDate(day));
  return days;
}

/** `replaced`: offers a joint plan's action replaces, from that day on (no session of the offer from then). */
function activationSessions(view: JobcentreViewData, range: TimelineRange, replaced: ReadonlyMap<string, IsoDate>): TimelineEvent[] {
  // A session the jobcentre also booked as an appointment is shown once, as the appointment:
  // that record carries the attendance and is what a sanction points to.
  const booked = new Set((view.appointments ?? []).filter((a) => a.kind === 'ACTIVATION_SESSION').map((a) => `${minuteOf(a.at)}|${minuteOf(a.end)}`));
  const events: TimelineEvent[] = [];
  for (const offer of view.activationOffers ?? []) {
    const weekdays = new Set(offer.schedule.weekdays);
    const replacedFrom = replaced.get(offer.id);
    const days = sessionDays(offer, range);
    // The days are consecutive: the first one's number gives every weekday.
    const firstDay = days.length ? dayNumber(days[0]!) : 0;
    for (const [i, day] of days.entries()) {
      if (!weekdays.has(weekdayOfNumber(firstDay + i))) continue;
      if (replacedFrom !== undefined && day >= replacedFrom) continue;
      const at = `${day}T${offer.schedule.startTime}`;
      const end = `${day}T${offer.schedule.endTime}`;
      if (booked.has(`${at}|${end}`)) continue;
      events.push({
        at,
        end,
        department: 'JOBCENTRE',
        kind: 'ACTIVATION_SESSION',
        title: `${labelOf(ACTIVATION_LABEL, offer.kind)} at ${offer.provider}`,
        ref: { type: 'ActivationOffer', id: offer.id },
      });
    }
  }
  return events;
}

function meetingEvent(meeting: FamilyMeetingData, caseNumber: string | null): TimelineEvent {
  return {
    at: minuteOf(meeting.at),
    end: minuteOf(meeting.end),
    department: 'FAMILY',
    kind: 'MEETING',
    title: `${labelOf(MEETING_LABEL, meeting.kind)}${caseNumber ? ` (case ${caseNumber})` : ''}${meeting.participated ? '' : ', without the citizen'}`,
    ref: { type: 'FamilyMeeting', id: meeting.id },
    participated: meeting.participated,
  };
}

function familyEvents(view: FamilyViewData): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  // Meetings shared without their cases come from the view's own list, without a case number.
  const meetingsByCase = new Set((view.cases ?? []).flatMap((c) => (c.meetings ?? []).map((m) => m.id)));
  for (const meeting of view.meetings ?? []) {
    if (!meetingsByCase.has(meeting.id)) events.push(meetingEvent(meeting, null));
  }
  for (const involvement of view.cases ?? []) {
    for (const meeting of involvement.meetings ?? []) events.push(meetingEvent(meeting, involvement.caseNumber));
    for (const investigation of involvement.investigations ?? []) {
      // A deadline matters to the other departments only while the work is not done.
      if (investigation.done) continue;
      events.push({
        at: investigation.deadline,
        end: null,
        department: 'FAMILY',
        kind: 'INVESTIGATION_DEADLINE',
        title: `${labelOf(INVESTIGATION_LABEL, investigation.kind)} due (case ${involvement.caseNumber})`,
        ref: { type: 'Investigation', id: syntheticId(involvement.caseNumber, investigation.kind, investigation.started) },
      });
    }
  }
  return events;
}

function adultSocialEvents(view: AdultSocialViewData): TimelineEvent[] {
  return (view.appointments ?? []).map((appointment) => ({
    at: minuteOf(appointment.at),
    end: minuteOf(appointment.end),
    department: 'ADULT_SOCIAL',
    kind: 'APPOINTMENT',
    title: labelOf(ADULT_APPOINTMENT_LABEL, appointment.kind),
    ref: { type: 'AdultSocialAppointment', id: appointment.id },
  }));
}

const departmentsText = (departments: readonly string[]) => departments.map((d) => DEPARTMENT_LABEL[d] ?? humanise(d)).join(', ');

function consentEvents(consents: readonly ConsentData[]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const consent of consents) {
    const scope = `${departmentsText(consent.sourceDepartments)} to ${departmentsText(consent.recipientDepartments)}`;
    for (const change of consent.history) {
      const at = danishWallClock(change.at);
      if (at === null) continue;
      events.push({
        at,
        end: null,
        department: 'CONSENT',
        kind: `CONSENT_${change.kind}`,
        title: `Consent ${CONSENT_VERB[change.kind] ?? humanise(change.kind)} (v${change.version}): ${scope}`,
        ref: { type: 'Consent', id: consent.id },
      });
    }
    // Expiry is no history event: it is when the consent stopped releasing, so the reader needs it.
    const expiredAt = consent.status === 'EXPIRED' ? danishWallClock(consent.validUntil) : null;
    if (expiredAt !== null) {
      events.push({
        at: expiredAt,
        end: null,
        department: 'CONSENT',
        kind: 'CONSENT_EXPIRED',
        title: `Consent expired (v${consent.version}): ${scope}`,
        ref: { type: 'Consent', id: consent.id },
      });
    }
  }
  return events;
}

/** Identity of an event: the same record at the same moment is one event. */
export const eventKey = (e: TimelineEvent) => `${e.department}|${e.kind}|${e.ref.type}|${e.ref.id}|${e.at}|${e.end ?? ''}`;

/** Chronological; same moment: department order, then kind; otherwise the input order is kept. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  const byDepartment = DEPARTMENT_ORDER.indexOf(a.department) - DEPARTMENT_ORDER.indexOf(b.department);
  if (byDepartment !== 0) return byDepartment;
  return a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0;
}

/**
 * Every event the visible views hold that shares a day with `range`, chronologically.
 *
 * Periods (benefits, offers, measures, support, placements, treatments, exemptions, cases,
 * investigations, assessments) give a start event and, when they have an end, an end event.
 * Activation offers are expanded into sessions only when the range has a bound, and over at most
 * MAX_SESSION_DAYS days; so are a joint plan's scheduled actions, and an offer one of them replaces
 * has no sessions from the action's start. A withheld list or an absent department gives no events.
 *
 * @throws RangeError for a malformed or reversed range.
 */
export function buildTimeline(input: ViewsInput, range: TimelineRange = {}): TimelineEvent[] {
  checkRange(range);
  const candidates: TimelineEvent[] = [];
  for (const period of periodsOf(input)) {
    candidates.push(startEventOf(period));
    const endEvent = endEventOf(period);
    if (endEvent) candidates.push(endEvent);
  }
  const replaced = replacedOffers(input.jointPlan);
  if (input.jobcentre) candidates.push(...jobcentreEvents(input.jobcentre), ...activationSessions(input.jobcentre, range, replaced));
  if (input.family) candidates.push(...familyEvents(input.family));
  if (input.adultSocial) candidates.push(...adultSocialEvents(input.adultSocial));
  if (input.consents) candidates.push(...consentEvents(input.consents));
  if (input.jointPlan) candidates.push(...planEvents(input.jointPlan, range, sessionDays));

  // A meeting shared by two of a parent's cases is one meeting.
  const seen = new Set<string>();
  const events = candidates.filter((event) => {
    if (!isWithin(event, range)) return false;
    const key = eventKey(event);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return events.sort(compareEvents);
}
