/**
 * A caseworker's caseload, 20 at a time (cursor paging, back and forth), each citizen with their
 * conflict count, whether they meet the coordination criteria and whether their joint plan's
 * follow-up is overdue (under the purpose JOINT_PLAN, as the plan's consent allows); and a look-up
 * by CPR number.
 */
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { MyCaseloadDocument } from '../generated/graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Link, navigate } from '../router.tsx';
import { Loading, QueryError } from './common.tsx';

const PAGE_SIZE = 20;

function Lookup() {
  const { t } = useI18n();
  const [cpr, setCpr] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = cpr.trim();
    if (trimmed) navigate(`/citizens/${encodeURIComponent(trimmed)}`);
  };
  return (
    <form onSubmit={submit} className="console-inline-form">
      <div className="form-group">
        <label className="form-label" htmlFor="lookup-cpr">
          {t('caseload.lookup')}
        </label>
        <input id="lookup-cpr" className="form-input input-width-s" value={cpr} onChange={(e) => setCpr(e.target.value)} autoComplete="off" />
      </div>
      <button type="submit" className="button button-secondary">
        {t('caseload.lookupButton')}
      </button>
    </form>
  );
}

export function CaseloadPage() {
  const { t, date } = useI18n();
  // The cursors of the pages before this one: `after` of page n is the end cursor of page n - 1.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors.at(-1) ?? null;
  // errorPolicy 'all': the plan service down costs the overdue badge, not the caseload.
  const { data, loading, error } = useQuery(MyCaseloadDocument, { variables: { first: PAGE_SIZE, after }, errorPolicy: 'all' });
  const page = data?.myCaseload;
  return (
    <>
      <h1>{t('caseload.title')}</h1>
      <p>{t('caseload.intro')}</p>
      <Lookup />
      {loading && <Loading />}
      {error && !page && <QueryError error={error} />}
      {page && page.edges.length === 0 && <p>{t('caseload.empty')}</p>}
      {page && page.edges.length > 0 && (
        <div className="table--responsive-scroll">
          <table className="table table--zebra" data-testid="caseload">
            <caption className="sr-only">{t('caseload.page', { page: cursors.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('caseload.name')}</th>
                <th scope="col">{t('caseload.cpr')}</th>
                <th scope="col">{t('caseload.badges')}</th>
              </tr>
            </thead>
            <tbody>
              {page.edges.map(({ node }) => (
                <tr key={node.cpr}>
                  <td>
                    <Link to={`/citizens/${node.cpr}`}>{node.name}</Link>
                  </td>
                  <td>{node.cpr}</td>
                  <td>
                    <span className={`badge ${node.conflictCount > 0 ? 'badge-warning' : 'badge-success'}`}>
                      {node.conflictCount > 0 ? t('caseload.conflicts', { count: node.conflictCount }) : t('caseload.noConflicts')}
                    </span>{' '}
                    {node.complexity.meetsCoordinationCriteria && <span className="badge badge-info">{t('caseload.coordination')}</span>}{' '}
                    {node.jointPlan?.__typename === 'JointPlan' && node.jointPlan.followUpOverdue && (
                      <span className="badge badge-error" data-testid="badge-follow-up-overdue">
                        {t('caseload.followUpOverdue', { date: node.jointPlan.nextFollowUpDue ? date(node.jointPlan.nextFollowUpDue) : '' })}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t('caseload.page', { page: cursors.length })} className="console-pager">
        <button type="button" className="button button-secondary" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          {t('caseload.previous')}
        </button>
        <span>{t('caseload.page', { page: cursors.length })}</span>
        <button
          type="button"
          className="button button-secondary"
          disabled={!page?.pageInfo.hasNextPage}
          onClick={() => page?.pageInfo.endCursor && setCursors([...cursors, page.pageInfo.endCursor])}
        >
          {t('caseload.next')}
        </button>
      </nav>
    </>
  );
}
