/**
 * The consent service's resolvers: who may record, renew and revoke, validation through the rules,
 * and every change written as an event and to the access log, in one transaction.
 */
import { GraphQLError } from 'graphql';
import { normaliseCpr, parseCprArgument } from '../shared/src/cpr.ts';
import { departmentEnum, departmentFromEnum, type Caller, type Department } from '../shared/src/identity.ts';
import { danishDate } from '../shared/src/time.ts';
import { entryFor, type AccessLogEntry } from '../shared/src/release.ts';
import { auditorResolvers, emergencyNode } from './auditor.ts';
import { coordinatorResolvers } from './coordinator.ts';
import type { Resolvers } from './generated/graphql.ts';
import type { ConsentContext } from './index.ts';
import {
  ConsentRuleViolation,
  checkDepartmentsNamed,
  checkJustification,
  consentStatus,
  validateGrant,
  type GrantConsentInput,
  type ValidGrant,
} from './rules.ts';
import { ConsentNoLongerRunning, EmergencyLimitReached, changeLogged, type ConsentRecord, type EmergencyAccessRecord } from './store.ts';

const badInput = (field: string, message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
const forbidden = (message: string) => new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });

function asGraphQLError(error: unknown): never {
  if (error instanceof ConsentRuleViolation) throw badInput(error.field, error.message);
  throw error;
}

const names = (consent: Pick<ConsentRecord, 'sourceDepartments' | 'recipientDepartments'>, department: Department) =>
  consent.sourceDepartments.includes(department) || consent.recipientDepartments.includes(department);

/** Only a coordinator of a department the consent names records, renews or revokes it. */
function requireCoordinatorFor(caller: Caller, consent: Pick<ConsentRecord, 'sourceDepartments' | 'recipientDepartments'>) {
  if (!caller.roles.includes('coordinator')) throw forbidden('Recording, renewing and revoking consents needs the coordinator role');
  if (!names(consent, caller.department)) throw forbidden('Only a coordinator of a source or recipient department may do this');
}

/** Reading consents is case work: caseworkers and coordinators of a named department. */
const maySee = (caller: Caller, consent: ConsentRecord) =>
  (caller.roles.includes('caseworker') || caller.roles.includes('coordinator')) && names(consent, caller.department);

function consentLogEntry(ctx: ConsentContext, consent: ConsentRecord, kind: string, at: Date): AccessLogEntry {
  return entryFor(ctx.caller, at, {
    cpr: consent.cpr,
    categories: [`CONSENT_${kind}`],
    outcome: 'RELEASED',
    legalBasis: 'OWN_DEPARTMENT',
    consentId: consent.id,
    consentVersion: consent.version,
  });
}

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
  if (!consent) throw new GraphQLError('No such consent', { extensions: { code: 'NOT_FOUND', field: 'id' } });
  return consent;
}

