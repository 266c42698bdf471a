import { describe, expect, it } from 'vitest';
import { InMemoryAccessLog, type AccessLogEntry } from '../shared/src/access-log.ts';
import type { Caller } from '../shared/src/identity.ts';
import {
  auditorListingEntries,
  auditorQueryEntry,
  consentEventEntry,
  logAuditorListing,
  logAuditorQuery,
  logConsentEvents,
  type ConsentEvent,
} from './log-entries.ts';

const ANNE = '640790-2468';
const at = new Date('2026-11-26T10:00:00Z');
const coordinator: Caller = {
  id: 'cw-jc-1',
  department: 'jobcentre',
  roles: ['caseworker', 'coordinator'],
  purpose: 'COORDINATED_EFFORT',
  requestId: 'req-1',
  operation: 'Grant',
};
/** What every entry of this caller at `at` has, whatever was used. */
const byCoordinator: AccessLogEntry = {
  at,
  actorId: 'cw-jc-1',
  actorDepartment: 'jobcentre',
  role: 'caseworker,coordinator',
  cpr: ANNE,
  sourceDepartment: null,
  categories: [],
  outcome: 'RELEASED',
  legalBasis: 'OWN_DEPARTMENT',
  consentId: null,
  consentVersion: null,
  emergencyAccessId: null,
  purpose: 'COORDINATED_EFFORT',
  operation: 'Grant',
  requestId: 'req-1',
  criterion: null,
};
const consent = { id: 'c-1', version: 2, cpr: ANNE };

describe('a consent event', () => {
  it.each<[string, ConsentEvent, Partial<AccessLogEntry>]>([
    ['a consent recorded', { kind: 'CONSENT_GRANTED', consent }, { categories: ['CONSENT_GRANTED'], consentId: 'c-1', consentVersion: 2 }],
    ['a consent renewed', { kind: 'CONSENT_RENEWED', consent }, { categories: ['CONSENT_RENEWED'], consentId: 'c-1', consentVersion: 2 }],
    ['a consent revoked', { kind: 'CONSENT_REVOKED', consent }, { categories: ['CONSENT_REVOKED'], consentId: 'c-1', consentVersion: 2 }],
    ['a consent read', { kind: 'CONSENT_READ', consent }, { categories: ['CONSENT_READ'], consentId: 'c-1', consentVersion: 2 }],
    [
      'an emergency access opened, on its legal ground',
      { kind: 'EMERGENCY_ACCESS_OPENED', access: { id: 'e-1', cpr: ANNE, legalGround: 'VITAL_INTERESTS' } },
      { categories: ['EMERGENCY_ACCESS_OPENED'], legalBasis: 'EMERGENCY', emergencyAccessId: 'e-1', criterion: 'legal ground VITAL_INTERESTS' },
    ],
    [
      'a coordinator assigned, under the consent it rests on',
      { kind: 'COORDINATOR_ASSIGNED', cpr: ANNE, caseworkerId: 'cw-fa-2', consent },
      { categories: ['COORDINATOR_ASSIGNED'], legalBasis: 'CONSENT', consentId: 'c-1', consentVersion: 2, criterion: 'coordinator cw-fa-2' },
    ],
    [
      'a coordinator shown to another department, under a consent',
      { kind: 'COORDINATOR', cpr: ANNE, consentId: 'c-1' },
      { categories: ['COORDINATOR'], legalBasis: 'CONSENT', consentId: 'c-1' },
    ],
    ["a coordinator shown to the assignee's own department", { kind: 'COORDINATOR', cpr: ANNE, consentId: null }, { categories: ['COORDINATOR'] }],
  ])('records %s as exactly this entry', async (_, event, fields) => {
    expect(consentEventEntry(coordinator, at, event)).toEqual({ ...byCoordinator, ...fields });
    const log = new InMemoryAccessLog();
    await logConsentEvents(log, coordinator, at, [event, event]);
    expect(log.entries).toEqual([
      { ...byCoordinator, ...fields },
      { ...byCoordinator, ...fields },
    ]);
  });
});

describe("an auditor's query", () => {
  const auditor: Caller = { ...coordinator, id: 'aud-1', department: 'family', roles: ['auditor'], purpose: null, operation: null };
  const byAuditor = { ...byCoordinator, actorId: 'aud-1', actorDepartment: 'family', role: 'auditor', purpose: null, operation: null } as const;

  it.each<[string, { what: string; cpr: string | null; criterion: string }, Partial<AccessLogEntry>]>([
    ['about a citizen', { what: 'CONSENT_HISTORY', cpr: ANNE, criterion: 'consentHistory' }, { categories: ['CONSENT_HISTORY'], criterion: 'consentHistory' }],
    [
      'about no one',
      { what: 'ACCESS_LOG_HEAD', cpr: null, criterion: 'accessLogHead' },
      { cpr: null, categories: ['ACCESS_LOG_HEAD'], criterion: 'accessLogHead' },
    ],
  ])('is recorded, %s, as exactly this entry', async (_, query, fields) => {
    expect(auditorQueryEntry(auditor, at, query)).toEqual({ ...byAuditor, ...fields });
    const log = new InMemoryAccessLog();
    await logAuditorQuery(log, auditor, at, query);
    expect(log.entries).toEqual([{ ...byAuditor, ...fields }]);
  });

  it('is recorded against each citizen a listing returned, once each, or about no one when it returned nobody', async () => {
    const query = { what: 'ACCESS_LOG', criterion: 'accessLog {"actorId":"cw-as-20"}' };
    const log = new InMemoryAccessLog();
    await logAuditorListing(log, auditor, at, query, [ANNE, null, '720385-1235', ANNE]);
    expect(log.entries).toEqual([
      { ...byAuditor, cpr: ANNE, categories: ['ACCESS_LOG'], criterion: query.criterion },
      { ...byAuditor, cpr: '720385-1235', categories: ['ACCESS_LOG'], criterion: query.criterion },
    ]);
    expect(auditorListingEntries(auditor, at, query, [null])).toEqual([{ ...byAuditor, cpr: null, categories: ['ACCESS_LOG'], criterion: query.criterion }]);
    expect(auditorListingEntries(auditor, at, query, [])).toHaveLength(1);
  });
});
