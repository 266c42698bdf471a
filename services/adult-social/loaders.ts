/**
 * Batched reads from adult social services' legacy tables: one SQL statement per entity type per
 * request, whatever the number of citizens. Case tables know only the client number, so every
 * statement joins the `klient` mapping table and filters on its CPR column; no separate lookup of
 * client numbers is needed. Rows come back in the graph's vocabulary, keyed by canonical CPR.
 */
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { groupByCpr as byCpr } from '../shared/src/loaders.ts';
import {
  CASE_OPEN,
  appointmentEnd,
  cprFromLegacy,
  cprsFromLegacy,
  cprToLegacy,
  dateFromLegacy,
  localDateTimeFromLegacy,
  requiredDateFromLegacy,
  runsOn,
  todayInDenmark,
} from './legacy/mapping.ts';

export interface LoaderOptions {
  /** The day (ISO, Danish local date) on which "current" is judged; defaults to today. */
  today?: () => string;
}

const period = (r: Record<string, any>) => ({ from: requiredDateFromLegacy(r.fra), to: dateFromLegacy(r.til) });

export function createLoaders(knex: Knex, options: LoaderOptions = {}) {
  const today = options.today ?? (() => todayInDenmark());
  /** The department's own yearly cost of an item, in DKK (null where the legacy row has none). */
  const cost = (r: { aarlig_udgift_kr?: string | number | null }) =>
    r.aarlig_udgift_kr === null || r.aarlig_udgift_kr === undefined ? null : Math.round(Number(r.aarlig_udgift_kr));
  /** A case table joined to the mapping table, restricted to the requested citizens. */
  const forCitizens = (table: string, cprs: readonly string[]) =>
    knex(`${table} as x`).join('klient as k', 'k.klient_nr', 'x.klient_nr').whereIn('k.cpr_nr', cprs.map(cprToLegacy));

  const supportPackages = new DataLoader(async (cprs: readonly string[]) => {
    const rows = await forCitizens('stoette', cprs)
      .join('kode_indsats as i', 'i.kode', 'x.indsats_kode')
      .orderBy([{ column: 'x.fra' }, { column: 'x.stoette_id' }])
      .select('k.cpr_nr', 'x.pakke_niveau', 'x.timer_pr_uge', 'x.fra', 'x.til', 'i.lovhenvisning', 'x.aarlig_udgift_kr');
    return byCpr(
      cprs,
      rows.map((r) => ({
        cpr: cprFromLegacy(r.cpr_nr),
        level: Number(r.pakke_niveau),
        hoursPerWeek: Number(r.timer_pr_uge),
        ...period(r),
        legalReference: r.lovhenvisning,
        yearlyCostDkk: cost(r),
      })),
    );
  });

  return {
    caseOpen: new DataLoader<string, boolean | null>(async (cprs) => {
      const rows = await knex('klient').whereIn('cpr_nr', cprs.map(cprToLegacy)).select('cpr_nr', 'sagsstatus');
      const status = new Map(rows.map((r) => [cprFromLegacy(r.cpr_nr), Number(r.sagsstatus) === CASE_OPEN]));
      return cprs.map((cpr) => status.get(cpr) ?? null);
    }),
    assessments: new DataLoader(async (cprs: readonly string[]) => {
      const rows = await forCitizens('visitation', cprs)
        .join('kode_visitationstype as t', 't.kode', 'x.type_kode')
        .join('kode_status as s', 's.kode', 'x.status_kode')
        .orderBy([{ column: 'x.oprettet' }, { column: 'x.visitation_id' }])
        .select('k.cpr_nr', 't.hub_vaerdi as kind', 's.hub_vaerdi as status', 'x.emne', 'x.oprettet', 'x.afgjort');
      return byCpr(
        cprs,
        rows.map((r) => ({
          cpr: cprFromLegacy(r.cpr_nr),
          kind: r.kind,
          topic: r.emne,
          opened: requiredDateFromLegacy(r.oprettet),
          decided: dateFromLegacy(r.afgjort),
          status: r.status,
        })),
      );
    }),
    supportPackages,
    placements: new DataLoader(async (cprs: readonly string[]) => {
      const rows = await forCitizens('botilbud', cprs)
        .join('kode_indsats as i', 'i.kode', 'x.indsats_kode')
        .orderBy([{ column: 'x.fra' }, { column: 'x.botilbud_id' }])
        .select('k.cpr_nr', 'i.hub_vaerdi', 'i.lovhenvisning', 'x.fra', 'x.til', 'x.aarlig_udgift_kr');
      return byCpr(
        cprs,
        rows.map((r) => ({ cpr: cprFromLegacy(r.cpr_nr), kind: r.hub_vaerdi, ...period(r), legalReference: r.lovhenvisning, yearlyCostDkk: cost(r) })),
      );
    }),
    addictionTreatments: new DataLoader(async (cprs: readonly string[]) => {
      const rows = await forCitizens('misbrugsbehandling', cprs)
        .join('kode_indsats as i', 'i.kode', 'x.indsats_kode')
        .orderBy([{ column: 'x.fra' }, { column: 'x.behandling_id' }])
        .select('k.cpr_nr', 'i.hub_vaerdi', 'i.lovhenvisning', 'x.fra', 'x.til', 'x.aarlig_udgift_kr');
      return byCpr(
        cprs,
        rows.map((r) => ({ cpr: cprFromLegacy(r.cpr_nr), kind: r.hub_vaerdi, ...period(r), legalReference: r.lovhenvisning, yearlyCostDkk: cost(r) })),
      );
    }),
    education: new DataLoader(async (cprs: readonly string[]) => {
      const rows = await forCitizens('stu_forloeb', cprs)
        .join('kode_indsats as i', 'i.kode', 'x.indsats_kode')
        .orderBy([{ column: 'x.fra' }, { column: 'x.forloeb_id' }])
        .select('k.cpr_nr', 'x.dage_pr_uge', 'x.fra', 'x.til', 'i.lovhenvisning');
      return byCpr(
        cprs,
        rows.map((r) => ({ cpr: cprFromLegacy(r.cpr_nr), daysPerWeek: Number(r.dage_pr_uge), ...period(r), legalReference: r.lovhenvisning })),
      );
    }),
    psychiatryCooperation: new DataLoader(async (cprs: readonly string[]) => {
      const rows = await forCitizens('psykiatri_samarbejde', cprs)
        .orderBy([{ column: 'x.fra' }, { column: 'x.samarbejde_id' }])
        .select('k.cpr_nr', 'x.fra', 'x.til', 'x.notat');
      return byCpr(
        cprs,
        rows.map((r) => ({ cpr: cprFromLegacy(r.cpr_nr), ...period(r), note: r.notat })),
      );
    }),
    appointments: new DataLoader(async (cprs: readonly string[]) => {
      const rows = await forCitizens('aftale', cprs)
        .join('kode_aftaletype as t', 't.kode', 'x.aftaletype')
        .orderBy([{ column: 'x.dato' }, { column: 'x.kl' }, { column: 'x.aftale_id' }])
        .select('k.cpr_nr', 'x.aftale_id', 'x.dato', 'x.kl', 'x.varighed_min', 't.hub_vaerdi');
      const cprOf = cprsFromLegacy();
      return byCpr(
        cprs,
        rows.map((r) => {
          const at = localDateTimeFromLegacy(r.dato, r.kl);
          return { cpr: cprOf(r.cpr_nr), id: r.aftale_id, at, end: appointmentEnd(at, Number(r.varighed_min)), kind: r.hub_vaerdi };
        }),
      );
    }),
    /**
     * The support package running today, read from the support packages already batched (no
     * statement of its own). If periods overlap, the one that started last is the current one.
     */
    currentSupportPackage: async (cpr: string) => {
      const day = today();
      return (await supportPackages.load(cpr)).filter((p) => runsOn(p, day)).at(-1) ?? null;
    },
  };
}

export type AdultSocialLoaders = ReturnType<typeof createLoaders>;

/**
 * The department's open cases, ordered by CPR, for the caseload listing. A case is open when the
 * client's `sagsstatus` is active (set and cleared by the caseworkers). Measure dates would not do:
 * a citizen whose needs assessment is pending has an open case and no measure yet. The dashless CPR sorts
 * like the canonical one (the dash sits at the same place in every number), so the cursor compares
 * on the stored form.
 */
export async function openCaseCprs(knex: Knex, afterCpr: string | null, limit: number): Promise<string[]> {
  const query = knex('klient').where('sagsstatus', CASE_OPEN).orderBy('cpr_nr').limit(limit).pluck('cpr_nr');
  if (afterCpr) query.where('cpr_nr', '>', cprToLegacy(afterCpr));
  return (await query).map((cpr: string) => cprFromLegacy(cpr));
}
