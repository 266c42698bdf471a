/**
 * The consent service's resolvers: who may record, renew and revoke, validation through the rules,
 * and every change written as an event and to the access log, in one transaction.
 */
import { normaliseCpr, parseCprArgument } from '../shared/src/cpr.ts';
import { departmentEnum, departmentFromEnum, type Caller, type Department } from '../shared/src/identity.ts';
import { badUserInput, forbidden, notFound } from '../shared/src/errors.ts';
import { danishDate } from '../shared/src/time.ts';
import { hasRole, requireRole } from '../shared/src/subgraph.ts';
import { auditorResolvers, emergencyNode } from './auditor.ts';
import { accessReportResolvers, citizenSelfResolvers } from './citizen-self.ts';
import { coordinatorResolvers } from './coordinator.ts';
import type { Resolvers } from './generated/graphql.ts';
import type { ConsentContext } from './index.ts';
import { revokeLogged } from './revocation.ts';
import { checkGrantLengths, checkLength } from './input-limits.ts';
import { consentEventEntry, logConsentEvents } from './log-entries.ts';
import { checkDepartmentsNamed, checkJustification, consentStatus, validateGrant, type GrantConsentInput } from './rules.ts';
import { changeLogged, type ConsentRecord } from './store.ts';

const names = (consent: Pick<ConsentRecord, 'sourceDepartments' | 'recipientDepartments'>, department: Department) =>
  consent.sourceDepartments.includes(department) || consent.recipientDepartments.includes(department);

/** Only a coordinator of a department the consent names records, renews or revokes it. */
function requireCoordinatorFor(caller: Caller, consent: Pick<ConsentRecord, 'sourceDepartments' | 'recipientDepartments'>) {
  requireRole(caller, 'coordinator', 'Recording, renewing and revoking consents needs the coordinator role');
  if (caller.department === null || !names(consent, caller.department)) throw forbidden('Only a coordinator of a source or recipient department may do this');
}

/** Reading consents is case work: caseworkers and coordinators of a named department. */
const maySee = (caller: Caller, consent: ConsentRecord) =>
  hasRole(caller, 'caseworker', 'coordinator') && caller.department !== null && names(consent, caller.department);

/**
 * What a renewal must still satisfy, as a grant: the consent as recorded, with the new end. A consent
 * under way keeps its start, so "the end after the start" becomes "the end after now"; one not yet
 * begun keeps its start day.
 */
function renewalInput(consent: ConsentRecord, validUntil: string, now: Date): GrantConsentInput {
  return {
    cpr: consent.cpr,
    grantedBy: consent.grantedBy as GrantConsentInput['grantedBy'],
    sourceDepartments: consent.sourceDepartments.map(departmentEnum),
    recipientDepartments: consent.recipientDepartments.map(departmentEnum),
    categories: consent.categories,
    purpose: consent.purpose,
    validFrom: consent.validFrom > now ? danishDate(consent.validFrom) : null,
    validUntil,
    method: consent.method as GrantConsentInput['method'],
    evidence: consent.evidence,
    textVersion: consent.textVersion,
  };
}

async function mustFind(ctx: ConsentContext, id: string): Promise<ConsentRecord> {
  const consent = await ctx.store.byId(id);
  if (!consent) throw notFound('No such consent', { field: 'id' });
  return consent;
}

