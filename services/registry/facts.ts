/**
 * What other services may ask the register directly (not through the graph): the birth date,
 * custody holders and guardians the consent rules need. Read-only.
 */
import type { Knex } from 'knex';
import type { RegisterLookup } from '../shared/src/register.ts';

export type { RegisterFacts, RegisterLookup } from '../shared/src/register.ts';
export { NO_REGISTER } from '../shared/src/register.ts';

export function createRegisterLookup(knex: Knex): RegisterLookup {
  return {
    async factsFor(cpr) {
      const person = await knex('person').where('cpr', cpr).first('foedselsdato');
      if (!person) return null;
      const [holders, guardians] = await Promise.all([
        knex('foraeldremyndighed').where('barn_cpr', cpr).orderBy('indehaver_cpr').pluck('indehaver_cpr'),
        knex('vaergemaal').where('person_cpr', cpr).orderBy('vaerge_cpr').pluck('vaerge_cpr'),
      ]);
      return { birthDate: person.foedselsdato, custodyHolders: holders, guardians };
    },
  };
}

/** For services that do not consult the register: asking is a programming error, and fails. */
