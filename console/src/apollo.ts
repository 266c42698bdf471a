/**
 * The console's one GraphQL client: same-origin /graphql, the bearer token and the chosen purpose
 * on every request, taken from memory at the moment the request leaves; each operation sent as its
 * persisted id.
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { persistedDocumentsLink } from './persisted.ts';
import type { Purpose } from './session.tsx';

export interface Credentials {
  token(): string | null;
  purpose(): Purpose | null;
}

/** A client whose requests carry `credentials`' token and purpose. */
export function createClient(credentials: Credentials): ApolloClient {
  const auth = new SetContextLink((previous) => {
    const token = credentials.token();
    const purpose = credentials.purpose();
    return {
      headers: {
        ...previous.headers,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(purpose ? { 'x-purpose': purpose } : {}),
      },
    };
  });
  return new ApolloClient({
    link: ApolloLink.from([auth, persistedDocumentsLink, new HttpLink({ uri: '/graphql' })]),
    // Results depend on the caller and the purpose; nothing is normalised across citizens' records.
    cache: new InMemoryCache({ typePolicies: { Citizen: { keyFields: ['cpr'] } } }),
    defaultOptions: { watchQuery: { fetchPolicy: 'network-only' }, query: { fetchPolicy: 'network-only' } },
  });
}
