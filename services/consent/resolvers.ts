import type { GraphQLResolverMap } from '@apollo/subgraph';
import { normaliseCpr } from '../shared/src/cpr.ts';
import type { ConsentContext } from './index.ts';

export const resolvers: GraphQLResolverMap<ConsentContext> = {
  Query: {
    consent: async () => null,
  },
  Citizen: {
    __resolveReference: (reference: { cpr: string }) => ({ cpr: normaliseCpr(reference.cpr) ?? reference.cpr }),
    consents: async () => [],
  },
};
