/**
 * Test support: a caller, a consent, a consent lookup over a fixed list of grants (the real one
 * reads the consent store), and a service's subgraph schema run in process.
 */
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { graphql, parse, type ExecutionResult } from 'graphql';
import { NO_REGISTER, type RegisterLookup } from './register.ts';
import { InMemoryAccessLog } from './access-log.ts';
import { loadConfig } from './config.ts';
import { isActive, type ConsentGrant, type EmergencyGrant } from './consent-rule.ts';
import type { Database } from './db.ts';
import type { Caller } from './identity.ts';
import { NO_CONSENTS, type ConsentLookup } from './release-gate.ts';
import type { ServiceDefinition } from './service.ts';
import { readSubgraphSdl } from './subgraph.ts';

/** A caseworker of `department`, declaring `purpose`. */
export const caseworkerOf = (department: Caller['department'], purpose: Caller['purpose'] = 'COORDINATED_EFFORT'): Caller => ({
  id: `cw-${department}`,
  department,
  roles: ['caseworker'],
  purpose,
  requestId: 'req-1',
  operation: 'Test',
});

/** A consent to show one citizen's jobcentre appointments to the family department, through 2026. */
export const consentGrant = (overrides: Partial<ConsentGrant> = {}): ConsentGrant => ({
  id: 'c-1',
  version: 1,
  cpr: '640790-2468',
  sourceDepartments: ['jobcentre'],
  recipientDepartments: ['family'],
  categories: ['JOBCENTRE_APPOINTMENTS'],
  purpose: 'COORDINATED_EFFORT',
  validFrom: new Date('2026-01-01T00:00:00Z'),
  validUntil: new Date('2027-01-01T00:00:00Z'),
  revokedAt: null,
  ...overrides,
});

export function staticConsents(grants: ConsentGrant[], emergencies: EmergencyGrant[] = []): ConsentLookup & { lookups: number; confirmations: number } {
  const lookup = {
    lookups: 0,
    confirmations: 0,
    async lookup(cprs: readonly string[], caller: { id: string }) {
      lookup.lookups += 1;
      return new Map(
        cprs.map((cpr) => [
          cpr,
          { consents: grants.filter((g) => g.cpr === cpr), emergencies: emergencies.filter((e) => e.cpr === cpr && e.actorId === caller.id) },
        ]),
      );
    },
    async confirm(ids: { consentIds: string[]; emergencyAccessIds: string[] }, at: Date) {
      lookup.confirmations += 1;
      const active = new Set<string>();
      for (const g of grants) if (ids.consentIds.includes(g.id) && isActive(g, at)) active.add(g.id);
      for (const e of emergencies) if (ids.emergencyAccessIds.includes(e.id) && e.validFrom <= at && at < e.validUntil) active.add(e.id);
      return active;
    },
  };
  return lookup;
}

/** For tests of services that sign nothing: any use of a key fails loudly. */
export const NO_SIGNING_KEYS = new Proxy({} as import('./service.ts').ServiceDeps['keys'], {
  get: (_, key) => {
    throw new Error(`no signing keys in this test (asked for ${String(key)})`);
  },
});

/**
 * Runs GraphQL against one service's subgraph schema in process, as the gateway's call would:
 * the service's own context over `db`, as `caller`, with `consents`, logging to a fresh in-memory
 * access log (or `options.accessLog`), with no register unless `options.register` gives one. No gateway, no token: what a unit test beside the service needs.
 */
export function subgraphRunner(definition: ServiceDefinition<any>, db: Database) {
  const schema = buildSubgraphSchema([{ typeDefs: parse(readSubgraphSdl(definition.name)), resolvers: definition.resolvers as GraphQLResolverMap<unknown> }]);
  return async (
    caller: Caller,
    source: string,
    variableValues: Record<string, unknown> = {},
    consents: ConsentLookup = NO_CONSENTS,
    options: { register?: RegisterLookup; accessLog?: InMemoryAccessLog } = {},
  ) => {
    const accessLog = options.accessLog ?? new InMemoryAccessLog();
    const register = options.register ?? NO_REGISTER;
    const contextValue = definition.createContext(caller, { db, accessLog, consents, config: loadConfig({}), register, keys: NO_SIGNING_KEYS });
    const before = db.queryCount();
    const executed: ExecutionResult<any> = await graphql({ schema, source, variableValues, contextValue });
    // The service's own errors as the subgraph's error formatting gives them to clients.
    const errors = executed.errors?.map((error) => definition.domainErrors?.(error.originalError) ?? error);
    const result: ExecutionResult<any> = errors ? { ...executed, errors } : executed;
    return { result, data: result.data, errors: result.errors, accessLog, statements: db.queryCount() - before };
  };
}
