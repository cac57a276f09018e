import type { TableColumnType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { offeringPath } from '../../../shared';
import type { Language } from '../../../lib';
import type { ApplicationView } from '../api/types';
import { moneyText } from '../budget';
import { ApplicationStatusTag } from './status-tags';

/**
 * The columns the manager's application queue and the SME's 我的申请 show alike; each table
 * passes its own heading (and, for the status, its own test id prefix).
 */

/** The offering (linked) with the plan applied for and its price. */
export function offeringColumn(
  title: string,
  t: TFunction,
  language: Language,
): TableColumnType<ApplicationView> {
  return {
    title,
    key: 'offering',
    render: (_, a) => (
      <div>
        <Link to={offeringPath(a.offering.id)}>{a.offering.title}</Link>
        <div className="tb-prog-muted">
          {t('programmes.applications.plan', {
            plan: a.planName,
            price: moneyText(a.priceCents, language),
          })}
        </div>
      </div>
    ),
  };
}

/** The status tag (test id `<testIdPrefix>-<id>`) and the reason given with it, if any. */
export function statusColumn(
  title: string,
  t: TFunction,
  testIdPrefix: string,
): TableColumnType<ApplicationView> {
  return {
    title,
    key: 'status',
    render: (_, a) => (
      <div>
        <ApplicationStatusTag status={a.status} testId={`${testIdPrefix}-${a.id}`} />
        {a.reason && (
          <div className="tb-prog-muted">
            {t('programmes.applications.reason', { reason: a.reason })}
          </div>
        )}
      </div>
    ),
  };
}

/** When the SME applied. */
export function createdAtColumn(
  title: string,
  dateTime: (iso: string) => string,
): TableColumnType<ApplicationView> {
  return { title, key: 'createdAt', render: (_, a) => dateTime(a.createdAt) };
}
