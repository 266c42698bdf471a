/** Writes adult social services' part of the demo world in the department's legacy layout. */
import type { Knex } from 'knex';
import { bulkLoad, copyRows, emptyTables, memoize, type CopyValue } from '../../shared/src/copy.ts';
import type { AdultSocialCitizen, World } from '../../shared/src/demo/world.ts';
import { CASE_CLOSED, CASE_OPEN, LegacyDataError, assignClientNumbers, cprToLegacy, dateToLegacy, localDateTimeToLegacy } from './mapping.ts';
import { wallClockMinutes } from '../../shared/src/time.ts';

/**
 * Yearly costs (DKK) as the department budgets them. Illustrative demo rates, applied
 * deterministically so that the same world always costs the same.
 */
const SUPPORT_HOURLY_RATE_DKK = 450;
const WEEKS_PER_YEAR = 52;
const PLACEMENT_YEARLY_DKK: Record<string, number> = { TEMPORARY_RESIDENTIAL: 620_000, LONG_TERM_RESIDENTIAL: 880_000 };
const TREATMENT_YEARLY_DKK: Record<string, number> = { OUTPATIENT: 38_000, DAY: 145_000, RESIDENTIAL: 520_000 };

export const supportYearlyCostDkk = (hoursPerWeek: number): number => Math.round(hoursPerWeek * WEEKS_PER_YEAR * SUPPORT_HOURLY_RATE_DKK);

interface CodeRow {
  kode: string | number;
  hub_vaerdi: string;
  gyldig_fra?: number;
  gyldig_til?: number;
}

/**
 * Reverse lookup in a code list: the legacy code for a vocabulary value, valid on `onDate` when the
 * list has validity periods. The code lists are the only place codes live, so the seed reads them
 * rather than repeating them.
 */
function codeLookup(table: string, rows: CodeRow[]) {
  return (hubValue: string, onDate?: string) => {
    const day = onDate ? dateToLegacy(onDate) : null;
    const row = rows.find(
      (r) => r.hub_vaerdi === hubValue && (day === null || r.gyldig_fra === undefined || (r.gyldig_fra <= day && (!r.gyldig_til || day <= r.gyldig_til))),
    );
    if (!row) throw new LegacyDataError(`${table} has no code for ${hubValue}${onDate ? ` on ${onDate}` : ''}`);
    return row.kode;
  };
}

function costOf(rates: Record<string, number>, kind: string): number {
  const cost = rates[kind];
  if (cost === undefined) throw new LegacyDataError(`no yearly rate for ${kind}`);
  return cost;
}

/** The tables the seed fills, in the order they are written (referenced tables first). */
const TABLES = ['klient', 'visitation', 'stoette', 'botilbud', 'misbrugsbehandling', 'stu_forloeb', 'psykiatri_samarbejde', 'aftale'];

