-- Written by `npm run compose` from hub/provision.ts: edit there, not here.
-- The hub's roles and one database per service (see docs/operations.md, "Database roles").
\set ON_ERROR_STOP on
do $$ begin if not exists (select 1 from pg_roles where rolname = 'hub_owner') then create role hub_owner; end if; end $$;
do $$ begin if not exists (select 1 from pg_roles where rolname = 'hub_app') then create role hub_app; end if; end $$;
do $$ begin if not exists (select 1 from pg_roles where rolname = 'hub_log_writer') then create role hub_log_writer; end if; end $$;
alter role hub_owner with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls;
alter role hub_app with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls;
alter role hub_log_writer with nologin nosuperuser nocreatedb nocreaterole noreplication nobypassrls;
grant hub_log_writer to hub_app;
grant hub_log_writer to hub_owner;
do $$ begin if exists (select 1 from pg_auth_members m join pg_roles r on r.oid = m.roleid join pg_roles a on a.oid = m.member where r.rolname = 'hub_owner' and a.rolname = 'hub_app') then revoke hub_owner from hub_app; end if; end $$;
\getenv owner_password_file HUB_OWNER_PASSWORD_FILE
\if :{?owner_password_file}
\set owner_password `cat :owner_password_file`
\else
\getenv owner_password HUB_OWNER_PASSWORD
\endif
\getenv app_password_file HUB_APP_PASSWORD_FILE
\if :{?app_password_file}
\set app_password `cat :app_password_file`
\else
\getenv app_password HUB_APP_PASSWORD
\endif
alter role hub_owner with password :'owner_password';
alter role hub_app with password :'app_password';

create database "registry" owner hub_owner;
revoke all on database "registry" from public;
grant connect on database "registry" to hub_app;
\connect "registry"
alter schema public owner to hub_owner;
revoke create on schema public from public;
grant usage on schema public to hub_app;
alter default privileges for role hub_owner in schema public grant select on tables to hub_app;

create database "jobcentre" owner hub_owner;
revoke all on database "jobcentre" from public;
grant connect on database "jobcentre" to hub_app;
\connect "jobcentre"
alter schema public owner to hub_owner;
revoke create on schema public from public;
grant usage on schema public to hub_app;
alter default privileges for role hub_owner in schema public grant select on tables to hub_app;

create database "family" owner hub_owner;
revoke all on database "family" from public;
grant connect on database "family" to hub_app;
\connect "family"
alter schema public owner to hub_owner;
revoke create on schema public from public;
grant usage on schema public to hub_app;
alter default privileges for role hub_owner in schema public grant select on tables to hub_app;

create database "adult_social" owner hub_owner;
revoke all on database "adult_social" from public;
grant connect on database "adult_social" to hub_app;
\connect "adult_social"
alter schema public owner to hub_owner;
revoke create on schema public from public;
grant usage on schema public to hub_app;
alter default privileges for role hub_owner in schema public grant select on tables to hub_app;

create database "consent" owner hub_owner;
revoke all on database "consent" from public;
grant connect on database "consent" to hub_app;
\connect "consent"
alter schema public owner to hub_owner;
revoke create on schema public from public;
grant usage on schema public to hub_app;
alter default privileges for role hub_owner in schema public grant select, insert, update on tables to hub_app;
alter default privileges for role hub_owner in schema public grant usage, select on sequences to hub_app;

create database "plan" owner hub_owner;
revoke all on database "plan" from public;
grant connect on database "plan" to hub_app;
\connect "plan"
alter schema public owner to hub_owner;
revoke create on schema public from public;
grant usage on schema public to hub_app;
alter default privileges for role hub_owner in schema public grant select, insert, update on tables to hub_app;
alter default privileges for role hub_owner in schema public grant usage, select on sequences to hub_app;
