/**
 * Forwards the verified caller to each subgraph as a short-lived token signed with the gateway's
 * key, audience = that subgraph. Subgraphs verify it and trust nothing else; a client-supplied
 * `x-hub-caller` header is never passed on.
 */
import { usePropagateHeaders, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { CryptoKey } from 'jose';
import { CALLER_HEADER, signCallerForSubgraph, type Caller } from '../../../services/shared/src/identity.ts';

export function useSubgraphSigning(gatewayPrivateKey: CryptoKey): GatewayPlugin<{ caller: Caller }> {
  return usePropagateHeaders<{ caller: Caller }>({
    fromClientToSubgraphs: async ({ context, subgraphName }) => {
      const caller = context.caller;
      if (!caller) throw new Error('no verified caller to sign for the subgraph');
      return { [CALLER_HEADER]: await signCallerForSubgraph(gatewayPrivateKey, caller, subgraphName) };
    },
  });
}
