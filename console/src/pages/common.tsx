/** What the pages share: loading and error states in the user's language. */
import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { MessageKey } from '../i18n/da.ts';
import { hasMessage, useI18n } from '../i18n/i18n.tsx';

export function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" aria-live="polite">
      {t('app.loading')}
    </p>
  );
}

/** An error from the graph: FORBIDDEN in plain words, anything else with the hub's message. */
export function QueryError({ error }: { error: ErrorLike }) {
  const { t } = useI18n();
  const forbidden = CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'FORBIDDEN');
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-text">{forbidden ? t('app.forbidden') : t('app.error', { message: error.message })}</p>
    </div>
  );
}

/** Today and a date `days` away, as YYYY-MM-DD. */
export function isoDay(offsetDays = 0, from = new Date()): string {
  const day = new Date(from);
  day.setDate(day.getDate() + offsetDays);
  return day.toISOString().slice(0, 10);
}

/**
 * The input errors of a failed mutation by the field they concern (`extensions.field` or
 * `argumentName`, `grantedBy[0].cpr` as `grantedBy`), and the rest as one message.
 */
export function fieldErrors(error: ErrorLike | undefined): { fields: Record<string, string>; other: string | null } {
  const fields: Record<string, string> = {};
  let other: string | null = null;
  if (!error) return { fields, other };
  if (!CombinedGraphQLErrors.is(error)) return { fields, other: error.message };
  for (const e of error.errors) {
    const where = (e.extensions?.field ?? e.extensions?.argumentName) as string | undefined;
    if (e.extensions?.code === 'BAD_USER_INPUT' && where) fields[where.replace(/\[\d+\].*$/, '')] ??= e.message;
    else other ??= e.message;
  }
  return { fields, other };
}

/**
 * `fieldErrors` in the user's language: in Danish, a field's refusal in plain Danish (the hub
 * answers in English, which the English console shows as it comes, being the more specific).
 */
export function useFieldErrors(error: ErrorLike | undefined): { fields: Record<string, string>; other: string | null } {
  const { language, t } = useI18n();
  const { fields, other } = fieldErrors(error);
  if (language === 'en') return { fields, other };
  const translated = Object.fromEntries(
    Object.entries(fields).map(([field, message]) => [field, hasMessage(`error.${field}`) ? t(`error.${field}` as MessageKey) : message]),
  );
  return { fields: translated, other };
}
