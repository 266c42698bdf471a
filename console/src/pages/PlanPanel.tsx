/**
 * The citizen's joint action plan on the citizen page: the citizen's goals in their own words and
 * who expressed them, each department's sub-goals and actions (status, start, deadline or weekly
 * schedule, how far shared), the coordinator and deputy, the follow-ups and the next one due with
 * an overdue one marked. Asked apart from the departments' overview, so that a restricted plan or
 * the plan service down never hides the rest of the page. A caller outside the plan's consent sees
 * `Restricted` as the other panels show it: why, in plain words, and what can be done.
 */
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { CitizenJointPlanDocument, type CitizenJointPlanQuery } from '../generated/graphql.ts';
import type { MessageKey } from '../i18n/da.ts';
import { hasMessage, useI18n, type Translate } from '../i18n/i18n.tsx';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';
import { Loading } from './common.tsx';

type PlanResult = NonNullable<NonNullable<CitizenJointPlanQuery['citizen']>['jointPlan']>;
type Plan = Extract<PlanResult, { __typename: 'JointPlan' }>;
type Action = Plan['actions'][number];

/** A code's text when the message files have one (`prefix.CODE`), else the code itself. */
const label = (t: Translate, prefix: string, code: string) => (hasMessage(`${prefix}.${code}`) ? t(`${prefix}.${code}` as MessageKey) : code);

/** Start, deadline and weekly schedule of an action, in words. */
function actionWhen(t: Translate, date: (value: string) => string, action: Action): string {
  const parts = [t('plan.starts', { date: date(action.startDate) })];
  if (action.deadline) parts.push(t('plan.deadline', { date: date(action.deadline) }));
  const s = action.schedule;
  if (s) {
    const weekdays = s.weekdays.map((d) => label(t, 'weekday', d)).join(', ');
    parts.push(t('plan.schedule', { weekdays, start: s.startTime, end: s.endTime }));
    if (s.until) parts.push(t('plan.scheduleUntil', { date: date(s.until) }));
  }
  return parts.join(', ');
}

/** The plan refused to the caller: why, and what a coordinator can do. */
function RestrictedPlan({ department, reason, cpr }: { department: string; reason: string; cpr: string }) {
  const { t } = useI18n();
  const { session } = useSession();
  return (
    <div className="alert alert-warning" data-testid="plan-restricted" data-restricted={reason}>
      <div className="alert-body">
        <h3 className="alert-heading">{t('plan.restricted')}</h3>
        <p className="alert-text">{label(t, 'reason', reason)}</p>
        <p className="alert-text">{t('plan.restrictedHint', { department: label(t, 'department', department) })}</p>
        {session?.roles.includes('coordinator') && (
          <p className="alert-text">
            {t('plan.coordinatorAction')} <Link to={`/citizens/${cpr}/consent`}>{t('citizen.recordConsent')}</Link>
          </p>
        )}
      </div>
    </div>
  );
}

