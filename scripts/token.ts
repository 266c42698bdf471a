/**
 * `npm run --silent token -- --sub cw-jc-1 --department jobcentre --roles caseworker,coordinator`
 * prints a development token (signed by the key pair under .data/keys) and nothing else.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../services/shared/src/config.ts';
import { DEPARTMENTS, ROLES, loadKeys, mintDevToken } from '../services/shared/src/identity.ts';

function fail(message: string): never {
  console.error(`error: ${message}`);
  console.error('usage: npm run --silent token -- --sub ID --department jobcentre|family|adult-social --roles caseworker,coordinator,auditor [--expires 8h]');
  process.exit(2);
}

let values;
try {
  values = parseArgs({
    options: { sub: { type: 'string' }, department: { type: 'string' }, roles: { type: 'string' }, expires: { type: 'string', default: '8h' } },
  }).values;
} catch (error) {
  fail((error as Error).message);
}
if (!values.sub) fail('--sub is required');
if (!values.department || !DEPARTMENTS.includes(values.department as never)) fail(`--department must be one of ${DEPARTMENTS.join(', ')}`);
const roles = (values.roles ?? '').split(',').map((r) => r.trim()).filter(Boolean);
if (roles.length === 0 || roles.some((r) => !ROLES.includes(r as never))) fail(`--roles must be a comma-separated list of ${ROLES.join(', ')}`);

const config = loadConfig();
const keys = await loadKeys(config.dataDir, config);
process.stdout.write(
  `${await mintDevToken(keys, { sub: values.sub, department: values.department, roles }, { issuer: config.jwt.issuer, audience: config.jwt.audience, expiresIn: values.expires })}\n`,
);
