/**
 * The hub's configuration, read once from the environment and validated.
 * Nothing else in the code base reads `process.env`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseMode } from './layout.ts';

/** The services that keep data: each has its own database. */
export const SERVICE_NAMES = ['registry', 'jobcentre', 'family', 'adult-social', 'consent', 'plan'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];
/** Every subgraph of the graph: the services with data, and the views, which keep none. */
export const SUBGRAPH_NAMES = [...SERVICE_NAMES, 'views'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** The default port of each subgraph: the order they came in, so that a new one moves no other. */
export const DEFAULT_PORTS: Record<SubgraphName, number> = {
  registry: 4001,
  jobcentre: 4002,
  family: 4003,
  'adult-social': 4004,
  consent: 4005,
  views: 4006,
  plan: 4007,
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface HubConfig {
  /** NODE_ENV=production: development conveniences are refused or off unless configured. */
  production: boolean;
  /** In production, whether the development identity provider and keys may be used all the same. */
  allowDevelopmentKeys: boolean;
  /** What the gateway exposes to callers (the production defaults are the strict ones). */
  gateway: {
    /** Whether the schema can be introspected. */
    introspection: boolean;
    /** Whether validation errors suggest field names ("Did you mean ..."). */
    fieldSuggestions: boolean;
    /** Origins allowed to call from a browser on another origin; none means same-origin only. */
    corsOrigins: string[];
    /** The largest request body accepted; a larger one is refused with 413. */
    maxBodyBytes: number;
    /** A JSON file of trusted documents (hash → document): when set, no other document is accepted. */
    trustedDocumentsFile: string | undefined;
  };
  /** The web console's sign-in through the identity provider (OpenID Connect, authorization code with PKCE). */
  console: {
    /** The provider's issuer URL; absent: JWT_ISSUER. */
    oidcAuthority: string | undefined;
    /** The console's client id at the provider; absent: no OIDC sign-in. */
    oidcClientId: string | undefined;
    oidcScope: string;
  };
  /** Folder of the embedded database server (`pg/`) and the development keys (`keys/`). */
  dataDir: string;
  gatewayPort: number;
  /** When set, the gateway serves `GET /metrics` on this port only, not on its public one (9464 in production). */
  gatewayMetricsPort: number | undefined;
  /** Port of each subgraph when the hub runs as one process (`npm start`). */
  servicePorts: Record<SubgraphName, number>;
  /**
   * Postgres URL per service, as the application logs in (a role that owns nothing); none at all
   * means the embedded server under `dataDir`.
   */
  databaseUrls: Partial<Record<ServiceName, string>>;
  /** Postgres URL per service as the owner of its tables: migrations run as it at start. Absent: the application's URL. */
  databaseOwnerUrls: Partial<Record<ServiceName, string>>;
  /** `existing`: a department's own database, read only, never migrated or seeded; `migrate`: the hub's. */
  databaseModes: Record<ServiceName, DatabaseMode>;
  /** URL of each subgraph as the gateway reaches it; absent means localhost and `servicePorts`. */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  redisUrl: string | undefined;
  /** How long the gateway waits for a subgraph's answer before the call counts as failed (ms). */
  subgraphTimeoutMs: number;
  /** Requests a caller may make per minute at the gateway. */
  rateLimitPerMinute: number;
  /** What operations may cost at the gateway (gateway/src/cost.ts prices them before they run). */
  cost: {
    /** The most one request may cost; above it, COST_LIMIT. */
    maxRequestCost: number;
    /** The cost a caller may spend per minute; beyond it, RATE_LIMITED. At least `maxRequestCost`. */
    budgetPerMinute: number;
  };
  jwt: {
    issuer: string;
    audience: string;
    /** Remote JWKS of a real identity provider; absent means the development key set under `dataDir`. */
    jwksUrl: string | undefined;
    /** The longest a caller's token may be valid: one that expires later, or never, is refused. */
    maxLifetimeMinutes: number;
  };
  /** PEM files of the gateway's signing key (gateway) and its public key (subgraphs); absent means development keys. */
  gatewayPrivateKeyFile: string | undefined;
  gatewayPublicKeyFile: string | undefined;
  /** Where `npm run keys` copies the gateway's public key for the subgraphs (deployments). */
  publicKeysDir: string | undefined;
  logLevel: string;
  consent: {
    /** The longest a consent may run, from its start. */
    maxValidityDays: number;
  };
  /** The coordination markers of docs/domain.md, as thresholds. */
  coordination: {
    minDepartments: number;
    minActiveBenefitsAndMeasures: number;
    yearlyCostDkk: number;
  };
  accessLog: {
    /** Months of access log kept; never below the six-month floor. */
    retentionMonths: number;
    /** Whether a citizen's access report names the staff who looked. */
    reportShowsStaff: boolean;
    /**
     * Where signed chain heads are exported: a folder the database's operator cannot rewrite (a
     * mount from another system in production; `<dataDir>/log-heads` by default, outside `pg/`).
     */
    headDir: string;
    /** Seconds between head exports; 0: none on a schedule. */
    headIntervalSeconds: number;
    /** The most entries one `verifyAccessLog` walks beyond the last signed checkpoint. */
    verifyMaxEntries: number;
    /** Hours between full walks of the log started by the consent service itself; 0: none. */
    fullWalkIntervalHours: number;
  };
  emergency: {
    /** Legal grounds a caseworker may state for emergency access: code → description. */
    legalGrounds: Record<string, string>;
    /** How long an emergency access lasts. */
    durationMinutes: number;
    /** Emergency accesses one caseworker may open per day (Danish calendar day). */
    maxPerCaseworkerPerDay: number;
  };
}

/** Grounds in Danish law for sharing without consent; configurable with EMERGENCY_LEGAL_GROUNDS. */
export const DEFAULT_EMERGENCY_GROUNDS: Record<string, string> = {
  CHILD_AT_RISK: 'Barnets lov § 133: a child or young person may need support (duty to report)',
  VITAL_INTERESTS: 'GDPR art. 9(2)(c) / databeskyttelsesloven § 7: to protect the vital interests of the citizen',
  SERIOUS_CRIME_PREVENTION: 'Retsplejeloven § 115: to prevent serious crime (SSP cooperation)',
};

const envName = (service: SubgraphName) => service.toUpperCase().replace(/-/g, '_');

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new ConfigError(`${name} must be a port number (0-65535), got "${raw}"`);
  }
  return value;
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new ConfigError(`${name} must be a whole number from 1 to ${max}, got "${raw}"`);
  }
  return value;
}

