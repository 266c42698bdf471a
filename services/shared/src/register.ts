/**
 * What a service may ask the person register: the facts the consent rules need about a person
 * (birth date, custody holders, guardians). The registry service implements it over its database
 * (services/registry/facts.ts); the contract lives here so that no shared module depends on a
 * service.
 */
export interface RegisterFacts {
  birthDate: string;
  custodyHolders: string[];
  /** Guardians (værgemål) the register holds for the person: who may consent as GUARDIAN. */
  guardians: string[];
}

export interface RegisterLookup {
  factsFor(cpr: string): Promise<RegisterFacts | null>;
}

/** For a service started without access to the register: any question is an error, never an answer. */
export const NO_REGISTER: RegisterLookup = {
  factsFor: async () => {
    throw new Error('this service has no access to the person register');
  },
};
