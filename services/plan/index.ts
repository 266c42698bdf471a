/** The plan service's subgraph: one joint action plan per citizen across the departments. */
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import type { AccessLogWriter } from '../shared/src/access-log.ts';
import type { Caller } from '../shared/src/identity.ts';
import type { ConsentLookup } from '../shared/src/release-gate.ts';
import type { ServiceDefinition } from '../shared/src/service.ts';
import type { RegisterLookup } from '../registry/facts.ts';
import { createAccessLoader, type PlanAccess } from './decisions.ts';
import { planErrors } from './errors.ts';
import { migrations } from './migrations.ts';
import { resolvers } from './resolvers.ts';
import { seedPlans } from './seed.ts';
import { currentPlans, versionsOf, type PlanVersionRecord, type StoredPlan } from './store.ts';

export interface PlanContext {
  caller: Caller;
  knex: Knex;
  accessLog: AccessLogWriter;
  consents: ConsentLookup;
  register: RegisterLookup;
  now: () => Date;
  /** The caller's access to each citizen's plan, decided and logged once per request. */
  access: DataLoader<string, PlanAccess>;
  /** Each citizen's current plan (read only after the access was decided and logged). */
  plans: DataLoader<string, StoredPlan | null>;
  versions: DataLoader<string, PlanVersionRecord[]>;
}

export const plan: ServiceDefinition<PlanContext> = {
  name: 'plan',
  migrations,
  applicationAccess: 'read-write',
  // Anne's running plan; Søren and Simon start without one.
  seed: seedPlans,
  // The versions' trigger refuses DELETE; a re-seed empties the tables as their owner.
  clear: async (knex) => {
    await knex.raw('truncate plan_version, joint_plan');
  },
  resolvers,
  domainErrors: planErrors,
  createContext: (caller, deps) => {
    const knex = deps.db.knex;
    return {
      caller,
      knex,
      accessLog: deps.accessLog,
      consents: deps.consents,
      register: deps.register,
      now: () => new Date(),
      access: createAccessLoader(caller, deps.consents, deps.accessLog),
      plans: new DataLoader(async (cprs) => {
        const found = await currentPlans(knex, cprs);
        return cprs.map((cpr) => found.get(cpr) ?? null);
      }),
      versions: new DataLoader(async (ids) => {
        const all = await versionsOf(knex, ids);
        return ids.map((id) => all.filter((v) => v.planId === id));
      }),
    };
  },
};
