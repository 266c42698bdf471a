/**
 * Query limits at the gateway (GraphQL Armor): depth, aliases and tokens, checked while the document
 * is validated, before anything reaches a subgraph. The limits leave room for the hub's own largest
 * query (the composed views) and none for a query built to exhaust the departments' databases.
 */
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';

export const QUERY_LIMITS = { depth: 12, aliases: 15, tokens: 3000 } as const;

export function useQueryLimits(): GatewayPlugin[] {
  return [
    maxDepthPlugin({ n: QUERY_LIMITS.depth, flattenFragments: true }),
    maxAliasesPlugin({ n: QUERY_LIMITS.aliases }),
    maxTokensPlugin({ n: QUERY_LIMITS.tokens }),
  ] as GatewayPlugin[];
}
