/**
 * The access log: durable before release, append-only, one hash chain under concurrency, verifiable
 * (and exportable), open to auditors only, and purged only by whole months.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS } from '../services/shared/src/demo/world.ts';
import { DurableAccessLog } from '../services/consent/access-log/writer.ts';
import { ensurePartition } from '../services/consent/access-log/schema.ts';
import { purgeAccessLog } from '../services/consent/access-log/retention.ts';
import { verifyLog } from '../services/consent/access-log/verify.ts';
import { CASEWORKERS, startTestHub, type TestHub } from './harness.ts';
import { testEntry } from './support/log-entries.ts';

let hub: TestHub;
let auditor: string;
let caseworker: string;

beforeAll(async () => {
  hub = await startTestHub();
  auditor = await hub.token({ sub: 'aud-1', department: 'family', roles: ['auditor'] });
  caseworker = await hub.token(CASEWORKERS.jobcentre);
});
afterAll(async () => {
  await hub?.stop();
});

/** As the services log in; as the owner of the tables; as the server's superuser. */
const knex = () => hub.databases.consent.knex;
const owner = () => hub.owner('consent');
const superuser = () => hub.superuser('consent');
const VERIFY = '{ verifyAccessLog { ok entriesChecked firstBrokenEntryId startsAtEntryId } }';
const verify = async () => (await hub.query(auditor, VERIFY)).body.data.verifyAccessLog;

const JOB = '{ id status entriesTotal entriesChecked progress result { ok entriesChecked firstBrokenEntryId problems } }';
/** Starts the full walk (the background job) as `token` on `on` and polls it until it ends. */
async function fullWalk(on: TestHub = hub, token = auditor) {
  const started = await on.query(token, `mutation { startAccessLogVerification ${JOB} }`);
  let job = started.body.data.startAccessLogVerification;
  while (job.status === 'RUNNING') {
    await new Promise((resolve) => setTimeout(resolve, 50));
    job = (await on.query(token, `query ($id: ID!) { accessLogVerificationJob(id: $id) ${JOB} }`, { id: job.id })).body.data.accessLogVerificationJob;
  }
  return job;
}

const entry = testEntry;

/** Runs a statement with the append-only triggers bypassed: what an attacker with every right on the server could do. */
async function bypassingTriggers(sql: string, bindings: unknown[] = []) {
  await superuser().transaction(async (trx) => {
    await trx.raw('set local session_replication_role = replica');
    await trx.raw(sql, bindings as never);
  });
}

describe('durable before release', () => {
  it('records a release before the answer, with every field', async () => {
    const result = await hub.query(
      caseworker,
      `query SorenSanctions { citizen(cpr: "${PERSONAS.soren}") { jobcentre { ... on JobcentreView { sanctions { date } } } } }`,
      undefined,
      { 'x-request-id': 'durable-1', 'x-purpose': 'COORDINATED_EFFORT' },
    );
    expect(result.body.data.citizen.jobcentre.sanctions).toHaveLength(3);
    const stored = (await hub.logEntries()).filter((e) => e.requestId === 'durable-1' && e.sourceDepartment === 'jobcentre');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      actorId: 'cw-jc-1',
      actorDepartment: 'jobcentre',
      role: 'caseworker,coordinator',
      cpr: PERSONAS.soren,
      outcome: 'RELEASED',
      legalBasis: 'OWN_DEPARTMENT',
      purpose: 'COORDINATED_EFFORT',
      operation: 'SorenSanctions',
      consentId: null,
    });
    expect(stored[0]!.categories).toContain('JOBCENTRE_SANCTIONS');
    expect(stored[0]!.at.getTime()).toBeGreaterThanOrEqual(stored[0]!.decidedAt.getTime());
  });

  it('releases nothing when the log store cannot be written', async () => {
    // Break the store: the insert-only role loses its INSERT right.
    await owner().raw('revoke insert on access_log from hub_log_writer');
    try {
      const result = await hub.query(caseworker, `{ citizen(cpr: "${PERSONAS.soren}") { name jobcentre { ... on JobcentreView { sanctions { date } } } } }`);
      expect(result.body.data?.citizen ?? null).toBeNull();
      expect(JSON.stringify(result.body)).not.toContain('Søren');
      expect(JSON.stringify(result.body)).not.toContain('2026-09-08');
      expect(result.body.errors.length).toBeGreaterThan(0);
    } finally {
      await owner().raw('grant insert on access_log to hub_log_writer');
    }
    const recovered = await hub.query(caseworker, `{ citizen(cpr: "${PERSONAS.soren}") { name } }`);
    expect(recovered.body.data.citizen.name).toBe('Søren Jensen');
  });
});

