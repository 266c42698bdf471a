/**
 * The longest text each of the consent service's string inputs may carry, in one place. Checked
 * before anything reaches the database, so an over-long value is BAD_USER_INPUT naming its field,
 * not a failed INSERT answered INTERNAL_SERVER_ERROR, nor a paragraph-sized "reason" stored for
 * ever in an insert-only table. Each limit is at most the size of the column the value is stored
 * in (input-limits.test.ts compares them with the consent database); a `text` or JSON column gets a
 * limit of our choosing, long enough for what the field is for.
 */
import { ConsentRuleViolation } from './rules.ts';

export interface InputLimit {
  /** Characters (UTF-16 code units, so never more characters than Postgres counts). */
  max: number;
  /** Where the value is stored, as `table.column`. */
  column: string;
}

export const INPUT_LIMITS = {
  /** A grantor's name, inside the `granted_by` JSON. */
  grantorName: { max: 200, column: 'consent_version.granted_by' },
  evidence: { max: 255, column: 'consent_version.evidence' },
  textVersion: { max: 255, column: 'consent_version.text_version' },
  revocationReason: { max: 1_000, column: 'consent_event.reason' },
  legalGround: { max: 100, column: 'emergency_access.legal_ground' },
  justification: { max: 4_000, column: 'emergency_access.justification' },
  reviewNote: { max: 2_000, column: 'emergency_access_review.note' },
  caseworkerId: { max: 100, column: 'coordinator_assignment.caseworker_id' },
} as const satisfies Record<string, InputLimit>;

export type InputLimitName = keyof typeof INPUT_LIMITS;

/** Refuses `value` (when given) longer than its limit, naming `field` as the client sent it. */
export function checkLength(value: string | null | undefined, limit: InputLimitName, field: string): void {
  const { max } = INPUT_LIMITS[limit];
  if (value !== null && value !== undefined && value.length > max) {
    throw new ConsentRuleViolation(field, `${field} is longer than ${max} characters`);
  }
}

/** Every string of a consent as `grantConsent` takes it, checked before the rules read it. */
export function checkGrantLengths(input: { grantedBy: readonly { name: string }[]; evidence: string; textVersion: string }): void {
  for (const [i, grantor] of input.grantedBy.entries()) checkLength(grantor.name, 'grantorName', `grantedBy[${i}].name`);
  checkLength(input.evidence, 'evidence', 'evidence');
  checkLength(input.textVersion, 'textVersion', 'textVersion');
}
