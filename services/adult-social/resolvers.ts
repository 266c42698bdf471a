/**
 * Adult social services' resolvers: thin. Arguments are validated, every citizen goes through the
 * release gate (consent decision + access log) before anything is loaded, and loaders do the reading.
 */
import { normaliseCpr } from '../shared/src/cpr.ts';
import { caseloadResolver } from '../shared/src/caseload.ts';
import { releasedOrNull, resolveTypeByTypename, viewOrRestricted, withheldCategories, type DepartmentView } from '../shared/src/views.ts';
import { nearTodayOnly } from '../shared/src/time.ts';
import { openCaseCprs } from './loaders.ts';
import type { Resolvers } from './generated/graphql.ts';
import type { AdultSocialContext } from './index.ts';

export const resolvers: Resolvers = {
  Query: {
    myCaseload: caseloadResolver('adult-social', 'open adult social cases', openCaseCprs),
  },
  Citizen: {
    __resolveReference: (reference: { cpr: string }) => ({ cpr: normaliseCpr(reference.cpr) ?? reference.cpr }),
    adultSocial: async (citizen: { cpr: string }, _: unknown, ctx: AdultSocialContext) =>
      viewOrRestricted('AdultSocialView', 'adult-social', await ctx.release.load(citizen.cpr)),
  },
  AdultSocialResult: { __resolveType: resolveTypeByTypename } as never,
  AdultSocialView: {
    caseOpen: (view: DepartmentView, _: unknown, ctx: AdultSocialContext) =>
      releasedOrNull(view, 'ADULT_SOCIAL_ASSESSMENTS', (cpr) => ctx.loaders.caseOpen.load(cpr).then((open) => open ?? false)),
    assessments: (view: DepartmentView, _: unknown, ctx: AdultSocialContext) =>
      releasedOrNull(view, 'ADULT_SOCIAL_ASSESSMENTS', (cpr) => ctx.loaders.assessments.load(cpr)),
    supportPackages: (view: DepartmentView, _: unknown, ctx: AdultSocialContext) =>
      releasedOrNull(view, 'ADULT_SOCIAL_SUPPORT', (cpr) => ctx.loaders.supportPackages.load(cpr)),
    currentSupportPackage: (view: DepartmentView, _: unknown, ctx: AdultSocialContext) =>
      releasedOrNull(view, 'ADULT_SOCIAL_SUPPORT', (cpr) => ctx.loaders.currentSupportPackage(cpr)),
    placements: (view: DepartmentView, _: unknown, ctx: AdultSocialContext) =>
      releasedOrNull(view, 'ADULT_SOCIAL_PLACEMENTS', (cpr) => ctx.loaders.placements.load(cpr)),
    addictionTreatments: (view: DepartmentView, _: unknown, ctx: AdultSocialContext) =>
      releasedOrNull(view, 'ADULT_SOCIAL_TREATMENT', (cpr) => ctx.loaders.addictionTreatments.load(cpr)),
    education: (view: DepartmentView, _: unknown, ctx: AdultSocialContext) =>
      releasedOrNull(view, 'ADULT_SOCIAL_EDUCATION', (cpr) => ctx.loaders.education.load(cpr)),
    psychiatryCooperation: (view: DepartmentView, _: unknown, ctx: AdultSocialContext) =>
      releasedOrNull(view, 'ADULT_SOCIAL_PSYCHIATRY', (cpr) => ctx.loaders.psychiatryCooperation.load(cpr)),
    appointments: (view: DepartmentView, _: unknown, ctx: AdultSocialContext) =>
      releasedOrNull(view, 'ADULT_SOCIAL_APPOINTMENTS', (cpr) => ctx.loaders.appointments.load(cpr)),
    appointmentsNearToday: (view: DepartmentView, _: unknown, ctx: AdultSocialContext) =>
      releasedOrNull(view, 'ADULT_SOCIAL_APPOINTMENTS', (cpr) => ctx.loaders.appointments.load(cpr)).then((list) => nearTodayOnly(list)),
    withheld: withheldCategories,
  },
};
