/**
 * The citizen's own side of the consent service: a signed-in citizen (role `citizen`, their CPR
 * number from the identity provider) reads who has looked at their data and which consents they
 * have given. Nothing here takes a CPR number as an argument: the token's is the only one, so a
 * citizen can never ask about anyone else. Each read is recorded before the answer leaves. The
 * report states whether the tamper-evident log verifies up to its newest entry, as the log's
 * verifier finds it (bounded, off the releases' path), and never claims more than it was shown.
 */
import { checkLength } from './input-limits.ts';
import { parseCprArgument } from '../shared/src/cpr.ts';
import { badUserInput, forbidden, notFound } from '../shared/src/errors.ts';
import type { Caller } from '../shared/src/identity.ts';
import { logger } from '../shared/src/logger.ts';
import { danishDate } from '../shared/src/time.ts';
import type { StoredLink } from './access-log/chain.ts';
import { citizenReport } from './access-log/queries.ts';
import type { Verification } from './access-log/verify.ts';
import { reportLine } from './auditor.ts';
import type { ConsentContext } from './index.ts';
import { revokeLogged } from './revocation.ts';
import { logAuditorQuery, logConsentEvents } from './log-entries.ts';
import { ageFromBirthDate } from './rules.ts';

/** Below this age a child's custody holders exercise the child's rights (as they consent for them). */
const CUSTODY_AGE = 15;

/** The report's default period: the last two years. */
const DEFAULT_YEARS = 2;

/** The signed-in citizen's own CPR number, or FORBIDDEN for anyone else (staff included). */
export function ownCpr(caller: Caller): string {
  if (!caller.roles.includes('citizen') || !caller.citizenCpr) throw forbidden('This is for the citizen themself, signed in as a citizen');
  return caller.citizenCpr;
}

/**
 * Whose data the citizen asks about: their own, or (`child`) a child under 15 in their custody as
 * the register stands today. Anything else is FORBIDDEN, the same for an unknown number as for
 * someone else's child, so that the answer tells nothing about a stranger.
 */
export async function subjectCpr(ctx: ConsentContext, child: string | null | undefined): Promise<string> {
  const own = ownCpr(ctx.caller);
  if (child === null || child === undefined) return own;
  const cpr = parseCprArgument(child, 'child');
  const facts = await ctx.register.factsFor(cpr);
  const today = danishDate(ctx.now());
  if (!facts?.custodyHolders.includes(own) || ageFromBirthDate(facts.birthDate, today) >= CUSTODY_AGE) {
    throw forbidden("Only a custody holder of a child under 15 sees the child's report");
  }
  return cpr;
}

/** A `DateTime` argument as a Date, or BAD_USER_INPUT naming it. */
function instant(value: string | null | undefined, argumentName: string, fallback: Date): Date {
  if (value === null || value === undefined) return fallback;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw badUserInput(`${argumentName} is not a date and time`, { argumentName });
  return at;
}

/** The period asked for, the last two years by default; refuses one that ends before it starts. */
export function reportPeriod(args: { from?: string | null; to?: string | null }, now: Date): { from: Date; to: Date } {
  const to = instant(args.to, 'to', now);
  const twoYearsBefore = new Date(to);
  twoYearsBefore.setUTCFullYear(twoYearsBefore.getUTCFullYear() - DEFAULT_YEARS);
  const from = instant(args.from, 'from', twoYearsBefore);
  if (from > to) throw badUserInput('from is after to', { argumentName: 'from' });
  return { from, to };
}

export type ReportVerificationStatus = 'VERIFIED' | 'INCOMPLETE' | 'FAILED' | 'NO_ENTRIES';

/** What a citizen's report says about its verification (the schema's AccessReportVerification). */
export interface ReportVerification {
  status: ReportVerificationStatus;
  newestEntryId: string | null;
  newestEntryAt: string | null;
  verifiedThroughEntryId: string | null;
  checkedAt: string;
}

/**
 * Whether a verification of the log vouches for a report whose newest entry is `newest`: VERIFIED
 * only when it found nothing wrong and covered that entry; FAILED when it found anything wrong
 * (wherever); INCOMPLETE when it did not reach the entry or did not run (`null`). Claims nothing
 * it was not shown.
 */
