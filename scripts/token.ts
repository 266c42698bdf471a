/**
 * `npm run --silent token -- --sub cw-jc-1 --department jobcentre --roles caseworker,coordinator`
 * prints a development token (signed by the key pair under .data/keys) and nothing else.
 */
import { DEPARTMENTS, ROLES, loadKeys, mintDevToken } from '../services/shared/src/identity.ts';
import { argsOrExit, configOrExit, fail as failWith } from './cli.ts';

const USAGE = 'npm run --silent token -- --sub ID --department jobcentre|family|adult-social --roles caseworker,coordinator,auditor [--expires 8h]';
const fail = (message: string): never => failWith(message, USAGE);

const { values } = argsOrExit(
  { options: { sub: { type: 'string' }, department: { type: 'string' }, roles: { type: 'string' }, expires: { type: 'string', default: '8h' } } },
  USAGE,
);
const sub = values.sub ?? fail('--sub is required');
const department =
  values.department && DEPARTMENTS.includes(values.department as never) ? values.department : fail(`--department must be one of ${DEPARTMENTS.join(', ')}`);
const roles = (values.roles ?? '')
  .split(',')
  .map((r) => r.trim())
  .filter(Boolean);
if (roles.length === 0 || roles.some((r) => !ROLES.includes(r as never))) fail(`--roles must be a comma-separated list of ${ROLES.join(', ')}`);

const config = configOrExit();
const keys = await loadKeys(config.dataDir, config);
process.stdout.write(
  `${await mintDevToken(keys, { sub, department, roles }, { issuer: config.jwt.issuer, audience: config.jwt.audience, expiresIn: values.expires })}\n`,
);
