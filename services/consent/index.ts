/** The consent service's subgraph: consents, their history, emergency access. */
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import type { HubConfig } from '../shared/src/config.ts';
import type { Caller } from '../shared/src/identity.ts';
import type { AccessLogWriter } from '../shared/src/access-log.ts';
import type { ServiceDefinition, ServiceDeps } from '../shared/src/service.ts';
import type { RegisterLookup } from '../registry/facts.ts';
import { preparePartitions } from './access-log/schema.ts';
import { migrations } from './legacy/migrations.ts';
import { createAssignmentLoader } from './coordinator.ts';
import { consentErrors } from './errors.ts';
import { resolvers } from './resolvers.ts';
import { seedConsents } from './seed.ts';
import { createConsentStore, type ConsentEventRecord, type ConsentRecord, type ConsentStore } from './store.ts';

export interface ConsentContext {
  caller: Caller;
  knex: Knex;
  config: HubConfig;
  store: ConsentStore;
  register: RegisterLookup;
  accessLog: AccessLogWriter;
  keys: ServiceDeps['keys'];
  now: () => Date;
  consentsByCpr: DataLoader<string, ConsentRecord[]>;
  eventsByConsent: DataLoader<string, ConsentEventRecord[]>;
  assignments: ReturnType<typeof createAssignmentLoader>;
}

export const consent: ServiceDefinition<ConsentContext> = {
  name: 'consent',
  migrations,
  applicationAccess: 'read-write',
  prepare: (knex) => preparePartitions(knex),
  seed: (knex, world) => seedConsents(knex, world),
  // The access log is never cleared: a re-seed is itself a use to account for.
  clear: async (knex) => {
    for (const table of ['coordinator_assignment', 'emergency_access_review', 'emergency_access', 'consent_event', 'consent_version', 'consent'])
      await knex(table).del();
  },
  resolvers,
  domainErrors: consentErrors,
  createContext: (caller, deps) => {
    const store = createConsentStore(deps.db.knex);
    return {
      caller,
      knex: deps.db.knex,
      config: deps.config,
      store,
      register: deps.register,
      accessLog: deps.accessLog,
      keys: deps.keys,
      now: () => new Date(),
      consentsByCpr: new DataLoader(async (cprs) => {
        const all = await store.byCprs(cprs);
        return cprs.map((cpr) => all.filter((c) => c.cpr === cpr));
      }),
      assignments: createAssignmentLoader(deps.db.knex),
      eventsByConsent: new DataLoader(async (ids) => {
        const all = await store.eventsFor(ids);
        return ids.map((id) => all.filter((e) => e.consentId === id));
      }),
    };
  },
};
