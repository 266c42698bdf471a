/**
 * `npm run --silent log:head`: prints the access log's chain head as a signed digest (JSON with
 * entryId, hash, at, signedDigest, publicKey). Keep the output outside the hub (mail it to the DPO,
 * commit it to another system, print it); later `verifyAccessLog(exportedHead: <signedDigest>)`
 * proves nothing up to that entry was rewritten.
 */
import path from 'node:path';
import { configOrExit } from './cli.ts';
import { openDatabase } from '../services/shared/src/db.ts';
import { loadKeys } from '../services/shared/src/identity.ts';
import { signedHead } from '../services/consent/access-log/queries.ts';

const config = configOrExit();
const keys = await loadKeys(config.dataDir, config);
const url = config.databaseUrls.consent;
const db = openDatabase({ url, dataDir: url ? undefined : path.join(config.dataDir, 'db', 'consent') });
try {
  const head = await signedHead(db.knex, keys.logSigningPrivateKey);
  console.log(
    JSON.stringify({ entryId: String(head.seq), hash: head.hash, at: head.at, signedDigest: head.jws, publicKey: keys.logSigningPublicJwk }, null, 2),
  );
} finally {
  await db.close();
}
