/**
 * `npm run --silent log:head`: prints the access log's chain head as a signed digest (JSON with
 * entryId, hash, at, signedDigest, publicKey). Keep the output outside the hub (mail it to the DPO,
 * commit it to another system, print it); later `verifyAccessLog(exportedHead: <signedDigest>)`
 * proves nothing up to that entry was rewritten. Works with the hub running or stopped.
 */
import { withHubDatabases } from '../hub/hub.ts';
import { signedHead } from '../services/consent/access-log/queries.ts';
import { openDatabase } from '../services/shared/src/db.ts';
import { loadKeys } from '../services/shared/src/identity.ts';
import { configOrExit, fail } from './cli.ts';

const config = configOrExit();
const keys = await loadKeys(config.dataDir, config);
await withHubDatabases(config, async (targets) => {
  const db = openDatabase({ url: targets.consent.url, poolMax: 1 });
  try {
    const head = await signedHead(db.knex, keys.logSigningPrivateKey);
    console.log(
      JSON.stringify({ entryId: String(head.seq), hash: head.hash, at: head.at, signedDigest: head.jws, publicKey: keys.logSigningPublicJwk }, null, 2),
    );
  } finally {
    await db.close();
  }
}).catch((error: Error) => fail(error.message));