export const resolvers: Resolvers = {
  Query: {
    ...auditorResolvers.Query,
    ...citizenSelfResolvers.Query,
    consent: async (_: unknown, args: { id: string }, ctx: ConsentContext) => {
      const consent = await ctx.store.byId(args.id);
      if (!consent || !maySee(ctx.caller, consent)) return null;
      await logConsentEvents(ctx.accessLog, ctx.caller, ctx.now(), [{ kind: 'CONSENT_READ', consent }]);
      return consent;
    },
    emergencyLegalGrounds: (_: unknown, __: unknown, ctx: ConsentContext) =>
      Object.entries(ctx.config.emergency.legalGrounds).map(([code, description]) => ({ code, description })),
  },
  Mutation: {
    ...auditorResolvers.Mutation,
    ...citizenSelfResolvers.Mutation,
    ...coordinatorResolvers.Mutation,
    grantConsent: async (_: unknown, args: { input: GrantConsentInput }, ctx: ConsentContext) => {
      const input = args.input;
      checkGrantLengths(input);
      checkDepartmentsNamed(input);
      requireCoordinatorFor(ctx.caller, {
        sourceDepartments: input.sourceDepartments.map(departmentFromEnum),
        recipientDepartments: input.recipientDepartments.map(departmentFromEnum),
      });
      const cpr = normaliseCpr(input.cpr);
      const facts = cpr ? await ctx.register.factsFor(cpr) : null;
      const now = ctx.now();
      const grant = validateGrant(input, facts, { now, maxValidityDays: ctx.config.consent.maxValidityDays });
      return changeLogged(
        ctx.knex,
        ctx.accessLog,
        async (store) => (await store.byId(await store.grant(grant, ctx.caller, now)))!,
        (consent) => [consentEventEntry(ctx.caller, now, { kind: 'CONSENT_GRANTED', consent })],
      );
    },
    revokeConsent: async (_: unknown, args: { id: string; reason: string }, ctx: ConsentContext) => {
      checkLength(args.reason, 'revocationReason', 'reason');
      const consent = await mustFind(ctx, args.id);
      requireCoordinatorFor(ctx.caller, consent);
      return revokeLogged(ctx, consent, args.reason);
    },
    renewConsent: async (_: unknown, args: { id: string; validUntil: string }, ctx: ConsentContext) => {
      const consent = await mustFind(ctx, args.id);
      requireCoordinatorFor(ctx.caller, consent);
      if (consent.revokedAt) throw badUserInput('A revoked consent cannot be renewed: record a new consent', { field: 'id' });
      const now = ctx.now();
      // Only a consent running or not yet begun is renewed; one that has ended stays ended.
      if (consentStatus(consent, now) === 'EXPIRED') {
        throw badUserInput('The consent has ended and cannot be renewed: a new consent must be recorded', { field: 'id' });
      }
      // The grant's rules still apply: a valid end date within the maximum, and the right grantors
      // as the register stands today (a child who has turned 15 consents themself).
      const renewal = validateGrant(renewalInput(consent, args.validUntil, now), await ctx.register.factsFor(consent.cpr), {
        now,
        maxValidityDays: ctx.config.consent.maxValidityDays,
      });
      if (renewal.validUntil <= consent.validUntil) throw badUserInput('A renewal must end later than the consent does now', { field: 'validUntil' });
      // A revocation that takes the consent's lock first wins: the store refuses (ConsentNoLongerRunning).
      return changeLogged(
        ctx.knex,
        ctx.accessLog,
        async (store) => {
          await store.renew(consent.id, renewal.validUntil, ctx.caller, now);
          return (await store.byId(consent.id))!;
        },
        (renewed) => [consentEventEntry(ctx.caller, now, { kind: 'CONSENT_RENEWED', consent: renewed })],
      );
    },
    requestEmergencyAccess: async (_: unknown, args: { input: { cpr: string; legalGround: string; justification: string } }, ctx: ConsentContext) => {
      requireRole(ctx.caller, 'caseworker', 'Emergency access needs the caseworker role');
      const cpr = parseCprArgument(args.input.cpr);
      checkLength(args.input.legalGround, 'legalGround', 'legalGround');
      // Own keys only: "toString" or "__proto__" is no legal ground.
      if (!Object.hasOwn(ctx.config.emergency.legalGrounds, args.input.legalGround)) {
        throw badUserInput('Unknown legal ground; see emergencyLegalGrounds', { field: 'legalGround' });
      }
      checkLength(args.input.justification, 'justification', 'justification');
      checkJustification(args.input.justification);
      if (!(await ctx.register.factsFor(cpr))) throw badUserInput('The citizen is not in the register', { field: 'cpr' });
      const now = ctx.now();
      // Beyond the day's limit the store refuses (EmergencyLimitReached), and nothing is opened or logged.
      const access = await changeLogged(
        ctx.knex,
        ctx.accessLog,
        (store) =>
          store.openEmergencyAccess(
            {
              cpr,
              actor: ctx.caller,
              legalGround: args.input.legalGround,
              justification: args.input.justification.trim(),
              durationMinutes: ctx.config.emergency.durationMinutes,
              maxPerDay: ctx.config.emergency.maxPerCaseworkerPerDay,
            },
            now,
          ),
        (opened) => [consentEventEntry(ctx.caller, now, { kind: 'EMERGENCY_ACCESS_OPENED', access: opened })],
      );
      return emergencyNode(access);
    },
  },
  CitizenAccessReport: accessReportResolvers,
  Citizen: {
    ...coordinatorResolvers.Citizen,
    __resolveReference: (reference: { cpr: string }) => ({ cpr: normaliseCpr(reference.cpr) ?? reference.cpr }),
    consents: async (citizen: { cpr: string }, _: unknown, ctx: ConsentContext) => {
      const visible = (await ctx.consentsByCpr.load(citizen.cpr)).filter((c) => maySee(ctx.caller, c));
      const now = ctx.now();
      if (visible.length)
        await logConsentEvents(
          ctx.accessLog,
          ctx.caller,
          now,
          visible.map((consent) => ({ kind: 'CONSENT_READ', consent })),
        );
      return visible;
    },
  },
  Consent: {
    citizen: (consent: ConsentRecord) => ({ cpr: consent.cpr }),
    sourceDepartments: (consent: ConsentRecord) => consent.sourceDepartments.map(departmentEnum),
    recipientDepartments: (consent: ConsentRecord) => consent.recipientDepartments.map(departmentEnum),
    validFrom: (consent: ConsentRecord) => consent.validFrom.toISOString(),
    validUntil: (consent: ConsentRecord) => consent.validUntil.toISOString(),
    revokedAt: (consent: ConsentRecord) => consent.revokedAt?.toISOString() ?? null,
    status: (consent: ConsentRecord, _: unknown, ctx: ConsentContext) => consentStatus(consent, ctx.now()),
    history: async (consent: ConsentRecord, _: unknown, ctx: ConsentContext) =>
      (await ctx.eventsByConsent.load(consent.id)).map((e) => ({
        ...e,
        at: e.at.toISOString(),
        actorDepartment: e.actorDepartment ? departmentEnum(e.actorDepartment) : null,
      })),
  },
};
