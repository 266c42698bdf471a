/** `npm run compose`: writes schema/supergraph.graphql from the subgraph SDL files. */
import fs from 'node:fs';
import { SUPERGRAPH_FILE, composeSupergraph } from '../gateway/src/compose.ts';

fs.writeFileSync(SUPERGRAPH_FILE, composeSupergraph());
console.log(`wrote ${SUPERGRAPH_FILE}`);
