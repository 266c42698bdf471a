import { describe, expect, it } from 'vitest';
import { IdentityError, callerFromClaims } from './identity.ts';

const caller = (claims: Record<string, unknown>) => callerFromClaims(claims, null, 'request-1');

describe('the caller a token names', () => {
  it('is a citizen with their own CPR number, no department and no staff role', () => {
    expect(caller({ sub: 'citizen-abc', roles: ['citizen'], cpr: '7203851235' })).toMatchObject({
      id: 'citizen-abc',
      department: null,
      roles: ['citizen'],
      citizenCpr: '720385-1235',
    });
  });

  it('is a staff member with a department, roles and no CPR number', () => {
    const staff = caller({ sub: 'cw-jc-1', department: 'jobcentre', roles: 'caseworker coordinator' });
    expect(staff).toMatchObject({ department: 'jobcentre', roles: ['caseworker', 'coordinator'] });
    expect(staff.citizenCpr).toBeUndefined();
  });

  it.each([
    ['a citizen with a staff role too', { sub: 'x', roles: ['citizen', 'caseworker'], cpr: '720385-1235' }],
    ['a citizen with a department', { sub: 'x', roles: ['citizen'], department: 'family', cpr: '720385-1235' }],
    ['a citizen without a CPR number', { sub: 'x', roles: ['citizen'] }],
    ['a citizen with a malformed CPR number', { sub: 'x', roles: ['citizen'], cpr: '720385' }],
    ['a staff member with a CPR number', { sub: 'x', department: 'family', roles: ['caseworker'], cpr: '720385-1235' }],
    ['a staff member without a department', { sub: 'x', roles: ['caseworker'] }],
  ])('is refused for %s', (_, claims) => {
    expect(() => caller(claims)).toThrow(IdentityError);
  });
});