/** MAX_REQUEST_COST and COST_BUDGET_PER_MINUTE: a budget below one request's ceiling would refuse requests the ceiling allows. */
function costLimits(env: NodeJS.ProcessEnv): HubConfig['cost'] {
  const maxRequestCost = positiveInt(env, 'MAX_REQUEST_COST', 10_000, 100_000_000);
  const budgetPerMinute = positiveInt(env, 'COST_BUDGET_PER_MINUTE', 30_000, 1_000_000_000);
  if (budgetPerMinute < maxRequestCost) {
    throw new ConfigError(`COST_BUDGET_PER_MINUTE (${budgetPerMinute}) must be at least MAX_REQUEST_COST (${maxRequestCost})`);
  }
  return { maxRequestCost, budgetPerMinute };
}

/** The common Danish floor for access-log retention is six months (two years in health). */
export const RETENTION_FLOOR_MONTHS = 6;

function retentionMonths(env: NodeJS.ProcessEnv): number {
  const months = positiveInt(env, 'ACCESS_LOG_RETENTION_MONTHS', 24, 240);
  if (months < RETENTION_FLOOR_MONTHS) {
    throw new ConfigError(`ACCESS_LOG_RETENTION_MONTHS must be at least ${RETENTION_FLOOR_MONTHS} (the Danish floor), got ${months}`);
  }
  return months;
}

function nonNegativeInt(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new ConfigError(`${name} must be a whole number from 0 to ${max}, got "${raw}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/** `CODE=description;CODE2=description` */
function legalGrounds(env: NodeJS.ProcessEnv): Record<string, string> {
  const raw = env.EMERGENCY_LEGAL_GROUNDS;
  if (raw === undefined || raw.trim() === '') return DEFAULT_EMERGENCY_GROUNDS;
  const grounds: Record<string, string> = {};
  for (const part of raw
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [code, ...description] = part.split('=');
    if (!code || !/^[A-Z][A-Z0-9_]*$/.test(code.trim()) || description.join('=').trim() === '') {
      throw new ConfigError('EMERGENCY_LEGAL_GROUNDS must read CODE=description;CODE2=description (codes in capitals)');
    }
    grounds[code.trim()] = description.join('=').trim();
  }
  return grounds;
}

/**
 * A secret's value: the variable itself, or the content of the file `<NAME>_FILE` names (Docker and
 * Kubernetes secrets), so that passwords need not stand in the environment.
 */
function secret(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const file = env[`${name}_FILE`];
  if (file === undefined || file === '') return env[name];
  if (env[name]) throw new ConfigError(`set ${name} or ${name}_FILE, not both`);
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    throw new ConfigError(`${name}_FILE names a file that cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

function url(env: NodeJS.ProcessEnv, name: string, protocols: string[]): string | undefined {
  const raw = secret(env, name);
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL, got a malformed value`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must use ${protocols.join(' or ')}, got ${parsed.protocol}`);
  }
  return raw;
}

