/** Mapping between access-log rows and entries. */
import type { StoredLink } from './chain.ts';

const asDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));

export function linkFromRow(r: Record<string, any>): StoredLink {
  return {
    seq: Number(r.seq),
    at: asDate(r.at),
    decidedAt: asDate(r.decided_at),
    actorId: r.actor_id,
    actorDepartment: r.actor_department,
    role: r.role,
    cpr: r.cpr,
    sourceDepartment: r.source_department,
    categories: r.categories,
    outcome: r.outcome,
    legalBasis: r.legal_basis,
    consentId: r.consent_id,
    consentVersion: r.consent_version,
    emergencyAccessId: r.emergency_access_id,
    purpose: r.purpose,
    operation: r.operation,
    requestId: r.request_id,
    criterion: r.criterion,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

export function rowFromLink(l: StoredLink) {
  return {
    seq: l.seq,
    at: l.at,
    decided_at: l.decidedAt,
    actor_id: l.actorId,
    actor_department: l.actorDepartment,
    role: l.role,
    cpr: l.cpr,
    source_department: l.sourceDepartment,
    categories: l.categories,
    outcome: l.outcome,
    legal_basis: l.legalBasis,
    consent_id: l.consentId,
    consent_version: l.consentVersion,
    emergency_access_id: l.emergencyAccessId,
    purpose: l.purpose,
    operation: l.operation,
    request_id: l.requestId,
    criterion: l.criterion,
    prev_hash: l.prevHash,
    hash: l.hash,
  };
}
