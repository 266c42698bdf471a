/**
 * `npm run compose`: writes what is composed from the sources, each kept current by a test:
 * schema/supergraph.graphql from the subgraph SDL files, and deploy/postgres-init.sql (the roles
 * and databases docker-compose's Postgres starts with) from hub/provision.ts.
 */
import fs from 'node:fs';
import { SUPERGRAPH_FILE, composeSupergraph } from '../gateway/src/compose.ts';
import { provisionPlan } from '../hub/hub.ts';
import { provisionScript } from '../hub/provision.ts';

fs.writeFileSync(SUPERGRAPH_FILE, composeSupergraph());
console.log(`wrote ${SUPERGRAPH_FILE}`);
const POSTGRES_INIT = 'deploy/postgres-init.sql';
fs.writeFileSync(POSTGRES_INIT, provisionScript(provisionPlan()));
console.log(`wrote ${POSTGRES_INIT}`);
