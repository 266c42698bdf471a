/**
 * W4 and W5: the access log on its own, and revocation under load.
 *
 * W4 appends from many concurrent callers through one `DurableAccessLog` (group commit, hash chain,
 * one advisory lock), as a process full of release gates does, and then verifies the whole chain.
 * W5 reads one citizen's family data under a consent from many connections while a coordinator
 * revokes it, and counts releases that came after `revokeConsent` returned (test/revocation.test.ts
 * checks the same; here it is counted under benchmark load).
 */
import { DurableAccessLog } from '../services/consent/access-log/writer.ts';
import { generateKeyPair } from 'jose';
import { verifyLog } from '../services/consent/access-log/verify.ts';
import { openDatabase } from '../services/shared/src/db.ts';
import { PERSONAS } from '../services/shared/src/demo/world.ts';
import type { Caller } from '../services/shared/src/identity.ts';
import { entryFor, type AccessLogEntry } from '../services/shared/src/access-log.ts';

const caller = (i: number): Caller => ({
  id: `cw-bench-${i}`,
  department: 'jobcentre',
  roles: ['caseworker'],
  purpose: 'COORDINATED_EFFORT',
  requestId: `bench-${i}`,
  operation: 'CitizenView',
});

/** What one release decision writes: a registry look-up and a release and a refusal of one citizen. */
function decisionEntries(i: number, cpr: string): AccessLogEntry[] {
  const at = new Date();
  const who = caller(i);
  return [
    entryFor(who, at, { cpr, categories: ['REGISTRY_PERSON'], outcome: 'RELEASED', legalBasis: 'OWN_DEPARTMENT' }),
    entryFor(who, at, {
      cpr,
      sourceDepartment: 'jobcentre',
      categories: ['JOBCENTRE_BENEFITS', 'JOBCENTRE_APPOINTMENTS'],
      outcome: 'RELEASED',
      legalBasis: 'OWN_DEPARTMENT',
    }),
    entryFor(who, at, { cpr, sourceDepartment: 'family', categories: ['FAMILY_CASES'], outcome: 'REFUSED', legalBasis: 'NONE' }),
  ];
}

export interface LogFigures {
  ingestEntriesPerS: number;
  ingestCommits: number;
  ingestCallers: number;
  verifyEntriesPerS: number;
  verifiedEntries: number;
  verifyOk: boolean;
}

/** W4: `callers` concurrent appenders for `seconds`, then one verification of the whole chain. */
export async function logWorkload(consentUrl: string, sample: readonly string[], seconds: number, callers = 64): Promise<LogFigures> {
  const db = openDatabase({ url: consentUrl });
  try {
    const log = new DurableAccessLog(db.knex);
    await log.ready();
    let entries = 0;
    const started = performance.now();
    const deadline = started + seconds * 1000;
    await Promise.all(
      Array.from({ length: callers }, async (_, i) => {
        for (let n = 0; performance.now() < deadline; n++) {
          const batch = decisionEntries(i, sample[(i + n * callers) % sample.length]!);
          await log.append(batch);
          entries += batch.length;
        }
      }),
    );
    const ingestSeconds = (performance.now() - started) / 1000;
    const verifyStarted = performance.now();
    const { publicKey } = await generateKeyPair('ES256');
    const verification = await verifyLog(db.knex, { publicKey, fromCheckpoint: false });
    const verifySeconds = (performance.now() - verifyStarted) / 1000;
    return {
      ingestEntriesPerS: entries / ingestSeconds,
      ingestCommits: log.commits,
      ingestCallers: callers,
      verifyEntriesPerS: verification.entriesChecked / verifySeconds,
      verifiedEntries: verification.entriesChecked,
      verifyOk: verification.ok,
    };
  } finally {
    await db.close();
  }
}

export interface RevocationFigures {
  readers: number;
  reads: number;
  readsAfter: number;
  /** Reads that started after revokeConsent returned and still got the family view. */
  answersAfter: number;
  /** Access-log releases under the consent decided after revokeConsent returned. */
  logEntriesAfter: number;
  releasesAfterRevoke: number;
}

const FAMILY_OF_ANNE = `query AnneFamily { citizen(cpr: "${PERSONAS.anne}") { family { __typename ... on Restricted { reason } } } }`;

async function post(url: string, token: string, query: string, variables?: object, purpose = true) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(purpose ? { 'x-purpose': 'COORDINATED_EFFORT' } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

/**
 * W5 on the hub: `readers` loops read Anne Larsen's family data as a jobcentre caseworker (the demo
 * consent shares it); once each has seen it released, a family coordinator revokes the consent;
 * each reader goes on until it has made `readsAfter` reads started after the revocation returned.
 */
export async function revocationUnderLoad(options: {
  gatewayUrl: string;
  readerToken: string;
  coordinatorToken: string;
  consentUrl: string;
  readers?: number;
  readsAfter?: number;
  /** Ends the readers whatever happens (bounded load). */
  timeoutMs?: number;
}): Promise<RevocationFigures> {
  const readers = options.readers ?? 32;
  const readsAfter = options.readsAfter ?? 5;
  const consents = await post(options.gatewayUrl, options.coordinatorToken, `{ citizen(cpr: "${PERSONAS.anne}") { consents { id status } } }`);
  const consentId = consents.data?.citizen?.consents?.find((c: { status: string }) => c.status === 'ACTIVE')?.id as string | undefined;
  if (!consentId) throw new Error(`W5: no active consent for the persona (${JSON.stringify(consents.errors ?? consents.data)})`);

  let revokedAt = Number.POSITIVE_INFINITY;
  let reads = 0;
  let after = 0;
  let answersAfter = 0;
  let sawRelease = 0;
  let everyoneSaw!: () => void;
  const allSaw = new Promise<void>((resolve) => {
    everyoneSaw = resolve;
  });
  const stopAt = performance.now() + (options.timeoutMs ?? 120_000);
  const loops = Array.from({ length: readers }, async () => {
    let seen = false;
    let mine = 0;
    while (mine < readsAfter && performance.now() < stopAt) {
      const started = performance.now();
      const answer = await post(options.gatewayUrl, options.readerToken, FAMILY_OF_ANNE);
      reads += 1;
      const typename = answer.data?.citizen?.family?.__typename;
      if (started > revokedAt) {
        mine += 1;
        after += 1;
        if (typename === 'FamilyView') answersAfter += 1;
      }
      if (!seen && typename === 'FamilyView') {
        seen = true;
        if (++sawRelease === readers) everyoneSaw();
      }
    }
  });
  await Promise.race([allSaw, Promise.all(loops)]);
  const revocation = await post(
    options.gatewayUrl,
    options.coordinatorToken,
    'mutation ($id: ID!) { revokeConsent(id: $id, reason: "Benchmark: withdrawn under load") { status } }',
    { id: consentId },
  );
  revokedAt = performance.now();
  const revokedWall = new Date();
  if (revocation.data?.revokeConsent?.status !== 'REVOKED') throw new Error(`W5: the revocation failed (${JSON.stringify(revocation.errors)})`);
  await Promise.all(loops);

  const db = openDatabase({ url: options.consentUrl, poolMax: 1 });
  try {
    const rows = await db
      .knex('access_log')
      .where({ consent_id: consentId, outcome: 'RELEASED' })
      .where('decided_at', '>', revokedWall)
      .count<{ count: string }[]>({ count: '*' });
    const logEntriesAfter = Number(rows[0]?.count ?? 0);
    return { readers, reads, readsAfter: after, answersAfter, logEntriesAfter, releasesAfterRevoke: answersAfter + logEntriesAfter };
  } finally {
    await db.close();
  }
}
