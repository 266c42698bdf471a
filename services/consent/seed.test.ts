/**
 * The demo consents are written straight to the store, past the resolvers: they must still be
 * consents the rules accept, against the demo register, or the demo would show what the hub refuses.
 */
import { describe, expect, it } from 'vitest';
import { PERSONAS, buildWorld } from '../shared/src/demo/world.ts';
import { departmentEnum } from '../shared/src/identity.ts';
import { danishDate } from '../shared/src/time.ts';
import { validateGrant } from './rules.ts';
import { demoConsents } from './seed.ts';

describe('the demo consents', () => {
  it('pass the consent rules against the demo register, each given by the citizen with their own CPR number', () => {
    const world = buildWorld({ citizens: 0 });
    const now = new Date();
    const consents = demoConsents(world, now);
    expect(consents.map((c) => [c.grant.cpr, c.grant.purpose])).toEqual([
      [PERSONAS.anne, 'COORDINATED_EFFORT'],
      [PERSONAS.simon, 'COORDINATED_EFFORT'],
      [PERSONAS.anne, 'JOINT_PLAN'],
    ]);
    for (const { grant } of consents) {
      const person = world.persons.find((p) => p.cpr === grant.cpr)!;
      const facts = {
        birthDate: person.birthDate,
        custodyHolders: world.custody.filter((c) => c.childCpr === grant.cpr).map((c) => c.holderCpr),
        guardians: [],
      };
      const input = {
        ...grant,
        sourceDepartments: grant.sourceDepartments.map(departmentEnum),
        recipientDepartments: grant.recipientDepartments.map(departmentEnum),
        validFrom: null,
        // The last day the consent runs: it ends at the following midnight.
        validUntil: danishDate(new Date(grant.validUntil.getTime() - 1)),
      };
      const validated = validateGrant(input, facts, { now, maxValidityDays: 730 });
      expect(validated.grantedBy).toEqual([{ name: `${person.firstName} ${person.lastName}`, cpr: grant.cpr, capacity: 'SELF' }]);
      expect(validated.validUntil).toEqual(grant.validUntil);
    }
  });
});
