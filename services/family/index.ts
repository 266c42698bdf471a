/** The family department's subgraph: wiring of its legacy database, loaders, release gate and resolvers. */
import { departmentContext, type DepartmentContext, type ServiceDefinition } from '../shared/src/service.ts';
import { migrations } from './legacy/migrations.ts';
import { clear, seed } from './legacy/seed.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers.ts';

export type FamilyContext = DepartmentContext<ReturnType<typeof createLoaders>>;

export const family: ServiceDefinition<FamilyContext> = {
  name: 'family',
  migrations,
  applicationAccess: 'read',
  seed,
  clear,
  resolvers,
  createContext: departmentContext('family', (knex) => createLoaders(knex)),
};
