/**
 * The access log against its own database's operator (issue 12): what someone with the owner's or a
 * superuser's rights does to the log ends in a failed verification, and what the application's login
 * tries is refused. Each destructive test runs on a hub of its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePartition, monthOf, nextMonth } from '../services/consent/access-log/schema.ts';
import { purgePartitionsBefore } from '../services/consent/access-log/queries.ts';
import { signStatement } from '../services/consent/access-log/signing.ts';
import { CHECKPOINT_EVERY, verifyLog } from '../services/consent/access-log/verify.ts';
import { SCHEDULED_WALKER, scheduleFullWalks } from '../services/consent/access-log/verifier.ts';
import { DurableAccessLog } from '../services/consent/access-log/writer.ts';
import { PERSONAS } from '../services/shared/src/demo/world.ts';
import { CASEWORKERS, startTestHub } from './harness.ts';
import { testEntry } from './support/log-entries.ts';

const VERIFY = `query ($h: String) { verifyAccessLog(exportedHead: $h) {
  ok complete entriesChecked entriesWalked firstBrokenEntryId startsAtEntryId fromCheckpointEntryId verifiedThroughEntryId
  headMatches comparedWith { source entryId at matches } problems } }`;
const JOB = '{ id status entriesTotal entriesChecked progress result { ok entriesChecked entriesWalked firstBrokenEntryId problems } error }';

const entry = testEntry;

/** A hub with an auditor's token and a few releases in its log. */
async function hubWithEntries(env: Record<string, string> = {}) {
  const hub = await startTestHub({ env });
  const auditor = await hub.token({ sub: 'aud-op', department: 'family', roles: ['auditor'] });
  const caseworker = await hub.token(CASEWORKERS.family);
  for (const cpr of [PERSONAS.anne, PERSONAS.simon, PERSONAS.soren]) await hub.query(caseworker, 'query ($cpr: ID!) { citizen(cpr: $cpr) { name } }', { cpr });
  const verify = async (exportedHead?: string) => {
    const result = await hub.query(auditor, VERIFY, { h: exportedHead ?? null });
    expect(result.body.errors).toBeUndefined();
    return result.body.data.verifyAccessLog;
  };
  const fullWalk = async () => {
    let job = (await hub.query(auditor, `mutation { startAccessLogVerification ${JOB} }`)).body.data.startAccessLogVerification;
    while (job.status === 'RUNNING') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = (await hub.query(auditor, `query ($id: ID!) { accessLogVerificationJob(id: $id) ${JOB} }`, { id: job.id })).body.data.accessLogVerificationJob;
    }
    return job;
  };
  /** As a superuser with the triggers off: what an operator with every right can do. */
  const asOperator = (sql: string, bindings: unknown[] = []) =>
    hub.superuser('consent').transaction(async (trx) => {
      await trx.raw('set local session_replication_role = replica');
      await trx.raw(sql, bindings as never);
    });
  const head = async () => (await hub.owner('consent')('access_log').orderBy('seq', 'desc').first('seq', 'hash')) as { seq: string; hash: string };
  return { hub, auditor, verify, fullWalk, asOperator, head };
}

