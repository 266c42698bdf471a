/**
 * `npm run log:retention`: drops the access log's monthly partitions older than the retention
 * (ACCESS_LOG_RETENTION_MONTHS, never below six months), records where the retained chain starts,
 * and logs the purge itself. Run it as the database owner (the application's role cannot), for
 * example monthly from cron. `--dry-run` only says what it would drop.
 */
import path from 'node:path';
import { openDatabase } from '../services/shared/src/db.ts';
import { purgeAccessLog } from '../services/consent/access-log/retention.ts';
import { DurableAccessLog } from '../services/consent/access-log/writer.ts';
import { argsOrExit, configOrExit } from './cli.ts';

const config = configOrExit();
const { values } = argsOrExit({ options: { 'dry-run': { type: 'boolean', default: false } } });
const url = config.databaseUrls.consent;
const db = openDatabase({ url, dataDir: url ? undefined : path.join(config.dataDir, 'db', 'consent') });
try {
  const result = await purgeAccessLog(db.knex, new DurableAccessLog(db.knex), {
    retentionMonths: config.accessLog.retentionMonths,
    now: new Date(),
    dryRun: values['dry-run'],
  });
  console.log(JSON.stringify(result, null, 2));
} finally {
  await db.close();
}
