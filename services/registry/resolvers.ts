import { GraphQLError } from 'graphql';
import { normaliseCpr, parseCprArgument } from '../shared/src/cpr.ts';
import { logListing } from '../shared/src/release.ts';
import { requireRole } from '../shared/src/subgraph.ts';
import type { Resolvers } from './generated/graphql.ts';
import type { RegistryContext } from './index.ts';

const MAX_CITIZENS = 500;

/** Every registry read needs the caseworker role: auditors and others see no personal data. */
async function person(cpr: string, ctx: RegistryContext) {
  requireRole(ctx.caller, 'caseworker');
  return ctx.loaders.person.load(cpr);
}

async function mustExist(cpr: string, ctx: RegistryContext) {
  const found = await person(cpr, ctx);
  if (!found) throw new GraphQLError('Citizen not in the register', { extensions: { code: 'NOT_FOUND' } });
  return found;
}

export const resolvers: Resolvers = {
  Query: {
    citizen: async (_: unknown, args: { cpr: string }, ctx: RegistryContext) => {
      const cpr = parseCprArgument(args.cpr);
      requireRole(ctx.caller, 'caseworker');
      // The look-up itself is recorded (found or not), with its criterion; a found person's release
      // is recorded again by the loader, like every other release of them.
      await logListing(ctx.accessLog, ctx.caller, null, 'citizen by CPR number', 'RELEASED', [cpr], { withListingEntry: false });
      return person(cpr, ctx);
    },
    citizens: async (_: unknown, args: { cprs: string[] }, ctx: RegistryContext) => {
      if (args.cprs.length > MAX_CITIZENS) {
        throw new GraphQLError(`At most ${MAX_CITIZENS} citizens at once`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'cprs' } });
      }
      const cprs = args.cprs.map((c) => parseCprArgument(c, 'cprs'));
      requireRole(ctx.caller, 'caseworker');
      await logListing(ctx.accessLog, ctx.caller, null, 'citizens by CPR numbers', 'RELEASED', cprs, { withListingEntry: false });
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
      await logListing(ctx.accessLog, ctx.caller, null, "named as a child in a parent's register entry", 'RELEASED', cprs, { withListingEntry: false });
      return cprs.map((cpr) => ({ cpr }));
    },
    custodyHolders: async (citizen: { cpr: string }, _: unknown, ctx: RegistryContext) => {
      requireRole(ctx.caller, 'caseworker');
      const cprs = await ctx.loaders.custodyHoldersOf.load(citizen.cpr);
      await logListing(ctx.accessLog, ctx.caller, null, "named as a custody holder in a child's register entry", 'RELEASED', cprs, {
        withListingEntry: false,
      });
      return cprs.map((cpr) => ({ cpr }));
    },
  },
};
