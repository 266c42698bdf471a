/**
 * `npm run keys`: creates the development key pairs under $HUB_DATA_DIR/keys (once) and prints
 * where. With HUB_PUBLIC_KEYS_DIR it also copies the gateway's public key there, for subgraphs
 * that must get the public key and nothing else (docker-compose.yml).
 *
 * With HUB_SECRETS_DIR and HUB_DATABASE_HOST (host:port) it also makes, once, the database
 * passwords (the server's superuser, hub_owner, hub_app) and each service's database URLs as files
 * there, for `<SERVICE>_DATABASE_URL_FILE`, `<SERVICE>_DATABASE_OWNER_URL_FILE` and the Postgres
 * container's init script: no password stands in docker-compose.yml or the environment.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { databaseName } from '../hub/hub.ts';
import { SERVICE_NAMES } from '../services/shared/src/config.ts';
import { DATABASE_ROLES } from '../services/shared/src/db.ts';
import { loadKeys } from '../services/shared/src/identity.ts';
import { configOrExit, fail } from './cli.ts';

const config = configOrExit();
await loadKeys(config.dataDir, config);
console.log(`keys in ${path.join(config.dataDir, 'keys')}`);
const publicDir = config.publicKeysDir;
if (publicDir) {
  fs.mkdirSync(publicDir, { recursive: true });
  fs.copyFileSync(path.join(config.dataDir, 'keys', 'gateway-public.pem'), path.join(publicDir, 'gateway-public.pem'));
  console.log(`gateway public key in ${publicDir}`);
}

const secretsDir = process.env.HUB_SECRETS_DIR;
if (secretsDir) {
  const host = process.env.HUB_DATABASE_HOST ?? fail('HUB_SECRETS_DIR needs HUB_DATABASE_HOST (host:port of the Postgres server)');
  fs.mkdirSync(secretsDir, { recursive: true });
  // Readable by the services' and the database server's users in their containers; the volume is theirs alone.
  const write = (name: string, value: string) => fs.writeFileSync(path.join(secretsDir, name), `${value}\n`, { mode: 0o444 });
  const password = (name: string) => {
    const file = path.join(secretsDir, name);
    if (!fs.existsSync(file)) write(name, crypto.randomBytes(24).toString('base64url'));
    return fs.readFileSync(file, 'utf8').trim();
  };
  password('postgres-password');
  const owner = password('hub-owner-password');
  const app = password('hub-app-password');
  for (const service of SERVICE_NAMES) {
    const database = databaseName(service);
    write(`${service}-database-url`, `postgres://${DATABASE_ROLES.app}:${encodeURIComponent(app)}@${host}/${database}`);
    write(`${service}-database-owner-url`, `postgres://${DATABASE_ROLES.owner}:${encodeURIComponent(owner)}@${host}/${database}`);
  }
  console.log(`database passwords and URLs in ${secretsDir}`);
}
