/**
 * Batched reads from the family department's legacy tables: one SQL statement per entity type per
 * request, whatever the number of citizens or cases. A citizen is found as a party (any role) to
 * cases; every loader is keyed by the citizen's canonical CPR and returns the rows of all the
 * cases the citizen is party to, so nesting under a case never costs a query per case. Rows come
 * back in the graph's vocabulary, each with `cpr` (the party it was loaded for) and `caseNumber`.
 */
import DataLoader from 'dataloader';
import type { FamilyMeasureKind, FamilyMeetingKind, InvestigationKind } from './generated/graphql.ts';
import type { Knex } from 'knex';
import { cprWithoutDash } from '../shared/src/cpr.ts';
import { groupByCpr as byCpr } from '../shared/src/loaders.ts';
import { CASE_STATUS_CODE, addMinutes, canonicalCpr, caseStatus, custodyFromFlag, isoDate, isoDateOrNull, localDateTime } from './legacy/mapping.ts';

export type FamilyRole = 'MOTHER' | 'FATHER' | 'CUSTODIAN' | 'CHILD';

export interface Involvement {
  cpr: string;
  caseNumber: string;
  status: 'OPEN' | 'CLOSED';
  opened: string;
  closed: string | null;
  role: FamilyRole;
  custody: boolean;
  child: { cpr: string };
}

export interface InvestigationRow {
  cpr: string;
  caseNumber: string;
  kind: InvestigationKind;
  subject: { cpr: string };
  started: string;
  deadline: string;
  done: string | null;
}

export interface MeasureRow {
  cpr: string;
  caseNumber: string;
  id: string;
  kind: FamilyMeasureKind;
  legalReference: string;
  from: string;
  to: string | null;
  /** The department's own yearly cost of the measure, in DKK. */
  yearlyCostDkk: number | null;
}

export interface MeetingRow {
  cpr: string;
  caseNumber: string;
  id: string;
  at: string;
  end: string;
  kind: FamilyMeetingKind;
  participated: boolean;
}

const dashless = (cprs: readonly string[]) => cprs.map(cprWithoutDash);

