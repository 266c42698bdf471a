/**
 * The hub's roles and databases on a Postgres server, the same everywhere: the embedded server of
 * `npm start`, the tests' server, and docker-compose (`deploy/postgres-init.sql` is written from
 * here by `npm run compose`, and a test keeps it so).
 *
 *  - `hub_owner` owns the databases and every table: migrations, demo data and the access log's
 *    partitions are made as it, at start. No service answers requests as it.
 *  - `hub_app` is what the services log in as. It owns nothing, cannot make tables, and belongs
 *    to no role it could climb to with SET ROLE: reading (departments, registry) or reading and
 *    writing rows (consent store) is all it may do.
 *  - `hub_log_writer` may only read and insert access-log entries; the services write the log as it.
 */
import pg from 'pg';
import { DATABASE_ROLES } from '../services/shared/src/db.ts';

/** What the application role may do in a database: read only, or read and write rows. */
export type ApplicationAccess = 'read' | 'read-write';

export interface ProvisionPlan {
  /** Database name → what the application role may do there. */
  databases: Record<string, ApplicationAccess>;
  /** Database name → a database to copy it from, already migrated (the tests' templates). */
  templates?: Record<string, string>;
}

const { owner, app, logWriter } = DATABASE_ROLES;

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Statements run once per server (roles), as a superuser. Idempotent. */
export function clusterStatements(): string[] {
  const createRole = (role: string) => `do $$ begin if not exists (select 1 from pg_roles where rolname = '${role}') then create role ${role}; end if; end $$`;
  return [
    createRole(owner),
    createRole(app),
    createRole(logWriter),
    `alter role ${owner} with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls`,
    `alter role ${app} with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls`,
    `alter role ${logWriter} with nologin nosuperuser nocreatedb nocreaterole noreplication nobypassrls`,
    // Both write the log by switching to the insert-only role; that is the only role either can switch to.
    `grant ${logWriter} to ${app}`,
    `grant ${logWriter} to ${owner}`,
    // An application role that could become the owner could disable the log's triggers: it never can.
    `do $$ begin if exists (select 1 from pg_auth_members m join pg_roles r on r.oid = m.roleid join pg_roles a on a.oid = m.member where r.rolname = '${owner}' and a.rolname = '${app}') then revoke ${owner} from ${app}; end if; end $$`,
  ];
}

/** Statements run in each database, as a superuser, before its migrations. Idempotent. */
export function databaseStatements(access: ApplicationAccess): string[] {
  const tablePrivileges = access === 'read' ? 'select' : 'select, insert, update';
  return [
    `alter schema public owner to ${owner}`,
    'revoke create on schema public from public',
    `grant usage on schema public to ${app}`,
    // Every table the owner makes (the migrations) is readable, or writable, by the application.
    `alter default privileges for role ${owner} in schema public grant ${tablePrivileges} on tables to ${app}`,
    ...(access === 'read' ? [] : [`alter default privileges for role ${owner} in schema public grant usage, select on sequences to ${app}`]),
  ];
}

/** Creates roles and databases on the server at `adminUrl` (a superuser), with the given passwords. */
export async function provision(adminUrl: string, plan: ProvisionPlan, passwords: Partial<Record<string, string>> = {}): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Two starts on one server (two test runs) take turns; the lock ends with the connection.
    await admin.query(`select pg_advisory_lock(hashtext('citizen-hub:provision'))`);
    for (const statement of clusterStatements()) await admin.query(statement);
    for (const [role, password] of Object.entries(passwords)) {
      if (password) await admin.query(`alter role ${quoteIdent(role)} with password ${admin.escapeLiteral(password)}`);
    }
    const existing = new Set((await admin.query('select datname from pg_database')).rows.map((r) => r.datname as string));
    for (const [database, access] of Object.entries(plan.databases)) {
      if (!existing.has(database)) {
        const template = plan.templates?.[database];
        await admin.query(`create database ${quoteIdent(database)} owner ${owner}${template ? ` template ${quoteIdent(template)} strategy file_copy` : ''}`);
        await admin.query(`revoke all on database ${quoteIdent(database)} from public`);
        await admin.query(`grant connect on database ${quoteIdent(database)} to ${app}`);
      }
      const url = new URL(adminUrl);
      url.pathname = `/${encodeURIComponent(database)}`;
      const inDatabase = new pg.Client({ connectionString: url.toString() });
      await inDatabase.connect();
      try {
        for (const statement of databaseStatements(access)) await inDatabase.query(statement);
      } finally {
        await inDatabase.end();
      }
    }
  } finally {
    await admin.end();
  }
}

/**
 * The same, as a psql script for a server made elsewhere (docker-compose runs it in the Postgres
 * container's first start). Passwords come from files named by `HUB_OWNER_PASSWORD_FILE` and
 * `HUB_APP_PASSWORD_FILE`, or from `HUB_OWNER_PASSWORD` and `HUB_APP_PASSWORD`; never from the script.
 */
export function provisionScript(plan: ProvisionPlan): string {
  const lines = [
    '-- Written by `npm run compose` from hub/provision.ts: edit there, not here.',
    '-- The hub\'s roles and one database per service (see docs/operations.md, "Database roles").',
    '\\set ON_ERROR_STOP on',
    ...clusterStatements().map((s) => `${s};`),
    ...(['owner', 'app'] as const).flatMap((role) => {
      const name = role === 'owner' ? 'HUB_OWNER_PASSWORD' : 'HUB_APP_PASSWORD';
      return [
        `\\getenv ${role}_password_file ${name}_FILE`,
        `\\if :{?${role}_password_file}`,
        `\\set ${role}_password \`cat :${role}_password_file\``,
        '\\else',
        `\\getenv ${role}_password ${name}`,
        '\\endif',
      ];
    }),
    `alter role ${owner} with password :'owner_password';`,
    `alter role ${app} with password :'app_password';`,
  ];
  for (const [database, access] of Object.entries(plan.databases)) {
    lines.push(
      '',
      `create database ${quoteIdent(database)} owner ${owner};`,
      `revoke all on database ${quoteIdent(database)} from public;`,
      `grant connect on database ${quoteIdent(database)} to ${app};`,
      `\\connect ${quoteIdent(database)}`,
      ...databaseStatements(access).map((s) => `${s};`),
    );
  }
  return `${lines.join('\n')}\n`;
}