describe('append-only', () => {
  it.each([
    ['update', "update access_log set actor_id = 'x'"],
    ['delete', 'delete from access_log'],
    ['truncate', 'truncate access_log'],
  ])('refuses %s to the application role, as it logs in and as the log writer', async (_, sql) => {
    await expect(knex().raw(sql)).rejects.toThrow(/permission denied/);
    await expect(
      knex().transaction(async (trx) => {
        await trx.raw('set local role hub_log_writer');
        await trx.raw(sql);
      }),
    ).rejects.toThrow(/permission denied|append-only/);
  });

  it.each([
    ['update', "update access_log set actor_id = 'x'"],
    ['delete', 'delete from access_log'],
    ['truncate', 'truncate access_log'],
  ])('refuses %s even to the owner, through the triggers', async (_, sql) => {
    await expect(owner().raw(sql)).rejects.toThrow(/append-only/);
  });

  it('refuses truncate of a monthly partition', async () => {
    const { rows } = await owner().raw(
      `select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent where p.relname = 'access_log' limit 1`,
    );
    await expect(owner().raw(`truncate ${rows[0].relname}`)).rejects.toThrow(/append-only/);
    await expect(knex().raw(`truncate ${rows[0].relname}`)).rejects.toThrow(/permission denied/);
  });
});

describe('the hash chain', () => {
  it('stays one chain, without forks or gaps, under 1,000 concurrent writes from two writers', async () => {
    const before = (await verify()).entriesChecked;
    const here = new DurableAccessLog(knex());
    // Two processes: this one and a child, each with 500 concurrent appends.
    const child = spawn(process.execPath, ['test/fixtures/log-writer.ts', hub.testDatabases.consent.url, '500', 'other'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
    await Promise.all(Array.from({ length: 500 }, (_, i) => here.append([entry('here', i)])));
    expect(await exited).toBe(0);
    const otherCommits: number = JSON.parse(output).commits;
    const result = await verify();
    expect(result).toMatchObject({ ok: true, firstBrokenEntryId: null });
    expect(result.entriesChecked).toBeGreaterThanOrEqual(before + 1000);
    const seqs = (await knex()('access_log').orderBy('seq').pluck('seq')).map(Number);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seqs.at(-1)! - seqs[0]! + 1).toBe(seqs.length);
    // Group commit: far fewer transactions than entries.
    expect(here.commits + otherCommits).toBeLessThan(1000);
  });

  it('reports the first broken entry when a row is altered by the owner, and exported heads expose the rewrite', async () => {
    const head = (await hub.query(auditor, '{ accessLogHead { entryId hash signedDigest publicKey } }')).body.data.accessLogHead;
    const withHead = await hub.query(auditor, 'query ($h: String) { verifyAccessLog(exportedHead: $h) { ok headMatches } }', { h: head.signedDigest });
    expect(withHead.body.data.verifyAccessLog).toEqual({ ok: true, headMatches: true });

    const target = Number(head.entryId) - 5;
    await bypassingTriggers('update access_log set actor_id = ? where seq = ?', ['someone-else', target]);
    // A change inside the verified prefix that leaves the stored hashes alone: the full walk re-hashes it.
    const walked = await fullWalk();
    expect(walked.status).toBe('FINISHED');
    expect(walked.result.ok).toBe(false);
    expect(walked.result.firstBrokenEntryId).toBe(String(target));

    // Rewritten with the hashes made again: the exported head no longer matches.
    await bypassingTriggers(`update access_log set hash = ?, prev_hash = case when seq = ? then prev_hash else ? end where seq >= ?`, [
      'f'.repeat(64),
      target,
      'f'.repeat(64),
      target,
    ]);
    const headNow = await hub.query(auditor, 'query ($h: String) { verifyAccessLog(exportedHead: $h) { ok headMatches problems } }', { h: head.signedDigest });
    expect(headNow.body.data.verifyAccessLog.ok).toBe(false);
    expect(headNow.body.data.verifyAccessLog.headMatches).toBe(false);

    // A forged head (signed with another key) is refused outright.
    const forged = head.signedDigest.slice(0, -4) + (head.signedDigest.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const refused = await hub.query(auditor, 'query ($h: String) { verifyAccessLog(exportedHead: $h) { ok } }', { h: forged });
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'exportedHead' });
  });

  it('reports a deleted entry as the break after it', async () => {
    // The chain was broken by the previous test; this one starts from its own fresh hub state.
    const fresh = await startTestHub();
    try {
      const token = await fresh.token({ sub: 'aud-2', department: 'jobcentre', roles: ['auditor'] });
      const family = await fresh.token(CASEWORKERS.family);
      for (const cpr of [PERSONAS.anne, PERSONAS.simon, PERSONAS.soren])
        await fresh.query(family, `query ($cpr: ID!) { citizen(cpr: $cpr) { name } }`, { cpr });
      const entries = await fresh.logEntries();
      expect(entries.length).toBeGreaterThan(4);
      const victim = entries[Math.floor(entries.length / 2)]!.seq;
      await fresh.superuser('consent').transaction(async (trx) => {
        await trx.raw('set local session_replication_role = replica');
        await trx.raw('delete from access_log where seq = ?', [victim]);
      });
      const result = (await fresh.query(token, VERIFY)).body.data.verifyAccessLog;
      expect(result).toMatchObject({ ok: false, firstBrokenEntryId: String(victim + 1) });
    } finally {
      await fresh.stop();
    }
  });
});

