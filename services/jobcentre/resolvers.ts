/**
 * The jobcentre's resolvers: thin. Arguments are validated, every citizen goes through the release
 * gate (consent decision + access log) before anything is loaded, and loaders do the reading.
 */
import { citizenConnection, parsePageArgs, type PageArgs } from '../shared/src/connection.ts';
import { normaliseCpr } from '../shared/src/cpr.ts';
import { requireOwnDepartmentCaseworker } from '../shared/src/caseload.ts';
import { logListing } from '../shared/src/release.ts';
import { releasedOrNull, resolveTypeByTypename, viewOrRestricted, withheldCategories, type DepartmentView } from '../shared/src/views.ts';
import { openCaseCprs } from './loaders.ts';
import type { JobcentreContext } from './index.ts';
import type { Resolvers } from './generated/graphql.ts';

export const resolvers: Resolvers = {
  Query: {
    myCaseload: async (_: unknown, args: PageArgs, ctx: JobcentreContext) => {
      requireOwnDepartmentCaseworker(ctx.caller, 'jobcentre');
      const { first, afterCpr } = parsePageArgs(args);
      const cprs = await openCaseCprs(ctx.knex, afterCpr, first + 1);
      await logListing(
        ctx.accessLog,
        ctx.caller,
        'jobcentre',
        `myCaseload: open jobcentre cases, first=${first}${afterCpr ? ', after cursor' : ''}`,
        'RELEASED',
        cprs.slice(0, first),
      );
      return citizenConnection(cprs, first);
    },
  },
  Citizen: {
    __resolveReference: (reference: { cpr: string }) => ({ cpr: normaliseCpr(reference.cpr) ?? reference.cpr }),
    jobcentre: async (citizen: { cpr: string }, _: unknown, ctx: JobcentreContext) =>
      viewOrRestricted('JobcentreView', 'jobcentre', await ctx.release.load(citizen.cpr)),
  },
  JobcentreResult: { __resolveType: resolveTypeByTypename } as never,
  JobcentreView: {
    caseOpen: (view: DepartmentView, _: unknown, ctx: JobcentreContext) =>
      releasedOrNull(view, 'JOBCENTRE_BENEFITS', (cpr) => ctx.loaders.caseOpen.load(cpr).then((open) => open ?? false)),
    benefits: (view: DepartmentView, _: unknown, ctx: JobcentreContext) => releasedOrNull(view, 'JOBCENTRE_BENEFITS', (cpr) => ctx.loaders.benefits.load(cpr)),
    matchGroup: (view: DepartmentView, _: unknown, ctx: JobcentreContext) =>
      releasedOrNull(view, 'JOBCENTRE_MATCH_GROUP', (cpr) => ctx.loaders.matchGroup.load(cpr)),
    activationOffers: (view: DepartmentView, _: unknown, ctx: JobcentreContext) =>
      releasedOrNull(view, 'JOBCENTRE_ACTIVATION', (cpr) => ctx.loaders.activationOffers.load(cpr)),
    mentor: (view: DepartmentView, _: unknown, ctx: JobcentreContext) => releasedOrNull(view, 'JOBCENTRE_ACTIVATION', (cpr) => ctx.loaders.mentor.load(cpr)),
    appointments: (view: DepartmentView, _: unknown, ctx: JobcentreContext) =>
      releasedOrNull(view, 'JOBCENTRE_APPOINTMENTS', (cpr) => ctx.loaders.appointments.load(cpr)),
    sanctions: (view: DepartmentView, _: unknown, ctx: JobcentreContext) =>
      releasedOrNull(view, 'JOBCENTRE_SANCTIONS', (cpr) => ctx.loaders.sanctions.load(cpr)),
    exemptions: (view: DepartmentView, _: unknown, ctx: JobcentreContext) =>
      releasedOrNull(view, 'JOBCENTRE_EXEMPTIONS', (cpr) => ctx.loaders.exemptions.load(cpr)),
    withheld: withheldCategories,
  },
};