// Legacy dates are 'DD-MM-YYYY' text and do not sort in SQL; the mapped ISO values do.
function sortedBy<T>(rows: T[], key: (row: T) => string): T[] {
  return rows.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

export function createLoaders(knex: Knex) {
  return {
    cases: new DataLoader(async (cprs: readonly string[]) => {
      const rows = await knex('sagspart as p')
        .join('sag as s', 's.sag_nr', 'p.sag_nr')
        .join('kode_rolle as r', 'r.kode', 'p.rolle')
        .whereIn('p.part_cpr', dashless(cprs))
        .select('p.part_cpr', 'p.foraeldremyndighed', 'r.hub_vaerdi as rolle', 's.sag_nr', 's.barn_cpr', 's.status', 's.oprettet', 's.lukket');
      const cases: Involvement[] = rows.map((r) => ({
        cpr: canonicalCpr(r.part_cpr),
        caseNumber: r.sag_nr,
        status: caseStatus(r.status),
        opened: isoDate(r.oprettet),
        closed: isoDateOrNull(r.lukket),
        role: r.rolle,
        custody: custodyFromFlag(r.foraeldremyndighed),
        child: { cpr: canonicalCpr(r.barn_cpr) },
      }));
      return byCpr(
        cprs,
        sortedBy(cases, (c) => `${c.opened} ${c.caseNumber}`),
      );
    }),
    investigations: new DataLoader(async (cprs: readonly string[]) => {
      const rows = await knex('undersoegelse as u')
        .join('sagspart as p', 'p.sag_nr', 'u.sag_nr')
        .join('kode_undersoegelse as k', 'k.kode', 'u.type_kode')
        .whereIn('p.part_cpr', dashless(cprs))
        .select('p.part_cpr', 'u.sag_nr', 'u.undersoegelse_id', 'k.hub_vaerdi', 'u.subjekt_cpr', 'u.startet', 'u.frist', 'u.afsluttet');
      const investigations: InvestigationRow[] = rows.map((r) => ({
        cpr: canonicalCpr(r.part_cpr),
        caseNumber: r.sag_nr,
        kind: r.hub_vaerdi,
        subject: { cpr: canonicalCpr(r.subjekt_cpr) },
        started: isoDate(r.startet),
        deadline: isoDate(r.frist),
        done: isoDateOrNull(r.afsluttet),
      }));
      return byCpr(
        cprs,
        sortedBy(investigations, (u) => u.started),
      );
    }),
    measures: new DataLoader(async (cprs: readonly string[]) => {
      // The legal reference is the one of the code the measure was granted under.
      const rows = await knex('foranstaltning as f')
        .join('sagspart as p', 'p.sag_nr', 'f.sag_nr')
        .join('kode_foranstaltning as k', 'k.kode', 'f.paragraf_kode')
        .whereIn('p.part_cpr', dashless(cprs))
        .select('p.part_cpr', 'f.sag_nr', 'f.foranstaltning_id', 'k.hub_vaerdi', 'k.lovhenvisning', 'f.fra', 'f.til', 'f.aarlig_udgift');
      const measures: MeasureRow[] = rows.map((r) => ({
        cpr: canonicalCpr(r.part_cpr),
        caseNumber: r.sag_nr,
        id: r.foranstaltning_id,
        kind: r.hub_vaerdi,
        legalReference: r.lovhenvisning,
        from: isoDate(r.fra),
        to: isoDateOrNull(r.til),
        yearlyCostDkk: r.aarlig_udgift === null || r.aarlig_udgift === undefined ? null : Math.round(Number(r.aarlig_udgift)),
      }));
      return byCpr(
        cprs,
        sortedBy(measures, (m) => `${m.from} ${m.id}`),
      );
    }),
    meetings: new DataLoader(async (cprs: readonly string[]) => {
      // Participation of the party the row is loaded for comes in the same statement.
      const rows = await knex('moede as m')
        .join('sagspart as p', 'p.sag_nr', 'm.sag_nr')
        .join('kode_moedetype as k', 'k.kode', 'm.moedetype')
        .leftJoin('moede_deltager as d', (on) => on.on('d.moede_id', 'm.moede_id').andOn('d.deltager_cpr', 'p.part_cpr'))
        .whereIn('p.part_cpr', dashless(cprs))
        .select('p.part_cpr', 'm.sag_nr', 'm.moede_id', 'k.hub_vaerdi', 'm.start', 'm.varighed_min', 'd.deltager_cpr');
      const meetings: MeetingRow[] = rows.map((r) => {
        const at = localDateTime(r.start);
        return {
          cpr: canonicalCpr(r.part_cpr),
          caseNumber: r.sag_nr,
          id: r.moede_id,
          at,
          end: addMinutes(at, r.varighed_min),
          kind: r.hub_vaerdi,
          participated: r.deltager_cpr !== null,
        };
      });
      return byCpr(
        cprs,
        sortedBy(meetings, (m) => `${m.at} ${m.id}`),
      );
    }),
  };
}

export type FamilyLoaders = ReturnType<typeof createLoaders>;

/**
 * The parties (adults and children) to the department's open cases, ordered by CPR, for the
 * caseload listing. The cursor is a canonical CPR; comparing and ordering on the dashless column
 * gives the same order, because every value has its dash at the same position.
 */
export async function openCaseCprs(knex: Knex, afterCpr: string | null, limit: number): Promise<string[]> {
  const query = knex('sagspart as p')
    .join('sag as s', 's.sag_nr', 'p.sag_nr')
    .where('s.status', CASE_STATUS_CODE.OPEN)
    .distinct('p.part_cpr')
    .orderBy('p.part_cpr')
    .limit(limit);
  if (afterCpr) query.where('p.part_cpr', '>', cprWithoutDash(afterCpr));
  const rows: { part_cpr: string }[] = await query;
  return rows.map((r) => canonicalCpr(r.part_cpr));
}