describe('the auditor API', () => {
  const LOG = /* GraphQL */ `
    query Log($filter: AccessLogFilter, $first: Int, $after: String) {
      accessLog(filter: $filter, first: $first, after: $after) {
        edges { cursor node { id at actorId actorDepartment role cpr sourceDepartment categories outcome legalBasis consentId consentVersion purpose operation requestId } }
        pageInfo { hasNextPage endCursor }
      }
    }
  `;

  it('is for auditors only', async () => {
    for (const query of [
      LOG,
      VERIFY,
      '{ accessLogHead { hash } }',
      'mutation { startAccessLogVerification { id } }',
      '{ accessLogVerificationJob(id: "00000000-0000-0000-0000-000000000000") { id } }',
      `{ consentHistory(cpr: "${PERSONAS.anne}") { kind } }`,
      '{ emergencyAccessReviews { id } }',
      `{ citizenAccessReport(cpr: "${PERSONAS.anne}") { cpr } }`,
    ]) {
      const result = await hub.query(caseworker, query);
      expect(result.body.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }
  });

  it('gives an auditor no case data', async () => {
    const result = await hub.query(auditor, `{ citizen(cpr: "${PERSONAS.anne}") { name } }`);
    expect(result.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('filters by citizen, actor, department, outcome, legal basis and time, newest first, and pages', async () => {
    await hub.query(await hub.token(CASEWORKERS.family), `{ citizen(cpr: "${PERSONAS.simon}") { jobcentre { __typename } } }`, undefined, {
      'x-request-id': 'filter-1',
    });
    const since = new Date(Date.now() - 60_000).toISOString();
    const result = await hub.query(auditor, LOG, {
      filter: { cpr: PERSONAS.simon.replace('-', ''), actorId: 'cw-fa-1', department: 'JOBCENTRE', outcome: 'REFUSED', legalBasis: 'NONE', from: since },
    });
    expect(result.body.errors).toBeUndefined();
    const nodes = result.body.data.accessLog.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node).toMatchObject({ cpr: PERSONAS.simon, actorId: 'cw-fa-1', sourceDepartment: 'JOBCENTRE', outcome: 'REFUSED', legalBasis: 'NONE' });
    }

    const pages: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i++) {
      const page: any = (await hub.query(auditor, LOG, { filter: { cpr: PERSONAS.simon }, first: 2, after })).body.data.accessLog;
      pages.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.endCursor;
    }
    const ids = pages.map(Number);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('records every auditor query', async () => {
    await hub.query(auditor, LOG, { filter: { actorId: 'nobody' } }, { 'x-request-id': 'audit-the-auditor' });
    const recorded = (await hub.logEntries()).filter((e) => e.requestId === 'audit-the-auditor');
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ actorId: 'aud-1', categories: ['ACCESS_LOG'], criterion: expect.stringContaining('nobody') });
  });

  it("records an auditor's listing against each citizen it returned, so their access report shows it", async () => {
    const lister = await hub.token({ sub: 'cw-as-20', department: 'adult-social', roles: ['caseworker'] });
    await hub.query(lister, `{ a: citizen(cpr: "${PERSONAS.anne}") { name } s: citizen(cpr: "${PERSONAS.simon}") { name } }`);
    const opener = await hub.token({ sub: 'cw-as-21', department: 'adult-social', roles: ['caseworker'] });
    const opened = await hub.query(opener, 'mutation ($i: EmergencyAccessInput!) { requestEmergencyAccess(input: $i) { id } }', {
      i: { cpr: PERSONAS.sorenMother, legalGround: 'VITAL_INTERESTS', justification: 'She fell at home and the home carer cannot reach her son today.' },
    });
    expect(opened.body.errors).toBeUndefined();
    const REPORT = 'query ($cpr: ID!) { citizenAccessReport(cpr: $cpr) { lines { at categories } } }';
    /** Whether the citizen's own report shows a query of this kind made at or after `since`. */
    const reportShows = async (cpr: string, what: string, since: number) =>
      (await hub.query(auditor, REPORT, { cpr })).body.data.citizenAccessReport.lines.some(
        (l: any) => l.categories.includes(what) && Date.parse(l.at) >= since,
      );

    const listedAt = Date.now();
    const byActor = await hub.query(auditor, LOG, { filter: { actorId: 'cw-as-20' } });
    const listed = [...new Set<string>(byActor.body.data.accessLog.edges.map((e: any) => e.node.cpr).filter(Boolean))];
    expect(listed).toEqual(expect.arrayContaining([PERSONAS.anne, PERSONAS.simon]));
    for (const cpr of listed) expect(await reportShows(cpr, 'ACCESS_LOG', listedAt), cpr).toBe(true);

    const reviewsAt = Date.now();
    const queue = (await hub.query(auditor, '{ emergencyAccessReviews(status: PENDING) { citizen { cpr } } }')).body.data.emergencyAccessReviews;
    const queued = [...new Set<string>(queue.map((a: any) => a.citizen.cpr))];
    expect(queued).toContain(PERSONAS.sorenMother);
    for (const cpr of queued) expect(await reportShows(cpr, 'EMERGENCY_ACCESS_REVIEWS', reviewsAt), cpr).toBe(true);
  });

  it('shows consent history and takes emergency-access reviews', async () => {
    const history = (await hub.query(auditor, `{ consentHistory(cpr: "${PERSONAS.anne}") { kind version actorId consent { id purpose } } }`)).body.data
      .consentHistory;
    // Her consent to share between the departments, granted at seeding (she also has one for her joint plan).
    expect(history.find((h: any) => h.consent.purpose === 'COORDINATED_EFFORT')).toMatchObject({ kind: 'GRANTED', version: 1 });

    const opener = await hub.token({ sub: 'cw-as-7', department: 'adult-social', roles: ['caseworker'] });
    const opened = await hub.query(opener, 'mutation ($i: EmergencyAccessInput!) { requestEmergencyAccess(input: $i) { id } }', {
      i: {
        cpr: PERSONAS.soren,
        legalGround: 'VITAL_INTERESTS',
        justification: 'He told the support worker he has not eaten for four days and has no heating.',
      },
    });
    const id = opened.body.data.requestEmergencyAccess.id;
    const pending = (await hub.query(auditor, '{ emergencyAccessReviews(status: PENDING) { id actorId legalGround justification } }')).body.data
      .emergencyAccessReviews;
    expect(pending.map((p: any) => p.id)).toContain(id);

    const noNote = await hub.query(auditor, 'mutation ($id: ID!) { reviewEmergencyAccess(id: $id, verdict: MISUSE) { reviewStatus } }', { id });
    expect(noNote.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const reviewed = await hub.query(
      auditor,
      'mutation ($id: ID!) { reviewEmergencyAccess(id: $id, verdict: APPROVED, note: "Grounds documented") { reviewStatus reviewNote reviewedBy } }',
      { id },
    );
    expect(reviewed.body.data.reviewEmergencyAccess).toEqual({ reviewStatus: 'APPROVED', reviewNote: 'Grounds documented', reviewedBy: 'aud-1' });
    const stillPending = (await hub.query(auditor, '{ emergencyAccessReviews(status: PENDING) { id } }')).body.data.emergencyAccessReviews;
    expect(stillPending.map((p: any) => p.id)).not.toContain(id);
  });

  it('reports to a citizen who looked, when, why and on what basis, as JSON and CSV downloads', async () => {
    await hub.query(await hub.token(CASEWORKERS.family), `{ citizen(cpr: "${PERSONAS.anne}") { jobcentre { __typename } } }`, undefined, {
      'x-purpose': 'COORDINATED_EFFORT',
    });
    const report = (
      await hub.query(
        auditor,
        `{ citizenAccessReport(cpr: "${PERSONAS.anne}") { cpr lines { at department sourceDepartment purpose legalBasis outcome staffId } } }`,
      )
    ).body.data.citizenAccessReport;
    expect(report.lines).toContainEqual(
      expect.objectContaining({
        department: 'FAMILY',
        sourceDepartment: 'JOBCENTRE',
        purpose: 'COORDINATED_EFFORT',
        legalBasis: 'CONSENT',
        outcome: 'RELEASED',
        staffId: null,
      }),
    );

    const base = hub.gateway.url.replace('/graphql', '/reports/citizen-access');
    const csv = await fetch(`${base}?cpr=${PERSONAS.anne}&format=csv`, { headers: { authorization: `Bearer ${auditor}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    // The download carries the request id its auditor query was logged under.
    const reportRequestId = csv.headers.get('x-request-id');
    expect((await hub.logEntries()).some((e) => e.requestId === reportRequestId && e.actorId === 'aud-1')).toBe(true);
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe('at,department,sourceDepartment,categories,purpose,legalBasis,outcome,staffId');
    expect(text).toContain('FAMILY,JOBCENTRE');
    const json = await fetch(`${base}?cpr=${PERSONAS.anne}&format=json`, { headers: { authorization: `Bearer ${auditor}` } });
    // Each report request is itself recorded against the citizen, so the download has at least as many lines.
    expect((await json.json()).lines.length).toBeGreaterThanOrEqual(report.lines.length);

    expect((await fetch(`${base}?cpr=${PERSONAS.anne}&format=csv`)).status).toBe(401);
    expect((await fetch(`${base}?cpr=${PERSONAS.anne}&format=csv`, { headers: { authorization: `Bearer ${caseworker}` } })).status).toBe(403);
    expect((await fetch(`${base}?cpr=${PERSONAS.anne}&format=xml`, { headers: { authorization: `Bearer ${auditor}` } })).status).toBe(400);
  });
});

describe('retention', () => {
  it('drops only whole months older than the retention, logs the purge, and keeps the chain verifiable', async () => {
    const fresh = await startTestHub();
    try {
      // Partitions and the purge need the owner; the application cannot make or drop tables.
      const db = fresh.owner('consent');
      // Entries from January 2025, written with a clock set back (the partition is made ahead).
      await ensurePartition(db, '2025-01-01');
      const old = new DurableAccessLog(db, { clock: () => new Date('2025-01-15T12:00:00Z') });
      await Promise.all(Array.from({ length: 20 }, (_, i) => old.append([entry('old', i)])));
      await fresh.query(await fresh.token(CASEWORKERS.jobcentre), `{ citizen(cpr: "${PERSONAS.anne}") { name } }`);
      const publicKey = fresh.keys.logSigningPublicKey;
      const key = fresh.keys.logSigningPrivateKey;
      const before = await verifyLog(db, { publicKey });
      const oldCount = Number((await db('access_log').where('at', '<', '2025-02-01').count({ n: '*' }).first())!.n);
      expect(oldCount).toBe(20);

      await expect(purgeAccessLog(db, fresh.accessLog, { retentionMonths: 5, now: new Date(), key })).rejects.toThrow(/at least 6/);
      const result = await purgeAccessLog(db, fresh.accessLog, { retentionMonths: 6, now: new Date(), key });
      expect(result.droppedPartitions).toEqual(['access_log_y2025m01']);
      expect(Number((await db('access_log').where('at', '<', '2025-02-01').count({ n: '*' }).first())!.n)).toBe(0);

      const after = await verifyLog(db, { publicKey });
      expect(after).toMatchObject({ ok: true, firstBrokenEntryId: null });
      expect(after.startsAtEntryId).toBe(result.anchor!.firstSeq);
      expect(after.entriesChecked).toBe(before.entriesChecked - 20 + 1);
      const purgeEntry = (await fresh.logEntries()).at(-1)!;
      expect(purgeEntry).toMatchObject({ categories: ['ACCESS_LOG_RETENTION'], actorId: 'system:retention' });
      // New entries continue the chain after the purge.
      await fresh.query(await fresh.token(CASEWORKERS.jobcentre), `{ citizen(cpr: "${PERSONAS.simon}") { name } }`);
      expect((await verifyLog(db, { publicKey })).ok).toBe(true);
    } finally {
      await fresh.stop();
    }
  });
});