export const resolvers: Resolvers = {
  Query: {
    ...auditorResolvers.Query,
    consent: async (_: unknown, args: { id: string }, ctx: ConsentContext) => {
      const consent = await ctx.store.byId(args.id);
      if (!consent || !maySee(ctx.caller, consent)) return null;
      await ctx.accessLog.append([consentLogEntry(ctx, consent, 'READ', ctx.now())]);
      return consent;
    },
    emergencyLegalGrounds: (_: unknown, __: unknown, ctx: ConsentContext) =>
      Object.entries(ctx.config.emergency.legalGrounds).map(([code, description]) => ({ code, description })),
  },
  Mutation: {
    ...auditorResolvers.Mutation,
    ...coordinatorResolvers.Mutation,
    grantConsent: async (_: unknown, args: { input: GrantConsentInput }, ctx: ConsentContext) => {
      const input = args.input;
      try {
        checkDepartmentsNamed(input);
      } catch (error) {
        asGraphQLError(error);
      }
      requireCoordinatorFor(ctx.caller, {
        sourceDepartments: input.sourceDepartments.map(departmentFromEnum),
        recipientDepartments: input.recipientDepartments.map(departmentFromEnum),
      });
      const cpr = normaliseCpr(input.cpr);
      const facts = cpr ? await ctx.register.factsFor(cpr) : null;
      const now = ctx.now();
      let grant: ValidGrant;
      try {
        grant = validateGrant(input, facts, { now, maxValidityDays: ctx.config.consent.maxValidityDays });
      } catch (error) {
        asGraphQLError(error);
      }
      return changeLogged(
        ctx.knex,
        ctx.accessLog,
        async (store) => (await store.byId(await store.grant(grant, ctx.caller, now)))!,
        (consent) => [consentLogEntry(ctx, consent, 'GRANTED', now)],
      );
    },
    revokeConsent: async (_: unknown, args: { id: string; reason: string }, ctx: ConsentContext) => {
      const consent = await mustFind(ctx, args.id);
      requireCoordinatorFor(ctx.caller, consent);
      if (args.reason.trim().length < 3) throw badInput('reason', 'State why the consent is revoked');
      if (consent.revokedAt) throw badInput('id', 'The consent is already revoked');
      const now = ctx.now();
      return changeLogged(
        ctx.knex,
        ctx.accessLog,
        async (store) => {
          await store.revoke(consent.id, args.reason.trim(), ctx.caller, now);
          return (await store.byId(consent.id))!;
        },
        (revoked) => [consentLogEntry(ctx, revoked, 'REVOKED', now)],
      );
    },
    renewConsent: async (_: unknown, args: { id: string; validUntil: string }, ctx: ConsentContext) => {
      const consent = await mustFind(ctx, args.id);
      requireCoordinatorFor(ctx.caller, consent);
      if (consent.revokedAt) throw badInput('id', 'A revoked consent cannot be renewed: record a new consent');
      const now = ctx.now();
      // Only a consent running or not yet begun is renewed; one that has ended stays ended.
      if (consentStatus(consent, now) === 'EXPIRED') throw badInput('id', 'The consent has ended and cannot be renewed: a new consent must be recorded');
      // The grant's rules still apply: a valid end date within the maximum, and the right grantors
      // as the register stands today (a child who has turned 15 consents themself).
      let renewal: ValidGrant;
      try {
        renewal = validateGrant(renewalInput(consent, args.validUntil, now), await ctx.register.factsFor(consent.cpr), {
          now,
          maxValidityDays: ctx.config.consent.maxValidityDays,
        });
      } catch (error) {
        asGraphQLError(error);
      }
      if (renewal.validUntil <= consent.validUntil) throw badInput('validUntil', 'A renewal must end later than the consent does now');
      try {
        return await changeLogged(
          ctx.knex,
          ctx.accessLog,
          async (store) => {
            await store.renew(consent.id, renewal.validUntil, ctx.caller, now);
            return (await store.byId(consent.id))!;
          },
          (renewed) => [consentLogEntry(ctx, renewed, 'RENEWED', now)],
        );
      } catch (error) {
        if (error instanceof ConsentNoLongerRunning) throw badInput('id', 'The consent was revoked or ended meanwhile: record a new consent');
        throw error;
      }
    },
    requestEmergencyAccess: async (_: unknown, args: { input: { cpr: string; legalGround: string; justification: string } }, ctx: ConsentContext) => {
      if (!ctx.caller.roles.includes('caseworker')) throw forbidden('Emergency access needs the caseworker role');
      const cpr = parseCprArgument(args.input.cpr);
      if (!ctx.config.emergency.legalGrounds[args.input.legalGround]) {
        throw badInput('legalGround', `Unknown legal ground; see emergencyLegalGrounds`);
      }
      try {
        checkJustification(args.input.justification);
      } catch (error) {
        asGraphQLError(error);
      }
      if (!(await ctx.register.factsFor(cpr))) throw badInput('cpr', 'The citizen is not in the register');
      const now = ctx.now();
      let access: EmergencyAccessRecord;
      try {
        access = await changeLogged(
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
          (opened) => [
            entryFor(ctx.caller, now, {
              cpr,
              categories: ['EMERGENCY_ACCESS_OPENED'],
              outcome: 'RELEASED',
              legalBasis: 'EMERGENCY',
              emergencyAccessId: opened.id,
              criterion: `legal ground ${opened.legalGround}`,
            }),
          ],
        );
      } catch (error) {
        if (error instanceof EmergencyLimitReached) {
          throw new GraphQLError(`At most ${ctx.config.emergency.maxPerCaseworkerPerDay} emergency accesses per caseworker per day`, {
            extensions: { code: 'RATE_LIMITED' },
          });
        }
        throw error;
      }
      return emergencyNode(access);
    },
  },
  Citizen: {
    ...coordinatorResolvers.Citizen,
    __resolveReference: (reference: { cpr: string }) => ({ cpr: normaliseCpr(reference.cpr) ?? reference.cpr }),
    consents: async (citizen: { cpr: string }, _: unknown, ctx: ConsentContext) => {
      const visible = (await ctx.consentsByCpr.load(citizen.cpr)).filter((c) => maySee(ctx.caller, c));
      const now = ctx.now();
      if (visible.length) await ctx.accessLog.append(visible.map((c) => consentLogEntry(ctx, c, 'READ', now)));
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
      (await ctx.eventsByConsent.load(consent.id)).map((e) => ({ ...e, at: e.at.toISOString(), actorDepartment: departmentEnum(e.actorDepartment) })),
  },
};
