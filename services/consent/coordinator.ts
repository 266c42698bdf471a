/**
 * The coordinating caseworker: one per citizen, assigned under a consent for a coordinated effort
 * or a joint plan. Assignments are appended; the newest is current.
 */
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import type { Knex } from 'knex';
import { parseCprArgument } from '../shared/src/cpr.ts';
import { departmentEnum, type Caller, type Department } from '../shared/src/identity.ts';
import { entryFor, isActive } from '../shared/src/release.ts';
import type { ConsentContext } from './index.ts';
import { changeLogged, type ConsentRecord } from './store.ts';

const COORDINATION_PURPOSES = ['JOINT_PLAN', 'COORDINATED_EFFORT'];

export interface Assignment {
  cpr: string;
  caseworkerId: string;
  department: Department;
  consentId: string;
  assignedBy: string;
  assignedAt: Date;
}

/** The consent an assignment may rest on: active, for coordination, naming the caller's department. */
export function coordinationConsent(consents: readonly ConsentRecord[], caller: Caller, now: Date): ConsentRecord | null {
  return (
    consents.find(
      (c) =>
        isActive(c, now) &&
        COORDINATION_PURPOSES.includes(c.purpose) &&
        (c.sourceDepartments.includes(caller.department) || c.recipientDepartments.includes(caller.department)),
    ) ?? null
  );
}

export function createAssignmentLoader(knex: Knex) {
  return new DataLoader<string, Assignment | null>(async (cprs) => {
    const rows = await knex('coordinator_assignment').whereIn('cpr', cprs).orderBy('id');
    const latest = new Map<string, Assignment>();
    for (const r of rows) {
      latest.set(r.cpr, {
        cpr: r.cpr,
        caseworkerId: r.caseworker_id,
        department: r.department,
        consentId: r.consent_id,
        assignedBy: r.assigned_by,
        assignedAt: new Date(r.assigned_at),
      });
    }
    return cprs.map((cpr) => latest.get(cpr) ?? null);
  });
}

const node = (a: Assignment) => ({ ...a, department: departmentEnum(a.department), assignedAt: a.assignedAt.toISOString() });

const logEntry = (ctx: ConsentContext, cpr: string, what: string, consentId: string | null) =>
  entryFor(ctx.caller, ctx.now(), { cpr, categories: [what], outcome: 'RELEASED', legalBasis: consentId ? 'CONSENT' : 'OWN_DEPARTMENT', consentId });

export const coordinatorResolvers = {
  Mutation: {
    assignCoordinator: async (_: unknown, args: { cpr: string; caseworkerId: string }, ctx: ConsentContext) => {
      const cpr = parseCprArgument(args.cpr);
      const caseworkerId = args.caseworkerId.trim();
      if (!/^[\w.@:-]{2,100}$/.test(caseworkerId)) {
        throw new GraphQLError('caseworkerId is not a caseworker id', { extensions: { code: 'BAD_USER_INPUT', argumentName: 'caseworkerId' } });
      }
      if (!ctx.caller.roles.includes('coordinator')) {
        throw new GraphQLError('Assigning a coordinator needs the coordinator role', { extensions: { code: 'FORBIDDEN' } });
      }
      const now = ctx.now();
      const consent = coordinationConsent(await ctx.store.byCprs([cpr]), ctx.caller, now);
      if (!consent) {
        throw new GraphQLError('No active consent for a coordinated effort or joint plan names your department', {
          extensions: { code: 'FORBIDDEN', reason: 'NO_CONSENT' },
        });
      }
      const assignment: Assignment = {
        cpr,
        caseworkerId,
        department: ctx.caller.department,
        consentId: consent.id,
        assignedBy: ctx.caller.id,
        assignedAt: now,
      };
      // The assignment and its log entry are stored together, or neither.
      await changeLogged(
        ctx.knex,
        ctx.accessLog,
        (store) => store.assignCoordinator(assignment),
        () => [{ ...logEntry(ctx, cpr, 'COORDINATOR_ASSIGNED', consent.id), consentVersion: consent.version, criterion: `coordinator ${caseworkerId}` }],
      );
      return node(assignment);
    },
  },
  Citizen: {
    coordinator: async (citizen: { cpr: string }, _: unknown, ctx: ConsentContext) => {
      if (!ctx.caller.roles.includes('caseworker') && !ctx.caller.roles.includes('coordinator')) return null;
      const assignment = await ctx.assignments.load(citizen.cpr);
      if (!assignment) return null;
      const ownDepartment = assignment.department === ctx.caller.department;
      const consent = ownDepartment ? null : coordinationConsent(await ctx.consentsByCpr.load(citizen.cpr), ctx.caller, ctx.now());
      if (!ownDepartment && !consent) return null;
      await ctx.accessLog.append([logEntry(ctx, citizen.cpr, 'COORDINATOR', consent?.id ?? null)]);
      return node(assignment);
    },
  },
};
