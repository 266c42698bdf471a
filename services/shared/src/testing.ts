/** Test support: a consent lookup over a fixed list of grants (the real one reads the consent store). */
import { isActive, type ConsentGrant, type ConsentLookup, type EmergencyGrant } from './release.ts';

export function staticConsents(grants: ConsentGrant[], emergencies: EmergencyGrant[] = []): ConsentLookup & { lookups: number; confirmations: number } {
  const lookup = {
    lookups: 0,
    confirmations: 0,
    async lookup(cprs: readonly string[], caller: { id: string }) {
      lookup.lookups += 1;
      return new Map(
        cprs.map((cpr) => [
          cpr,
          { consents: grants.filter((g) => g.cpr === cpr), emergencies: emergencies.filter((e) => e.cpr === cpr && e.actorId === caller.id) },
        ]),
      );
    },
    async confirm(ids: { consentIds: string[]; emergencyAccessIds: string[] }, at: Date) {
      lookup.confirmations += 1;
      const active = new Set<string>();
      for (const g of grants) if (ids.consentIds.includes(g.id) && isActive(g, at)) active.add(g.id);
      for (const e of emergencies) if (ids.emergencyAccessIds.includes(e.id) && e.validFrom <= at && at < e.validUntil) active.add(e.id);
      return active;
    },
  };
  return lookup;
}

/** For tests of services that sign nothing: any use of a key fails loudly. */
export const NO_SIGNING_KEYS = new Proxy({} as import('./service.ts').ServiceDeps['keys'], {
  get: (_, key) => {
    throw new Error(`no signing keys in this test (asked for ${String(key)})`);
  },
});
