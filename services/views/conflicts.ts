/**
 * Conflicts between the departments' demands on one citizen, found in the timeline by a list of
 * rules. Each rule is data (its kind, its description template, its parameters) plus one pure
 * `detect`; adding a rule is adding an entry to CONFLICT_RULES.
 *
 * Rules about moments (overlapping appointments, sanctions for a clash) read the timeline's
 * events only: a SANCTION event carries its missed appointment's interval in `window`. Rules about
 * periods (a duty made impossible) read the views from `context.input`, because a benefit or a
 * treatment that began before the timeline's range has no event in it; without `context.input`
 * they find nothing rather than guess from a clipped timeline.
 */
import { addDays, dayOf, intersection, weekdayOf } from './dates.ts';
import { periodsOf, startEventOf, type RecordPeriod } from './records.ts';
import { DEPARTMENT_ORDER, compareEvents, eventKey, isWithin } from './timeline.ts';
import type { Conflict, IsoDate, TimelineDepartment, TimelineEvent, TimelineRange, ViewsInput } from './types.ts';

export interface ConflictContext {
  /** The views the events were built from; needed by the period rules. */
  input?: ViewsInput;
  /** The range the events were built for: a period conflict is reported only where it meets it. */
  range?: TimelineRange;
}

export interface ConflictMatch {
  events: TimelineEvent[];
  /** Values for the rule's description template. */
  values: Record<string, string>;
  /** Where the conflict sits in time, when that is not its earliest event (a period's overlap). */
  at?: string;
}

export interface ConflictRule {
  kind: string;
  /** `{name}` is replaced by the match's value of that name. */
  description: string;
  /**
   * Kinds this rule explains better: a conflict of such a kind whose events all appear in one of
   * this rule's conflicts is dropped, so the caseworker reads one finding, not two.
   */
  supersedes?: readonly string[];
  detect(events: readonly TimelineEvent[], context: ConflictContext): ConflictMatch[];
}

const DEPARTMENT_TEXT: Record<string, string> = {
  JOBCENTRE: 'jobcentre',
  FAMILY: 'family department',
  ADULT_SOCIAL: 'adult social services',
  CONSENT: 'consent',
};
const timeOf = (value: string) => value.slice(11, 16);
const periodText = (p: { from: IsoDate; to: IsoDate | null }) => (p.to === null ? `from ${p.from}, open-ended` : `${p.from} to ${p.to}`);

/** An event that takes the citizen's time: timed, and not a meeting held without them. */
const occupiesCitizen = (event: TimelineEvent): event is TimelineEvent & { end: string } =>
  event.end !== null && event.at.includes('T') && event.participated !== false;

/** Touching intervals (one ends 10:30, the next starts 10:30) do not overlap. */
const intersects = (a: { at: string; end: string }, b: { at: string; end: string }) => a.at < b.end && b.at < a.end;

// --- (a) Overlapping appointments ------------------------------------------------------------

export interface OverlappingAppointmentsOptions {
  /** The event kinds that book the citizen's time. */
  kinds: readonly string[];
}

/** Two departments book the citizen for the same time. The same department's own double booking is its own business. */
export function overlappingAppointmentsRule(options: OverlappingAppointmentsOptions): ConflictRule {
  return {
    kind: 'OVERLAPPING_APPOINTMENTS',
    description: '{first} ({firstDepartment}) and {second} ({secondDepartment}) overlap on {date}, {from}-{to}.',
    detect(events) {
      const booked = events.filter((e) => options.kinds.includes(e.kind) && occupiesCitizen(e)).sort(compareEvents) as (TimelineEvent & { end: string })[];
      const matches: ConflictMatch[] = [];
      for (let i = 0; i < booked.length; i++) {
        const first = booked[i]!;
        // Sorted by start: once a later event starts after `first` ends, none further on can overlap it.
        for (let j = i + 1; j < booked.length && booked[j]!.at < first.end; j++) {
          const second = booked[j]!;
          if (second.department === first.department || !intersects(first, second)) continue;
          const overlapEnd = first.end < second.end ? first.end : second.end;
          matches.push({
            events: [first, second],
            values: {
              first: first.title,
              firstDepartment: DEPARTMENT_TEXT[first.department] ?? first.department,
              second: second.title,
              secondDepartment: DEPARTMENT_TEXT[second.department] ?? second.department,
              date: dayOf(second.at),
              from: timeOf(second.at),
              to: timeOf(overlapEnd),
            },
          });
        }
      }
      return matches;
    },
  };
}

