/**
 * `npm run log:retention`: drops the access log's monthly partitions older than the retention
 * (ACCESS_LOG_RETENTION_MONTHS, never below six months), records where the retained chain starts,
 * and logs the purge itself. Run it as the database owner (the application's role cannot), for
 * example monthly from cron. `--dry-run` only says what it would drop.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../services/shared/src/config.ts';
import { openDatabase } from '../services/shared/src/db.ts';
import { purgeAccessLog } from '../services/consent/access-log/retention.ts';
import { DurableAccessLog } from '../services/consent/access-log/writer.ts';
import path from 'node:path';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`error: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
const url = config.databaseUrls.consent;
const db = openDatabase({ url, dataDir: url ? undefined : path.join(config.dataDir, 'db', 'consent') });
try {
  const result = await purgeAccessLog(db.knex, new DurableAccessLog(db.knex), { retentionMonths: config.accessLog.retentionMonths, now: new Date(), dryRun: values['dry-run'] });
  console.log(JSON.stringify(result, null, 2));
} finally {
  await db.close();
}
