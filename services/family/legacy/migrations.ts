/**
 * The family department's existing case database, as it is laid out, deliberately unlike the
 * jobcentre's: CPR numbers stored WITHOUT the dash (`char(10)`, `7203851235`), dates stored as
 * text in the legacy 'DD-MM-YYYY' form (meetings 'DD-MM-YYYY HH:MM'), Danish table names, and
 * code lists as tables. A citizen is not a row of their own here: they appear as a party
 * (`sagspart`) to the cases about a child (`sag`).
 */
import type { Migration } from '../../shared/src/db.ts';

/** Party roles as the family system codes them. */
export const ROLE_CODES = [
  { kode: 'MOR', betegnelse: 'Mor', hub_vaerdi: 'MOTHER' },
  { kode: 'FAR', betegnelse: 'Far', hub_vaerdi: 'FATHER' },
  { kode: 'FORM', betegnelse: 'Forældremyndighedsindehaver', hub_vaerdi: 'CUSTODIAN' },
  { kode: 'BARN', betegnelse: 'Barnet/den unge', hub_vaerdi: 'CHILD' },
] as const;

/**
 * Measure codes with the legal reference in force and its validity. Children's measures moved from
 * Serviceloven § 52 to Barnets lov on 1 January 2024, so each kind has one code per law; a measure
 * keeps the code it was granted under. The earliest `gyldig_fra` only needs to precede the oldest
 * demo measure: older renumberings of § 52, stk. 3 are not modelled.
 */
export const MEASURE_CODES = [
  {
    kode: 'S52-2',
    betegnelse: 'Praktisk, pædagogisk støtte i hjemmet (familiekonsulent)',
    hub_vaerdi: 'FAMILY_CONSULTANT',
    lovhenvisning: 'Serviceloven § 52, stk. 3, nr. 2',
    gyldig_fra: '01-01-2011',
    gyldig_til: '31-12-2023',
  },
  {
    kode: 'S52-3',
    betegnelse: 'Familiebehandling',
    hub_vaerdi: 'FAMILY_TREATMENT',
    lovhenvisning: 'Serviceloven § 52, stk. 3, nr. 3',
    gyldig_fra: '01-01-2011',
    gyldig_til: '31-12-2023',
  },
  {
    kode: 'S52-5',
    betegnelse: 'Aflastningsordning',
    hub_vaerdi: 'RESPITE_CARE',
    lovhenvisning: 'Serviceloven § 52, stk. 3, nr. 5',
    gyldig_fra: '01-01-2011',
    gyldig_til: '31-12-2023',
  },
  {
    kode: 'S52-6',
    betegnelse: 'Fast kontaktperson',
    hub_vaerdi: 'CONTACT_PERSON',
    lovhenvisning: 'Serviceloven § 52, stk. 3, nr. 6',
    gyldig_fra: '01-01-2011',
    gyldig_til: '31-12-2023',
  },
  {
    kode: 'S52-7',
    betegnelse: 'Anbringelse uden for hjemmet',
    hub_vaerdi: 'PLACEMENT_OUTSIDE_HOME',
    lovhenvisning: 'Serviceloven § 52, stk. 3, nr. 7',
    gyldig_fra: '01-01-2011',
    gyldig_til: '31-12-2023',
  },
  {
    kode: 'B32-2',
    betegnelse: 'Praktisk, pædagogisk eller anden støtte i hjemmet (familiekonsulent)',
    hub_vaerdi: 'FAMILY_CONSULTANT',
    lovhenvisning: 'Barnets lov § 32, stk. 1, nr. 2',
    gyldig_fra: '01-01-2024',
    gyldig_til: null,
  },
  {
    kode: 'B32-3',
    betegnelse: 'Fast kontaktperson',
    hub_vaerdi: 'CONTACT_PERSON',
    lovhenvisning: 'Barnets lov § 32, stk. 1, nr. 3',
    gyldig_fra: '01-01-2024',
    gyldig_til: null,
  },
  {
    kode: 'B32-5',
    betegnelse: 'Familiebehandling',
    hub_vaerdi: 'FAMILY_TREATMENT',
    lovhenvisning: 'Barnets lov § 32, stk. 1, nr. 5',
    gyldig_fra: '01-01-2024',
    gyldig_til: null,
  },
  {
    kode: 'B32-7',
    betegnelse: 'Støtteophold (aflastning)',
    hub_vaerdi: 'RESPITE_CARE',
    lovhenvisning: 'Barnets lov § 32, stk. 1, nr. 7',
    gyldig_fra: '01-01-2024',
    gyldig_til: null,
  },
  {
    kode: 'B46',
    betegnelse: 'Anbringelse uden for hjemmet med samtykke',
    hub_vaerdi: 'PLACEMENT_OUTSIDE_HOME',
    lovhenvisning: 'Barnets lov § 46',
    gyldig_fra: '01-01-2024',
    gyldig_til: null,
  },
] as const;

