/** The consent service's subgraph: consents, their history, and (later) the access log. */
import type { Knex } from 'knex';
import type { Caller } from '../shared/src/identity.ts';
import type { ServiceDefinition } from '../shared/src/service.ts';
import { migrations } from './legacy/migrations.ts';
import { resolvers } from './resolvers.ts';

export interface ConsentContext {
  caller: Caller;
  knex: Knex;
}

export const consent: ServiceDefinition<ConsentContext> = {
  name: 'consent',
  migrations,
  seed: async () => {},
  clear: async (knex) => {
    await knex('consent_event').del();
    await knex('consent_version').del();
    await knex('consent').del();
  },
  resolvers,
  createContext: (caller, deps) => ({ caller, knex: deps.db.knex }),
};
