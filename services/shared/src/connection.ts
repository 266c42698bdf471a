/**
 * Relay-style connections over citizens. Cursors are opaque to clients (base64url of the sort key)
 * and validated on the way back in.
 */
import { badUserInput } from './errors.ts';
import { normaliseCpr } from './cpr.ts';

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export const encodeCursor = (cpr: string): string => Buffer.from(`citizen:${cpr}`).toString('base64url');

/** Validates `first` and `after`; `after` comes back as the CPR to continue after. */
export function parsePageArgs(args: PageArgs): { first: number; afterCpr: string | null } {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, { argumentName: 'first' });
  }
  if (args.after === null || args.after === undefined) return { first, afterCpr: null };
  const decoded = Buffer.from(args.after, 'base64url').toString('utf8');
  const cpr = decoded.startsWith('citizen:') ? normaliseCpr(decoded.slice('citizen:'.length)) : null;
  if (!cpr) throw badUserInput('after is not a cursor this connection issued', { argumentName: 'after' });
  return { first, afterCpr: cpr };
}

/** Builds the connection from up to `first + 1` rows sorted by CPR (the extra row means "more"). */
export function citizenConnection(cprs: readonly string[], first: number) {
  const page = cprs.slice(0, first);
  return {
    edges: page.map((cpr) => ({ cursor: encodeCursor(cpr), node: { cpr } })),
    pageInfo: {
      hasNextPage: cprs.length > first,
      endCursor: page.length ? encodeCursor(page[page.length - 1]!) : null,
    },
  };
}

/** What a connection resolver returns: edges of citizen references. */
export type CitizenConnectionValue = ReturnType<typeof citizenConnection>;