export const INVESTIGATION_CODES = [
  { kode: 'BFU', betegnelse: 'Børnefaglig undersøgelse', hub_vaerdi: 'CHILD_INVESTIGATION' },
  { kode: 'FKU', betegnelse: 'Forældrekompetenceundersøgelse', hub_vaerdi: 'PARENTAL_CAPACITY_ASSESSMENT' },
] as const;

export const MEETING_KIND_CODES = [
  { kode: 'FKS', betegnelse: 'Samtale som led i forældrekompetenceundersøgelse', hub_vaerdi: 'PARENTAL_CAPACITY_INTERVIEW' },
  { kode: 'NETV', betegnelse: 'Netværksmøde', hub_vaerdi: 'NETWORK_MEETING' },
  { kode: 'OPF', betegnelse: 'Opfølgningsmøde', hub_vaerdi: 'FOLLOW_UP_MEETING' },
] as const;

export const migrations: Migration[] = [
  {
    name: '0001_family_legacy_layout',
    async up(knex) {
      await knex.schema.createTable('kode_rolle', (t) => {
        t.string('kode', 4).primary();
        t.string('betegnelse').notNullable();
        t.string('hub_vaerdi').notNullable(); // the graph's FamilyRole
      });
      await knex.schema.createTable('kode_foranstaltning', (t) => {
        t.string('kode', 8).primary();
        t.string('betegnelse').notNullable();
        t.string('hub_vaerdi').notNullable(); // the graph's FamilyMeasureKind
        t.string('lovhenvisning').notNullable();
        t.string('gyldig_fra', 10).notNullable(); // DD-MM-YYYY
        t.string('gyldig_til', 10); // DD-MM-YYYY, null while in force
      });
      await knex.schema.createTable('kode_undersoegelse', (t) => {
        t.string('kode', 4).primary();
        t.string('betegnelse').notNullable();
        t.string('hub_vaerdi').notNullable();
      });
      await knex.schema.createTable('kode_moedetype', (t) => {
        t.string('kode', 4).primary();
        t.string('betegnelse').notNullable();
        t.string('hub_vaerdi').notNullable();
      });
      await knex.schema.createTable('sag', (t) => {
        t.string('sag_nr', 12).primary();
        t.specificType('barn_cpr', 'char(10)').notNullable().index();
        t.string('status', 6).notNullable(); // AABEN, LUKKET
        t.string('oprettet', 10).notNullable(); // DD-MM-YYYY
        t.string('lukket', 10); // DD-MM-YYYY
      });
      await knex.schema.createTable('sagspart', (t) => {
        t.string('sag_nr', 12).notNullable().references('sag.sag_nr');
        t.specificType('part_cpr', 'char(10)').notNullable().index();
        t.string('rolle', 4).notNullable().references('kode_rolle.kode');
        t.string('foraeldremyndighed', 1).notNullable(); // J, N
        t.primary(['sag_nr', 'part_cpr']);
      });
      await knex.schema.createTable('undersoegelse', (t) => {
        t.increments('undersoegelse_id');
        t.string('sag_nr', 12).notNullable().references('sag.sag_nr').index();
        t.string('type_kode', 4).notNullable().references('kode_undersoegelse.kode');
        t.specificType('subjekt_cpr', 'char(10)').notNullable();
        t.string('startet', 10).notNullable(); // DD-MM-YYYY
        t.string('frist', 10).notNullable();
        t.string('afsluttet', 10);
      });
      await knex.schema.createTable('foranstaltning', (t) => {
        t.string('foranstaltning_id', 20).primary();
        t.string('sag_nr', 12).notNullable().references('sag.sag_nr').index();
        t.string('paragraf_kode', 8).notNullable().references('kode_foranstaltning.kode');
        t.string('fra', 10).notNullable(); // DD-MM-YYYY
        t.string('til', 10);
        t.decimal('aarlig_udgift', 12, 2).notNullable(); // DKK a year
      });
      await knex.schema.createTable('moede', (t) => {
        t.string('moede_id', 20).primary();
        t.string('sag_nr', 12).notNullable().references('sag.sag_nr').index();
        t.string('moedetype', 4).notNullable().references('kode_moedetype.kode');
        t.string('start', 16).notNullable(); // 'DD-MM-YYYY HH:MM', Danish wall clock
        t.integer('varighed_min').notNullable();
      });
      await knex.schema.createTable('moede_deltager', (t) => {
        t.string('moede_id', 20).notNullable().references('moede.moede_id');
        t.specificType('deltager_cpr', 'char(10)').notNullable();
        t.primary(['moede_id', 'deltager_cpr']);
      });
      await knex('kode_rolle').insert([...ROLE_CODES]);
      await knex('kode_foranstaltning').insert([...MEASURE_CODES]);
      await knex('kode_undersoegelse').insert([...INVESTIGATION_CODES]);
      await knex('kode_moedetype').insert([...MEETING_KIND_CODES]);
    },
  },
];