/** Each department's sub-goals and actions, the goal each serves named in the citizen's words. */
function DepartmentParts({ plan }: { plan: Plan }) {
  const { t, date } = useI18n();
  const goalText = new Map<string, string>(plan.goals.map((g) => [g.id, g.text]));
  for (const s of plan.subGoals) goalText.set(s.id, s.text);
  const departments = [...new Set([...plan.subGoals.map((s) => s.department), ...plan.actions.map((a) => a.department)])];
  if (departments.length === 0) return <p>{t('plan.noParts')}</p>;
  return (
    <>
      {departments.map((department) => {
        const subGoals = plan.subGoals.filter((s) => s.department === department);
        const actions = plan.actions.filter((a) => a.department === department);
        return (
          <section key={department} aria-labelledby={`h-plan-${department}`} data-testid={`plan-part-${department}`}>
            <h4 id={`h-plan-${department}`}>{label(t, 'department', department)}</h4>
            {subGoals.length > 0 && (
              <>
                <h5>{t('plan.subGoals')}</h5>
                <ul>
                  {subGoals.map((s) => (
                    <li key={s.id}>
                      {s.text} ({t('plan.servesGoal', { goal: goalText.get(s.servesGoalId) ?? s.servesGoalId })};{' '}
                      {label(t, 'plan.scope', s.shareScope).toLowerCase()})
                    </li>
                  ))}
                </ul>
              </>
            )}
            {actions.length > 0 && (
              <div className="table--responsive-scroll">
                <table className="table table--compact" data-testid={`plan-actions-${department}`}>
                  <caption>{t('plan.actions')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('plan.action')}</th>
                      <th scope="col">{t('plan.actionStatus')}</th>
                      <th scope="col">{t('plan.when')}</th>
                      <th scope="col">{t('plan.responsible')}</th>
                      <th scope="col">{t('plan.scope')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {actions.map((a) => (
                      <tr key={a.id}>
                        <td>
                          {a.what}
                          <br />
                          <span className="form-hint">{t('plan.servesGoal', { goal: goalText.get(a.servesGoalId) ?? a.servesGoalId })}</span>
                        </td>
                        <td>{label(t, 'plan.actionStatus', a.status)}</td>
                        <td>{actionWhen(t, date, a)}</td>
                        <td>{a.caseworkerId}</td>
                        <td>{label(t, 'plan.scope', a.shareScope)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}
    </>
  );
}

/** The plan itself, as the caller may see it. */
function PlanView({ plan }: { plan: Plan }) {
  const { t, date } = useI18n();
  const who = (c: { caseworkerId: string; department: string }) =>
    t('plan.caseworker', { caseworker: c.caseworkerId, department: label(t, 'department', c.department) });
  return (
    <div data-testid="plan" data-overdue={plan.followUpOverdue}>
      <p>
        <span className={`badge ${plan.status === 'ACTIVE' ? 'badge-info' : 'badge-success'}`}>{label(t, 'plan.status', plan.status)}</span>{' '}
        {t('plan.startedOn', { date: date(plan.startDate), version: plan.version })}
        {plan.closedOn && ` · ${t('plan.closed', { date: date(plan.closedOn), reason: plan.closingReason ?? '' })}`}
      </p>
      <dl className="console-facts">
        <dt>{t('plan.coordinator')}</dt>
        <dd>{who(plan.coordinator)}</dd>
        <dt>{t('plan.deputy')}</dt>
        <dd>{plan.deputy ? who(plan.deputy) : t('plan.noDeputy')}</dd>
        <dt>{t('plan.nextFollowUp')}</dt>
        <dd data-testid="plan-next-follow-up">
          {plan.nextFollowUpDue ? date(plan.nextFollowUpDue) : t('plan.noNextFollowUp')}
          {plan.followUpOverdue && (
            <>
              {' '}
              <span className="badge badge-error" data-testid="plan-overdue">
                {t('plan.overdue')}
              </span>
            </>
          )}
        </dd>
      </dl>
      <h3>{t('plan.goals')}</h3>
      {plan.goals.length === 0 ? (
        <p>{t('plan.noGoals')}</p>
      ) : (
        <ul data-testid="plan-goals">
          {plan.goals.map((g) => (
            <li key={g.id}>
              <q>{g.text}</q>
              <br />
              <span className="form-hint">
                {t('plan.goalBy', {
                  who: g.expressedByName
                    ? t('plan.named', { who: label(t, 'plan.expressedBy', g.expressedBy), name: g.expressedByName })
                    : label(t, 'plan.expressedBy', g.expressedBy),
                  department: label(t, 'department', g.recordedBy),
                  date: date(g.recordedOn),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('plan.departmentsPart')}</h3>
      <DepartmentParts plan={plan} />
      <h3>{t('plan.followUps')}</h3>
      {plan.followUps.length === 0 ? (
        <p>{t('plan.noFollowUps')}</p>
      ) : (
        <table className="table table--compact" data-testid="plan-follow-ups">
          <thead>
            <tr>
              <th scope="col">{t('plan.followUpDate')}</th>
              <th scope="col">{t('plan.followUpBy')}</th>
              <th scope="col">{t('plan.findings')}</th>
              <th scope="col">{t('plan.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.followUps.map((f) => (
              <tr key={f.id}>
                <td>{date(f.date)}</td>
                <td>{who(f)}</td>
                <td>{f.findings}</td>
                <td>{label(t, 'plan.decision', f.decision)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {plan.withheld.length > 0 && (
        <>
          <h3>{t('plan.withheld')}</h3>
          <ul>
            {plan.withheld.map((w) => (
              <li key={`${w.department}-${w.category}`}>
                {label(t, 'department', w.department)}: {label(t, 'category', w.category)} — {label(t, 'reason', w.reason)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The plan section of the citizen page. */
export function PlanPanel({ cpr }: { cpr: string }) {
  const { t } = useI18n();
  // errorPolicy 'all': the plan service down leaves the plan null with an error, shown as such.
  const { data, loading, error } = useQuery(CitizenJointPlanDocument, { variables: { cpr }, errorPolicy: 'all' });
  const result = data?.citizen?.jointPlan;
  let body: ReactNode;
  if (loading && !data) body = <Loading />;
  else if (result?.__typename === 'JointPlan') body = <PlanView plan={result} />;
  else if (result?.__typename === 'Restricted') body = <RestrictedPlan department={result.department} reason={result.reason} cpr={cpr} />;
  else if (error)
    body = (
      <div className="alert alert-error" data-testid="plan-unavailable">
        <p className="alert-text">{t('plan.unavailable')}</p>
      </div>
    );
  else body = <p data-testid="plan-none">{t('plan.none')}</p>;
  return (
    <section aria-labelledby="h-plan" data-testid="plan-panel">
      <h2 id="h-plan">{t('plan.title')}</h2>
      {body}
    </section>
  );
}
