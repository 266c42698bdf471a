/** Writes the jobcentre's part of the demo world in the jobcentre's legacy layout. */
import type { Knex } from 'knex';
import type { World } from '../../shared/src/demo/world.ts';
import { minutesBetween } from '../../shared/src/time.ts';

/** The legacy code for a vocabulary value, read back from the code-list table. */
async function codesOf(knex: Knex, table: string): Promise<(value: string) => any> {
  const rows: { kode: string; hub_vaerdi: string }[] = await knex(table).select('kode', 'hub_vaerdi');
  return (value) => {
    const row = rows.find((r) => r.hub_vaerdi === value);
    if (!row) throw new Error(`${table} has no code for ${value}`);
    return row.kode;
  };
}

/** Benefit codes have validity periods: the code in force on the benefit's start date. */
async function benefitCodes(knex: Knex): Promise<(value: string, on: string) => string> {
  const rows: { kode: string; hub_vaerdi: string; gyldig_fra: string; gyldig_til: string | null }[] = await knex('jc_kode_ydelse').select();
  return (value, on) => {
    const row = rows.find((r) => r.hub_vaerdi === value && r.gyldig_fra <= on && (r.gyldig_til === null || on <= r.gyldig_til));
    if (!row) throw new Error(`jc_kode_ydelse has no code for ${value} on ${on}`);
    return row.kode;
  };
}

export async function seed(knex: Knex, world: World): Promise<void> {
  const citizens = world.jobcentre;
  const benefitCode = await benefitCodes(knex);
  const matchCode = await codesOf(knex, 'jc_kode_match');
  const offerCode = await codesOf(knex, 'jc_kode_tilbud');
  const appointmentCode = await codesOf(knex, 'jc_kode_aftale');
  const exemptionCode = await codesOf(knex, 'jc_kode_fritagelse');
  await knex.transaction(async (trx) => {
    const chunk = 500;
    const insert = async (table: string, rows: object[]) => {
      if (rows.length) await trx.batchInsert(table, rows, chunk);
    };
    await insert(
      'jc_borger',
      citizens.map((c) => ({ cpr_nr: c.cpr, sag_status: c.caseOpen ? 'A' : 'L', sagsbehandler: 'JC-TEAM-1' })),
    );
    await insert(
      'jc_ydelse',
      citizens.flatMap((c) =>
        c.benefits.map((b) => ({ cpr_nr: c.cpr, ydelse_kode: benefitCode(b.kind, b.from), start_dato: b.from, slut_dato: b.to, maanedsbeloeb: b.monthlyDkk })),
      ),
    );
    await insert(
      'jc_match',
      citizens.flatMap((c) => (c.matchGroup ? [{ cpr_nr: c.cpr, matchgruppe: matchCode(c.matchGroup.group), fra_dato: c.matchGroup.from }] : [])),
    );
    await insert(
      'jc_tilbud',
      citizens.flatMap((c) =>
        c.activationOffers.map((o) => ({
          tilbud_id: o.id,
          cpr_nr: c.cpr,
          tilbudstype: offerCode(o.kind),
          udbyder: o.provider,
          start_dato: o.from,
          slut_dato: o.to,
          ugedage: o.schedule.weekdays.join(''),
          kl_fra: o.schedule.startTime,
          kl_til: o.schedule.endTime,
          timer_uge: o.hoursPerWeek,
        })),
      ),
    );
    await insert(
      'jc_aftale',
      citizens.flatMap((c) =>
        c.appointments.map((a) => ({
          aftale_id: a.id,
          cpr_nr: c.cpr,
          tidspunkt: a.at.replace('T', ' '),
          varighed_min: minutesBetween(a.at, a.end),
          aftaletype: appointmentCode(a.kind),
          fremmoedt: a.attended === null ? null : a.attended ? 'J' : 'N',
        })),
      ),
    );
    await insert(
      'jc_sanktion',
      citizens.flatMap((c) =>
        c.sanctions.map((s) => ({
          sanktion_id: s.id,
          cpr_nr: c.cpr,
          sanktion_dato: s.date,
          aftale_id: s.appointmentId,
          beloeb: s.amountDkk,
          begrundelse: s.reason,
        })),
      ),
    );
    await insert(
      'jc_mentor',
      citizens.flatMap((c) =>
        c.mentor ? [{ cpr_nr: c.cpr, mentor_navn: c.mentor.name, timer_uge: c.mentor.hoursPerWeek, start_dato: c.mentor.from, slut_dato: c.mentor.to }] : [],
      ),
    );
    await insert(
      'jc_fritagelse',
      citizens.flatMap((c) => c.exemptions.map((e) => ({ cpr_nr: c.cpr, aarsag_kode: exemptionCode(e.reason), start_dato: e.from, slut_dato: e.to }))),
    );
  });
}

/** Removes all case rows (not the code lists), for a re-seed. */
export async function clear(knex: Knex): Promise<void> {
  for (const table of ['jc_sanktion', 'jc_aftale', 'jc_ydelse', 'jc_match', 'jc_tilbud', 'jc_mentor', 'jc_fritagelse', 'jc_borger']) {
    await knex(table).del();
  }
}
