/**
 * The jobcentre's existing case database, as it is laid out: Danish table and column names, CPR
 * numbers stored WITH the dash (`720385-1235`), `date` columns, one-letter status flags, and code
 * lists as tables (codes change with the law, so the mapping to the hub's vocabulary is data).
 */
import type { Migration } from '../../shared/src/db.ts';

export const migrations: Migration[] = [
  {
    name: '0001_jobcentre_legacy_layout',
    async up(knex) {
      await knex.schema.createTable('jc_kode_ydelse', (t) => {
        t.string('kode', 4).primary();
        t.string('betegnelse').notNullable();
        t.string('hub_vaerdi').notNullable(); // the graph's BenefitKind
        t.string('lovhenvisning');
        t.date('gyldig_fra').notNullable();
        t.date('gyldig_til');
      });
      await knex.schema.createTable('jc_kode_match', (t) => {
        t.smallint('kode').primary();
        t.string('betegnelse').notNullable();
        t.string('hub_vaerdi').notNullable();
      });
      await knex.schema.createTable('jc_kode_tilbud', (t) => {
        t.string('kode', 8).primary();
        t.string('betegnelse').notNullable();
        t.string('hub_vaerdi').notNullable();
      });
      await knex.schema.createTable('jc_borger', (t) => {
        t.string('cpr_nr', 11).primary();
        t.string('sag_status', 1).notNullable(); // A = aktiv, L = lukket
        t.string('sagsbehandler');
      });
      await knex.schema.createTable('jc_ydelse', (t) => {
        t.increments('ydelse_id');
        t.string('cpr_nr', 11).notNullable().index();
        t.string('ydelse_kode', 4).notNullable().references('jc_kode_ydelse.kode');
        t.date('start_dato').notNullable();
        t.date('slut_dato');
        t.decimal('maanedsbeloeb', 10, 2).notNullable();
      });
      await knex.schema.createTable('jc_match', (t) => {
        t.increments('match_id');
        t.string('cpr_nr', 11).notNullable().index();
        t.smallint('matchgruppe').notNullable().references('jc_kode_match.kode');
        t.date('fra_dato').notNullable();
      });
      await knex.schema.createTable('jc_tilbud', (t) => {
        t.string('tilbud_id', 20).primary();
        t.string('cpr_nr', 11).notNullable().index();
        t.string('tilbudstype', 8).notNullable().references('jc_kode_tilbud.kode');
        t.string('udbyder').notNullable();
        t.date('start_dato').notNullable();
        t.date('slut_dato');
        t.string('ugedage', 7).notNullable(); // '1234' = Monday to Thursday
        t.string('kl_fra', 5).notNullable();
        t.string('kl_til', 5).notNullable();
        t.decimal('timer_uge', 5, 2).notNullable();
      });
      await knex.schema.createTable('jc_aftale', (t) => {
        t.string('aftale_id', 20).primary();
        t.string('cpr_nr', 11).notNullable().index();
        t.timestamp('tidspunkt', { useTz: false }).notNullable(); // Danish wall clock
        t.integer('varighed_min').notNullable();
        t.string('aftaletype', 4).notNullable(); // SAMT, AKT, OPF
        t.string('fremmoedt', 1); // J, N, or null if not yet held
      });
      await knex.schema.createTable('jc_sanktion', (t) => {
        t.string('sanktion_id', 20).primary();
        t.string('cpr_nr', 11).notNullable().index();
        t.date('sanktion_dato').notNullable();
        t.string('aftale_id', 20).references('jc_aftale.aftale_id');
        t.decimal('beloeb', 10, 2).notNullable();
        t.text('begrundelse').notNullable();
      });
      await knex.schema.createTable('jc_mentor', (t) => {
        t.increments('mentor_id');
        t.string('cpr_nr', 11).notNullable().index();
        t.string('mentor_navn').notNullable();
        t.decimal('timer_uge', 5, 2).notNullable();
        t.date('start_dato').notNullable();
        t.date('slut_dato');
      });
      await knex.schema.createTable('jc_fritagelse', (t) => {
        t.increments('fritagelse_id');
        t.string('cpr_nr', 11).notNullable().index();
        t.string('aarsag_kode', 4).notNullable(); // SYG, OMS, AND
        t.date('start_dato').notNullable();
        t.date('slut_dato');
      });
      // Code lists as the jobcentre keeps them. Cash benefit's legal reference changed on 1 July 2025.
      await knex('jc_kode_ydelse').insert([
        {
          kode: 'KH',
          betegnelse: 'Kontanthjælp',
          hub_vaerdi: 'CASH_BENEFIT',
          lovhenvisning: 'Lov om aktiv socialpolitik § 11',
          gyldig_fra: '1998-07-01',
          gyldig_til: '2025-06-30',
        },
        {
          kode: 'KH25',
          betegnelse: 'Kontanthjælp (ny ordning)',
          hub_vaerdi: 'CASH_BENEFIT',
          lovhenvisning: 'Lov om aktiv socialpolitik, kontanthjælpsreformen 2025',
          gyldig_fra: '2025-07-01',
          gyldig_til: null,
        },
        {
          kode: 'UH',
          betegnelse: 'Uddannelseshjælp',
          hub_vaerdi: 'EDUCATION_BENEFIT',
          lovhenvisning: 'Lov om aktiv socialpolitik § 23',
          gyldig_fra: '2014-01-01',
          gyldig_til: null,
        },
        {
          kode: 'SD',
          betegnelse: 'Sygedagpenge',
          hub_vaerdi: 'SICKNESS_BENEFIT',
          lovhenvisning: 'Sygedagpengeloven',
          gyldig_fra: '2006-01-01',
          gyldig_til: null,
        },
        {
          kode: 'RF',
          betegnelse: 'Ressourceforløbsydelse',
          hub_vaerdi: 'RESOURCE_PROGRAMME',
          lovhenvisning: 'Lov om aktiv socialpolitik § 68',
          gyldig_fra: '2013-01-01',
          gyldig_til: null,
        },
      ]);
      await knex('jc_kode_match').insert([
        { kode: 1, betegnelse: 'Jobparat', hub_vaerdi: 'JOB_READY' },
        { kode: 2, betegnelse: 'Aktivitetsparat', hub_vaerdi: 'ACTIVITY_READY' },
        { kode: 3, betegnelse: 'Uddannelsesparat', hub_vaerdi: 'EDUCATION_READY' },
      ]);
      await knex('jc_kode_tilbud').insert([
        { kode: 'VEJL', betegnelse: 'Vejledning og opkvalificering', hub_vaerdi: 'COURSE' },
        { kode: 'LONT', betegnelse: 'Løntilskud', hub_vaerdi: 'JOB_TRAINING' },
        { kode: 'VIRK', betegnelse: 'Virksomhedspraktik', hub_vaerdi: 'INTERNSHIP' },
        { kode: 'MENT', betegnelse: 'Mentorstøtte', hub_vaerdi: 'MENTOR_SUPPORT' },
      ]);
    },
  },
  {
    name: '0002_jobcentre_code_lists_for_appointments_and_exemptions',
    async up(knex) {
      await knex.schema.createTable('jc_kode_aftale', (t) => {
        t.string('kode', 4).primary();
        t.string('betegnelse').notNullable();
        t.string('hub_vaerdi').notNullable();
      });
      await knex.schema.createTable('jc_kode_fritagelse', (t) => {
        t.string('kode', 4).primary();
        t.string('betegnelse').notNullable();
        t.string('hub_vaerdi').notNullable();
      });
      await knex('jc_kode_aftale').insert([
        { kode: 'SAMT', betegnelse: 'Jobsamtale', hub_vaerdi: 'INTERVIEW' },
        { kode: 'AKT', betegnelse: 'Aktiveringsforløb', hub_vaerdi: 'ACTIVATION_SESSION' },
        { kode: 'OPF', betegnelse: 'Opfølgning', hub_vaerdi: 'FOLLOW_UP' },
      ]);
      await knex('jc_kode_fritagelse').insert([
        { kode: 'SYG', betegnelse: 'Sygdom', hub_vaerdi: 'ILLNESS' },
        { kode: 'OMS', betegnelse: 'Omsorgsforpligtelser', hub_vaerdi: 'CARE_FOR_FAMILY' },
        { kode: 'AND', betegnelse: 'Andet', hub_vaerdi: 'OTHER' },
      ]);
    },
  },
];
