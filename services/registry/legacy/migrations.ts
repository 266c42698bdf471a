/**
 * The registry's replica of the person register: CPR with dash as the key, custody relations as
 * (child, holder) pairs and guardianships (værgemål) as (person, guardian) pairs, as the register
 * delivers them.
 */
import type { Migration } from '../../shared/src/db.ts';

export const migrations: Migration[] = [
  {
    name: '0001_person_register',
    async up(knex) {
      await knex.schema.createTable('person', (t) => {
        t.string('cpr', 11).primary();
        t.string('fornavn').notNullable();
        t.string('efternavn').notNullable();
        t.date('foedselsdato').notNullable();
        t.string('vejnavn_husnr');
        t.string('postnr', 4);
        t.string('bynavn');
      });
      await knex.schema.createTable('foraeldremyndighed', (t) => {
        t.string('barn_cpr', 11).notNullable().references('person.cpr');
        t.string('indehaver_cpr', 11).notNullable().references('person.cpr');
        t.primary(['barn_cpr', 'indehaver_cpr']);
        t.index(['indehaver_cpr']);
      });
    },
  },
  {
    // A guardian appointed for an adult (or for a child with no custody holder): the only grantor
    // besides the citizen the consent rules accept for them.
    name: '0002_guardianship',
    async up(knex) {
      await knex.schema.createTable('vaergemaal', (t) => {
        t.string('person_cpr', 11).notNullable().references('person.cpr');
        t.string('vaerge_cpr', 11).notNullable().references('person.cpr');
        t.primary(['person_cpr', 'vaerge_cpr']);
        t.index(['vaerge_cpr']);
      });
    },
  },
];
