/**
 * One citizen as the caller may see them: the three departments side by side, each either what the
 * department released or a panel saying in plain words why not and what can be done; the conflicts
 * between the departments; the complexity figures; the coordinator; the timeline for a period,
 * filterable by department; the joint plan (PlanPanel.tsx). Every look-up is logged by the hub before it answers.
 */
import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { citizenNames, emergencyAccesses } from '../memory.ts';
import { Link } from '../router.tsx';
import { CitizenOverviewDocument, type CitizenOverviewQuery } from '../generated/graphql.ts';
import type { MessageKey } from '../i18n/da.ts';
import { hasMessage, useI18n, type Translate } from '../i18n/i18n.tsx';
import { useSession } from '../session.tsx';
import { isoDay, Loading, QueryError } from './common.tsx';
import { ConsentList } from './ConsentList.tsx';
import { PlanPanel } from './PlanPanel.tsx';

type Overview = NonNullable<CitizenOverviewQuery['citizen']>;
type Blocked = { __typename: 'Restricted'; department: string; reason: string } | { __typename: 'Unavailable'; department: string; cause: string };

const departmentName = (t: Translate, department: string) =>
  hasMessage(`department.${department}`) ? t(`department.${department}` as MessageKey) : department;

/** A department that released nothing: why, in plain words, and what the caller can do about it. */
function BlockedPanel({ result, cpr }: { result: Blocked; cpr: string }) {
  const { t } = useI18n();
  const { session } = useSession();
  const department = departmentName(t, result.department);
  if (result.__typename === 'Unavailable') {
    return (
      <div className="alert alert-error" data-testid={`panel-${result.department}`}>
        <div className="alert-body">
          <h3 className="alert-heading">{t('citizen.unavailable', { department })}</h3>
          <p className="alert-text">{t('citizen.unavailableText', { cause: result.cause })}</p>
        </div>
      </div>
    );
  }
  const reasonKey = `reason.${result.reason}`;
  return (
    <div className="alert alert-warning" data-testid={`panel-${result.department}`} data-restricted={result.reason}>
      <div className="alert-body">
        <h3 className="alert-heading">{t('citizen.restricted', { department })}</h3>
        <p className="alert-text">{hasMessage(reasonKey) ? t(reasonKey) : result.reason}</p>
        <p className="alert-text">
          <strong>{t('citizen.whatCanBeDone')}</strong>
        </p>
        <ul className="alert-text">
          {session?.roles.includes('coordinator') && (
            <li>
              {t('citizen.coordinatorAction')} <Link to={`/citizens/${cpr}/consent`}>{t('citizen.recordConsent')}</Link>
            </li>
          )}
          <li>
            {t('citizen.emergencyAction')} <Link to={`/citizens/${cpr}/emergency`}>{t('citizen.requestEmergency')}</Link>
          </li>
        </ul>
      </div>
    </div>
  );
}

function Section({ title, items }: { title: string; items: ReactNode[] | null | undefined }) {
  const { t } = useI18n();
  if (items === null || items === undefined) return null;
  return (
    <>
      <h4>{title}</h4>
      {items.length === 0 ? <p>{t('citizen.none')}</p> : <ul>{items}</ul>}
    </>
  );
}

function Withheld({ withheld }: { withheld: { category: string; reason: string }[] }) {
  const { t } = useI18n();
  if (withheld.length === 0) return null;
  return (
    <>
      <h4>{t('citizen.withheld')}</h4>
      <ul>
        {withheld.map((w) => (
          <li key={w.category}>
            {w.category}: {hasMessage(`reason.${w.reason}`) ? t(`reason.${w.reason}` as MessageKey) : w.reason}
          </li>
        ))}
      </ul>
    </>
  );
}

function CaseState({ open }: { open: boolean | null | undefined }) {
  const { t } = useI18n();
  if (open === null || open === undefined) return null;
  return <span className={`badge ${open ? 'badge-info' : 'badge-success'}`}>{open ? t('citizen.caseOpen') : t('citizen.noCase')}</span>;
}

