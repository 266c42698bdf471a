/**
 * One department down costs only that department: a department that cannot be asked (stopped,
 * failing, or too slow) answers `Unavailable`, given by the gateway, while the rest of the citizen,
 * the caseload and the views still answer and say what they could not include. A department that
 * keeps failing is given a rest (circuit breaker), so it slows nobody down.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS } from '../services/shared/src/demo/world.ts';
import { CASEWORKERS, startTestHub, type TestHub } from './harness.ts';

const purpose = { 'x-purpose': 'COORDINATED_EFFORT' };
const CITIZEN = /* GraphQL */ `
  query Anne($cpr: ID!) {
    citizen(cpr: $cpr) {
      name
      jobcentre { __typename }
      family { __typename }
      adultSocial { __typename ... on Unavailable { department cause } }
      timeline(from: "2026-08-01", to: "2026-12-31") { department }
      conflictCount
      complexity { departmentsInvolved restrictedDepartments unavailableDepartments }
      viewGaps { department reason }
    }
  }
`;

describe('a department that is stopped', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ citizens: 40 });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('answers Unavailable for it, and the rest of the citizen and the views as before', async () => {
    const token = await hub.token(CASEWORKERS.jobcentre);
    const before = (await hub.query(token, CITIZEN, { cpr: PERSONAS.anne }, purpose)).body.data.citizen;
    expect(before.adultSocial.__typename).toBe('AdultSocialView');
    expect(before.viewGaps).toEqual([]);

    await hub.subgraphs['adult-social'].stop();
    const result = await hub.query(token, CITIZEN, { cpr: PERSONAS.anne }, purpose);
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    const anne = result.body.data.citizen;
    expect(anne.name).toBe('Anne Larsen');
    expect(anne.jobcentre.__typename).toBe('JobcentreView');
    expect(anne.family.__typename).toBe('FamilyView');
    expect(anne.adultSocial).toEqual({ __typename: 'Unavailable', department: 'ADULT_SOCIAL', cause: expect.stringMatching(/^(FAILED|CIRCUIT_OPEN)$/) });
    // The views show the other departments, and say which one they could not include.
    expect(anne.viewGaps).toEqual([{ department: 'ADULT_SOCIAL', reason: 'UNAVAILABLE' }]);
    expect(anne.complexity.unavailableDepartments).toEqual(['ADULT_SOCIAL']);
    expect(anne.complexity.departmentsInvolved).not.toContain('ADULT_SOCIAL');
    expect(anne.timeline.some((e: { department: string }) => e.department === 'ADULT_SOCIAL')).toBe(false);
    expect(anne.timeline.some((e: { department: string }) => e.department === 'JOBCENTRE')).toBe(true);
  });

  it('still lists the caseload, each citizen with the department Unavailable', async () => {
    const token = await hub.token(CASEWORKERS.jobcentre);
    const result = await hub.query(
      token,
      '{ myCaseload(first: 10) { edges { node { cpr jobcentre { __typename } adultSocial { __typename } } } } }',
      undefined,
      purpose,
    );
    expect(result.body.errors).toBeUndefined();
    const nodes = result.body.data.myCaseload.edges.map((e: { node: unknown }) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.jobcentre.__typename).toBe('JobcentreView');
      expect(node.adultSocial.__typename).toBe('Unavailable');
    }
  });

  it('stops asking it after repeated failures, and says so', async () => {
    const token = await hub.token(CASEWORKERS.jobcentre);
    let cause = '';
    for (let i = 0; i < 30 && cause !== 'CIRCUIT_OPEN'; i++) {
      cause = (await hub.query(token, CITIZEN, { cpr: PERSONAS.anne }, purpose)).body.data.citizen.adultSocial.cause;
    }
    expect(cause).toBe('CIRCUIT_OPEN');
  });
});

describe('a department that does not answer', () => {
  let hub: TestHub;
  let silent: net.Server;
  let gatewayUrl: string;
  const sockets = new Set<net.Socket>();
  beforeAll(async () => {
    hub = await startTestHub({ env: { SUBGRAPH_TIMEOUT_MS: '1000' } });
    // Accepts connections and never answers: a department hanging on a lock or a dead disk.
    silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const gateway = await hub.startGateway({ family: `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}/graphql` });
    gatewayUrl = gateway.url;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    silent?.close();
    await hub?.stop();
  });

  it('answers Unavailable TIMED_OUT for it once the time budget is spent, and the rest as before', async () => {
    const token = await hub.token(CASEWORKERS.jobcentre);
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...purpose },
      body: JSON.stringify({
        query: CITIZEN.replace(
          'adultSocial { __typename ... on Unavailable { department cause } }',
          'adultSocial { __typename } family2: family { ... on Unavailable { cause } ... on Restricted { reason } }',
        ),
        variables: { cpr: PERSONAS.anne },
      }),
    });
    const body = (await response.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.citizen.family.__typename).toBe('Unavailable');
    expect(body.data.citizen.family2.cause).toBe('TIMED_OUT');
    expect(body.data.citizen.jobcentre.__typename).toBe('JobcentreView');
    expect(body.data.citizen.viewGaps).toEqual([{ department: 'FAMILY', reason: 'UNAVAILABLE' }]);
  });
});