export function reportVerification(newest: { seq: number; at: Date } | undefined, verification: Verification | null, checkedAt: Date): ReportVerification {
  const base = {
    newestEntryId: newest ? String(newest.seq) : null,
    newestEntryAt: newest ? newest.at.toISOString() : null,
    verifiedThroughEntryId: null,
    checkedAt: checkedAt.toISOString(),
  };
  if (!newest) return { ...base, status: 'NO_ENTRIES' };
  if (!verification) return { ...base, status: 'INCOMPLETE' };
  if (!verification.ok) return { ...base, status: 'FAILED' };
  const through = verification.verifiedThroughEntryId;
  if (through === null || through < newest.seq) {
    return { ...base, status: 'INCOMPLETE', verifiedThroughEntryId: through === null ? null : String(through) };
  }
  return { ...base, status: 'VERIFIED', verifiedThroughEntryId: String(through) };
}

/**
 * The log's verification for a citizen's report, by the verifier on its own pool (never the
 * releases'): bounded, from the newest signed checkpoint. A verification that cannot run is
 * reported as not done (null), never as passed.
 */
async function verifyForReport(ctx: ConsentContext): Promise<Verification | null> {
  try {
    return await ctx.verifier.verify();
  } catch (error) {
    logger.warn({ err: (error as Error).message }, "the access log could not be verified for a citizen's report");
    return null;
  }
}

/** A report as the resolvers pass it on: the lines, and the newest entry for `verification`. */
export interface AccessReportValue {
  cpr: string;
  generatedAt: string;
  lines: ReturnType<typeof reportLine>[];
  newest: { seq: number; at: Date } | null;
}

/** The report of `entries` (oldest first), for the citizen's own report and the auditor's alike. */
export function accessReportValue(cpr: string, entries: StoredLink[], ctx: ConsentContext): AccessReportValue {
  const last = entries.at(-1);
  return {
    cpr,
    generatedAt: ctx.now().toISOString(),
    lines: entries.map((l) => reportLine(l, ctx.config.accessLog.reportShowsStaff)),
    newest: last ? { seq: last.seq, at: last.at } : null,
  };
}

/**
 * `CitizenAccessReport.verification`, asked for only when wanted (the CSV download does not): the
 * verification starts once the report's lines are read, this reading's own entry among them.
 */
export const accessReportResolvers = {
  verification: async (report: AccessReportValue, _: unknown, ctx: ConsentContext) =>
    reportVerification(report.newest ?? undefined, report.newest ? await verifyForReport(ctx) : null, ctx.now()),
};

export const citizenSelfResolvers = {
  Query: {
    myAccessReport: async (_: unknown, args: { from?: string | null; to?: string | null; child?: string | null }, ctx: ConsentContext) => {
      const cpr = await subjectCpr(ctx, args.child);
      const { from, to } = reportPeriod(args, ctx.now());
      // Reading the report is itself an access to the citizen's data, recorded before the answer.
      await logAuditorQuery(ctx.accessLog, ctx.caller, ctx.now(), {
        what: 'CITIZEN_ACCESS_REPORT',
        cpr,
        criterion: `${args.child ? 'custody holder' : 'own'} access report ${from.toISOString().slice(0, 10)}..${to.toISOString().slice(0, 10)}`,
      });
      // Without an end, up to the newest entry: this reading, logged just now, is among them.
      const entries = (await citizenReport(ctx.knex, cpr)).filter((l) => l.at >= from && (args.to === null || args.to === undefined || l.at <= to));
      return accessReportValue(cpr, entries, ctx);
    },
    myConsents: async (_: unknown, args: { child?: string | null }, ctx: ConsentContext) => {
      const cpr = await subjectCpr(ctx, args.child);
      const consents = await ctx.consentsByCpr.load(cpr);
      if (consents.length) {
        await logConsentEvents(
          ctx.accessLog,
          ctx.caller,
          ctx.now(),
          consents.map((consent) => ({ kind: 'CONSENT_READ', consent })),
        );
      }
      return consents;
    },
  },
  Mutation: {
    revokeMyConsent: async (_: unknown, args: { id: string; reason: string }, ctx: ConsentContext) => {
      const own = ownCpr(ctx.caller);
      // As a coordinator's revocation: no longer than the column it is stored in, refused before any look-up.
      checkLength(args.reason, 'revocationReason', 'reason');
      const consent = /^[0-9a-f-]{36}$/i.test(args.id) ? await ctx.store.byId(args.id) : null;
      // Someone else's consent answers as one that does not exist; a child's only to its custody holder.
      const mine = consent && (consent.cpr === own || (await subjectCpr(ctx, consent.cpr).catch(() => null)) === consent.cpr);
      if (!consent || !mine) throw notFound('No such consent', { field: 'id' });
      return revokeLogged(ctx, consent, args.reason);
    },
  },
};
