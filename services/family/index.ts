/** The family department's subgraph: wiring of its legacy database, loaders, release gate and resolvers. */
import type { Knex } from 'knex';
import type { Caller } from '../shared/src/identity.ts';
import { createReleaseGate, type AccessLogWriter } from '../shared/src/release.ts';
import type { ServiceDefinition } from '../shared/src/service.ts';
import { migrations } from './legacy/migrations.ts';
import { clear, seed } from './legacy/seed.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers.ts';

export interface FamilyContext {
  caller: Caller;
  knex: Knex;
  accessLog: AccessLogWriter;
  release: ReturnType<typeof createReleaseGate>;
  loaders: ReturnType<typeof createLoaders>;
}

export const family: ServiceDefinition<FamilyContext> = {
  name: 'family',
  migrations,
  seed,
  clear,
  resolvers,
  createContext: (caller, deps) => ({
    caller,
    knex: deps.db.knex,
    accessLog: deps.accessLog,
    release: createReleaseGate({ caller, sourceDepartment: 'family', consents: deps.consents, log: deps.accessLog }),
    loaders: createLoaders(deps.db.knex),
  }),
};
