/**
 * What other services may ask the register directly (not through the graph): the birth date,
 * custody holders and guardians the consent rules need. Read-only.
 */
import type { Knex } from 'knex';

export interface RegisterFacts {
  birthDate: string;
  custodyHolders: string[];
  /** Guardians (værgemål) the register holds for the person: who may consent as GUARDIAN. */
  guardians: string[];
}

export interface RegisterLookup {
  factsFor(cpr: string): Promise<RegisterFacts | null>;
}

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
export const NO_REGISTER: RegisterLookup = {
  factsFor: async () => {
    throw new Error('this service has no access to the person register');
  },
};