// --- (b) Sanction for a clash ----------------------------------------------------------------

export interface SanctionForClashOptions {
  /** Other departments' event kinds that keep the citizen from a jobcentre appointment. */
  clashKinds: readonly string[];
}

/**
 * The jobcentre sanctioned a missed appointment that another department had booked the citizen
 * against. Judged on the missed appointment's interval (`window`), not the sanction's day: a
 * meeting that afternoon is no excuse for missing the morning.
 */
export function sanctionForClashRule(options: SanctionForClashOptions): ConflictRule {
  return {
    kind: 'SANCTION_FOR_CLASH',
    description: 'Sanctioned on {date} for missing a jobcentre appointment {missedFrom}-{missedTo} while booked by {clashes}.',
    supersedes: ['OVERLAPPING_APPOINTMENTS'],
    detect(events) {
      const matches: ConflictMatch[] = [];
      for (const sanction of events) {
        const window = sanction.window;
        if (sanction.kind !== 'SANCTION' || sanction.department !== 'JOBCENTRE' || !window) continue;
        const clashes = events.filter(
          (e) => e.department !== 'JOBCENTRE' && options.clashKinds.includes(e.kind) && occupiesCitizen(e) && intersects(e, window),
        );
        if (clashes.length === 0) continue;
        // The missed appointment as the timeline shows it (booked, or a session of the offer).
        const missed = events.filter((e) => e.department === 'JOBCENTRE' && e !== sanction && e.at === window.at && e.end === window.end);
        matches.push({
          events: [sanction, ...missed, ...clashes],
          values: {
            date: sanction.at,
            missedFrom: `${dayOf(window.at)} ${timeOf(window.at)}`,
            missedTo: timeOf(window.end),
            clashes: clashes.map((c) => `the ${DEPARTMENT_TEXT[c.department] ?? c.department} (${c.title}, ${timeOf(c.at)}-${timeOf(c.end!)})`).join(' and '),
          },
          at: window.at,
        });
      }
      return matches;
    },
  };
}

// --- (c) Duty made impossible ----------------------------------------------------------------

/** A record that makes the citizen unable to meet the jobcentre's duties while it runs. */
export interface IncapacitatingRecord {
  /** RecordRef type: AddictionTreatment, ResidentialPlacement, Exemption, ... */
  recordType: string;
  /** The record kinds that incapacitate (RESIDENTIAL, not OUTPATIENT). */
  kinds: readonly string[];
}

export const INCAPACITATING_RECORDS: readonly IncapacitatingRecord[] = [
  { recordType: 'AddictionTreatment', kinds: ['RESIDENTIAL'] },
  { recordType: 'ResidentialPlacement', kinds: ['TEMPORARY_RESIDENTIAL', 'LONG_TERM_RESIDENTIAL'] },
  // The jobcentre's own exemption: it cannot both excuse the citizen and require activation.
  { recordType: 'Exemption', kinds: ['ILLNESS', 'CARE_FOR_FAMILY', 'OTHER'] },
];

export interface DutyMadeImpossibleOptions {
  incapacitating: readonly IncapacitatingRecord[];
  /** Benefits that carry the duty to seek work while the citizen is not exempt. */
  seekWorkBenefitKinds: readonly string[];
}

interface Duty {
  record: RecordPeriod;
  label: string;
  from: IsoDate;
  to: IsoDate | null;
}