function JobcentrePanel({ result, cpr }: { result: Overview['jobcentre']; cpr: string }) {
  const { t, date, dateTime } = useI18n();
  if (result.__typename !== 'JobcentreView') return <BlockedPanel result={result} cpr={cpr} />;
  return (
    <div data-testid="panel-JOBCENTRE">
      <CaseState open={result.caseOpen} />
      <Section
        title={t('citizen.benefits')}
        items={result.benefits?.map((b) => <li key={`${b.kind}-${b.from}`}>{`${b.kind} (${date(b.from)}–${b.to ? date(b.to) : ''})`}</li>)}
      />
      <Section
        title={t('citizen.sanctions')}
        items={result.sanctions?.map((s) => (
          <li key={s.id} data-testid="sanction">
            {t('citizen.sanction', { date: date(s.date), amount: s.amountDkk, reason: s.reason })}
            {s.missedAppointment && ` (${t('citizen.missed', { at: dateTime(s.missedAppointment.at) })})`}
          </li>
        ))}
      />
      <Section
        title={t('citizen.appointments')}
        items={result.appointments
          ?.slice(-10)
          .map((a) => (
            <li
              key={a.id}
            >{`${dateTime(a.at)} ${a.kind}${a.attended === null || a.attended === undefined ? '' : `, ${a.attended ? t('citizen.attended') : t('citizen.notAttended')}`}`}</li>
          ))}
      />
      <Withheld withheld={result.withheld} />
    </div>
  );
}

function FamilyPanel({ result, cpr }: { result: Overview['family']; cpr: string }) {
  const { t, date, dateTime } = useI18n();
  if (result.__typename !== 'FamilyView') return <BlockedPanel result={result} cpr={cpr} />;
  return (
    <div data-testid="panel-FAMILY">
      <CaseState open={result.caseOpen} />
      <Section
        title={t('citizen.cases')}
        items={result.cases?.map((c) => <li key={c.caseNumber}>{`${c.caseNumber}: ${c.status}, ${c.role} (${date(c.opened)})`}</li>)}
      />
      <Section title={t('citizen.meetings')} items={result.meetings?.slice(-10).map((m) => <li key={m.id}>{`${dateTime(m.at)} ${m.kind}`}</li>)} />
      <Withheld withheld={result.withheld} />
    </div>
  );
}

function AdultSocialPanel({ result, cpr }: { result: Overview['adultSocial']; cpr: string }) {
  const { t, date, dateTime } = useI18n();
  if (result.__typename !== 'AdultSocialView') return <BlockedPanel result={result} cpr={cpr} />;
  const pkg = result.currentSupportPackage;
  return (
    <div data-testid="panel-ADULT_SOCIAL">
      <CaseState open={result.caseOpen} />
      <Section
        title={t('citizen.assessments')}
        items={result.assessments?.map((a) => <li key={`${a.kind}-${a.opened}`}>{`${a.topic}: ${a.status} (${date(a.opened)})`}</li>)}
      />
      {pkg && (
        <>
          <h4>{t('citizen.supportPackage')}</h4>
          <p>{t('citizen.package', { level: pkg.level, hours: pkg.hoursPerWeek })}</p>
        </>
      )}
      <Section title={t('citizen.appointments')} items={result.appointments?.slice(-10).map((a) => <li key={a.id}>{`${dateTime(a.at)} ${a.kind}`}</li>)} />
      <Withheld withheld={result.withheld} />
    </div>
  );
}

