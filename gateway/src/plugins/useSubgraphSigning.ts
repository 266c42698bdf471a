/**
 * Forwards the verified caller to each subgraph as a short-lived token signed with the gateway's
 * key (audience = that subgraph), plus a signed binding of that token to the request's body.
 * Subgraphs verify both and trust nothing else; a client-supplied `x-hub-caller` is never passed on.
 *
 * The caller token is set as a propagated header, before the gateway decides whether two subgraph
 * requests are the same and can share one fetch: the caller is part of that decision, so two
 * callers' requests are never merged. The body binding is added last, on the fetch itself.
 */
import { usePropagateHeaders, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { BINDING_HEADER, CALLER_HEADER, signBodyBinding, signCallerForSubgraph, type Caller, type SigningKey } from '../../../services/shared/src/identity.ts';

/** `subgraphByUrl` maps each subgraph's URL (as the supergraph names it) to its name. */
export function useSubgraphSigning(signing: SigningKey, subgraphByUrl: Map<string, string>): GatewayPlugin<{ caller: Caller }>[] {
  const callerToken = usePropagateHeaders<{ caller: Caller }>({
    fromClientToSubgraphs: async ({ context, subgraphName }) => {
      const caller = context.caller;
      if (!caller) throw new Error('no verified caller to sign for the subgraph');
      return { [CALLER_HEADER]: await signCallerForSubgraph(signing, caller, subgraphName) };
    },
  });
  const bodyBinding: GatewayPlugin<{ caller: Caller }> = {
    async onFetch({ url, options, setOptions }) {
      const subgraph = subgraphByUrl.get(url);
      if (!subgraph) throw new Error('a subgraph request to an unknown URL');
      if (typeof options.body !== 'string') throw new Error('a subgraph request without a text body');
      const headers = new Headers(options.headers as HeadersInit | undefined);
      const token = headers.get(CALLER_HEADER);
      if (!token) throw new Error('a subgraph request without the caller token');
      headers.set(BINDING_HEADER, await signBodyBinding(signing, token, subgraph, options.body));
      setOptions({ ...options, headers: Object.fromEntries(headers.entries()) });
    },
  };
  return [callerToken, bodyBinding];
}
