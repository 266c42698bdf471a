/**
 * Retention: the access log keeps `retentionMonths` whole months (the Danish floor is six; two
 * years in health). Older entries leave only as whole monthly partitions, the purge is itself an
 * access-log entry, and the chain stays verifiable from the first retained entry, under an anchor
 * signed with the log's key (`key`).
 */
import type { Knex } from 'knex';
import { RETENTION_FLOOR_MONTHS } from '../../shared/src/config.ts';
import type { AccessLogWriter } from '../../shared/src/access-log.ts';
import type { CryptoKey } from 'jose';
import { purgePartitionsBefore, retentionCutoff, type PurgeResult } from './queries.ts';

export async function purgeAccessLog(
  knex: Knex,
  log: AccessLogWriter,
  options: { retentionMonths: number; now: Date; dryRun?: boolean; key: CryptoKey },
): Promise<PurgeResult & { cutoff: string }> {
  if (!Number.isInteger(options.retentionMonths) || options.retentionMonths < RETENTION_FLOOR_MONTHS) {
    throw new RangeError(`retention must be at least ${RETENTION_FLOOR_MONTHS} months`);
  }
  const cutoff = retentionCutoff(options.now, options.retentionMonths);
  if (options.dryRun) return { droppedPartitions: [], anchor: null, cutoff: cutoff.toISOString() };
  const result = await purgePartitionsBefore(knex, cutoff, { key: options.key, retentionMonths: options.retentionMonths, now: options.now });
  if (result.droppedPartitions.length > 0) {
    await log.append([
      {
        at: options.now,
        actorId: 'system:retention',
        actorDepartment: null,
        role: 'system',
        cpr: null,
        sourceDepartment: null,
        categories: ['ACCESS_LOG_RETENTION'],
        outcome: 'RELEASED',
        legalBasis: 'NONE',
        consentId: null,
        consentVersion: null,
        emergencyAccessId: null,
        purpose: null,
        operation: 'purgeAccessLog',
        requestId: `retention-${options.now.toISOString()}`,
        criterion: `dropped ${result.droppedPartitions.join(', ')} (before ${cutoff.toISOString()}); chain continues from entry ${result.anchor?.firstSeq}`,
      },
    ]);
  }
  return { ...result, cutoff: cutoff.toISOString() };
}
