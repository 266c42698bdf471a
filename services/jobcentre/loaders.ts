/**
 * Batched reads from the jobcentre's legacy tables: one SQL statement per entity type per request,
 * whatever the number of citizens. Rows come back in the graph's vocabulary.
 */
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { groupByCpr as byCpr } from '../shared/src/loaders.ts';
import { addMinutes, attendedFromFlag, localDateTime, money, weekdaysFromLegacy } from './legacy/mapping.ts';

function appointmentFromRow(r: Record<string, any>) {
  const at = localDateTime(r.tidspunkt);
  return { id: r.aftale_id, at, end: addMinutes(at, r.varighed_min), kind: r.aftale_hub_vaerdi, attended: attendedFromFlag(r.fremmoedt) };
}

export function createLoaders(knex: Knex) {
  return {
    caseOpen: new DataLoader<string, boolean | null>(async (cprs) => {
      const rows = await knex('jc_borger').whereIn('cpr_nr', cprs).select('cpr_nr', 'sag_status');
      const status = new Map(rows.map((r) => [r.cpr_nr, r.sag_status === 'A']));
      return cprs.map((cpr) => status.get(cpr) ?? null);
    }),
    benefits: new DataLoader(async (cprs: readonly string[]) => {
      const rows = await knex('jc_ydelse as y')
        .join('jc_kode_ydelse as k', 'k.kode', 'y.ydelse_kode')
        .whereIn('y.cpr_nr', cprs)
        .orderBy('y.start_dato')
        .select('y.cpr_nr', 'k.hub_vaerdi', 'k.lovhenvisning', 'y.start_dato', 'y.slut_dato', 'y.maanedsbeloeb');
      return byCpr(
        cprs,
        rows.map((r) => ({
          cpr: r.cpr_nr,
          kind: r.hub_vaerdi,
          legalReference: r.lovhenvisning,
          from: r.start_dato,
          to: r.slut_dato,
          monthlyAmountDkk: money(r.maanedsbeloeb),
        })),
      );
    }),
    matchGroup: new DataLoader(async (cprs: readonly string[]) => {
      const rows = await knex('jc_match as m')
        .join('jc_kode_match as k', 'k.kode', 'm.matchgruppe')
        .whereIn('m.cpr_nr', cprs)
        .orderBy('m.fra_dato')
        .select('m.cpr_nr', 'k.hub_vaerdi', 'm.fra_dato');
      // The latest assignment is the current one.
      return byCpr(
        cprs,
        rows.map((r) => ({ cpr: r.cpr_nr, group: r.hub_vaerdi, from: r.fra_dato })),
      ).map((list) => list.at(-1) ?? null);
    }),
    activationOffers: new DataLoader(async (cprs: readonly string[]) => {
      const rows = await knex('jc_tilbud as t')
        .join('jc_kode_tilbud as k', 'k.kode', 't.tilbudstype')
        .whereIn('t.cpr_nr', cprs)
        .orderBy('t.start_dato')
        .select('t.*', 'k.hub_vaerdi');
      return byCpr(
        cprs,
        rows.map((r) => ({
          cpr: r.cpr_nr,
          id: r.tilbud_id,
          kind: r.hub_vaerdi,
          provider: r.udbyder,
          from: r.start_dato,
          to: r.slut_dato,
          schedule: { weekdays: weekdaysFromLegacy(r.ugedage), startTime: r.kl_fra, endTime: r.kl_til },
          hoursPerWeek: Number(r.timer_uge),
        })),
      );
    }),
    mentor: new DataLoader(async (cprs: readonly string[]) => {
      const rows = await knex('jc_mentor').whereIn('cpr_nr', cprs).orderBy('start_dato');
      return byCpr(
        cprs,
        rows.map((r) => ({ cpr: r.cpr_nr, name: r.mentor_navn, hoursPerWeek: Number(r.timer_uge), from: r.start_dato, to: r.slut_dato })),
      ).map((list) => list.at(-1) ?? null);
    }),
    appointments: new DataLoader(async (cprs: readonly string[]) => {
      const rows = await knex('jc_aftale as a')
        .join('jc_kode_aftale as k', 'k.kode', 'a.aftaletype')
        .whereIn('a.cpr_nr', cprs)
        .orderBy('a.tidspunkt')
        .select('a.*', 'k.hub_vaerdi as aftale_hub_vaerdi');
      return byCpr(
        cprs,
        rows.map((r) => ({ cpr: r.cpr_nr, ...appointmentFromRow(r) })),
      );
    }),
    sanctions: new DataLoader(async (cprs: readonly string[]) => {
      // The missed appointment comes in the same statement, so a sanction costs no extra query.
      const rows = await knex('jc_sanktion as s')
        .leftJoin('jc_aftale as a', 'a.aftale_id', 's.aftale_id')
        .leftJoin('jc_kode_aftale as k', 'k.kode', 'a.aftaletype')
        .whereIn('s.cpr_nr', cprs)
        .orderBy('s.sanktion_dato')
        .select('s.*', 'a.tidspunkt', 'a.varighed_min', 'a.aftaletype', 'a.fremmoedt', 'k.hub_vaerdi as aftale_hub_vaerdi');
      return byCpr(
        cprs,
        rows.map((r) => ({
          cpr: r.cpr_nr,
          id: r.sanktion_id,
          date: r.sanktion_dato,
          amountDkk: money(r.beloeb),
          reason: r.begrundelse,
          missedAppointment: r.tidspunkt ? appointmentFromRow(r) : null,
        })),
      );
    }),
    exemptions: new DataLoader(async (cprs: readonly string[]) => {
      const rows = await knex('jc_fritagelse as f')
        .join('jc_kode_fritagelse as k', 'k.kode', 'f.aarsag_kode')
        .whereIn('f.cpr_nr', cprs)
        .orderBy('f.start_dato')
        .select('f.*', 'k.hub_vaerdi');
      return byCpr(
        cprs,
        rows.map((r) => ({ cpr: r.cpr_nr, reason: r.hub_vaerdi, from: r.start_dato, to: r.slut_dato })),
      );
    }),
  };
}

export type JobcentreLoaders = ReturnType<typeof createLoaders>;

/** The department's open cases, ordered by CPR, for the caseload listing. */
export async function openCaseCprs(knex: Knex, afterCpr: string | null, limit: number): Promise<string[]> {
  const query = knex('jc_borger').where('sag_status', 'A').orderBy('cpr_nr').limit(limit).pluck('cpr_nr');
  if (afterCpr) query.where('cpr_nr', '>', afterCpr);
  return query;
}
