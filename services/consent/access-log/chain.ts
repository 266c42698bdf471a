/**
 * The hash chain: each entry's hash covers its own fields and the hash before it. Pure functions,
 * shared by the writer (which links) and the verifier (which walks).
 */
import crypto from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** An entry as stored, in the order its fields enter the hash. */
export interface ChainedEntry {
  seq: number;
  at: Date;
  decidedAt: Date;
  actorId: string;
  actorDepartment: string | null;
  role: string;
  cpr: string | null;
  sourceDepartment: string | null;
  categories: string[];
  outcome: string;
  legalBasis: string;
  consentId: string | null;
  consentVersion: number | null;
  emergencyAccessId: string | null;
  purpose: string | null;
  operation: string | null;
  requestId: string;
  criterion: string | null;
}

/** sha256 over the previous hash and a canonical JSON array of the entry's fields. */
export function entryHash(prevHash: string, e: ChainedEntry): string {
  const canonical = JSON.stringify([
    e.seq,
    e.at.toISOString(),
    e.decidedAt.toISOString(),
    e.actorId,
    e.actorDepartment,
    e.role,
    e.cpr,
    e.sourceDepartment,
    e.categories,
    e.outcome,
    e.legalBasis,
    e.consentId,
    e.consentVersion,
    e.emergencyAccessId,
    e.purpose,
    e.operation,
    e.requestId,
    e.criterion,
  ]);
  return crypto.createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

export interface StoredLink extends ChainedEntry {
  prevHash: string;
  hash: string;
}

export interface WalkState {
  expectedSeq: number | null;
  expectedPrevHash: string;
  checked: number;
  firstBroken: number | null;
}

/**
 * Walks a run of stored entries in `seq` order, continuing from `state`. A break is a gap in `seq`,
 * a `prevHash` that is not the previous entry's hash, or a `hash` that does not match the fields.
 */
export function walk(state: WalkState, links: readonly StoredLink[]): WalkState {
  let { expectedSeq, expectedPrevHash, checked, firstBroken } = state;
  for (const link of links) {
    checked += 1;
    const broken = (expectedSeq !== null && link.seq !== expectedSeq) || link.prevHash !== expectedPrevHash || entryHash(link.prevHash, link) !== link.hash;
    if (broken && firstBroken === null) firstBroken = link.seq;
    expectedSeq = link.seq + 1;
    expectedPrevHash = link.hash;
  }
  return { expectedSeq, expectedPrevHash, checked, firstBroken };
}
