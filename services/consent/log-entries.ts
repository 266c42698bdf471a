/**
 * What the consent service records of its own uses of personal data: consent events (a consent
 * recorded, renewed, revoked or read; an emergency access opened; a coordinator assigned or shown)
 * and auditors' queries (a listing: one entry per citizen it returned). Each kind is made here, once; resolvers say what was used. A change is
 * stored with its entry in one transaction (`changeLogged`, store.ts), a read appends its entry
 * before the answer leaves.
 */
import { entryFor, type AccessLogEntry, type AccessLogWriter } from '../shared/src/access-log.ts';
import type { Caller } from '../shared/src/identity.ts';

export type ConsentEvent =
  | { kind: 'CONSENT_GRANTED' | 'CONSENT_RENEWED' | 'CONSENT_REVOKED' | 'CONSENT_READ'; consent: { id: string; version: number; cpr: string } }
  | { kind: 'EMERGENCY_ACCESS_OPENED'; access: { id: string; cpr: string; legalGround: string } }
  /** Under the consent the assignment rests on (coordinationConsent). */
  | { kind: 'COORDINATOR_ASSIGNED'; cpr: string; caseworkerId: string; consent: { id: string; version: number } }
  /** Shown to the assignee's own department (no consent), or to another under a consent. */
  | { kind: 'COORDINATOR'; cpr: string; consentId: string | null };

/** The entry for a consent event; the event's kind is the category recorded. */
export function consentEventEntry(caller: Caller, at: Date, event: ConsentEvent): AccessLogEntry {
  const released = { categories: [event.kind], outcome: 'RELEASED' as const };
  switch (event.kind) {
    case 'CONSENT_GRANTED':
    case 'CONSENT_RENEWED':
    case 'CONSENT_REVOKED':
    case 'CONSENT_READ':
      // Recording or reading a consent is the coordinator's own case work, not a release under it.
      return entryFor(caller, at, {
        ...released,
        cpr: event.consent.cpr,
        legalBasis: 'OWN_DEPARTMENT',
        consentId: event.consent.id,
        consentVersion: event.consent.version,
      });
    case 'EMERGENCY_ACCESS_OPENED':
      return entryFor(caller, at, {
        ...released,
        cpr: event.access.cpr,
        legalBasis: 'EMERGENCY',
        emergencyAccessId: event.access.id,
        criterion: `legal ground ${event.access.legalGround}`,
      });
    case 'COORDINATOR_ASSIGNED':
      return entryFor(caller, at, {
        ...released,
        cpr: event.cpr,
        legalBasis: 'CONSENT',
        consentId: event.consent.id,
        consentVersion: event.consent.version,
        criterion: `coordinator ${event.caseworkerId}`,
      });
    case 'COORDINATOR':
      return entryFor(caller, at, { ...released, cpr: event.cpr, legalBasis: event.consentId ? 'CONSENT' : 'OWN_DEPARTMENT', consentId: event.consentId });
  }
}

/** Records consent events that are reads, before the answer leaves (a change is stored with its entry). */
export async function logConsentEvents(log: AccessLogWriter, caller: Caller, at: Date, events: ConsentEvent[]): Promise<void> {
  await log.append(events.map((event) => consentEventEntry(caller, at, event)));
}

/** An auditor's query: what was asked for (`what`), about whom if anyone, and with what criterion. */
export interface AuditorQuery {
  what: string;
  cpr: string | null;
  criterion: string;
}

/** The entry for an auditor's query: auditing is the auditor's own work. */
export const auditorQueryEntry = (caller: Caller, at: Date, query: AuditorQuery): AccessLogEntry =>
  entryFor(caller, at, { cpr: query.cpr, categories: [query.what], outcome: 'RELEASED', legalBasis: 'OWN_DEPARTMENT', criterion: query.criterion });

/** Records an auditor's query before its answer leaves, like any other use of personal data. */
export async function logAuditorQuery(log: AccessLogWriter, caller: Caller, at: Date, query: AuditorQuery): Promise<void> {
  await log.append([auditorQueryEntry(caller, at, query)]);
}

/**
 * The entries for an auditor's query that lists citizens (the log by actor or department, the
 * emergency-access queue): one per citizen it returned, so that each citizen's access report shows
 * the query; the query alone, about no one, when it returned nobody.
 */
export function auditorListingEntries(caller: Caller, at: Date, query: Omit<AuditorQuery, 'cpr'>, citizens: Iterable<string | null>): AccessLogEntry[] {
  const cprs = [...new Set([...citizens].filter((cpr): cpr is string => cpr !== null))];
  return (cprs.length ? cprs : [null]).map((cpr) => auditorQueryEntry(caller, at, { ...query, cpr }));
}

/** Records an auditor's listing once it is read and before its answer leaves (`auditorListingEntries`). */
export async function logAuditorListing(
  log: AccessLogWriter,
  caller: Caller,
  at: Date,
  query: Omit<AuditorQuery, 'cpr'>,
  citizens: Iterable<string | null>,
): Promise<void> {
  await log.append(auditorListingEntries(caller, at, query, citizens));
}
