/**
 * The coordinating caseworker: one per citizen, assigned under a consent for a coordinated effort
 * or a joint plan (the rule: `coordinationConsent`, services/shared/src/consent-rule.ts).
 * Assignments are appended; the newest is current.
 */
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { parseCprArgument } from '../shared/src/cpr.ts';
import { badUserInput, forbidden } from '../shared/src/errors.ts';
import { departmentEnum, type Department } from '../shared/src/identity.ts';
import { coordinationConsent } from '../shared/src/consent-rule.ts';
import { hasRole, requireRole } from '../shared/src/subgraph.ts';
import type { ConsentContext } from './index.ts';
import { INPUT_LIMITS } from './input-limits.ts';
import { consentEventEntry, logConsentEvents } from './log-entries.ts';
import { changeLogged } from './store.ts';

export interface Assignment {
  cpr: string;
  caseworkerId: string;
  department: Department;
  consentId: string;
  assignedBy: string;
  assignedAt: Date;
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

/** A caseworker id as identity providers issue them, no longer than its column takes. */
const CASEWORKER_ID = new RegExp(`^[\\w.@:-]{2,${INPUT_LIMITS.caseworkerId.max}}$`);

const node = (a: Assignment) => ({ ...a, department: departmentEnum(a.department), assignedAt: a.assignedAt.toISOString() });

export const coordinatorResolvers = {
  Mutation: {
    assignCoordinator: async (_: unknown, args: { cpr: string; caseworkerId: string }, ctx: ConsentContext) => {
      const cpr = parseCprArgument(args.cpr);
      const caseworkerId = args.caseworkerId.trim();
      if (!CASEWORKER_ID.test(caseworkerId)) {
        throw badUserInput('caseworkerId is not a caseworker id', { argumentName: 'caseworkerId' });
      }
      requireRole(ctx.caller, 'coordinator', 'Assigning a coordinator needs the coordinator role');
      const now = ctx.now();
      const consent = coordinationConsent(await ctx.store.byCprs([cpr]), ctx.caller, now);
      if (!consent || ctx.caller.department === null) {
        throw forbidden('No active consent for a coordinated effort or joint plan names your department', { reason: 'NO_CONSENT' });
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
        () => [consentEventEntry(ctx.caller, ctx.now(), { kind: 'COORDINATOR_ASSIGNED', cpr, caseworkerId, consent })],
      );
      return node(assignment);
    },
  },
  Citizen: {
    coordinator: async (citizen: { cpr: string }, _: unknown, ctx: ConsentContext) => {
      if (!hasRole(ctx.caller, 'caseworker', 'coordinator')) return null;
      const assignment = await ctx.assignments.load(citizen.cpr);
      if (!assignment) return null;
      const ownDepartment = assignment.department === ctx.caller.department;
      const consent = ownDepartment ? null : coordinationConsent(await ctx.consentsByCpr.load(citizen.cpr), ctx.caller, ctx.now());
      if (!ownDepartment && !consent) return null;
      await logConsentEvents(ctx.accessLog, ctx.caller, ctx.now(), [{ kind: 'COORDINATOR', cpr: citizen.cpr, consentId: consent?.id ?? null }]);
      return node(assignment);
    },
  },
};
