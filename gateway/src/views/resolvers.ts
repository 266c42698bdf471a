/**
 * The gateway-composed views on `Citizen`: timeline, conflicts, complexity. For all the citizens
 * of one request the gateway asks its own graph once (`citizens(cprs:)` with every department's
 * view and the consents), as the caller (same token, purpose and request id): each department
 * decides and logs its release as for any other read, so a view shows only what the caller may
 * see. Then pure rules run.
 */

/** Runs a GraphQL request through this gateway with the given request's credentials. */
export type AskGateway = (query: string, variables: object, asRequest: Request, requestId: string) => Promise<{ data?: any; errors?: unknown[] }>;
import DataLoader from 'dataloader';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { Caller } from '../../../services/shared/src/identity.ts';
import { danishDate } from '../../../services/shared/src/time.ts';
import { addDays } from '../../../services/shared/src/time.ts';
import { complexity, type ComplexityThresholds } from './complexity.ts';
import { detectConflicts } from './conflicts.ts';
import { buildTimeline, checkRange } from './timeline.ts';
import type { TimelineRange, ViewsInput } from './types.ts';

const VIEWS = /* GraphQL */ `
  query HubComposedViews($cprs: [ID!]!) {
    citizens(cprs: $cprs) {
      cpr
      jobcentre {
        __typename
        ... on Restricted { department reason }
        ... on JobcentreView {
          caseOpen
          benefits { kind legalReference from to monthlyAmountDkk }
          matchGroup { group from }
          activationOffers { id kind provider from to schedule { weekdays startTime endTime } hoursPerWeek }
          mentor { name hoursPerWeek from to }
          appointments { id at end kind attended }
          sanctions { id date amountDkk reason missedAppointment { id at end kind attended } }
          exemptions { reason from to }
          withheld { category reason }
        }
      }
      family {
        __typename
        ... on Restricted { department reason }
        ... on FamilyView {
          caseOpen
          cases {
            caseNumber status opened closed role custody child { cpr }
            investigations { kind subject { cpr } started deadline done }
            measures { id kind legalReference from to yearlyCostDkk }
            meetings { id at end kind participated }
          }
          meetings { id at end kind participated }
          withheld { category reason }
        }
      }
      adultSocial {
        __typename
        ... on Restricted { department reason }
        ... on AdultSocialView {
          caseOpen
          assessments { kind topic opened decided status }
          supportPackages { level hoursPerWeek from to legalReference yearlyCostDkk }
          currentSupportPackage { level hoursPerWeek from to legalReference yearlyCostDkk }
          placements { kind from to legalReference yearlyCostDkk }
          addictionTreatments { kind from to legalReference yearlyCostDkk }
          education { daysPerWeek from to legalReference }
          psychiatryCooperation { from to note }
          appointments { id at end kind }
          withheld { category reason }
        }
      }
      consents {
        id version citizen { cpr } grantedBy { name cpr capacity } sourceDepartments recipientDepartments categories purpose
        validFrom validUntil revokedAt status method evidence textVersion
        history { kind at version actorId actorDepartment reason }
      }
    }
  }
`;

interface CitizenViews {
  input: ViewsInput;
  restricted: string[];
}

const FIELDS = [
  ['jobcentre', 'JOBCENTRE'],
  ['family', 'FAMILY'],
  ['adultSocial', 'ADULT_SOCIAL'],
] as const;

function toViews(citizen: Record<string, any>): CitizenViews {
  const restricted: string[] = [];
  const input: ViewsInput = { consents: citizen.consents ?? null };
  for (const [field, department] of FIELDS) {
    const value = citizen[field];
    if (!value || value.__typename === 'Restricted') restricted.push(department);
    else (input as Record<string, unknown>)[field] = value;
  }
  return { input, restricted };
}

/** What the views need of the gateway's context: the request, and the caller useCallerIdentity verified. */
type ViewsContext = { request: Request; caller: Caller };

