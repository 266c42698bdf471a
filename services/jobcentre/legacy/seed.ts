/** Writes the jobcentre's part of the demo world in the jobcentre's legacy layout. */
import type { Knex } from 'knex';
import type { World } from '../../shared/src/demo/world.ts';
import { APPOINTMENT_CODE, EXEMPTION_CODE } from './mapping.ts';

const BENEFIT_CODE = { CASH_BENEFIT: 'KH25', EDUCATION_BENEFIT: 'UH', SICKNESS_BENEFIT: 'SD', RESOURCE_PROGRAMME: 'RF' } as const;
const MATCH_CODE = { JOB_READY: 1, ACTIVITY_READY: 2, EDUCATION_READY: 3 } as const;
const OFFER_CODE = { COURSE: 'VEJL', JOB_TRAINING: 'LONT', INTERNSHIP: 'VIRK', MENTOR_SUPPORT: 'MENT' } as const;

const minutesBetween = (from: string, to: string) => (Date.parse(`${to}:00Z`) - Date.parse(`${from}:00Z`)) / 60_000;

export async function seed(knex: Knex, world: World): Promise<void> {
  const citizens = world.jobcentre;
  await knex.transaction(async (trx) => {
    const chunk = 500;
    const insert = async (table: string, rows: object[]) => {
      if (rows.length) await trx.batchInsert(table, rows, chunk);
    };
    await insert('jc_borger', citizens.map((c) => ({ cpr_nr: c.cpr, sag_status: c.caseOpen ? 'A' : 'L', sagsbehandler: 'JC-TEAM-1' })));
    await insert('jc_ydelse', citizens.flatMap((c) => c.benefits.map((b) => ({ cpr_nr: c.cpr, ydelse_kode: b.from < '2025-07-01' && b.kind === 'CASH_BENEFIT' ? 'KH' : BENEFIT_CODE[b.kind], start_dato: b.from, slut_dato: b.to, maanedsbeloeb: b.monthlyDkk }))));
    await insert('jc_match', citizens.flatMap((c) => (c.matchGroup ? [{ cpr_nr: c.cpr, matchgruppe: MATCH_CODE[c.matchGroup.group], fra_dato: c.matchGroup.from }] : [])));
    await insert('jc_tilbud', citizens.flatMap((c) => c.activationOffers.map((o) => ({ tilbud_id: o.id, cpr_nr: c.cpr, tilbudstype: OFFER_CODE[o.kind], udbyder: o.provider, start_dato: o.from, slut_dato: o.to, ugedage: o.schedule.weekdays.join(''), kl_fra: o.schedule.startTime, kl_til: o.schedule.endTime, timer_uge: o.hoursPerWeek }))));
    await insert('jc_aftale', citizens.flatMap((c) => c.appointments.map((a) => ({ aftale_id: a.id, cpr_nr: c.cpr, tidspunkt: a.at.replace('T', ' '), varighed_min: minutesBetween(a.at, a.end), aftaletype: APPOINTMENT_CODE[a.kind], fremmoedt: a.attended === null ? null : a.attended ? 'J' : 'N' }))));
    await insert('jc_sanktion', citizens.flatMap((c) => c.sanctions.map((s) => ({ sanktion_id: s.id, cpr_nr: c.cpr, sanktion_dato: s.date, aftale_id: s.appointmentId, beloeb: s.amountDkk, begrundelse: s.reason }))));
    await insert('jc_mentor', citizens.flatMap((c) => (c.mentor ? [{ cpr_nr: c.cpr, mentor_navn: c.mentor.name, timer_uge: c.mentor.hoursPerWeek, start_dato: c.mentor.from, slut_dato: c.mentor.to }] : [])));
    await insert('jc_fritagelse', citizens.flatMap((c) => c.exemptions.map((e) => ({ cpr_nr: c.cpr, aarsag_kode: EXEMPTION_CODE[e.reason], start_dato: e.from, slut_dato: e.to }))));
  });
}

/** Removes all case rows (not the code lists), for a re-seed. */
export async function clear(knex: Knex): Promise<void> {
  for (const table of ['jc_sanktion', 'jc_aftale', 'jc_ydelse', 'jc_match', 'jc_tilbud', 'jc_mentor', 'jc_fritagelse', 'jc_borger']) {
    await knex(table).del();
  }
}
