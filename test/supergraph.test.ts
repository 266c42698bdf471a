import { describe, expect, it } from 'vitest';
import { type GraphQLEnumType, type GraphQLObjectType, type GraphQLUnionType, buildSchema } from 'graphql';
import { composeSupergraph, readCommittedSupergraph } from '../gateway/src/compose.ts';

describe('the supergraph', () => {
  it('committed in schema/ equals a fresh composition of the subgraph SDL files (run `npm run compose`)', () => {
    expect(readCommittedSupergraph()).toBe(composeSupergraph());
  });

  it('has the public contract the front-end teams depend on', () => {
    const schema = buildSchema(readCommittedSupergraph(), { assumeValidSDL: true });
    const query = schema.getQueryType()!.getFields();
    expect(String(query.citizen!.type)).toBe('Citizen');
    expect(query.citizen!.args.map((a) => `${a.name}: ${a.type}`)).toEqual(['cpr: ID!']);
    expect(String(query.myCaseload!.type)).toBe('CitizenConnection!');
    expect(query.myCaseload!.args.map((a) => `${a.name}: ${a.type}`)).toEqual(['first: Int', 'after: String']);

    const citizen = (schema.getType('Citizen') as GraphQLObjectType).getFields();
    expect(Object.fromEntries(['cpr', 'name', 'birthDate', 'jobcentre', 'family', 'adultSocial'].map((f) => [f, String(citizen[f]?.type)]))).toEqual({
      cpr: 'ID!',
      name: 'String!',
      birthDate: 'Date!',
      jobcentre: 'JobcentreResult!',
      family: 'FamilyResult!',
      adultSocial: 'AdultSocialResult!',
    });
    for (const [union, view] of [
      ['JobcentreResult', 'JobcentreView'],
      ['FamilyResult', 'FamilyView'],
      ['AdultSocialResult', 'AdultSocialView'],
    ]) {
      expect((schema.getType(union!) as GraphQLUnionType).getTypes().map(String).sort()).toEqual([view, 'Restricted', 'Unavailable'].sort());
    }
    const restricted = (schema.getType('Restricted') as GraphQLObjectType).getFields();
    expect(String(restricted.department!.type)).toBe('Department!');
    expect(String(restricted.reason!.type)).toBe('RestrictionReason!');
    const unavailable = (schema.getType('Unavailable') as GraphQLObjectType).getFields();
    expect(String(unavailable.department!.type)).toBe('Department!');
    expect(String(unavailable.cause!.type)).toBe('UnavailableReason!');
    expect((schema.getType('UnavailableReason') as GraphQLEnumType).getValues().map((v) => v.name)).toEqual(['TIMED_OUT', 'FAILED', 'CIRCUIT_OPEN']);
    expect((schema.getType('Department') as GraphQLEnumType).getValues().map((v) => v.name)).toEqual(['JOBCENTRE', 'FAMILY', 'ADULT_SOCIAL']);
    const connection = (schema.getType('CitizenConnection') as GraphQLObjectType).getFields();
    expect(Object.keys(connection).sort()).toEqual(['edges', 'pageInfo']);
  });
});
