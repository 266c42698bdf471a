/** Adult social services' subgraph: wiring of its legacy database, loaders, release gate and resolvers. */
import { departmentContext, type DepartmentContext, type ServiceDefinition } from '../shared/src/service.ts';
import { migrations } from './legacy/migrations.ts';
import { clear, seed } from './legacy/seed.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers.ts';

export type AdultSocialContext = DepartmentContext<ReturnType<typeof createLoaders>>;

export const adultSocial: ServiceDefinition<AdultSocialContext> = {
  name: 'adult-social',
  migrations,
  applicationAccess: 'read',
  seed,
  clear,
  resolvers,
  createContext: departmentContext('adult-social', (knex) => createLoaders(knex)),
};
