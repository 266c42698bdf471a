/**
 * The consent store. Consents are never edited in place: `consent_version` rows are immutable
 * snapshots (a renewal adds a version) and `consent_event` rows record every change with who, when
 * and why.
 */
import type { Migration } from '../../shared/src/db.ts';

export const migrations: Migration[] = [
  {
    name: '0001_consents',
    async up(knex) {
      await knex.schema.createTable('consent', (t) => {
        t.uuid('id').primary();
        t.string('cpr', 11).notNullable().index();
        t.timestamp('created_at', { useTz: true }).notNullable();
      });
      await knex.schema.createTable('consent_version', (t) => {
        t.uuid('consent_id').notNullable().references('consent.id');
        t.integer('version').notNullable();
        t.specificType('source_departments', 'text[]').notNullable();
        t.specificType('recipient_departments', 'text[]').notNullable();
        t.specificType('categories', 'text[]').notNullable();
        t.string('purpose').notNullable();
        t.timestamp('valid_from', { useTz: true }).notNullable();
        t.timestamp('valid_until', { useTz: true }).notNullable();
        t.jsonb('granted_by').notNullable();
        t.string('method').notNullable();
        t.string('evidence').notNullable();
        t.string('text_version').notNullable();
        t.timestamp('recorded_at', { useTz: true }).notNullable();
        t.primary(['consent_id', 'version']);
      });
      await knex.schema.createTable('consent_event', (t) => {
        t.bigIncrements('id');
        t.uuid('consent_id').notNullable().references('consent.id').index();
        t.integer('version').notNullable();
        t.string('kind').notNullable(); // GRANTED, RENEWED, REVOKED
        t.timestamp('at', { useTz: true }).notNullable();
        t.string('actor_id').notNullable();
        t.string('actor_department').notNullable();
        t.text('reason');
      });
    },
  },
];
