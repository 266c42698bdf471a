/**
 * A plain access-log entry for tests that fill the log directly: a jobcentre caseworker's own
 * release of Simon's appointments, told apart by `label` and `i` (actor and request id).
 */
import type { AccessLogEntry } from '../../services/shared/src/access-log.ts';
import { PERSONAS } from '../../services/shared/src/demo/world.ts';

export const testEntry = (label: string, i: number): AccessLogEntry => ({
  at: new Date(),
  actorId: `${label}-${i}`,
  actorDepartment: 'jobcentre',
  role: 'caseworker',
  cpr: PERSONAS.simon,
  sourceDepartment: 'jobcentre',
  categories: ['JOBCENTRE_APPOINTMENTS'],
  outcome: 'RELEASED',
  legalBasis: 'OWN_DEPARTMENT',
  consentId: null,
  consentVersion: null,
  emergencyAccessId: null,
  purpose: null,
  operation: 'test',
  requestId: `${label}-${i}`,
  criterion: null,
});
