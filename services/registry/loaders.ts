/**
 * Batched reads from the register. Every person the registry returns is recorded in the access log
 * before the answer leaves: the log write sits inside the loader, so no path releases a person
 * without it.
 */
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import type { Caller } from '../shared/src/identity.ts';
import type { AccessLogWriter } from '../shared/src/access-log.ts';
import { logLookup } from '../shared/src/release-gate.ts';

export interface PersonRecord {
  cpr: string;
  firstName: string;
  lastName: string;
  name: string;
  birthDate: string;
  address: { street: string; postcode: string; city: string } | null;
}

export function createLoaders(knex: Knex, caller: Caller, accessLog: AccessLogWriter) {
  return {
    person: new DataLoader<string, PersonRecord | null>(async (cprs) => {
      const rows = await knex('person').whereIn('cpr', cprs);
      const found = new Map<string, PersonRecord>(
        rows.map((r) => [
          r.cpr,
          {
            cpr: r.cpr,
            firstName: r.fornavn,
            lastName: r.efternavn,
            name: `${r.fornavn} ${r.efternavn}`,
            birthDate: r.foedselsdato,
            address: r.vejnavn_husnr ? { street: r.vejnavn_husnr, postcode: r.postnr, city: r.bynavn } : null,
          },
        ]),
      );
      await logLookup(accessLog, caller, { cprs: [...found.keys()], categories: ['REGISTRY_PERSON'] });
      return cprs.map((cpr) => found.get(cpr) ?? null);
    }),
    childrenOf: new DataLoader<string, string[]>(async (cprs) => {
      const rows = await knex('foraeldremyndighed').whereIn('indehaver_cpr', cprs).orderBy('barn_cpr');
      return cprs.map((cpr) => rows.filter((r) => r.indehaver_cpr === cpr).map((r) => r.barn_cpr));
    }),
    custodyHoldersOf: new DataLoader<string, string[]>(async (cprs) => {
      const rows = await knex('foraeldremyndighed').whereIn('barn_cpr', cprs).orderBy('indehaver_cpr');
      return cprs.map((cpr) => rows.filter((r) => r.barn_cpr === cpr).map((r) => r.indehaver_cpr));
    }),
  };
}