/** The timeline the query brought, filtered by department here (the period is the query's). */
function Timeline({ timeline }: { timeline: Overview['timeline'] }) {
  const { t, dateTime } = useI18n();
  const [department, setDepartment] = useState('');
  const events = timeline.filter((e) => !department || e.department === department);
  return (
    <>
      <div className="form-group">
        <label className="form-label" htmlFor="timeline-department">
          {t('citizen.department')}
        </label>
        <select id="timeline-department" className="form-select" value={department} onChange={(e) => setDepartment(e.target.value)}>
          <option value="">{t('citizen.allDepartments')}</option>
          {['JOBCENTRE', 'FAMILY', 'ADULT_SOCIAL', 'CONSENT'].map((d) => (
            <option key={d} value={d}>
              {departmentName(t, d)}
            </option>
          ))}
        </select>
      </div>
      {events.length === 0 ? (
        <p>{t('citizen.noEvents')}</p>
      ) : (
        <table className="table table--compact" data-testid="timeline">
          <thead>
            <tr>
              <th scope="col">{t('citizen.when')}</th>
              <th scope="col">{t('citizen.department')}</th>
              <th scope="col">{t('citizen.what')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: events have no id; the list is only ever replaced whole
              <tr key={i}>
                <td>{dateTime(e.at)}</td>
                <td>{departmentName(t, e.department)}</td>
                <td>{e.title}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** The banner of an emergency access this user opened, with the minutes left, while it runs. */
function EmergencyBanner({ cpr }: { cpr: string }) {
  const { t } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(timer);
  }, []);
  const until = emergencyAccesses.get(cpr);
  const minutes = until ? Math.ceil((new Date(until).getTime() - now) / 60_000) : 0;
  if (minutes <= 0) return null;
  return (
    <div className="alert alert-warning" role="status" data-testid="emergency-banner">
      <p className="alert-text">{t('citizen.emergencyBanner', { minutes })}</p>
    </div>
  );
}

export function CitizenPage({ cpr, search }: { cpr: string; search: URLSearchParams }) {
  const { t, date } = useI18n();
  const [period, setPeriod] = useState({ from: search.get('from') ?? isoDay(-365), to: search.get('to') ?? isoDay(90) });
  const [draft, setDraft] = useState(period);
  const { data, loading, error } = useQuery(CitizenOverviewDocument, { variables: { cpr, ...period } });
  const applyPeriod = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to && draft.from <= draft.to) setPeriod(draft);
  };
  if (loading && !data) return <Loading />;
  if (error) return <QueryError error={error} />;
  const citizen = data?.citizen;
  if (!citizen) return <p className="alert alert-info">{t('citizen.notFound')}</p>;
  citizenNames.set(citizen.cpr, citizen.name);
  const c = citizen.complexity;
  const missing = [...c.restrictedDepartments, ...c.unavailableDepartments].map((d) => departmentName(t, d));
  return (
    <>
      <h1>{t('citizen.title', { name: citizen.name })}</h1>
      <EmergencyBanner cpr={citizen.cpr} />
      <p>
        {citizen.cpr} · {t('citizen.born', { date: date(citizen.birthDate) })} ·{' '}
        {citizen.coordinator
          ? `${t('citizen.coordinator')}: ${citizen.coordinator.caseworkerId} (${departmentName(t, citizen.coordinator.department)})`
          : t('citizen.noCoordinator')}
      </p>
      <h2>{t('citizen.departments')}</h2>
      <div className="console-panels">
        <section aria-labelledby="h-jobcentre" className="card">
          <div className="card-content">
            <h3 id="h-jobcentre">{t('department.JOBCENTRE')}</h3>
            <JobcentrePanel result={citizen.jobcentre} cpr={citizen.cpr} />
          </div>
        </section>
        <section aria-labelledby="h-family" className="card">
          <div className="card-content">
            <h3 id="h-family">{t('department.FAMILY')}</h3>
            <FamilyPanel result={citizen.family} cpr={citizen.cpr} />
          </div>
        </section>
        <section aria-labelledby="h-adult-social" className="card">
          <div className="card-content">
            <h3 id="h-adult-social">{t('department.ADULT_SOCIAL')}</h3>
            <AdultSocialPanel result={citizen.adultSocial} cpr={citizen.cpr} />
          </div>
        </section>
      </div>
      <PlanPanel cpr={citizen.cpr} />
      <h2>{t('consents.title')}</h2>
      <ConsentList consents={citizen.consents} />
      <h2>{t('citizen.conflicts')}</h2>
      {citizen.conflicts.length === 0 ? (
        <p>{t('citizen.noConflicts')}</p>
      ) : (
        <ul data-testid="conflicts">
          {citizen.conflicts.map((conflict) => (
            <li key={`${conflict.kind}-${conflict.description}`}>
              <span className="badge badge-warning">{conflict.kind}</span> {conflict.description}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('citizen.complexity')}</h2>
      <dl className="console-facts">
        <dt>{t('citizen.departmentsInvolved')}</dt>
        <dd>{c.departmentsInvolved.map((d) => departmentName(t, d)).join(', ') || t('citizen.none')}</dd>
        <dt>{t('citizen.activeMeasures')}</dt>
        <dd>{c.activeBenefitsAndMeasures}</dd>
        <dt>{t('citizen.yearlyCost')}</dt>
        <dd>{t('citizen.dkk', { amount: c.yearlyCostDkk.toLocaleString() })}</dd>
      </dl>
      <p>
        <span className={`badge ${c.meetsCoordinationCriteria ? 'badge-info' : 'badge-success'}`}>
          {c.meetsCoordinationCriteria ? t('citizen.meetsCriteria') : t('citizen.doesNotMeetCriteria')}
        </span>
      </p>
      {missing.length > 0 && <p>{t('citizen.incomplete', { departments: missing.join(', ') })}</p>}
      <h2>{t('citizen.timeline')}</h2>
      <form onSubmit={applyPeriod} className="console-inline-form">
        <div className="form-group">
          <label className="form-label" htmlFor="timeline-from">
            {t('citizen.from')}
          </label>
          <input id="timeline-from" type="date" className="form-input" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="timeline-to">
            {t('citizen.to')}
          </label>
          <input id="timeline-to" type="date" className="form-input" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </div>
        <button type="submit" className="button button-secondary">
          {t('citizen.show')}
        </button>
      </form>
      <Timeline timeline={citizen.timeline} />
    </>
  );
}
