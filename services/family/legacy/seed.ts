/** Writes the family department's part of the demo world in the family department's legacy layout. */
import type { Knex } from 'knex';
import { bulkLoad, copyRows, emptyTables, memoize } from '../../shared/src/copy.ts';
import type { World } from '../../shared/src/demo/world.ts';
import { wallClockMinutes } from '../../shared/src/time.ts';
import {
  CASE_STATUS_CODE,
  codeFor,
  legacyCpr as toLegacyCpr,
  legacyDate as toLegacyDate,
  legacyDateTime as toLegacyDateTime,
  type CodeRow,
} from './mapping.ts';

/** The case tables the seed fills, in the order they are written (referenced tables first). */
const TABLES = ['sag', 'sagspart', 'undersoegelse', 'foranstaltning', 'moede', 'moede_deltager'];

export async function seed(knex: Knex, world: World): Promise<void> {
  const cases = world.family;
  // The same dates, times and CPR numbers come round again and again: each is mapped once.
  const legacyCpr = memoize(toLegacyCpr);
  const legacyDate = memoize(toLegacyDate);
  const legacyDateOrNull = (iso: string | null) => (iso === null ? null : legacyDate(iso));
  const legacyDateTime = memoize(toLegacyDateTime);
  // Durations from the minutes of each wall-clock time, remembered: exactly minutesBetween.
  const minutesOf = memoize(wallClockMinutes);
  const minutes = (from: string, to: string) => minutesOf(to) - minutesOf(from);
  // Most of the rows are meetings and their participants.
  const rows = cases.reduce((n, c) => n + 2 * c.meetings.length, cases.length);
  // COPY, in the transaction, from generators: the rows are made as they are sent.
  await knex.transaction(async (trx) => {
    // Codes are read from the code lists, not repeated here: the database is their master.
    const roles: CodeRow[] = await trx('kode_rolle').select('kode', 'hub_vaerdi');
    const measures: CodeRow[] = await trx('kode_foranstaltning').select('kode', 'hub_vaerdi', 'gyldig_fra', 'gyldig_til');
    const investigations: CodeRow[] = await trx('kode_undersoegelse').select('kode', 'hub_vaerdi');
    const meetingKinds: CodeRow[] = await trx('kode_moedetype').select('kode', 'hub_vaerdi');
    await bulkLoad(trx, TABLES, { rows }, async () => {
      await copyRows(
        trx,
        'sag',
        ['sag_nr', 'barn_cpr', 'status', 'oprettet', 'lukket'],
        cases.map((c) => [c.caseNo, legacyCpr(c.childCpr), CASE_STATUS_CODE[c.status], legacyDate(c.opened), legacyDateOrNull(c.closed)]),
      );
      await copyRows(
        trx,
        'sagspart',
        ['sag_nr', 'part_cpr', 'rolle', 'foraeldremyndighed'],
        (function* () {
          for (const c of cases) for (const p of c.parties) yield [c.caseNo, legacyCpr(p.cpr), codeFor(roles, p.role), p.custody ? 'J' : 'N'];
        })(),
      );
      await copyRows(
        trx,
        'undersoegelse',
        ['sag_nr', 'type_kode', 'subjekt_cpr', 'startet', 'frist', 'afsluttet'],
        (function* () {
          for (const c of cases) {
            for (const u of c.investigations) {
              yield [
                c.caseNo,
                codeFor(investigations, u.kind),
                legacyCpr(u.subjectCpr),
                legacyDate(u.started),
                legacyDate(u.deadline),
                legacyDateOrNull(u.done),
              ];
            }
          }
        })(),
      );
      // A measure is granted under the law in force on its start date.
      await copyRows(
        trx,
        'foranstaltning',
        ['foranstaltning_id', 'sag_nr', 'paragraf_kode', 'fra', 'til', 'aarlig_udgift'],
        (function* () {
          for (const c of cases) {
            for (const m of c.measures) yield [m.id, c.caseNo, codeFor(measures, m.kind, m.from), legacyDate(m.from), legacyDateOrNull(m.to), m.yearlyCostDkk];
          }
        })(),
      );
      await copyRows(
        trx,
        'moede',
        ['moede_id', 'sag_nr', 'moedetype', 'start', 'varighed_min'],
        (function* () {
          for (const c of cases) {
            for (const m of c.meetings) yield [m.id, c.caseNo, codeFor(meetingKinds, m.kind), legacyDateTime(m.at), minutes(m.at, m.end)];
          }
        })(),
      );
      await copyRows(
        trx,
        'moede_deltager',
        ['moede_id', 'deltager_cpr'],
        (function* () {
          for (const c of cases) for (const m of c.meetings) for (const cpr of m.participantCprs) yield [m.id, legacyCpr(cpr)];
        })(),
      );
    });
  });
}

/** Removes all case rows (not the code lists), for a re-seed. */
export async function clear(knex: Knex): Promise<void> {
  await emptyTables(knex, TABLES);
}
