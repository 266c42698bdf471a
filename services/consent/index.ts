/** The consent service's subgraph: consents, their history, emergency access. */
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import type { HubConfig } from '../shared/src/config.ts';
import type { Caller } from '../shared/src/identity.ts';
import type { AccessLogWriter } from '../shared/src/access-log.ts';
import type { ServiceDefinition, ServiceDeps } from '../shared/src/service.ts';
import type { RegisterLookup } from '../registry/facts.ts';
import { preparePartitions } from './access-log/schema.ts';
import { LogVerifier } from './access-log/verifier.ts';
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
  /** Verifies the log off the releases' path (auditors' verifications, the full walk). */
  verifier: LogVerifier;
  now: () => Date;
  consentsByCpr: DataLoader<string, ConsentRecord[]>;
  eventsByConsent: DataLoader<string, ConsentEventRecord[]>;
  assignments: ReturnType<typeof createAssignmentLoader>;
}

/** What the consent service may be handed besides the common deps. */
export interface ConsentExtras {
  /** The verifier of the log, on its own pool, off the releases' path (the start wires it in). */
  logVerifier: LogVerifier;
}

/** Verifiers made for deps that brought none (tests of a service alone): one per deps, on its pool. */
const fallbackVerifiers = new WeakMap<ServiceDeps, LogVerifier>();

/** The verifier the start wired in, or one on the service's own pool. */
function verifierFor(deps: ServiceDeps & Partial<ConsentExtras>): LogVerifier {
  if (deps.logVerifier) return deps.logVerifier;
  let verifier = fallbackVerifiers.get(deps);
  if (!verifier) {
    verifier = new LogVerifier(
      deps.db.knex,
      { privateKey: deps.keys.logSigningPrivateKey, publicKey: deps.keys.logSigningPublicKey },
      { headDir: deps.config.accessLog.headDir, maxEntries: deps.config.accessLog.verifyMaxEntries },
    );
    fallbackVerifiers.set(deps, verifier);
  }
  return verifier;
}

export const consent: ServiceDefinition<ConsentContext, ConsentExtras> = {
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
      verifier: verifierFor(deps),
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