/** One loader per request (per context object): all the citizens asked for share one execution. */
const loaders = new WeakMap<object, DataLoader<string, CitizenViews | null>>();

function viewsLoader(context: ViewsContext, ask: AskGateway) {
  let loader = loaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (cprs) => {
      const result = await ask(VIEWS, { cprs }, context.request, context.caller.requestId);
      const citizens = (result.data?.citizens ?? []) as (Record<string, any> | null)[];
      if (!result.data || result.errors?.length) {
        // Fail closed: a department that failed is not a department with nothing to show, and a view
        // built from a partial answer could miss a conflict or hide a restriction.
        const forbidden = (result.errors as { extensions?: { code?: string } }[] | undefined)?.some((e) => e.extensions?.code === 'FORBIDDEN');
        throw forbidden
          ? new GraphQLError('This view needs the caseworker role', { extensions: { code: 'FORBIDDEN' } })
          : new GraphQLError('The departments could not all be asked for this view', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      }
      return cprs.map((_, i) => (citizens[i] ? toViews(citizens[i]!) : null));
    });
    loaders.set(context, loader);
  }
  return loader;
}

async function viewsOf(parent: { cpr?: string }, context: ViewsContext, ask: AskGateway): Promise<CitizenViews> {
  if (!parent.cpr) throw new GraphQLError('Citizen without cpr', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  const views = await viewsLoader(context, ask).load(parent.cpr);
  if (!views) throw new GraphQLError('Citizen not in the register', { extensions: { code: 'NOT_FOUND' } });
  return views;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function rangeArgument(args: { from?: string | null; to?: string | null }): TimelineRange {
  for (const field of ['from', 'to'] as const) {
    const value = args[field];
    if (value && (!isoDate.test(value) || Number.isNaN(Date.parse(value)))) {
      throw new GraphQLError(`${field} must be a date, YYYY-MM-DD`, { extensions: { code: 'BAD_USER_INPUT', argumentName: field } });
    }
  }
  try {
    return checkRange({ from: args.from ?? undefined, to: args.to ?? undefined });
  } catch (error) {
    throw new GraphQLError((error as Error).message, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'to' } });
  }
}

/** Conflicts are looked for from a year back to three months ahead. */
const conflictRange = (today: string): TimelineRange => ({ from: addDays(today, -365), to: addDays(today, 90) });

function conflictsOf(views: CitizenViews, today: string) {
  const range = conflictRange(today);
  return detectConflicts(buildTimeline(views.input, range), { input: views.input, range });
}

const eventNode = (e: { at: string; end: string | null; department: string; kind: string; title: string; ref: { type: string; id: string } }) => ({
  at: e.at,
  end: e.end,
  department: e.department,
  kind: e.kind,
  title: e.title,
  ref: e.ref,
});

/** The resolvers, with the thresholds configured for this deployment. */
export function viewResolvers(ask: AskGateway, thresholds: Partial<ComplexityThresholds> = {}, now: () => Date = () => new Date()) {
  const withCpr = (resolve: (parent: { cpr?: string }, args: any, context: ViewsContext, info: GraphQLResolveInfo) => unknown) => ({
    selectionSet: '{ cpr }',
    resolve,
  });
  return {
    Citizen: {
      timeline: withCpr(async (parent, args, context) => {
        const range = rangeArgument(args);
        return buildTimeline((await viewsOf(parent, context, ask)).input, range).map(eventNode);
      }),
      conflicts: withCpr(async (parent, _args, context) =>
        conflictsOf(await viewsOf(parent, context, ask), danishDate(now())).map((c) => ({ ...c, events: c.events.map(eventNode) })),
      ),
      conflictCount: withCpr(async (parent, _args, context) => conflictsOf(await viewsOf(parent, context, ask), danishDate(now())).length),
      complexity: withCpr(async (parent, _args, context) => {
        const views = await viewsOf(parent, context, ask);
        return complexity(views.input, views.restricted, thresholds, danishDate(now()));
      }),
    },
  };
}
