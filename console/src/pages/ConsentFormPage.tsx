/**
 * A coordinator records a citizen's consent: who gave it and in what capacity, between which
 * departments, which kinds of data, for what purpose and how long, how it was given and where the
 * evidence is. The hub checks every rule; its refusals are shown at the field they concern.
 */
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { GrantConsentDocument, type ConsentMethod, type DataCategory, type Department, type GrantorCapacity, type Purpose } from '../generated/graphql.ts';
import type { MessageKey } from '../i18n/da.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../router.tsx';
import { useFieldErrors, isoDay } from './common.tsx';

const DEPARTMENTS: Department[] = ['JOBCENTRE', 'FAMILY', 'ADULT_SOCIAL'];
/** Each department's kinds of data, as the schema's DataCategory names them. */
export const CATEGORIES: Record<Department, DataCategory[]> = {
  JOBCENTRE: ['JOBCENTRE_BENEFITS', 'JOBCENTRE_MATCH_GROUP', 'JOBCENTRE_ACTIVATION', 'JOBCENTRE_APPOINTMENTS', 'JOBCENTRE_SANCTIONS', 'JOBCENTRE_EXEMPTIONS'],
  FAMILY: ['FAMILY_CASES', 'FAMILY_INVESTIGATIONS', 'FAMILY_MEASURES', 'FAMILY_MEETINGS'],
  ADULT_SOCIAL: [
    'ADULT_SOCIAL_ASSESSMENTS',
    'ADULT_SOCIAL_SUPPORT',
    'ADULT_SOCIAL_PLACEMENTS',
    'ADULT_SOCIAL_TREATMENT',
    'ADULT_SOCIAL_EDUCATION',
    'ADULT_SOCIAL_PSYCHIATRY',
    'ADULT_SOCIAL_APPOINTMENTS',
  ],
};

const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

/** A field's error, tied to its input by id for screen readers. */
function ErrorText({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span className="form-error-message" id={`${id}-error`}>
      {message}
    </span>
  );
}

function Group({ id, legend, error, children }: { id: string; legend: string; error: string | undefined; children: ReactNode }) {
  return (
    <fieldset className={`form-group${error ? ' form-error' : ''}`} aria-describedby={error ? `${id}-error` : undefined} data-field={id}>
      <legend className="form-label">{legend}</legend>
      <ErrorText id={id} message={error} />
      {children}
    </fieldset>
  );
}

