/**
 * Limits on what one request may name, shared by the subgraph that enforces them and the gateway
 * that refuses beyond them before any subgraph is asked (and prices what is within them).
 */

/**
 * The most CPR numbers `Query.citizens(cprs:)` takes at once: a caseload page's worth. The SDL's
 * description states the same number (a test checks they agree).
 */
export const MAX_CITIZENS_PER_LOOKUP = 100;
