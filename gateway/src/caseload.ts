/**
 * `Query.myCaseload` is declared by every department subgraph (@shareable), but each answers only
 * for its own caseworkers. The gateway routes the field to the caller's department (see
 * docs/decisions/0004-caseload-routing.md); the subgraph still refuses anyone else.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Caller } from '../../services/shared/src/identity.ts';

type SubgraphSdk = { Query: Record<string, (args: object) => Promise<unknown>> };

export const caseloadResolvers = {
  Query: {
    myCaseload: (root: unknown, args: object, context: { caller: Caller } & Record<string, unknown>, info: GraphQLResolveInfo) => {
      const sdk = context[context.caller.department] as SubgraphSdk | undefined;
      if (!sdk) throw new Error(`no subgraph for department ${context.caller.department}`);
      return sdk.Query.myCaseload!({ root, args, context, info });
    },
  },
};
