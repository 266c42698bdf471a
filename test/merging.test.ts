/**
 * In-flight request merging at the gateway never hands one caller's result to another: the merge key
 * includes the caller's identity and purpose. Only requests the client marks as the same one (the
 * same X-Request-Id) are merged, so every request id a response carries has its access-log entries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS } from '../services/shared/src/demo/world.ts';
import { CASEWORKERS, startTestHub, type TestHub } from './harness.ts';

const QUERY = `query Soren { citizen(cpr: "${PERSONAS.soren}") { name jobcentre { __typename } family { __typename } adultSocial { __typename } } }`;
let hub: TestHub;
/** One request id for all: only the caller and the purpose can keep these requests apart. */
const SAME = { 'x-request-id': 'merging-same-request' };

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

describe('in-flight request merging', () => {
  it('merges identical concurrent requests of one caller with the same X-Request-Id (so the next tests are not vacuous)', async () => {
    const token = await hub.token(CASEWORKERS.jobcentre);
    const before = hub.queries('jobcentre');
    const results = await Promise.all(Array.from({ length: 20 }, () => hub.query(token, QUERY, undefined, { ...SAME, 'x-purpose': 'COORDINATED_EFFORT' })));
    for (const r of results) expect(r.body.data.citizen.jobcentre.__typename).toBe('JobcentreView');
    // Without merging, each request reads the jobcentre's case status at least once.
    expect(hub.queries('jobcentre') - before).toBeLessThan(20);
  });

  it('runs and logs every request without an X-Request-Id, each under the id its response carries', async () => {
    const token = await hub.token(CASEWORKERS.jobcentre);
    const results = await Promise.all(Array.from({ length: 8 }, () => hub.query(token, QUERY, undefined, { 'x-purpose': 'COORDINATED_EFFORT' })));
    const ids = results.map((r) => r.headers.get('x-request-id'));
    expect(new Set(ids).size).toBe(8);
    const logged = new Set((await hub.logEntries()).filter((e: any) => e.sourceDepartment === 'jobcentre').map((e: any) => e.requestId));
    for (const id of ids) expect(logged.has(id), `request ${id} has its jobcentre entry`).toBe(true);
  });

  it("never gives one caller what another department's caller asked for at the same moment", async () => {
    const jobcentre = await hub.token(CASEWORKERS.jobcentre);
    const family = await hub.token(CASEWORKERS.family);
    const adult = await hub.token(CASEWORKERS['adult-social']);
    const asks = Array.from({ length: 30 }, (_, i) => {
      const [token, own] = [
        [jobcentre, 'jobcentre'],
        [family, 'family'],
        [adult, 'adultSocial'],
      ][i % 3] as [string, string];
      return hub.query(token, QUERY, undefined, { ...SAME, 'x-purpose': 'COORDINATED_EFFORT' }).then((r) => ({ own, citizen: r.body.data.citizen }));
    });
    for (const { own, citizen } of await Promise.all(asks)) {
      for (const field of ['jobcentre', 'family', 'adultSocial']) {
        // Søren has consented to nothing: each caller sees exactly their own department.
        const typename: string = citizen[field].__typename;
        expect(typename.endsWith('View'), `${own} caller, ${field}: ${typename}`).toBe(field === own);
      }
    }
  });

  it("does not merge one caller's requests made with different purposes", async () => {
    const token = await hub.token(CASEWORKERS.jobcentre);
    const simon = `{ citizen(cpr: "${PERSONAS.simon}") { adultSocial { __typename ... on Restricted { reason } } } }`;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        hub
          .query(token, simon, undefined, { ...SAME, 'x-purpose': i % 2 ? 'COORDINATED_EFFORT' : 'JOINT_PLAN' })
          .then((r) => ({ purpose: i % 2 ? 'COORDINATED_EFFORT' : 'JOINT_PLAN', adultSocial: r.body.data.citizen.adultSocial })),
      ),
    );
    for (const { purpose, adultSocial } of results) {
      // Simon consented for coordinated effort only (Anne has a joint plan's consent too).
      if (purpose === 'COORDINATED_EFFORT') expect(adultSocial.__typename).toBe('AdultSocialView');
      else expect(adultSocial).toEqual({ __typename: 'Restricted', reason: 'PURPOSE_NOT_COVERED' });
    }
  });
});
