/**
 * The registry's replica of the person register: CPR with dash as the key, custody relations as
 * (child, holder) pairs, as the register delivers them.
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
];
