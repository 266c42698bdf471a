/**
 * `npm run layouts`: writes each department's legacy layout (`services/<name>/legacy/layout.json`)
 * from its migrations, on a throwaway embedded Postgres server. Run it after changing a department's
 * migrations; a test fails while a committed layout differs from what the migrations make.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SERVICES } from '../hub/hub.ts';
import { startEmbeddedPostgres, temporaryServerDir } from '../hub/postgres.ts';
import { provision } from '../hub/provision.ts';
import { openDatabase } from '../services/shared/src/db.ts';
import { layoutFile, layoutJson, readLayout } from '../services/shared/src/layout.ts';
import { prepareDatabase } from '../services/shared/src/service.ts';

const DEPARTMENT_DATABASES = ['registry', 'jobcentre', 'family', 'adult-social'] as const;

const dir = temporaryServerDir('hub-layouts');
const server = await startEmbeddedPostgres({ dir, roles: [], durable: false });
try {
  await provision(server.adminUrl, { databases: Object.fromEntries(DEPARTMENT_DATABASES.map((name) => [name.replace('-', '_'), 'read'])) });
  for (const name of DEPARTMENT_DATABASES) {
    const db = openDatabase({ url: server.url('hub_admin', name.replace('-', '_')), poolMax: 4 });
    try {
      await prepareDatabase(SERVICES[name], db);
      fs.writeFileSync(layoutFile(name), layoutJson(await readLayout(db.knex)));
      console.log(`wrote ${path.relative(process.cwd(), layoutFile(name))}`);
    } finally {
      await db.close();
    }
  }
} finally {
  await server.stop();
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
}
