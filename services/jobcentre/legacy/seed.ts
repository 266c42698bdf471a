/** Writes the jobcentre's part of the demo world in the jobcentre's legacy layout. */
import type { Knex } from 'knex';
import { bulkLoad, copyRows, emptyTables, memoize } from '../../shared/src/copy.ts';
import type { World } from '../../shared/src/demo/world.ts';
import { wallClockMinutes } from '../../shared/src/time.ts';

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

/** The case tables the seed fills, in the order they are written (referenced tables first). */
const TABLES = ['jc_borger', 'jc_ydelse', 'jc_match', 'jc_tilbud', 'jc_aftale', 'jc_sanktion', 'jc_mentor', 'jc_fritagelse'];

export async function seed(knex: Knex, world: World): Promise<void> {
  const citizens = world.jobcentre;
  const benefitCode = await benefitCodes(knex);
  const matchCode = await codesOf(knex, 'jc_kode_match');
  const offerCode = await codesOf(knex, 'jc_kode_tilbud');
  const appointmentCode = await codesOf(knex, 'jc_kode_aftale');
  const exemptionCode = await codesOf(knex, 'jc_kode_fritagelse');
  // Durations from the minutes of each wall-clock time, remembered: exactly minutesBetween.
  const minutesOf = memoize(wallClockMinutes);
  const minutes = (from: string, to: string) => minutesOf(to) - minutesOf(from);
  const timestamp = memoize((local) => local.replace('T', ' '));
  // Most of the rows are appointments.
  const rows = citizens.reduce((n, c) => n + c.appointments.length, citizens.length);
  // COPY, in the transaction, from generators: the rows are made as they are sent.
  await knex.transaction(async (trx) => {
    await bulkLoad(trx, TABLES, { rows }, async () => {
      await copyRows(
        trx,
        'jc_borger',
        ['cpr_nr', 'sag_status', 'sagsbehandler'],
        citizens.map((c) => [c.cpr, c.caseOpen ? 'A' : 'L', 'JC-TEAM-1']),
      );
      await copyRows(
        trx,
        'jc_ydelse',
        ['cpr_nr', 'ydelse_kode', 'start_dato', 'slut_dato', 'maanedsbeloeb'],
        (function* () {
          for (const c of citizens) for (const b of c.benefits) yield [c.cpr, benefitCode(b.kind, b.from), b.from, b.to, b.monthlyDkk];
        })(),
      );
      await copyRows(
        trx,
        'jc_match',
        ['cpr_nr', 'matchgruppe', 'fra_dato'],
        (function* () {
          for (const c of citizens) if (c.matchGroup) yield [c.cpr, matchCode(c.matchGroup.group), c.matchGroup.from];
        })(),
      );
      await copyRows(
        trx,
        'jc_tilbud',
        ['tilbud_id', 'cpr_nr', 'tilbudstype', 'udbyder', 'start_dato', 'slut_dato', 'ugedage', 'kl_fra', 'kl_til', 'timer_uge'],
        (function* () {
          for (const c of citizens) {
            for (const o of c.activationOffers) {
              yield [
                o.id,
                c.cpr,
                offerCode(o.kind),
                o.provider,
                o.from,
                o.to,
                o.schedule.weekdays.join(''),
                o.schedule.startTime,
                o.schedule.endTime,
                o.hoursPerWeek,
              ];
            }
          }
        })(),
      );
      await copyRows(
        trx,
        'jc_aftale',
        ['aftale_id', 'cpr_nr', 'tidspunkt', 'varighed_min', 'aftaletype', 'fremmoedt'],
        (function* () {
          for (const c of citizens) {
            for (const a of c.appointments) {
              const attended = a.attended === null ? null : a.attended ? 'J' : 'N';
              yield [a.id, c.cpr, timestamp(a.at), minutes(a.at, a.end), appointmentCode(a.kind), attended];
            }
          }
        })(),
      );
      await copyRows(
        trx,
        'jc_sanktion',
        ['sanktion_id', 'cpr_nr', 'sanktion_dato', 'aftale_id', 'beloeb', 'begrundelse'],
        (function* () {
          for (const c of citizens) for (const s of c.sanctions) yield [s.id, c.cpr, s.date, s.appointmentId, s.amountDkk, s.reason];
        })(),
      );
      await copyRows(
        trx,
        'jc_mentor',
        ['cpr_nr', 'mentor_navn', 'timer_uge', 'start_dato', 'slut_dato'],
        (function* () {
          for (const c of citizens) if (c.mentor) yield [c.cpr, c.mentor.name, c.mentor.hoursPerWeek, c.mentor.from, c.mentor.to];
        })(),
      );
      await copyRows(
        trx,
        'jc_fritagelse',
        ['cpr_nr', 'aarsag_kode', 'start_dato', 'slut_dato'],
        (function* () {
          for (const c of citizens) for (const e of c.exemptions) yield [c.cpr, exemptionCode(e.reason), e.from, e.to];
        })(),
      );
    });
  });
}

/** Removes all case rows (not the code lists), for a re-seed. */
export async function clear(knex: Knex): Promise<void> {
  await emptyTables(knex, TABLES);
}
