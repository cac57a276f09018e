import { CloseOutlined, SearchOutlined, TrophyOutlined } from '@ant-design/icons';
import type { OfferingView } from '@toolbox/contracts';
import { formatCny } from '@toolbox/domain';
import { Alert, Button, Result, Skeleton, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  deploymentName,
  industryName,
  kindName,
  offeringPath,
  PATHS,
  scenarioName,
  useUiLanguage,
} from '../../../shared';
import { ButtonLink } from '../../../shared/ui';
import { describeError, useDocumentTitle } from '../../../lib';
import { useSession } from '../../auth';
import { useGetNetPrices } from '../api/get-net-prices';
import { useGetOfferings } from '../api/get-offerings';
import { compareNetPrice } from '../net-price';
import { COMPARE_MAX, compareStore } from '../compare-store';
import { comparePath, parseCompareIds } from '../compare-path';
import { joinList, regionsText, stagesText } from '../offering-text';
import '../search.css';

interface Row {
  key: string;
  label: string;
  render: (offering: OfferingView) => ReactNode;
}

/** The offerings that are best on a measure (several when tied), for a "best" badge. */
function bestIds(
  offerings: readonly OfferingView[],
  measure: (o: OfferingView) => number | null,
  direction: 'min' | 'max',
): Set<string> {
  const values = offerings
    .map((o) => ({ id: o.id, value: measure(o) }))
    .filter((v): v is { id: string; value: number } => v.value !== null);
  if (offerings.length < 2 || values.length === 0) return new Set();
  const best =
    direction === 'min'
      ? Math.min(...values.map((v) => v.value))
      : Math.max(...values.map((v) => v.value));
  return new Set(values.filter((v) => v.value === best).map((v) => v.id));
}