function Check({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange(): void }) {
  return (
    <div className="form-group-checkbox">
      <input id={id} type="checkbox" className="form-checkbox" checked={checked} onChange={onChange} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

function Field({ id, label, error, hint, children }: { id: string; label: string; error: string | undefined; hint?: string; children: ReactNode }) {
  return (
    <div className={`form-group${error ? ' form-error' : ''}`} data-field={id}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <ErrorText id={id} message={error} />
      {children}
    </div>
  );
}

export function ConsentFormPage({ cpr, name }: { cpr: string; name: string }) {
  const { t, date } = useI18n();
  const [grantorName, setGrantorName] = useState(name);
  const [capacity, setCapacity] = useState<GrantorCapacity>('SELF');
  const [grantorCpr, setGrantorCpr] = useState(cpr);
  const [sources, setSources] = useState<Department[]>([]);
  const [recipients, setRecipients] = useState<Department[]>([]);
  const [categories, setCategories] = useState<DataCategory[]>([]);
  const [purpose, setPurpose] = useState<Purpose>('COORDINATED_EFFORT');
  const [validUntil, setValidUntil] = useState(isoDay(365));
  const [method, setMethod] = useState<ConsentMethod>('WRITTEN');
  const [evidence, setEvidence] = useState('');
  const [textVersion, setTextVersion] = useState('samtykke-2026-01');
  const [grant, { data, error, loading }] = useMutation(GrantConsentDocument);
  const { fields, other } = useFieldErrors(error);
  const describedBy = (id: string, hint = false) => [hint ? `${id}-hint` : '', fields[id] ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void grant({
      variables: {
        input: {
          cpr,
          grantedBy: [{ name: grantorName, capacity, cpr: grantorCpr.trim() || null }],
          sourceDepartments: sources,
          recipientDepartments: recipients,
          categories: categories.filter((c) => sources.some((d) => CATEGORIES[d].includes(c))),
          purpose,
          validUntil,
          method,
          evidence,
          textVersion,
        },
      },
    }).catch(() => {});
  };

  if (data) {
    return (
      <>
        <h1>{t('consent.title', { name })}</h1>
        <div className="alert alert-success" role="status" data-testid="consent-recorded">
          <p className="alert-text">{t('consent.recorded', { date: date(data.grantConsent.validUntil) })}</p>
        </div>
        <Link to={`/citizens/${cpr}`}>{t('consent.back')}</Link>
      </>
    );
  }
  const fieldsWithErrors = Object.keys(fields);
  return (
    <>
      <h1>{t('consent.title', { name })}</h1>
      <p>{t('consent.intro')}</p>
      {(other || fieldsWithErrors.length > 0) && (
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{other ?? t('consent.fix', { count: fieldsWithErrors.length })}</p>
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <Field id="grantedBy" label={t('consent.grantorName')} error={fields.grantedBy}>
          <input
            id="grantedBy"
            className="form-input"
            value={grantorName}
            onChange={(e) => setGrantorName(e.target.value)}
            aria-describedby={describedBy('grantedBy')}
          />
        </Field>
        <Field id="capacity" label={t('consent.capacity')} error={undefined}>
          <select id="capacity" className="form-select" value={capacity} onChange={(e) => setCapacity(e.target.value as GrantorCapacity)}>
            {(['SELF', 'CUSTODY_HOLDER', 'GUARDIAN'] as const).map((c) => (
              <option key={c} value={c}>
                {t(`capacity.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="grantorCpr" label={t('consent.grantorCpr')} error={undefined}>
          <input id="grantorCpr" className="form-input input-width-s" value={grantorCpr} onChange={(e) => setGrantorCpr(e.target.value)} autoComplete="off" />
        </Field>
        <Group id="sourceDepartments" legend={t('consent.sources')} error={fields.sourceDepartments}>
          {DEPARTMENTS.map((d) => (
            <Check key={d} id={`source-${d}`} label={t(`department.${d}`)} checked={sources.includes(d)} onChange={() => setSources(toggle(sources, d))} />
          ))}
        </Group>
        <Group id="recipientDepartments" legend={t('consent.recipients')} error={fields.recipientDepartments}>
          {DEPARTMENTS.map((d) => (
            <Check
              key={d}
              id={`recipient-${d}`}
              label={t(`department.${d}`)}
              checked={recipients.includes(d)}
              onChange={() => setRecipients(toggle(recipients, d))}
            />
          ))}
        </Group>
        <Group id="categories" legend={t('consent.categories')} error={fields.categories}>
          {sources.length === 0 && <p className="form-hint">{t('consent.chooseSources')}</p>}
          {sources.map((d) => (
            <div key={d}>
              <p>
                <strong>{t(`department.${d}`)}</strong>
              </p>
              {CATEGORIES[d].map((c) => (
                <Check
                  key={c}
                  id={`category-${c}`}
                  label={t(`category.${c}` as MessageKey)}
                  checked={categories.includes(c)}
                  onChange={() => setCategories(toggle(categories, c))}
                />
              ))}
            </div>
          ))}
        </Group>
        <Group id="purpose" legend={t('consent.purpose')} error={fields.purpose}>
          {(['COORDINATED_EFFORT', 'JOINT_PLAN'] as const).map((p) => (
            <div className="form-group-radio" key={p}>
              <input id={`purpose-${p}`} type="radio" name="purpose" className="form-radio" checked={purpose === p} onChange={() => setPurpose(p)} />
              <label htmlFor={`purpose-${p}`}>{t(`purpose.${p}`)}</label>
            </div>
          ))}
        </Group>
        <Field id="validUntil" label={t('consent.validUntil')} error={fields.validUntil ?? fields.validFrom}>
          <input
            id="validUntil"
            type="date"
            className="form-input"
            value={validUntil}
            onChange={(e) => setValidUntil(e.target.value)}
            aria-describedby={describedBy('validUntil')}
          />
        </Field>
        <Field id="method" label={t('consent.method')} error={undefined}>
          <select id="method" className="form-select" value={method} onChange={(e) => setMethod(e.target.value as ConsentMethod)}>
            {(['WRITTEN', 'DIGITAL', 'ORAL_NOTED'] as const).map((m) => (
              <option key={m} value={m}>
                {t(`method.${m}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="evidence" label={t('consent.evidence')} error={fields.evidence} hint={t('consent.evidenceHint')}>
          <input
            id="evidence"
            className="form-input"
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
            aria-describedby={describedBy('evidence', true)}
          />
        </Field>
        <Field id="textVersion" label={t('consent.textVersion')} error={fields.textVersion}>
          <input
            id="textVersion"
            className="form-input"
            value={textVersion}
            onChange={(e) => setTextVersion(e.target.value)}
            aria-describedby={describedBy('textVersion')}
          />
        </Field>
        <button type="submit" className="button button-primary" disabled={loading}>
          {t('consent.submit')}
        </button>{' '}
        <Link to={`/citizens/${cpr}`}>{t('consent.cancel')}</Link>
      </form>
    </>
  );
}
