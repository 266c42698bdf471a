import { normaliseCpr, parseCprArgument } from '../shared/src/cpr.ts';
import { badUserInput, notFound } from '../shared/src/errors.ts';
import { MAX_CITIZENS_PER_LOOKUP } from '../shared/src/limits.ts';
import { logLookup } from '../shared/src/release-gate.ts';
import { requireRole } from '../shared/src/subgraph.ts';
import type { Resolvers } from './generated/graphql.ts';
import type { RegistryContext } from './index.ts';

/** Every registry read needs the caseworker role: auditors and others see no personal data. */
async function person(cpr: string, ctx: RegistryContext) {
  requireRole(ctx.caller, 'caseworker');
  return ctx.loaders.person.load(cpr);
}

async function mustExist(cpr: string, ctx: RegistryContext) {
  const found = await person(cpr, ctx);
  if (!found) throw notFound('Citizen not in the register');
  return found;
}

export const resolvers: Resolvers = {
  Query: {
    citizen: async (_: unknown, args: { cpr: string }, ctx: RegistryContext) => {
      const cpr = parseCprArgument(args.cpr);
      requireRole(ctx.caller, 'caseworker');
      // The look-up itself is recorded (found or not), with its criterion; a found person's release
      // is recorded again by the loader, like every other release of them.
      await logLookup(ctx.accessLog, ctx.caller, { cprs: [cpr], criterion: 'citizen by CPR number' });
      return person(cpr, ctx);
    },
    citizens: async (_: unknown, args: { cprs: string[] }, ctx: RegistryContext) => {
      if (args.cprs.length > MAX_CITIZENS_PER_LOOKUP) {
        throw badUserInput(`At most ${MAX_CITIZENS_PER_LOOKUP} citizens at once`, { argumentName: 'cprs' });
      }
      const cprs = args.cprs.map((c) => parseCprArgument(c, 'cprs'));
      requireRole(ctx.caller, 'caseworker');
      await logLookup(ctx.accessLog, ctx.caller, { cprs, criterion: 'citizens by CPR numbers' });
      return Promise.all(cprs.map((cpr) => person(cpr, ctx)));
    },
  },
  Citizen: {
    __resolveReference: (reference: { cpr: string }, ctx: RegistryContext) => {
      const cpr = normaliseCpr(reference.cpr);
      return cpr ? person(cpr, ctx) : null;
    },
    name: (citizen: { cpr: string }, _: unknown, ctx: RegistryContext) => mustExist(citizen.cpr, ctx).then((p) => p.name),
    firstName: (citizen: { cpr: string }, _: unknown, ctx: RegistryContext) => mustExist(citizen.cpr, ctx).then((p) => p.firstName),
    lastName: (citizen: { cpr: string }, _: unknown, ctx: RegistryContext) => mustExist(citizen.cpr, ctx).then((p) => p.lastName),
    birthDate: (citizen: { cpr: string }, _: unknown, ctx: RegistryContext) => mustExist(citizen.cpr, ctx).then((p) => p.birthDate),
    address: (citizen: { cpr: string }, _: unknown, ctx: RegistryContext) => mustExist(citizen.cpr, ctx).then((p) => p.address),
    // A relation names other people: each person named is logged as released (their CPR number and
    // the relation), so that their own access report shows the look-up.
    children: async (citizen: { cpr: string }, _: unknown, ctx: RegistryContext) => {
      requireRole(ctx.caller, 'caseworker');
      const cprs = await ctx.loaders.childrenOf.load(citizen.cpr);
      await logLookup(ctx.accessLog, ctx.caller, { cprs, criterion: "named as a child in a parent's register entry" });
      return cprs.map((cpr) => ({ cpr }));
    },
    custodyHolders: async (citizen: { cpr: string }, _: unknown, ctx: RegistryContext) => {
      requireRole(ctx.caller, 'caseworker');
      const cprs = await ctx.loaders.custodyHoldersOf.load(citizen.cpr);
      await logLookup(ctx.accessLog, ctx.caller, { cprs, criterion: "named as a custody holder in a child's register entry" });
      return cprs.map((cpr) => ({ cpr }));
    },
  },
};
