/**
 * Adult social services' existing case database, as it is laid out. It is deliberately unlike the
 * other departments' databases, because the real one is:
 * - citizens are keyed by a system-internal client number (`klient_nr`); the CPR number appears only
 *   in the mapping table `klient`, stored as ten digits without the dash (`7203851235`). Case tables
 *   reference `klient_nr` and never the CPR number;
 * - dates are INTEGER `yyyymmdd` (`20260908`), with 0 for "no end date"; appointment times are a
 *   `yyyymmdd` date plus an `HHMM` text and a duration in minutes;
 * - type and status codes, and the legal reference of each kind of measure, are code-list tables:
 *   codes change with the law, so the mapping to the hub's vocabulary is data.
 * Yearly costs (DKK) sit on the support, placement and treatment rows, where the finance reports of
 * the legacy system read them.
 */
import type { Migration } from '../../shared/src/db.ts';

export const migrations: Migration[] = [
  {
    name: '0001_adult_social_legacy_layout',
    async up(knex) {
      await knex.schema.createTable('kode_status', (t) => {
        t.smallint('kode').primary();
        t.string('betegnelse').notNullable();
        t.string('hub_vaerdi').notNullable(); // the graph's AdultSocialAssessmentStatus
      });
      await knex.schema.createTable('kode_visitationstype', (t) => {
        t.string('kode', 4).primary();
        t.string('betegnelse').notNullable();
        t.string('hub_vaerdi').notNullable(); // the graph's AdultSocialAssessmentKind
      });
      // One code list for every kind of measure the department grants, with the legal basis in force.
      await knex.schema.createTable('kode_indsats', (t) => {
        t.string('kode', 8).primary();
        t.string('betegnelse').notNullable();
        t.string('hub_vaerdi').notNullable(); // the graph's kind of support, placement, treatment or education
        t.string('lovhenvisning').notNullable();
        t.integer('gyldig_fra').notNullable(); // yyyymmdd
        t.integer('gyldig_til').notNullable().defaultTo(0); // yyyymmdd, 0 = still in force
      });
      await knex.schema.createTable('kode_aftaletype', (t) => {
        t.string('kode', 4).primary();
        t.string('betegnelse').notNullable();
        t.string('hub_vaerdi').notNullable(); // the graph's AdultSocialAppointmentKind
      });
      await knex.schema.createTable('klient', (t) => {
        t.integer('klient_nr').primary();
        t.string('cpr_nr', 10).notNullable().unique(); // ten digits, no dash
        t.smallint('sagsstatus').notNullable(); // 1 = aktiv, 9 = afsluttet
      });
      await knex.schema.createTable('visitation', (t) => {
        t.increments('visitation_id');
        t.integer('klient_nr').notNullable().references('klient.klient_nr').index();
        t.string('type_kode', 4).notNullable().references('kode_visitationstype.kode');
        t.text('emne').notNullable();
        t.integer('oprettet').notNullable(); // yyyymmdd
        t.integer('afgjort').notNullable().defaultTo(0); // yyyymmdd, 0 = not decided yet
        t.smallint('status_kode').notNullable().references('kode_status.kode');
      });
      await knex.schema.createTable('stoette', (t) => {
        t.increments('stoette_id');
        t.integer('klient_nr').notNullable().references('klient.klient_nr').index();
        t.string('indsats_kode', 8).notNullable().references('kode_indsats.kode');
        t.smallint('pakke_niveau').notNullable().checkBetween([1, 5]);
        t.decimal('timer_pr_uge', 5, 2).notNullable();
        t.integer('fra').notNullable(); // yyyymmdd
        t.integer('til').notNullable().defaultTo(0); // yyyymmdd, 0 = open-ended
        t.integer('aarlig_udgift_kr').notNullable();
      });
      await knex.schema.createTable('botilbud', (t) => {
        t.increments('botilbud_id');
        t.integer('klient_nr').notNullable().references('klient.klient_nr').index();
        t.string('indsats_kode', 8).notNullable().references('kode_indsats.kode');
        t.integer('fra').notNullable();
        t.integer('til').notNullable().defaultTo(0);
        t.integer('aarlig_udgift_kr').notNullable();
      });
      await knex.schema.createTable('misbrugsbehandling', (t) => {
        t.increments('behandling_id');
        t.integer('klient_nr').notNullable().references('klient.klient_nr').index();
        t.string('indsats_kode', 8).notNullable().references('kode_indsats.kode');
        t.integer('fra').notNullable();
        t.integer('til').notNullable().defaultTo(0);
        t.integer('aarlig_udgift_kr').notNullable();
      });
      await knex.schema.createTable('stu_forloeb', (t) => {
        t.increments('forloeb_id');
        t.integer('klient_nr').notNullable().references('klient.klient_nr').index();
        t.string('indsats_kode', 8).notNullable().references('kode_indsats.kode');
        t.smallint('dage_pr_uge').notNullable().checkBetween([1, 5]);
        t.integer('fra').notNullable();
        t.integer('til').notNullable().defaultTo(0);
      });
      await knex.schema.createTable('psykiatri_samarbejde', (t) => {
        t.increments('samarbejde_id');
        t.integer('klient_nr').notNullable().references('klient.klient_nr').index();
        t.integer('fra').notNullable();
        t.integer('til').notNullable().defaultTo(0);
        t.text('notat');
      });
      await knex.schema.createTable('aftale', (t) => {
        t.string('aftale_id', 20).primary();
        t.integer('klient_nr').notNullable().references('klient.klient_nr').index();
        t.integer('dato').notNullable(); // yyyymmdd, Danish wall clock
        t.string('kl', 4).notNullable(); // HHMM
        t.integer('varighed_min').notNullable();
        t.string('aftaletype', 4).notNullable().references('kode_aftaletype.kode');
      });
      // Code lists as the department keeps them.
      await knex('kode_status').insert([
        { kode: 10, betegnelse: 'Afventer afgørelse', hub_vaerdi: 'PENDING' },
        { kode: 20, betegnelse: 'Bevilget', hub_vaerdi: 'GRANTED' },
        { kode: 30, betegnelse: 'Afslået', hub_vaerdi: 'REFUSED' },
      ]);
      await knex('kode_visitationstype').insert([
        { kode: 'BEHV', betegnelse: 'Behovsvurdering', hub_vaerdi: 'NEEDS_ASSESSMENT' },
        { kode: 'HENV', betegnelse: 'Henvendelse', hub_vaerdi: 'INQUIRY' },
      ]);
      await knex('kode_indsats').insert([
        {
          kode: 'SEL85',
          betegnelse: 'Socialpædagogisk bostøtte',
          hub_vaerdi: 'HOUSING_SUPPORT',
          lovhenvisning: 'Serviceloven § 85',
          gyldig_fra: 19980701,
          gyldig_til: 0,
        },
        {
          kode: 'SEL107',
          betegnelse: 'Midlertidigt botilbud',
          hub_vaerdi: 'TEMPORARY_RESIDENTIAL',
          lovhenvisning: 'Serviceloven § 107',
          gyldig_fra: 19980701,
          gyldig_til: 0,
        },
        {
          kode: 'SEL108',
          betegnelse: 'Længerevarende botilbud',
          hub_vaerdi: 'LONG_TERM_RESIDENTIAL',
          lovhenvisning: 'Serviceloven § 108',
          gyldig_fra: 19980701,
          gyldig_til: 0,
        },
        {
          kode: 'SEL101A',
          betegnelse: 'Ambulant stofmisbrugsbehandling',
          hub_vaerdi: 'OUTPATIENT',
          lovhenvisning: 'Serviceloven § 101',
          gyldig_fra: 19980701,
          gyldig_til: 0,
        },
        {
          kode: 'SEL101D',
          betegnelse: 'Dagbehandling for stofmisbrug',
          hub_vaerdi: 'DAY',
          lovhenvisning: 'Serviceloven § 101',
          gyldig_fra: 19980701,
          gyldig_til: 0,
        },
        {
          kode: 'SEL101O',
          betegnelse: 'Døgnbehandling for stofmisbrug',
          hub_vaerdi: 'RESIDENTIAL',
          lovhenvisning: 'Serviceloven § 101',
          gyldig_fra: 19980701,
          gyldig_til: 0,
        },
        {
          kode: 'STU',
          betegnelse: 'Særligt tilrettelagt ungdomsuddannelse',
          hub_vaerdi: 'STU',
          lovhenvisning: 'STU-loven',
          gyldig_fra: 20070801,
          gyldig_til: 0,
        },
      ]);
      await knex('kode_aftaletype').insert([
        { kode: 'HJB', betegnelse: 'Hjemmebesøg', hub_vaerdi: 'HOME_VISIT' },
        { kode: 'STS', betegnelse: 'Støttesamtale', hub_vaerdi: 'SUPPORT_SESSION' },
        { kode: 'VISM', betegnelse: 'Visitationsmøde', hub_vaerdi: 'ASSESSMENT_MEETING' },
        { kode: 'NETM', betegnelse: 'Netværksmøde', hub_vaerdi: 'NETWORK_MEETING' },
      ]);
    },
  },
];
