/**
 * The plan service's own database: not a legacy layout, a clean one of ours. A plan is a document
 * that changes as a whole and is read as a whole, so each version is stored whole
 * (`plan_version.document`) and never changed; `joint_plan` points at the newest version and holds
 * what is looked up without the document (the citizen, the status, the next follow-up due).
 */
import type { Migration } from '../shared/src/db.ts';

export const migrations: Migration[] = [
  {
    name: '0001_joint_plans',
    async up(knex) {
      await knex.schema.createTable('joint_plan', (t) => {
        t.uuid('id').primary();
        t.string('cpr', 11).notNullable().index();
        t.string('status').notNullable(); // ACTIVE, CLOSED
        t.date('start_date').notNullable();
        t.date('next_follow_up_due');
        t.integer('current_version').notNullable();
        t.timestamp('created_at', { useTz: true }).notNullable();
      });
      // One active plan per citizen, whatever the number of writers.
      await knex.raw(`create unique index joint_plan_one_active on joint_plan (cpr) where status = 'ACTIVE'`);
      await knex.schema.createTable('plan_version', (t) => {
        t.uuid('plan_id').notNullable().references('joint_plan.id');
        t.integer('version').notNullable();
        t.timestamp('at', { useTz: true }).notNullable();
        t.string('actor_id').notNullable();
        t.string('actor_department').notNullable();
        t.string('change').notNullable();
        t.jsonb('document').notNullable();
        t.primary(['plan_id', 'version']);
      });
      // Versions are written once: no update or delete, by anyone.
      await knex.raw(`
        create function plan_version_is_append_only() returns trigger language plpgsql as $$
        begin raise exception 'plan versions are never changed or deleted'; end $$;
        create trigger plan_version_append_only before update or delete on plan_version
          for each row execute function plan_version_is_append_only();`);
    },
  },
];
