/**
 * The family department's resolvers: thin. Arguments are validated, every citizen goes through the
 * release gate (consent decision + access log) before anything is loaded, and loaders do the
 * reading. What a party may see of a case is decided here, by the rules below.
 */
import { normaliseCpr } from '../shared/src/cpr.ts';
import { caseloadResolver } from '../shared/src/caseload.ts';
import { releasedOrNull, resolveTypeByTypename, viewOrRestricted, withheldCategories, type DepartmentView } from '../shared/src/views.ts';
import { openCaseCprs, type InvestigationRow, type Involvement, type MeasureRow, type MeetingRow } from './loaders.ts';
import type { Resolvers } from './generated/graphql.ts';
import type { FamilyContext } from './index.ts';

/** A case as one citizen is involved in it, carrying the view's release decision to its lists. */
export type InvolvementInView = Involvement & { view: DepartmentView };

// "A parent's view shows their own involvement, not the child's case content." The child's own view
// shows the case's content; a parent or custodian sees only what concerns them in person.

// The case is the citizen's own only when they are the child it is about: a sibling who is also a
// CHILD party sees, like a parent, only what concerns them in person (a consent for one child never
// opens another child's case).
const ownCase = (involvement: Involvement) => involvement.role === 'CHILD' && involvement.child.cpr === involvement.cpr;

export const visibleInvestigations = (involvement: Involvement, rows: readonly InvestigationRow[]) =>
  rows.filter((r) => r.caseNumber === involvement.caseNumber && (ownCase(involvement) || r.subject.cpr === involvement.cpr));

export const visibleMeasures = (involvement: Involvement, rows: readonly MeasureRow[]) =>
  ownCase(involvement) ? rows.filter((r) => r.caseNumber === involvement.caseNumber) : [];

export const visibleMeetings = (involvement: Involvement, rows: readonly MeetingRow[]) =>
  rows.filter((r) => r.caseNumber === involvement.caseNumber && (ownCase(involvement) || r.participated));

export const resolvers: Resolvers = {
  Query: {
    myCaseload: caseloadResolver('family', 'parties to open family cases', openCaseCprs),
  },
  Citizen: {
    __resolveReference: (reference: { cpr: string }) => ({ cpr: normaliseCpr(reference.cpr) ?? reference.cpr }),
    family: async (citizen: { cpr: string }, _: unknown, ctx: FamilyContext) => viewOrRestricted('FamilyView', 'family', await ctx.release.load(citizen.cpr)),
  },
  FamilyResult: { __resolveType: resolveTypeByTypename } as never,
  FamilyView: {
    caseOpen: (view: DepartmentView, _: unknown, ctx: FamilyContext) =>
      releasedOrNull(view, 'FAMILY_CASES', (cpr) => ctx.loaders.cases.load(cpr).then((cases) => cases.some((c) => c.status === 'OPEN'))),
    cases: (view: DepartmentView, _: unknown, ctx: FamilyContext) =>
      releasedOrNull(view, 'FAMILY_CASES', (cpr) => ctx.loaders.cases.load(cpr)).then((cases): InvolvementInView[] | null =>
        cases ? cases.map((c) => ({ ...c, view })) : null,
      ),
    // Meetings at their own granularity: the cases are read to apply the party rules, not shown.
    meetings: (view: DepartmentView, _: unknown, ctx: FamilyContext) =>
      releasedOrNull(view, 'FAMILY_MEETINGS', async (cpr) => {
        const [cases, rows] = await Promise.all([ctx.loaders.cases.load(cpr), ctx.loaders.meetings.load(cpr)]);
        const visible = new Map(cases.flatMap((c) => visibleMeetings(c, rows)).map((m) => [m.id, m]));
        return [...visible.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
      }),
    withheld: withheldCategories,
  },
  FamilyCaseInvolvement: {
    investigations: (involvement: InvolvementInView, _: unknown, ctx: FamilyContext) =>
      releasedOrNull(involvement.view, 'FAMILY_INVESTIGATIONS', (cpr) => ctx.loaders.investigations.load(cpr)).then(
        (rows) => rows && visibleInvestigations(involvement, rows),
      ),
    // A parent's measures are never read: they would all be filtered out.
    measures: (involvement: InvolvementInView, _: unknown, ctx: FamilyContext) =>
      releasedOrNull(involvement.view, 'FAMILY_MEASURES', async (cpr) =>
        ownCase(involvement) ? visibleMeasures(involvement, await ctx.loaders.measures.load(cpr)) : [],
      ),
    meetings: (involvement: InvolvementInView, _: unknown, ctx: FamilyContext) =>
      releasedOrNull(involvement.view, 'FAMILY_MEETINGS', (cpr) => ctx.loaders.meetings.load(cpr)).then((rows) => rows && visibleMeetings(involvement, rows)),
  },
};
