/** The registry's subgraph: the person register replica. */
import type { Knex } from 'knex';
import type { Caller } from '../shared/src/identity.ts';
import type { AccessLogWriter } from '../shared/src/access-log.ts';
import type { ServiceDefinition } from '../shared/src/service.ts';
import { migrations } from './legacy/migrations.ts';
import { clear, seed } from './legacy/seed.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers.ts';

export interface RegistryContext {
  caller: Caller;
  knex: Knex;
  accessLog: AccessLogWriter;
  loaders: ReturnType<typeof createLoaders>;
}

export const registry: ServiceDefinition<RegistryContext> = {
  name: 'registry',
  migrations,
  applicationAccess: 'read',
  seed,
  clear,
  resolvers,
  createContext: (caller, deps) => ({ caller, knex: deps.db.knex, accessLog: deps.accessLog, loaders: createLoaders(deps.db.knex, caller, deps.accessLog) }),
};
