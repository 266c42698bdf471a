/** Writes adult social services' part of the demo world in the department's legacy layout. */
import type { Knex } from 'knex';
import type { World } from '../../shared/src/demo/world.ts';
import { CASE_CLOSED, CASE_OPEN, LegacyDataError, assignClientNumbers, cprToLegacy, dateToLegacy, localDateTimeToLegacy, minutesBetween } from './mapping.ts';

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

export async function seed(knex: Knex, world: World): Promise<void> {
  const citizens = world.adultSocial;
  const clientNo = assignClientNumbers(citizens.map((c) => c.cpr));
  await knex.transaction(async (trx) => {
    const chunk = 500;
    const insert = async (table: string, rows: object[]) => {
      if (rows.length) await trx.batchInsert(table, rows, chunk);
    };
    const statusCode = codeLookup('kode_status', await trx('kode_status').select('kode', 'hub_vaerdi'));
    const assessmentCode = codeLookup('kode_visitationstype', await trx('kode_visitationstype').select('kode', 'hub_vaerdi'));
    const measureCode = codeLookup('kode_indsats', await trx('kode_indsats').select('kode', 'hub_vaerdi', 'gyldig_fra', 'gyldig_til'));
    const appointmentCode = codeLookup('kode_aftaletype', await trx('kode_aftaletype').select('kode', 'hub_vaerdi'));

    await insert(
      'klient',
      citizens.map((c) => ({
        klient_nr: clientNo.get(c.cpr),
        cpr_nr: cprToLegacy(c.cpr),
        sagsstatus: c.caseOpen ? CASE_OPEN : CASE_CLOSED,
      })),
    );
    await insert(
      'visitation',
      citizens.flatMap((c) =>
        c.assessments.map((a) => ({
          klient_nr: clientNo.get(c.cpr),
          type_kode: assessmentCode(a.kind),
          emne: a.topic,
          oprettet: dateToLegacy(a.opened),
          afgjort: dateToLegacy(a.decided),
          status_kode: statusCode(a.status),
        })),
      ),
    );
    await insert(
      'stoette',
      citizens.flatMap((c) =>
        c.supportPackages.map((s) => ({
          klient_nr: clientNo.get(c.cpr),
          indsats_kode: measureCode('HOUSING_SUPPORT', s.from),
          pakke_niveau: s.level,
          timer_pr_uge: s.hoursPerWeek,
          fra: dateToLegacy(s.from),
          til: dateToLegacy(s.to),
          aarlig_udgift_kr: supportYearlyCostDkk(s.hoursPerWeek),
        })),
      ),
    );
    await insert(
      'botilbud',
      citizens.flatMap((c) =>
        c.placements.map((p) => ({
          klient_nr: clientNo.get(c.cpr),
          indsats_kode: measureCode(p.kind, p.from),
          fra: dateToLegacy(p.from),
          til: dateToLegacy(p.to),
          aarlig_udgift_kr: costOf(PLACEMENT_YEARLY_DKK, p.kind),
        })),
      ),
    );
    await insert(
      'misbrugsbehandling',
      citizens.flatMap((c) =>
        c.addictionTreatments.map((t) => ({
          klient_nr: clientNo.get(c.cpr),
          indsats_kode: measureCode(t.kind, t.from),
          fra: dateToLegacy(t.from),
          til: dateToLegacy(t.to),
          aarlig_udgift_kr: costOf(TREATMENT_YEARLY_DKK, t.kind),
        })),
      ),
    );
    await insert(
      'stu_forloeb',
      citizens.flatMap((c) =>
        c.education.map((e) => ({
          klient_nr: clientNo.get(c.cpr),
          indsats_kode: measureCode('STU', e.from),
          dage_pr_uge: e.daysPerWeek,
          fra: dateToLegacy(e.from),
          til: dateToLegacy(e.to),
        })),
      ),
    );
    await insert(
      'psykiatri_samarbejde',
      citizens.flatMap((c) =>
        c.psychiatryCooperation.map((p) => ({
          klient_nr: clientNo.get(c.cpr),
          fra: dateToLegacy(p.from),
          til: dateToLegacy(p.to),
          notat: p.note,
        })),
      ),
    );
    await insert(
      'aftale',
      citizens.flatMap((c) =>
        c.appointments.map((a) => {
          const { dato, kl } = localDateTimeToLegacy(a.at);
          return { aftale_id: a.id, klient_nr: clientNo.get(c.cpr), dato, kl, varighed_min: minutesBetween(a.at, a.end), aftaletype: appointmentCode(a.kind) };
        }),
      ),
    );
  });
}

/** Removes all case rows and clients (not the code lists), for a re-seed. */
export async function clear(knex: Knex): Promise<void> {
  for (const table of ['aftale', 'psykiatri_samarbejde', 'stu_forloeb', 'misbrugsbehandling', 'botilbud', 'stoette', 'visitation', 'klient']) {
    await knex(table).del();
  }
}
