/**
 * The consent service's own errors as clients see them. The rules and the store throw them; the
 * subgraph's error formatting turns them into these once, so no resolver catches them.
 */
import { badUserInput, forbidden, rateLimited, type DomainErrorMapper } from '../shared/src/errors.ts';
import { ConsentRuleViolation } from './rules.ts';
import { ConsentNoLongerRunning, EmergencyLimitReached, OwnEmergencyAccessReview } from './store.ts';

export const consentErrors: DomainErrorMapper = (error) => {
  if (error instanceof ConsentRuleViolation) return badUserInput(error.message, { field: error.field });
  // Only a renewal waits for the consent's lock, and finds it revoked or ended there.
  if (error instanceof ConsentNoLongerRunning) return badUserInput('The consent was revoked or ended meanwhile: record a new consent', { field: 'id' });
  if (error instanceof EmergencyLimitReached) return rateLimited(`At most ${error.maxPerDay} emergency accesses per caseworker per day`);
  if (error instanceof OwnEmergencyAccessReview) return forbidden('You requested this emergency access: another auditor must review it');
  return null;
};
