/** Writes the family department's part of the demo world in the family department's legacy layout. */
import type { Knex } from 'knex';
import type { World } from '../../shared/src/demo/world.ts';
import { minutesBetween } from '../../shared/src/time.ts';
import { CASE_STATUS_CODE, codeFor, legacyCpr, legacyDate, legacyDateOrNull, legacyDateTime, type CodeRow } from './mapping.ts';

export async function seed(knex: Knex, world: World): Promise<void> {
  const cases = world.family;
  await knex.transaction(async (trx) => {
    // Codes are read from the code lists, not repeated here: the database is their master.
    const roles: CodeRow[] = await trx('kode_rolle').select('kode', 'hub_vaerdi');
    const measures: CodeRow[] = await trx('kode_foranstaltning').select('kode', 'hub_vaerdi', 'gyldig_fra', 'gyldig_til');
    const investigations: CodeRow[] = await trx('kode_undersoegelse').select('kode', 'hub_vaerdi');
    const meetingKinds: CodeRow[] = await trx('kode_moedetype').select('kode', 'hub_vaerdi');
    const chunk = 500;
    const insert = async (table: string, rows: object[]) => {
      if (rows.length) await trx.batchInsert(table, rows, chunk);
    };
    await insert(
      'sag',
      cases.map((c) => ({
        sag_nr: c.caseNo,
        barn_cpr: legacyCpr(c.childCpr),
        status: CASE_STATUS_CODE[c.status],
        oprettet: legacyDate(c.opened),
        lukket: legacyDateOrNull(c.closed),
      })),
    );
    await insert(
      'sagspart',
      cases.flatMap((c) =>
        c.parties.map((p) => ({ sag_nr: c.caseNo, part_cpr: legacyCpr(p.cpr), rolle: codeFor(roles, p.role), foraeldremyndighed: p.custody ? 'J' : 'N' })),
      ),
    );
    await insert(
      'undersoegelse',
      cases.flatMap((c) =>
        c.investigations.map((u) => ({
          sag_nr: c.caseNo,
          type_kode: codeFor(investigations, u.kind),
          subjekt_cpr: legacyCpr(u.subjectCpr),
          startet: legacyDate(u.started),
          frist: legacyDate(u.deadline),
          afsluttet: legacyDateOrNull(u.done),
        })),
      ),
    );
    // A measure is granted under the law in force on its start date.
    await insert(
      'foranstaltning',
      cases.flatMap((c) =>
        c.measures.map((m) => ({
          foranstaltning_id: m.id,
          sag_nr: c.caseNo,
          paragraf_kode: codeFor(measures, m.kind, m.from),
          fra: legacyDate(m.from),
          til: legacyDateOrNull(m.to),
          aarlig_udgift: m.yearlyCostDkk,
        })),
      ),
    );
    await insert(
      'moede',
      cases.flatMap((c) =>
        c.meetings.map((m) => ({
          moede_id: m.id,
          sag_nr: c.caseNo,
          moedetype: codeFor(meetingKinds, m.kind),
          start: legacyDateTime(m.at),
          varighed_min: minutesBetween(m.at, m.end),
        })),
      ),
    );
    await insert(
      'moede_deltager',
      cases.flatMap((c) => c.meetings.flatMap((m) => m.participantCprs.map((cpr) => ({ moede_id: m.id, deltager_cpr: legacyCpr(cpr) })))),
    );
  });
}

/** Removes all case rows (not the code lists), for a re-seed. */
export async function clear(knex: Knex): Promise<void> {
  for (const table of ['moede_deltager', 'moede', 'foranstaltning', 'undersoegelse', 'sagspart', 'sag']) {
    await knex(table).del();
  }
}