/** The days of `period` outside every cut. */
function subtract(period: { from: IsoDate; to: IsoDate | null }, cuts: readonly { from: IsoDate; to: IsoDate | null }[]) {
  const left: { from: IsoDate; to: IsoDate | null }[] = [];
  let cursor: IsoDate | null = period.from;
  for (const cut of [...cuts].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))) {
    if (cursor === null) break;
    if (cut.to !== null && cut.to < cursor) continue;
    if (period.to !== null && cut.from > period.to) break;
    if (cut.from > cursor) left.push({ from: cursor, to: addDays(cut.from, -1) });
    if (cut.to === null) cursor = null;
    else if (addDays(cut.to, 1) > cursor) cursor = addDays(cut.to, 1);
  }
  if (cursor !== null && (period.to === null || cursor <= period.to)) left.push({ from: cursor, to: period.to });
  return left;
}

function dutiesOf(input: ViewsInput, periods: readonly RecordPeriod[], options: DutyMadeImpossibleOptions): Duty[] {
  const duties: Duty[] = periods.filter((p) => p.ref.type === 'ActivationOffer').map((p) => ({ record: p, label: p.label, from: p.from, to: p.to }));
  // Withheld exemptions leave it unknown whether the citizen must seek work: then no such duty is assumed.
  if (input.jobcentre?.exemptions == null) return duties;
  const exemptions = periods.filter((p) => p.ref.type === 'Exemption');
  for (const benefit of periods.filter((p) => p.ref.type === 'Benefit' && options.seekWorkBenefitKinds.includes(p.kind))) {
    for (const part of subtract(benefit, exemptions)) {
      duties.push({ record: benefit, label: `Duty to seek work (${benefit.label.toLowerCase()})`, ...part });
    }
  }
  return duties;
}

/** Whether a booked session is one of the offer's scheduled sessions (same weekday and start time). */
function isSessionOf(event: TimelineEvent, offerId: string, input: ViewsInput): boolean {
  if (event.ref.type === 'ActivationOffer') return event.ref.id === offerId;
  const offer = input.jobcentre?.activationOffers?.find((o) => o.id === offerId);
  if (!offer) return false;
  const day = dayOf(event.at);
  return (
    offer.schedule.weekdays.includes(weekdayOf(day)) &&
    event.at.slice(11, 16) === offer.schedule.startTime &&
    day >= offer.from &&
    (offer.to == null || day <= offer.to)
  );
}

/**
 * A jobcentre duty (an activation offer, its sessions, or the duty to seek work on a benefit that
 * carries it) runs while a record in `incapacitating` makes it impossible to meet. One conflict
 * per duty and incapacitating record; activation sessions booked without a visible offer are
 * grouped into one conflict per incapacitating record.
 */
