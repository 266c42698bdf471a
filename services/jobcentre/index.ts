/** The jobcentre's subgraph: wiring of its legacy database, loaders, release gate and resolvers. */
import { departmentContext, type DepartmentContext, type ServiceDefinition } from '../shared/src/service.ts';
import { migrations } from './legacy/migrations.ts';
import { clear, seed } from './legacy/seed.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers.ts';

export type JobcentreContext = DepartmentContext<ReturnType<typeof createLoaders>>;

export const jobcentre: ServiceDefinition<JobcentreContext> = {
  name: 'jobcentre',
  migrations,
  applicationAccess: 'read',
  seed,
  clear,
  resolvers,
  createContext: departmentContext('jobcentre', (knex) => createLoaders(knex)),
};
