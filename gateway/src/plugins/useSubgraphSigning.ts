/**
 * Forwards the verified caller to each subgraph as one short-lived token signed with the gateway's
 * key per call: audience that subgraph, a one-time id, and the SHA-256 of the call's body.
 * Subgraphs verify it and trust nothing else; a client-supplied `x-hub-caller` is never passed on.
 *
 * Before the gateway decides whether two subgraph requests are the same and can share one fetch, each
 * carries a key of its caller (id, department, roles, purpose, request id) as a propagated header, so
 * two callers' requests are never merged. The token, which needs the body, is made on the fetch
 * itself, and takes the key's place.
 */
import crypto from 'node:crypto';
import { usePropagateHeaders, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { CALLER_HEADER, signSubgraphCall, type Caller, type SigningKey } from '../../../services/shared/src/identity.ts';

/** The gateway's own header for the merge decision; it never leaves the gateway. */
const CALLER_KEY_HEADER = 'x-hub-caller-key';

const callerKey = (caller: Caller) =>
  crypto
    .createHash('sha256')
    .update(JSON.stringify([caller.id, caller.department, caller.roles, caller.citizenCpr ?? null, caller.purpose, caller.requestId, caller.operation]))
    .digest('base64url');

/** `subgraphByUrl` maps each subgraph's URL (as the supergraph names it) to its name. */
export function useSubgraphSigning(signing: SigningKey, subgraphByUrl: Map<string, string>): GatewayPlugin<{ caller: Caller }>[] {
  const mergeKey = usePropagateHeaders<{ caller: Caller }>({
    fromClientToSubgraphs: ({ context }) => {
      if (!context.caller) throw new Error('no verified caller to sign for the subgraph');
      return { [CALLER_KEY_HEADER]: callerKey(context.caller) };
    },
  });
  const token: GatewayPlugin<{ caller: Caller }> = {
    onFetch({ url, options, setOptions, context }) {
      const subgraph = subgraphByUrl.get(url);
      if (!subgraph) throw new Error('a subgraph request to an unknown URL');
      if (typeof options.body !== 'string') throw new Error('a subgraph request without a text body');
      const caller = (context as { caller?: Caller } | undefined)?.caller;
      if (!caller) throw new Error('no verified caller to sign for the subgraph');
      const headers = new Headers(options.headers as HeadersInit | undefined);
      if (headers.get(CALLER_KEY_HEADER) !== callerKey(caller)) throw new Error('a subgraph request merged across callers');
      headers.delete(CALLER_KEY_HEADER);
      headers.set(CALLER_HEADER, signSubgraphCall(signing, caller, subgraph, options.body));
      setOptions({ ...options, headers: Object.fromEntries(headers.entries()) });
    },
  };
  return [mergeKey, token];
}
