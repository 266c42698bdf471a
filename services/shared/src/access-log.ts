/**
 * The access-log entry: what every release and refusal of personal data, every search and listing,
 * every consent event and every auditor query is recorded as, and where entries go. The one
 * implementation of the store is `DurableAccessLog` (services/consent/access-log/writer.ts).
 */
import type { Knex } from 'knex';
import type { Caller, Department, Purpose } from './identity.ts';

export type LegalBasis = 'OWN_DEPARTMENT' | 'CONSENT' | 'EMERGENCY' | 'NONE';

/** One row of the access log, as every release and refusal is recorded. */
export interface AccessLogEntry {
  at: Date;
  actorId: string;
  /** Null only for the hub's own operations (retention). */
  actorDepartment: Department | null;
  role: string;
  cpr: string | null;
  sourceDepartment: Department | null;
  categories: string[];
  outcome: 'RELEASED' | 'REFUSED';
  legalBasis: LegalBasis;
  consentId: string | null;
  consentVersion: number | null;
  emergencyAccessId: string | null;
  purpose: Purpose | null;
  operation: string | null;
  requestId: string;
  /** What a search or listing asked for (no CPR numbers), e.g. `myCaseload first=20`. */
  criterion: string | null;
}

/** An entry for `caller`'s use at `at`; `fields` say what was used, how it ended, and on what basis. */
export function entryFor(
  caller: Caller,
  at: Date,
  fields: Pick<AccessLogEntry, 'cpr' | 'categories' | 'outcome' | 'legalBasis'> & Partial<AccessLogEntry>,
): AccessLogEntry {
  return {
    at,
    actorId: caller.id,
    actorDepartment: caller.department,
    role: caller.roles.join(','),
    sourceDepartment: null,
    consentId: null,
    consentVersion: null,
    emergencyAccessId: null,
    purpose: caller.purpose,
    operation: caller.operation,
    requestId: caller.requestId,
    criterion: null,
    ...fields,
  };
}

/** Where access-log entries go. `append` resolves only once the entries are stored. */
export interface AccessLogWriter {
  append(entries: AccessLogEntry[]): Promise<void>;
  /**
   * Only a writer whose store is a database (the consent service's): runs `change` in a transaction
   * on `database`, which must be the log's own, and appends the entries it returns in the same
   * transaction, so both are stored or neither.
   */
  appendWith?<T>(database: Knex, change: (trx: Knex.Transaction) => Promise<{ result: T; entries: AccessLogEntry[] }>): Promise<T>;
}

/**
 * An in-memory writer for unit tests of a single service. The hub itself always writes to the
 * durable log (`DurableAccessLog`, services/consent/access-log/writer.ts).
 */
export class InMemoryAccessLog implements AccessLogWriter {
  readonly entries: AccessLogEntry[] = [];
  async append(entries: AccessLogEntry[]): Promise<void> {
    this.entries.push(...entries);
  }
}