export async function seed(knex: Knex, world: World): Promise<void> {
  const citizens = world.adultSocial;
  const clientNo = assignClientNumbers(citizens.map((c) => c.cpr));
  // The same dates and times come round again and again: each is mapped once.
  const legacyDate = memoize(dateToLegacy);
  const dateOrZero = (iso: string | null) => (iso === null ? 0 : legacyDate(iso));
  const legacyDateTime = memoize(localDateTimeToLegacy);
  // Durations from the minutes of each wall-clock time, remembered: exactly minutesBetween.
  const minutesOf = memoize(wallClockMinutes);
  const minutes = (from: string, to: string) => minutesOf(to) - minutesOf(from);
  // Most of the rows are appointments.
  const rows = citizens.reduce((n, c) => n + c.appointments.length, citizens.length);
  // COPY, in the transaction, from generators: the rows are made as they are sent.
  await knex.transaction(async (trx) => {
    const statusCode = codeLookup('kode_status', await trx('kode_status').select('kode', 'hub_vaerdi'));
    const assessmentCode = codeLookup('kode_visitationstype', await trx('kode_visitationstype').select('kode', 'hub_vaerdi'));
    const measureCode = codeLookup('kode_indsats', await trx('kode_indsats').select('kode', 'hub_vaerdi', 'gyldig_fra', 'gyldig_til'));
    const appointmentCode = codeLookup('kode_aftaletype', await trx('kode_aftaletype').select('kode', 'hub_vaerdi'));
    await bulkLoad(trx, TABLES, { rows }, async () => {
      /** Each citizen's rows of one kind, behind the client number. */
      const rowsOf = <T>(list: (c: AdultSocialCitizen) => T[], row: (item: T) => CopyValue[]) =>
        (function* () {
          for (const c of citizens) {
            const klientNr = clientNo.get(c.cpr)!;
            for (const item of list(c)) yield [klientNr, ...row(item)];
          }
        })();

      await copyRows(
        trx,
        'klient',
        ['klient_nr', 'cpr_nr', 'sagsstatus'],
        citizens.map((c) => [clientNo.get(c.cpr), cprToLegacy(c.cpr), c.caseOpen ? CASE_OPEN : CASE_CLOSED]),
      );
      await copyRows(
        trx,
        'visitation',
        ['klient_nr', 'type_kode', 'emne', 'oprettet', 'afgjort', 'status_kode'],
        rowsOf(
          (c) => c.assessments,
          (a) => [assessmentCode(a.kind), a.topic, dateOrZero(a.opened), dateOrZero(a.decided), statusCode(a.status)],
        ),
      );
      await copyRows(
        trx,
        'stoette',
        ['klient_nr', 'indsats_kode', 'pakke_niveau', 'timer_pr_uge', 'fra', 'til', 'aarlig_udgift_kr'],
        rowsOf(
          (c) => c.supportPackages,
          (s) => [measureCode('HOUSING_SUPPORT', s.from), s.level, s.hoursPerWeek, dateOrZero(s.from), dateOrZero(s.to), supportYearlyCostDkk(s.hoursPerWeek)],
        ),
      );
      await copyRows(
        trx,
        'botilbud',
        ['klient_nr', 'indsats_kode', 'fra', 'til', 'aarlig_udgift_kr'],
        rowsOf(
          (c) => c.placements,
          (p) => [measureCode(p.kind, p.from), dateOrZero(p.from), dateOrZero(p.to), costOf(PLACEMENT_YEARLY_DKK, p.kind)],
        ),
      );
      await copyRows(
        trx,
        'misbrugsbehandling',
        ['klient_nr', 'indsats_kode', 'fra', 'til', 'aarlig_udgift_kr'],
        rowsOf(
          (c) => c.addictionTreatments,
          (t) => [measureCode(t.kind, t.from), dateOrZero(t.from), dateOrZero(t.to), costOf(TREATMENT_YEARLY_DKK, t.kind)],
        ),
      );
      await copyRows(
        trx,
        'stu_forloeb',
        ['klient_nr', 'indsats_kode', 'dage_pr_uge', 'fra', 'til'],
        rowsOf(
          (c) => c.education,
          (e) => [measureCode('STU', e.from), e.daysPerWeek, dateOrZero(e.from), dateOrZero(e.to)],
        ),
      );
      await copyRows(
        trx,
        'psykiatri_samarbejde',
        ['klient_nr', 'fra', 'til', 'notat'],
        rowsOf(
          (c) => c.psychiatryCooperation,
          (p) => [dateOrZero(p.from), dateOrZero(p.to), p.note],
        ),
      );
      await copyRows(
        trx,
        'aftale',
        ['klient_nr', 'aftale_id', 'dato', 'kl', 'varighed_min', 'aftaletype'],
        rowsOf(
          (c) => c.appointments,
          (a) => {
            const { dato, kl } = legacyDateTime(a.at);
            return [a.id, dato, kl, minutes(a.at, a.end), appointmentCode(a.kind)];
          },
        ),
      );
    });
  });
}

/** Removes all case rows and clients (not the code lists), for a re-seed. */
export async function clear(knex: Knex): Promise<void> {
  await emptyTables(knex, TABLES);
}