/** `CORS_ORIGINS=https://a.example,https://b.example`: exact origins, no wildcards. */
function corsOrigins(env: NodeJS.ProcessEnv): string[] {
  const raw = env.CORS_ORIGINS;
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((origin) => {
    const trimmed = origin.trim();
    let parsed: URL;
    try {
      parsed = new URL(trimmed);
    } catch {
      throw new ConfigError(`CORS_ORIGINS must list origins such as https://console.example.dk, got "${trimmed}"`);
    }
    if (parsed.origin !== trimmed || !['http:', 'https:'].includes(parsed.protocol)) {
      throw new ConfigError(`CORS_ORIGINS must list origins (scheme, host, port; no path), got "${trimmed}"`);
    }
    return trimmed;
  });
}

/** `<SERVICE>_DATABASE_MODE`: the consent store and the plans are the hub's own and always migrated. */
function databaseMode(env: NodeJS.ProcessEnv, service: ServiceName, databaseUrl: string | undefined): DatabaseMode {
  const name = `${envName(service)}_DATABASE_MODE`;
  const raw = env[name];
  if (raw === undefined || raw === '' || raw === 'migrate') return 'migrate';
  if (raw !== 'existing') throw new ConfigError(`${name} must be migrate or existing, got "${raw}"`);
  if (service === 'consent') throw new ConfigError(`${name} cannot be existing: the consent store and access log belong to the hub`);
  if (service === 'plan') throw new ConfigError(`${name} cannot be existing: the joint plans belong to the hub`);
  if (!databaseUrl) throw new ConfigError(`${name}=existing needs ${envName(service)}_DATABASE_URL`);
  return 'existing';
}

/**
 * In production, the development identity provider (no JWT_JWKS_URL) and the development keys (no
 * key files) are refused unless HUB_ALLOW_DEVELOPMENT_KEYS says otherwise: a hub that trusts keys
 * it made itself trusts anyone who can read its data folder. `role`: what the process runs.
 */
export function checkProductionKeys(config: HubConfig, role: 'gateway' | 'subgraph' | 'hub'): void {
  if (!config.production || config.allowDevelopmentKeys) return;
  const missing = [
    ...(role !== 'subgraph' && !config.jwt.jwksUrl ? ['JWT_JWKS_URL (the identity provider)'] : []),
    ...(role !== 'subgraph' && !config.gatewayPrivateKeyFile ? ['GATEWAY_PRIVATE_KEY_FILE'] : []),
    ...(role !== 'gateway' && !config.gatewayPublicKeyFile ? ['GATEWAY_PUBLIC_KEY_FILE'] : []),
  ];
  if (missing.length > 0) {
    throw new ConfigError(`NODE_ENV=production needs ${missing.join(', ')}; the development keys are used only with HUB_ALLOW_DEVELOPMENT_KEYS=true`);
  }
}

