import { GraphQLError } from 'graphql';
import type { Caller, Department } from './identity.ts';

/**
 * A department answers `myCaseload` only for its own caseworkers: the gateway routes the field to the
 * caller's department, and a subgraph refuses any other caller rather than trusting the routing.
 */
export function requireOwnDepartmentCaseworker(caller: Caller, department: Department): void {
  if (!caller.roles.includes('caseworker')) {
    throw new GraphQLError('The caseload needs the caseworker role', { extensions: { code: 'FORBIDDEN' } });
  }
  if (caller.department !== department) {
    throw new GraphQLError(`The ${department} caseload is answered for ${department} caseworkers only`, {
      extensions: { code: 'FORBIDDEN' },
    });
  }
}
