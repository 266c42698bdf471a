/** `npm run keys`: creates the development key pairs under $HUB_DATA_DIR/keys (once) and prints where. */
import path from 'node:path';
import { configOrExit } from './cli.ts';
import { loadKeys } from '../services/shared/src/identity.ts';

const config = configOrExit();
await loadKeys(config.dataDir, config);
console.log(`keys in ${path.join(config.dataDir, 'keys')}`);