/** Reads and validates the configuration; throws `ConfigError` with the variable's name on a bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  const servicePorts = {} as Record<SubgraphName, number>;
  const databaseUrls: Partial<Record<ServiceName, string>> = {};
  const databaseOwnerUrls: Partial<Record<ServiceName, string>> = {};
  const databaseModes = {} as Record<ServiceName, DatabaseMode>;
  const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
  SUBGRAPH_NAMES.forEach((subgraph) => {
    const key = envName(subgraph);
    servicePorts[subgraph] = port(env, `${key}_PORT`, DEFAULT_PORTS[subgraph]);
    const subgraphUrl = url(env, `${key}_URL`, ['http:', 'https:']);
    if (subgraphUrl) subgraphUrls[subgraph] = subgraphUrl;
  });
  SERVICE_NAMES.forEach((service) => {
    const key = envName(service);
    const databaseUrl = url(env, `${key}_DATABASE_URL`, ['postgres:', 'postgresql:']);
    if (databaseUrl) databaseUrls[service] = databaseUrl;
    const ownerUrl = url(env, `${key}_DATABASE_OWNER_URL`, ['postgres:', 'postgresql:']);
    if (ownerUrl && !databaseUrl) throw new ConfigError(`${key}_DATABASE_OWNER_URL needs ${key}_DATABASE_URL (the application's login)`);
    if (ownerUrl) databaseOwnerUrls[service] = ownerUrl;
    databaseModes[service] = databaseMode(env, service, databaseUrl);
    if (ownerUrl && databaseModes[service] === 'existing') {
      throw new ConfigError(`${key}_DATABASE_OWNER_URL cannot go with ${key}_DATABASE_MODE=existing: the hub changes nothing in that database`);
    }
  });
  const production = env.NODE_ENV === 'production';
  const dataDir = path.resolve(env.HUB_DATA_DIR || '.data');
  return {
    production,
    allowDevelopmentKeys: flag(env, 'HUB_ALLOW_DEVELOPMENT_KEYS', !production),
    gateway: {
      introspection: flag(env, 'GRAPHQL_INTROSPECTION', !production),
      fieldSuggestions: flag(env, 'GRAPHQL_FIELD_SUGGESTIONS', !production),
      corsOrigins: corsOrigins(env),
      maxBodyBytes: positiveInt(env, 'MAX_BODY_BYTES', 1_000_000, 100_000_000),
      trustedDocumentsFile: env.TRUSTED_DOCUMENTS_FILE || undefined,
    },
    console: {
      oidcAuthority: url(env, 'CONSOLE_OIDC_AUTHORITY', ['http:', 'https:']),
      oidcClientId: env.CONSOLE_OIDC_CLIENT_ID || undefined,
      oidcScope: env.CONSOLE_OIDC_SCOPE || 'openid profile',
    },
    dataDir,
    gatewayPort: port(env, 'PORT', 4000),
    gatewayMetricsPort: env.GATEWAY_METRICS_PORT ? port(env, 'GATEWAY_METRICS_PORT', 0) : production ? 9464 : undefined,
    servicePorts,
    databaseUrls,
    databaseOwnerUrls,
    databaseModes,
    subgraphUrls,
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    rateLimitPerMinute: positiveInt(env, 'RATE_LIMIT_PER_MINUTE', 600, 1_000_000),
    cost: costLimits(env),
    subgraphTimeoutMs: positiveInt(env, 'SUBGRAPH_TIMEOUT_MS', 10_000, 600_000),
    jwt: {
      issuer: env.JWT_ISSUER || 'urn:citizen-hub:dev',
      audience: env.JWT_AUDIENCE || 'citizen-hub',
      jwksUrl: url(env, 'JWT_JWKS_URL', ['http:', 'https:']),
      maxLifetimeMinutes: positiveInt(env, 'JWT_MAX_LIFETIME_MINUTES', 12 * 60, 7 * 24 * 60),
    },
    gatewayPrivateKeyFile: env.GATEWAY_PRIVATE_KEY_FILE || undefined,
    gatewayPublicKeyFile: env.GATEWAY_PUBLIC_KEY_FILE || undefined,
    publicKeysDir: env.HUB_PUBLIC_KEYS_DIR || undefined,
    logLevel: env.LOG_LEVEL || 'info',
    consent: { maxValidityDays: positiveInt(env, 'CONSENT_MAX_VALIDITY_DAYS', 730, 3650) },
    coordination: {
      minDepartments: positiveInt(env, 'COORDINATION_MIN_DEPARTMENTS', 2, 3),
      minActiveBenefitsAndMeasures: positiveInt(env, 'COORDINATION_MIN_BENEFITS_AND_MEASURES', 3, 100),
      yearlyCostDkk: positiveInt(env, 'COORDINATION_YEARLY_COST_DKK', 150_000, 100_000_000),
    },
    accessLog: {
      retentionMonths: retentionMonths(env),
      reportShowsStaff: flag(env, 'ACCESS_REPORT_SHOW_STAFF', false),
      headDir: path.resolve(env.ACCESS_LOG_HEAD_DIR || path.join(dataDir, 'log-heads')),
      headIntervalSeconds: nonNegativeInt(env, 'ACCESS_LOG_HEAD_INTERVAL_SECONDS', 300, 7 * 24 * 3600),
      verifyMaxEntries: positiveInt(env, 'ACCESS_LOG_VERIFY_MAX_ENTRIES', 20_000, 10_000_000),
      fullWalkIntervalHours: nonNegativeInt(env, 'ACCESS_LOG_FULL_WALK_INTERVAL_HOURS', 24, 24 * 31),
    },
    emergency: {
      legalGrounds: legalGrounds(env),
      durationMinutes: positiveInt(env, 'EMERGENCY_ACCESS_MINUTES', 60, 24 * 60),
      maxPerCaseworkerPerDay: positiveInt(env, 'EMERGENCY_ACCESS_MAX_PER_DAY', 3, 100),
    },
  };
}