/** `/compare?ids=…`: up to four offerings side by side. */
export function CompareView() {
  const { t } = useTranslation();
  useDocumentTitle(t('search.compare.documentTitle'));
  const language = useUiLanguage();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const ids = parseCompareIds(params.get('ids'), COMPARE_MAX);
  const queries = useGetOfferings(ids);
  const session = useSession();
  const isSme = session.status === 'authenticated' && session.user.role === 'sme';
  // An SME compares what it would pay: each offering's prices after its best subsidy.
  const netQueries = useGetNetPrices(ids, isSme);
  const netOf = (id: string) => (isSme ? netQueries[ids.indexOf(id)]?.data : undefined);
  const priceOf = (o: OfferingView) => compareNetPrice(o.minMonthlyPriceCents, netOf(o.id));

  const remove = (id: string) => {
    compareStore.remove(id);
    void navigate(comparePath(ids.filter((other) => other !== id)), { replace: true });
  };

  if (ids.length === 0) {
    return (
      <div className="tb-page" data-testid="compare-page">
        <Result
          status="info"
          title={t('search.compare.emptyTitle')}
          subTitle={t('search.compare.emptyBody', { count: COMPARE_MAX })}
          extra={
            <ButtonLink type="primary" to={PATHS.search} icon={<SearchOutlined />}>
              {t('search.compare.toSearch')}
            </ButtonLink>
          }
        />
      </div>
    );
  }

  const loaded = queries.flatMap((q) => (q.data ? [q.data] : []));
  const cheapest = bestIds(loaded, (o) => priceOf(o).cents, 'min');
  const topRated = bestIds(loaded, (o) => o.rating, 'max');
  const fastest = bestIds(loaded, (o) => o.deliveryDays, 'min');
  const best = (winners: Set<string>, id: string, label: string) =>
    winners.has(id) ? (
      <Tag color="green" variant="filled" icon={<TrophyOutlined />} className="tb-compare__best">
        {label}
      </Tag>
    ) : null;

  const rows: Row[] = [
    {
      key: 'kind',
      label: t('search.compare.rows.kind'),
      render: (o) => kindName(o.kind, language),
    },
    {
      key: 'price',
      label: t('search.compare.rows.price'),
      render: (o) => {
        const price = priceOf(o);
        return (
          <>
            {price.listCents !== null && (
              <>
                <s className="tb-muted" data-testid="compare-list-price">
                  <span className="tb-sr-only">{t('search.result.listPrice')}</span>
                  {t('search.result.pricePerMonth', {
                    price: formatCny(price.listCents, language),
                  })}
                </s>{' '}
              </>
            )}
            <strong data-testid="compare-price">
              {price.listCents !== null && (
                <span className="tb-sr-only">{t('search.result.netPrice')}</span>
              )}
              {price.cents === 0 && price.listCents === null
                ? t('search.result.free')
                : t('search.result.pricePerMonth', {
                    price: formatCny(price.cents, language),
                  })}
            </strong>{' '}
            {best(cheapest, o.id, t('search.compare.cheapest'))}
            {price.subsidyMonthlyCents !== null && price.subsidyMonthlyCents > 0 && (
              <Tag
                color="green"
                variant="filled"
                className="tb-compare__subsidy"
                data-testid="compare-subsidy"
              >
                {t('search.compare.subsidyPerMonth', {
                  price: formatCny(price.subsidyMonthlyCents, language),
                })}
              </Tag>
            )}
          </>
        );
      },
    },
    {
      key: 'plans',
      label: t('search.compare.rows.plans'),
      render: (o) => (
        <ul className="tb-compare__plans">
          {o.plans.map((plan, index) => {
            const net = netOf(o.id)?.plans[index];
            const subsidised =
              net !== undefined && net.name === plan.name && net.netPriceCents < plan.priceCents;
            return (
              <li key={`${plan.name}-${index}`}>
                <span className="tb-compare__plan-name">{plan.name}</span>{' '}
                {subsidised ? (
                  <>
                    <s className="tb-muted">
                      {t(`search.compare.billing.${plan.billingPeriod}`, {
                        price: formatCny(plan.priceCents, language),
                      })}
                    </s>{' '}
                    {t('search.compare.netBilling', {
                      price: t(`search.compare.billing.${plan.billingPeriod}`, {
                        price: formatCny(net.netPriceCents, language),
                      }),
                    })}
                  </>
                ) : (
                  t(`search.compare.billing.${plan.billingPeriod}`, {
                    price: formatCny(plan.priceCents, language),
                  })
                )}
                {plan.trialDays > 0 && (
                  <Tag variant="outlined" className="tb-compare__trial">
                    {t('search.compare.trial', { count: plan.trialDays })}
                  </Tag>
                )}
              </li>
            );
          })}
        </ul>
      ),
    },
    {
      key: 'scenarios',
      label: t('search.compare.rows.scenarios'),
      render: (o) => (
        <div className="tb-tag-wrap">
          {o.scenarios.map((code) => (
            <Tag key={code} variant="outlined">
              {scenarioName(code, language)}
            </Tag>
          ))}
        </div>
      ),
    },
    {
      key: 'stages',
      label: t('search.compare.rows.stages'),
      render: (o) => stagesText(o.stages, language),
    },
    {
      key: 'industries',
      label: t('search.compare.rows.industries'),
      render: (o) =>
        o.industries.length === 0
          ? t('search.compare.allIndustries')
          : joinList(
              o.industries.map((code) => industryName(code, language)),
              language,
            ),
    },
    {
      key: 'regions',
      label: t('search.compare.rows.regions'),
      render: (o) => regionsText(o.regions, language) ?? t('search.result.nationwide'),
    },
    {
      key: 'deployment',
      label: t('search.compare.rows.deployment'),
      render: (o) => deploymentName(o.deployment, language),
    },
    {
      key: 'delivery',
      label: t('search.compare.rows.delivery'),
      render: (o) => (
        <>
          {o.deliveryDays === 0
            ? t('search.result.sameDay')
            : t('search.result.deliveryDays', { count: o.deliveryDays })}{' '}
          {best(fastest, o.id, t('search.compare.fastest'))}
        </>
      ),
    },
    {
      key: 'rating',
      label: t('search.compare.rows.rating'),
      render: (o) =>
        o.rating === null ? (
          <span className="tb-muted">{t('search.result.noRating')}</span>
        ) : (
          <>
            {t('search.compare.rating', { rating: o.rating.toFixed(1), count: o.reviewCount })}{' '}
            {best(topRated, o.id, t('search.compare.topRated'))}
          </>
        ),
    },
    { key: 'provider', label: t('search.compare.rows.provider'), render: (o) => o.provider.name },
  ];

  return (
    <div className="tb-page tb-compare" data-testid="compare-page">
      <header className="tb-compare__head">
        <div>
          <h1 className="tb-search__title">{t('search.compare.title')}</h1>
          <p className="tb-search__subtitle">
            {t('search.compare.subtitle', { count: ids.length })}
          </p>
        </div>
        <ButtonLink to={PATHS.search} icon={<SearchOutlined />}>
          {t('search.compare.addMore')}
        </ButtonLink>
      </header>
      {ids.length === 1 && (
        <Alert
          type="info"
          showIcon
          title={t('search.compare.onlyOne')}
          className="tb-compare__alert"
        />
      )}
      <div
        className="tb-compare__scroll"
        tabIndex={0}
        role="region"
        aria-label={t('search.compare.tableLabel')}
      >
        <table className="tb-compare__table" data-testid="compare-table">
          <thead>
            <tr>
              <th scope="col" className="tb-compare__corner">
                <span className="tb-sr-only">{t('search.compare.attribute')}</span>
              </th>
              {ids.map((id, index) => {
                const query = queries[index];
                const offering = query?.data;
                const title = offering
                  ? language === 'en' && offering.titleEn
                    ? offering.titleEn
                    : offering.title
                  : undefined;
                return (
                  <th key={id} scope="col" className="tb-compare__col-head">
                    {offering ? (
                      <Link to={offeringPath(id)} className="tb-compare__title">
                        {title}
                      </Link>
                    ) : query?.isError ? (
                      <span className="tb-muted">{t('search.compare.unavailable')}</span>
                    ) : (
                      <Skeleton.Input active size="small" />
                    )}
                    <Button
                      type="text"
                      size="small"
                      icon={<CloseOutlined />}
                      aria-label={t('search.compare.remove', { title: title ?? id })}
                      onClick={() => remove(id)}
                      className="tb-compare__remove"
                    />
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {ids.map((id, index) => {
                  const query = queries[index];
                  return (
                    <td key={id}>
                      {query?.data ? (
                        row.render(query.data)
                      ) : query?.isError ? (
                        row.key === 'kind' ? (
                          <span className="tb-muted">{describeError(query.error, t)}</span>
                        ) : null
                      ) : (
                        <Skeleton active title={false} paragraph={{ rows: 1 }} />
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
