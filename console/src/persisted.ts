/**
 * Sends each operation as its persisted id alone (the Apollo persisted-query extension, which the
 * gateway reads): the gateway runs the document it holds under that id, the one generated from
 * console/src/**\/*.graphql, so the console works where only trusted documents are accepted.
 */
import { ApolloLink } from '@apollo/client';
import documents from './generated/persisted-documents.json';

/** Operation name → persisted id, from the generated list. */
export const PERSISTED_IDS: ReadonlyMap<string, string> = new Map(
  Object.entries(documents as Record<string, string>).flatMap(([id, document]) => {
    const name = /^(?:query|mutation|subscription)\s+(\w+)/.exec(document)?.[1];
    return name ? [[name, id] as const] : [];
  }),
);

/** A link that replaces the document by its id; an operation without one is sent as it is. */
export const persistedDocumentsLink = new ApolloLink((operation, forward) => {
  const id = PERSISTED_IDS.get(operation.operationName ?? '');
  if (id) {
    operation.extensions.persistedQuery = { version: 1, sha256Hash: id };
    operation.setContext({ http: { includeQuery: false, includeExtensions: true } });
  }
  return forward(operation);
});
