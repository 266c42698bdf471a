/**
 * The consent store. Consents are never edited in place: `consent` and `consent_version` rows are
 * written once (a renewal adds a version), and `consent_event` rows record every change with who,
 * when and why; a consent's revocation is its REVOKED event.
 */
import type { Migration } from '../../shared/src/db.ts';
import { createAccessLogGuards, createAccessLogSchema } from '../access-log/schema.ts';

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
  {
    name: '0002_emergency_access',
    async up(knex) {
      await knex.schema.createTable('emergency_access', (t) => {
        t.uuid('id').primary();
        t.string('cpr', 11).notNullable().index();
        t.string('actor_id').notNullable();
        t.string('actor_department').notNullable();
        t.string('legal_ground').notNullable();
        t.text('justification').notNullable();
        t.timestamp('granted_at', { useTz: true }).notNullable();
        t.timestamp('valid_until', { useTz: true }).notNullable();
        t.string('request_id');
        t.index(['actor_id', 'granted_at']);
      });
      // Reviews are their own rows: the access itself is never edited.
      await knex.schema.createTable('emergency_access_review', (t) => {
        t.bigIncrements('id');
        t.uuid('emergency_access_id').notNullable().references('emergency_access.id').index();
        t.string('verdict').notNullable(); // APPROVED, MISUSE
        t.text('note');
        t.string('reviewer_id').notNullable();
        t.timestamp('at', { useTz: true }).notNullable();
      });
    },
  },
  {
    name: '0003_access_log',
    up: (knex) => createAccessLogSchema(knex),
  },
  {
    name: '0004_coordinator_assignment',
    async up(knex) {
      // Assignments are added, never edited: the newest one is the citizen's coordinator.
      await knex.schema.createTable('coordinator_assignment', (t) => {
        t.bigIncrements('id');
        t.string('cpr', 11).notNullable().index();
        t.string('caseworker_id').notNullable();
        t.string('department').notNullable();
        t.uuid('consent_id').notNullable().references('consent.id');
        t.string('assigned_by').notNullable();
        t.timestamp('assigned_at', { useTz: true }).notNullable();
      });
    },
  },
  {
    name: '0005_access_log_signatures',
    up: (knex) => createAccessLogGuards(knex),
  },
  {
    name: '0006_citizen_revocation',
    async up(knex) {
      // A citizen revokes their own consent: an event whose actor belongs to no department.
      await knex.raw('alter table consent_event alter column actor_department drop not null');
    },
  },
];