describe('anchors are signed', () => {
  let h: Awaited<ReturnType<typeof hubWithEntries>>;
  beforeAll(async () => {
    h = await hubWithEntries();
  });
  afterAll(async () => {
    await h?.hub.stop();
  });

  it('fails the wipe-and-anchor attack: every entry deleted, one unsigned anchor inserted', async () => {
    expect((await h.verify()).ok).toBe(true);
    const exported = await h.hub.logGuards.exports.exportNow();
    expect(exported).toMatch(/^access-log-head-\d{16}-/);
    const top = await h.head();
    await h.asOperator('delete from access_log');
    await h.asOperator('insert into access_log_anchor (first_seq, prev_hash, purged_before) values (?, ?, now())', [Number(top.seq) + 1, top.hash]);

    const result = await h.verify();
    expect(result.ok).toBe(false);
    expect(result.firstBrokenEntryId).toBe(String(Number(top.seq) + 1));
    expect(result.problems).toContainEqual(expect.stringMatching(/anchor \d+ .* is not signed with the log's key/));
    // The scheduled export names what the log no longer holds.
    expect(result.comparedWith).toMatchObject({ source: exported, entryId: top.seq, matches: false });
    expect(result.problems).toContainEqual(expect.stringContaining(`the log no longer holds entry ${top.seq}`));
  });

  it('counts an anchor signed with another key, or a signed one altered, as a break', async () => {
    const other = await generateKeyPair('ES256');
    const top = await h.head();
    const statement = {
      firstSeq: Number(top.seq) + 1,
      prevHash: top.hash,
      purgedBefore: '2020-01-01T00:00:00.000Z',
      headSeq: Number(top.seq),
      headHash: top.hash,
      retentionMonths: 6,
      at: new Date().toISOString(),
    };
    await h.asOperator('insert into access_log_anchor (first_seq, prev_hash, purged_before, signature) values (?, ?, ?, ?)', [
      statement.firstSeq,
      statement.prevHash,
      statement.purgedBefore,
      await signStatement('anchor', statement, other.privateKey),
    ]);
    const misSigned = await h.verify();
    expect(misSigned.ok).toBe(false);
    expect(misSigned.problems).toContainEqual(expect.stringMatching(/does not verify with the log's key/));

    // Signed by the log, but the row says another start than the signature.
    const signed = await signStatement('anchor', statement, h.hub.keys.logSigningPrivateKey);
    await h.asOperator('insert into access_log_anchor (first_seq, prev_hash, purged_before, signature) values (?, ?, ?, ?)', [
      statement.firstSeq + 5,
      statement.prevHash,
      statement.purgedBefore,
      signed,
    ]);
    const altered = await h.verify();
    expect(altered.ok).toBe(false);
    expect(altered.problems).toContainEqual(expect.stringMatching(/does not match what its signature covers/));
  });
});

describe('retention cuts', () => {
  it('refuses to cut inside the retention period, and the verifier refuses a signed cut that does', async () => {
    const h = await hubWithEntries();
    try {
      const owner = h.hub.owner('consent');
      const key = h.hub.keys.logSigningPrivateKey;
      const now = new Date();
      await expect(purgePartitionsBefore(owner, new Date(`${monthOf(now)}T00:00:00Z`), { key, retentionMonths: 6, now })).rejects.toThrow(
        /retention cut refused/,
      );
      await expect(purgePartitionsBefore(owner, new Date('2000-01-01T00:00:00Z'), { key, retentionMonths: 3, now })).rejects.toThrow(/below the floor/);
      expect(await owner('access_log_anchor').count({ n: '*' })).toEqual([{ n: '0' }]);

      // An anchor the log's key signed, with a cut one month back: inside six months.
      const top = await h.head();
      const purgedBefore = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString();
      const statement = {
        firstSeq: 1,
        prevHash: '0'.repeat(64),
        purgedBefore,
        headSeq: Number(top.seq),
        headHash: top.hash,
        retentionMonths: 6,
        at: now.toISOString(),
      };
      await owner('access_log_anchor').insert({
        first_seq: 1,
        prev_hash: statement.prevHash,
        purged_before: purgedBefore,
        signature: await signStatement('anchor', statement, key),
      });
      const result = await h.verify();
      expect(result.ok).toBe(false);
      expect(result.problems).toContainEqual(expect.stringMatching(/is a cut inside the retention period/));
    } finally {
      await h.hub.stop();
    }
  });
});

describe('what the operator does around the triggers', () => {
  it('refuses the application login every way out of its role: SET ROLE, SET LOCAL ROLE, back from the log writer', async () => {
    const h = await hubWithEntries();
    try {
      const app = h.hub.databases.consent.knex;
      const superuser = (await h.hub.superuser('consent').raw('select current_user as name')).rows[0].name;
      for (const role of ['hub_owner', superuser]) {
        await expect(app.raw(`set role ${role}`)).rejects.toThrow(/permission denied/);
        await expect(app.transaction((trx) => trx.raw(`set local role ${role}`))).rejects.toThrow(/permission denied/);
        // Through the insert-only role the writer switches to: no further.
        await expect(
          app.transaction(async (trx) => {
            await trx.raw('set local role hub_log_writer');
            await trx.raw(`set local role ${role}`);
          }),
        ).rejects.toThrow(/permission denied/);
      }
      // `SET LOCAL ROLE none` only returns to the login, which owns nothing and is no superuser.
      await app.transaction(async (trx) => {
        await trx.raw('set local role hub_log_writer');
        await trx.raw('set local role none');
        const who = (
          await trx.raw(
            "select current_user as name, r.rolsuper as superuser, pg_has_role(current_user, 'hub_owner', 'MEMBER') as owner from pg_roles r where r.rolname = current_user",
          )
        ).rows[0];
        expect(who).toEqual({ name: 'hub_app', superuser: false, owner: false });
      });
      for (const sql of [
        'alter table access_log disable trigger access_log_no_change',
        'alter table access_log disable trigger all',
        'drop trigger access_log_no_change on access_log',
        'alter table access_log_checkpoint disable trigger all',
      ]) {
        await expect(app.raw(sql), sql).rejects.toThrow(/must be owner|permission denied/);
      }
    } finally {
      await h.hub.stop();
    }
  });

  it('fails verification after the owner disables a trigger and changes, then deletes, entries', async () => {
    const h = await hubWithEntries();
    try {
      const owner = h.hub.owner('consent');
      // Enough entries for a checkpoint, so that the change lies inside the verified prefix.
      const log = new DurableAccessLog(h.hub.databases.consent.knex);
      await log.append(Array.from({ length: CHECKPOINT_EVERY + 10 }, (_, i) => entry('bulk', i)));
      const before = await h.verify();
      expect(before.ok).toBe(true);
      await h.hub.logGuards.exports.exportNow();
      const top = Number((await h.head()).seq);

      await owner.raw('alter table access_log disable trigger access_log_no_change');
      try {
        await owner('access_log').where('seq', 5).update({ actor_id: 'nobody' });
        const walked = await h.fullWalk();
        expect(walked).toMatchObject({ status: 'FINISHED', progress: 1 });
        expect(walked.result).toMatchObject({ ok: false, firstBrokenEntryId: '5' });

        // The newest entries removed: no chain shows that; the checkpoint and the export do.
        await owner('access_log')
          .where('seq', '>', top - 3)
          .del();
      } finally {
        await owner.raw('alter table access_log enable trigger access_log_no_change');
      }
      const after = await h.verify();
      expect(after.ok).toBe(false);
      expect(after.comparedWith).toMatchObject({ entryId: String(top), matches: false });
    } finally {
      await h.hub.stop();
    }
  });

  it('fails verification after a partition is detached or dropped', async () => {
    const hub = await startTestHub();
    try {
      const owner = hub.owner('consent');
      const auditor = await hub.token({ sub: 'aud-op', department: 'family', roles: ['auditor'] });
      await ensurePartition(owner, '2025-01-01');
      const old = new DurableAccessLog(owner, { clock: () => new Date('2025-01-15T12:00:00Z') });
      await old.append(Array.from({ length: 20 }, (_, i) => entry('old', i)));
      await hub.query(await hub.token(CASEWORKERS.jobcentre), `{ citizen(cpr: "${PERSONAS.anne}") { name } }`);
      const verify = async () => (await hub.query(auditor, VERIFY)).body.data.verifyAccessLog;
      expect((await verify()).ok).toBe(true);
      await hub.logGuards.exports.exportNow();

      // The oldest month detached (and dropped) without a signed anchor: the chain has a gap at its start.
      await owner.raw('alter table access_log detach partition access_log_y2025m01');
      await owner.raw('drop table access_log_y2025m01');
      const gap = await verify();
      expect(gap.ok).toBe(false);
      expect(gap.firstBrokenEntryId).toBe('21');

      // This month's partition dropped: the newest export is no longer held.
      const current = `access_log_y${monthOf(new Date()).slice(0, 4)}m${monthOf(new Date()).slice(5, 7)}`;
      await owner.raw(`alter table access_log detach partition ${current}`);
      await owner.raw(`drop table ${current}`);
      const partitionGone = (await owner('access_log').count({ n: '*' }))[0]!.n;
      expect(Number(partitionGone)).toBe(0);
      // The auditor's own query cannot be logged now (no partition for this month): the verifier itself says so.
      const result = await verifyLog(owner, { publicKey: hub.keys.logSigningPublicKey, headDir: hub.logGuards.headDir });
      expect(result.ok).toBe(false);
      expect(result.comparedWith?.matches).toBe(false);
    } finally {
      await hub.stop();
    }
  });
});

describe('the least-privilege login', () => {
  it('passes month boundaries without making a partition, which it could not', async () => {
    const hub = await startTestHub();
    try {
      const app = hub.databases.consent.knex;
      await expect(ensurePartition(app, '2040-01-01')).rejects.toThrow(/permission denied/);
      let month = nextMonth(monthOf(new Date()));
      // The first instant of each of the next twelve months, written as the application logs in.
      for (let i = 0; i < 12; i++) {
        const at = new Date(`${month}T00:00:00Z`);
        const log = new DurableAccessLog(app, { clock: () => at });
        await log.ready();
        await log.append([entry('boundary', i)]);
        month = nextMonth(month);
      }
      const stored = await hub.owner('consent')('access_log').where('request_id', 'like', 'boundary-%').count({ n: '*' });
      expect(stored).toEqual([{ n: '12' }]);
      const result = await verifyLog(app, { publicKey: hub.keys.logSigningPublicKey });
      expect(result.ok).toBe(true);
    } finally {
      await hub.stop();
    }
  });
});

describe('incremental verification', () => {
  let h: Awaited<ReturnType<typeof hubWithEntries>>;
  beforeAll(async () => {
    h = await hubWithEntries({ ACCESS_LOG_VERIFY_MAX_ENTRIES: '400' });
  });
  afterAll(async () => {
    await h?.hub.stop();
  });

  it('walks at most the configured number of entries per call, and then only what is new since the signed checkpoint', async () => {
    const log = new DurableAccessLog(h.hub.databases.consent.knex);
    await log.append(Array.from({ length: 1000 }, (_, i) => entry('many', i)));
    const calls = [];
    for (let i = 0; i < 10; i++) {
      const result = await h.verify();
      calls.push(result);
      expect(result.ok).toBe(true);
      expect(result.entriesWalked).toBeLessThanOrEqual(400);
      if (result.complete) break;
    }
    expect(calls.length).toBeGreaterThanOrEqual(3);
    const done = calls.at(-1)!;
    expect(done.complete).toBe(true);
    expect(Number(done.fromCheckpointEntryId)).toBeGreaterThan(0);
    const total = Number((await h.head()).seq);

    // Fifty new entries: the next verification walks them (and the few auditor entries), never the
    // prefix; the bound is what came since the checkpoint, whatever the log's length.
    await log.append(Array.from({ length: 50 }, (_, i) => entry('more', i)));
    const next = await h.verify();
    expect(next.ok).toBe(true);
    expect(next.complete).toBe(true);
    expect(next.entriesWalked).toBeLessThanOrEqual(50 + CHECKPOINT_EVERY + 10);
    expect(next.entriesWalked).toBeLessThan(total / 2);
    expect(next.entriesChecked).toBeGreaterThan(total);
  });

  it('reports a tampered checkpoint and does not use it', async () => {
    const log = new DurableAccessLog(h.hub.databases.consent.knex);
    await log.append(Array.from({ length: CHECKPOINT_EVERY + 5 }, (_, i) => entry('cp', i)));
    expect((await h.verify()).ok).toBe(true);
    const newest = await h.hub.owner('consent')('access_log_checkpoint').orderBy('seq', 'desc').first();
    expect(newest).toBeDefined();
    await h.asOperator('update access_log_checkpoint set entries = entries + 1 where id = ?', [newest.id]);
    const result = await h.verify();
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(expect.stringMatching(/checkpoint \d+ at entry \d+ is not one the log signed/));
    // The application cannot change checkpoints itself.
    await expect(h.hub.databases.consent.knex('access_log_checkpoint').del()).rejects.toThrow(/permission denied/);
  });

  it('starts full walks on a schedule, as the system', async () => {
    const schedule = scheduleFullWalks(h.hub.logGuards.verifier, 100);
    try {
      const jobs = h.hub.owner('consent')('access_log_verification');
      let job: { status: string; entries_checked: string } | undefined;
      for (let waited = 0; waited < 60_000 && job?.status !== 'FINISHED'; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        job = await jobs.clone().where('started_by', SCHEDULED_WALKER).orderBy('started_at').first();
      }
      expect(job).toMatchObject({ status: 'FINISHED' });
      expect(Number(job!.entries_checked)).toBeGreaterThan(1000);
    } finally {
      schedule.stop();
    }
  });

  it('runs the full walk as a job with progress, readable while it runs and after', async () => {
    const job = await h.fullWalk();
    expect(job.status).toBe('FINISHED');
    expect(job.entriesTotal).toBeGreaterThan(1000);
    expect(job.progress).toBe(1);
    // The checkpoint tampered with above is no part of a full walk: it re-hashes everything.
    expect(job.result.entriesWalked).toBe(job.result.entriesChecked);
    expect(job.result.entriesWalked).toBeGreaterThanOrEqual(job.entriesTotal);
  });
});

describe('scheduled head exports', () => {
  it('exports on the configured interval to the configured folder, and verification compares with the newest', async () => {
    const h = await hubWithEntries({ ACCESS_LOG_HEAD_INTERVAL_SECONDS: '1' });
    try {
      const dir = h.hub.logGuards.headDir;
      const top = (await h.head()).seq;
      // The schedule writes the head within a few turns; a slow machine only makes it wait longer.
      let files: string[] = [];
      for (let waited = 0; waited < 60_000; waited += 100) {
        files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
        if (files.some((f) => Number(f.slice(16, 32)) >= Number(top))) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const newest = files.sort().at(-1)!;
      expect(Number(newest.slice(16, 32))).toBeGreaterThanOrEqual(Number(top));
      expect(JSON.parse(fs.readFileSync(path.join(dir, newest), 'utf8'))).toMatchObject({ signedDigest: expect.any(String) });
      const ok = await h.verify();
      expect(ok.ok).toBe(true);
      expect(ok.comparedWith.source >= newest).toBe(true);
      expect(ok.comparedWith.matches).toBe(true);

      // An export someone replaced without the log's key: verification fails, naming it.
      await h.hub.logGuards.exports.stop();
      const forged = path.join(dir, 'access-log-head-9999999999999999-20991231T000000000Z.json');
      fs.writeFileSync(forged, JSON.stringify({ signedDigest: 'e30.e30.AAAA' }));
      const refused = await h.verify();
      expect(refused.ok).toBe(false);
      expect(refused.problems).toContainEqual(expect.stringContaining('access-log-head-9999999999999999-20991231T000000000Z.json is not signed'));
    } finally {
      await h.hub.stop();
    }
  });
});
