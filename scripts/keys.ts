/**
 * `npm run keys`: creates the development key pairs under $HUB_DATA_DIR/keys (once) and prints
 * where. With HUB_PUBLIC_KEYS_DIR it also copies the gateway's public key there, for subgraphs
 * that must get the public key and nothing else (docker-compose.yml).
 */
import fs from 'node:fs';
import path from 'node:path';
import { configOrExit } from './cli.ts';
import { loadKeys } from '../services/shared/src/identity.ts';

const config = configOrExit();
await loadKeys(config.dataDir, config);
console.log(`keys in ${path.join(config.dataDir, 'keys')}`);
const publicDir = config.publicKeysDir;
if (publicDir) {
  fs.mkdirSync(publicDir, { recursive: true });
  fs.copyFileSync(path.join(config.dataDir, 'keys', 'gateway-public.pem'), path.join(publicDir, 'gateway-public.pem'));
  console.log(`gateway public key in ${publicDir}`);
}
