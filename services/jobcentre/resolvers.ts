/**
 * The jobcentre's resolvers: thin. Arguments are validated, every citizen goes through the release
 * gate (consent decision + access log) before anything is loaded, and loaders do the reading.
 */
import { normaliseCpr } from '../shared/src/cpr.ts';
import { caseloadResolver } from '../shared/src/caseload.ts';
import { releasedOrNull, resolveTypeByTypename, viewOrRestricted, withheldCategories, type DepartmentView } from '../shared/src/views.ts';
import { nearTodayOnly } from '../shared/src/time.ts';
import { openCaseCprs } from './loaders.ts';
import type { JobcentreContext } from './index.ts';
import type { Resolvers } from './generated/graphql.ts';

export const resolvers: Resolvers = {
  Query: {
    myCaseload: caseloadResolver('jobcentre', 'open jobcentre cases', openCaseCprs),
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
    appointmentsNearToday: (view: DepartmentView, _: unknown, ctx: JobcentreContext) =>
      releasedOrNull(view, 'JOBCENTRE_APPOINTMENTS', (cpr) => ctx.loaders.appointments.load(cpr)).then((list) => nearTodayOnly(list)),
    sanctions: (view: DepartmentView, _: unknown, ctx: JobcentreContext) =>
      releasedOrNull(view, 'JOBCENTRE_SANCTIONS', (cpr) => ctx.loaders.sanctions.load(cpr)),
    exemptions: (view: DepartmentView, _: unknown, ctx: JobcentreContext) =>
      releasedOrNull(view, 'JOBCENTRE_EXEMPTIONS', (cpr) => ctx.loaders.exemptions.load(cpr)),
    withheld: withheldCategories,
  },
};
