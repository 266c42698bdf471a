/**
 * A consent's revocation, as the coordinator (`revokeConsent`) and the citizen (`revokeMyConsent`)
 * make it: refused without a reason or when already revoked, then stored with its access-log entry
 * in one transaction. The revocation's time is read in the store once it holds the consent's lock,
 * so no release confirmed after it can precede it in the log.
 */
import { badUserInput } from '../shared/src/errors.ts';
import type { ConsentContext } from './index.ts';
import { consentEventEntry } from './log-entries.ts';
import { changeLogged, type ConsentRecord } from './store.ts';

export async function revokeLogged(ctx: ConsentContext, consent: ConsentRecord, reason: string): Promise<ConsentRecord> {
  if (reason.trim().length < 3) throw badUserInput('State why the consent is revoked', { field: 'reason' });
  if (consent.revokedAt) throw badUserInput('The consent is already revoked', { field: 'id' });
  const revoked = await changeLogged(
    ctx.knex,
    ctx.accessLog,
    async (store) => {
      const at = await store.revoke(consent.id, reason.trim(), ctx.caller, () => ctx.now());
      return { at, consent: (await store.byId(consent.id))! };
    },
    (done) => [consentEventEntry(ctx.caller, done.at, { kind: 'CONSENT_REVOKED', consent: done.consent })],
  );
  return revoked.consent;
}