export function dutyMadeImpossibleRule(options: DutyMadeImpossibleOptions): ConflictRule {
  return {
    kind: 'DUTY_MADE_IMPOSSIBLE',
    description: '{duty} ({dutyPeriod}) is required while {incapacity} ({incapacityPeriod}) makes it impossible; they overlap {overlap}.',
    detect(events, context) {
      const input = context.input;
      if (!input) return [];
      const range = { from: context.range?.from ?? '0000-01-01', to: context.range?.to ?? null };
      const periods = periodsOf(input);
      const incapacities = periods.filter((p) => options.incapacitating.some((spec) => spec.recordType === p.ref.type && spec.kinds.includes(p.kind)));
      const duties = dutiesOf(input, periods, options);
      const sessions = events.filter((e) => e.department === 'JOBCENTRE' && e.kind === 'ACTIVATION_SESSION');
      const matches: ConflictMatch[] = [];
      for (const incapacity of incapacities) {
        const claimed = new Set<string>();
        for (const duty of duties) {
          const overlap = intersection(duty, incapacity);
          const shown = overlap && intersection(overlap, range);
          if (!overlap || !shown) continue;
          const offerSessions =
            duty.record.ref.type === 'ActivationOffer'
              ? sessions.filter(
                  (s) => isWithin(s, { from: overlap.from, ...(overlap.to ? { to: overlap.to } : {}) }) && isSessionOf(s, duty.record.ref.id, input),
                )
              : [];
          for (const s of offerSessions) claimed.add(eventKey(s));
          matches.push({
            events: [startEventOf(duty.record), startEventOf(incapacity), ...offerSessions],
            values: {
              duty: duty.label,
              dutyPeriod: periodText(duty),
              incapacity: incapacity.label.toLowerCase(),
              incapacityPeriod: periodText(incapacity),
              overlap: periodText(overlap),
            },
            at: shown.from,
          });
        }
        const unclaimed = sessions.filter(
          (s) =>
            !claimed.has(eventKey(s)) &&
            s.ref.type !== 'ActivationOffer' &&
            isWithin(s, { from: incapacity.from, ...(incapacity.to ? { to: incapacity.to } : {}) }),
        );
        if (unclaimed.length > 0) {
          matches.push({
            events: [...unclaimed, startEventOf(incapacity)],
            values: {
              duty: `${unclaimed.length} booked activation session${unclaimed.length === 1 ? '' : 's'}`,
              dutyPeriod: unclaimed.length === 1 ? dayOf(unclaimed[0]!.at) : `${dayOf(unclaimed[0]!.at)} to ${dayOf(unclaimed.at(-1)!.at)}`,
              incapacity: incapacity.label.toLowerCase(),
              incapacityPeriod: periodText(incapacity),
              overlap: unclaimed.length === 1 ? `on ${dayOf(unclaimed[0]!.at)}` : `on ${unclaimed.length} days`,
            },
            at: unclaimed[0]!.at,
          });
        }
      }
      return matches;
    },
  };
}

// --- The rule list ---------------------------------------------------------------------------

export const CONFLICT_RULES: readonly ConflictRule[] = [
  // A joint plan's scheduled actions book the citizen's time like any appointment.
  overlappingAppointmentsRule({ kinds: ['APPOINTMENT', 'ACTIVATION_SESSION', 'MEETING', 'PLAN_ACTION_SESSION'] }),
  sanctionForClashRule({ clashKinds: ['APPOINTMENT', 'MEETING'] }),
  dutyMadeImpossibleRule({ incapacitating: INCAPACITATING_RECORDS, seekWorkBenefitKinds: ['CASH_BENEFIT'] }),
];

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);

const departmentsOf = (events: readonly TimelineEvent[]): TimelineDepartment[] => DEPARTMENT_ORDER.filter((d) => events.some((e) => e.department === d));

/**
 * Every conflict the rules find in `events`, ordered by when it happens (then by kind). A
 * conflict that another rule explains better (`supersedes`) is left out.
 */
export function detectConflicts(events: readonly TimelineEvent[], context: ConflictContext = {}, rules: readonly ConflictRule[] = CONFLICT_RULES): Conflict[] {
  const found = rules.flatMap((rule) =>
    rule.detect(events, context).map((match) => ({
      rule,
      at: match.at ?? match.events.map((e) => e.at).sort()[0] ?? '',
      keys: new Set(match.events.map(eventKey)),
      conflict: { kind: rule.kind, departments: departmentsOf(match.events), description: fill(rule.description, match.values), events: match.events },
    })),
  );
  const kept = found.filter(
    (candidate) =>
      !found.some(
        (other) =>
          other !== candidate && (other.rule.supersedes ?? []).includes(candidate.conflict.kind) && [...candidate.keys].every((key) => other.keys.has(key)),
      ),
  );
  kept.sort((a, b) => (a.at !== b.at ? (a.at < b.at ? -1 : 1) : a.conflict.kind < b.conflict.kind ? -1 : a.conflict.kind > b.conflict.kind ? 1 : 0));
  return kept.map((k) => k.conflict);
}
