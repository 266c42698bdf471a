/**
 * `npm run log:retention`: drops the access log's monthly partitions older than the retention
 * (ACCESS_LOG_RETENTION_MONTHS, never below six months), records where the retained chain starts
 * in an anchor signed with the log's key, and logs the purge itself. It connects as the database
 * owner (CONSENT_DATABASE_OWNER_URL; the application's role cannot drop anything), for example
 * monthly from cron. `--dry-run` only says what it would drop.
 */
import { withHubDatabases } from '../hub/hub.ts';
import { purgeAccessLog } from '../services/consent/access-log/retention.ts';
import { DurableAccessLog } from '../services/consent/access-log/writer.ts';
import { openDatabase } from '../services/shared/src/db.ts';
import { loadKeys } from '../services/shared/src/identity.ts';
import { argsOrExit, configOrExit, fail } from './cli.ts';

const config = configOrExit();
// The anchor is signed with the log's key: the verifier refuses any other.
const keys = await loadKeys(config.dataDir, config);
const { values } = argsOrExit({ options: { 'dry-run': { type: 'boolean', default: false } } });
await withHubDatabases(config, async (targets) => {
  const db = openDatabase({ url: targets.consent.ownerUrl, poolMax: 2 });
  try {
    const result = await purgeAccessLog(db.knex, new DurableAccessLog(db.knex), {
      retentionMonths: config.accessLog.retentionMonths,
      now: new Date(),
      key: keys.logSigningPrivateKey,
      dryRun: values['dry-run'],
    });
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await db.close();
  }
}).catch((error: Error) => fail(error.message));
