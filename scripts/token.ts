/**
 * `npm run --silent token -- --sub cw-jc-1 --department jobcentre --roles caseworker,coordinator`
 * prints a development token (signed by the key pair under .data/keys) and nothing else;
 * `npm run --silent token -- --citizen 720385-1235` prints a citizen's own token.
 */
import { normaliseCpr } from '../services/shared/src/cpr.ts';
import { DEPARTMENTS, ROLES, citizenClaims, loadKeys, mintDevToken, type DevClaims } from '../services/shared/src/identity.ts';
import { argsOrExit, configOrExit, fail as failWith } from './cli.ts';

const USAGE =
  'npm run --silent token -- --sub ID --department jobcentre|family|adult-social --roles caseworker,coordinator,auditor [--expires 8h]\n' +
  '       npm run --silent token -- --citizen CPR [--expires 8h]';
const fail = (message: string): never => failWith(message, USAGE);

const { values } = argsOrExit(
  {
    options: {
      sub: { type: 'string' },
      department: { type: 'string' },
      roles: { type: 'string' },
      citizen: { type: 'string' },
      expires: { type: 'string', default: '8h' },
    },
  },
  USAGE,
);

/** A staff member's claims from the options. */
function staffClaims(): DevClaims {
  const sub = values.sub ?? fail('--sub is required');
  const department =
    values.department && DEPARTMENTS.includes(values.department as never) ? values.department : fail(`--department must be one of ${DEPARTMENTS.join(', ')}`);
  const roles = (values.roles ?? '')
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  if (roles.length === 0 || roles.some((r) => !ROLES.includes(r as never) || r === 'citizen')) {
    fail(`--roles must be a comma-separated list of caseworker, coordinator, auditor (a citizen: --citizen CPR)`);
  }
  return { sub, department, roles };
}

const claims =
  values.citizen !== undefined ? citizenClaims(normaliseCpr(values.citizen) ?? fail('--citizen must be a CPR number (DDMMYY-SSSS)')) : staffClaims();

const config = configOrExit();
const keys = await loadKeys(config.dataDir, config);
process.stdout.write(`${await mintDevToken(keys, claims, { issuer: config.jwt.issuer, audience: config.jwt.audience, expiresIn: values.expires })}\n`);
