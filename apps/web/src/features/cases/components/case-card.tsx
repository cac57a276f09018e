import { Card, Empty, Pagination, Skeleton, Tag } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { casePath } from '../case-paths';
import type { CaseMetricData } from '../case-data';
import { useCaseLabels } from '../hooks/use-case-labels';
import { CaseMetricCard } from './case-metric-card';
import '../cases.css';

/** What a case card shows (a published case in a list). */
export interface CaseCardData {
  id: string;
  title: string;
  industry: string | null;
  region: string | null;
  scenarios: readonly string[];
  metrics: readonly CaseMetricData[];
  provider?: { id: string; name: string } | null;
}

const CARD_METRICS = 2;
const CARD_SCENARIOS = 3;

/** A case at a glance: title, industry and region, scenarios and its first figures. */
export function CaseCard({ item }: { item: CaseCardData }) {
  const labels = useCaseLabels();
  const { t } = labels;
  const titleId = `case-card-${item.id}`;
  const meta = [
    item.industry ? labels.industry(item.industry) : null,
    item.region ? labels.region(item.region) : null,
    item.provider?.name ?? null,
  ].filter((part): part is string => part !== null);

  return (
    <Card
      className="tb-case-card"
      variant="borderless"
      role="article"
      aria-labelledby={titleId}
      data-testid="case-card"
    >
      <h3 id={titleId} className="tb-case-card__title">
        <Link to={casePath(item.id)} data-testid="case-card-link">
          {item.title}
        </Link>
      </h3>
      {meta.length > 0 && <p className="tb-case-card__meta">{meta.join(' · ')}</p>}
      {item.scenarios.length > 0 && (
        <ul className="tb-case-tags" aria-label={t('cases.detail.scenarios')}>
          {item.scenarios.slice(0, CARD_SCENARIOS).map((code) => (
            <li key={code}>
              <Tag>{labels.scenario(code)}</Tag>
            </li>
          ))}
          {item.scenarios.length > CARD_SCENARIOS && (
            <li>
              <Tag>+{item.scenarios.length - CARD_SCENARIOS}</Tag>
            </li>
          )}
        </ul>
      )}
      {item.metrics.length > 0 && (
        <ul
          className="tb-case-card__metrics"
          aria-label={t('cases.common.metricsCount', { count: item.metrics.length })}
        >
          {item.metrics.slice(0, CARD_METRICS).map((metric) => (
            <li key={metric.code}>
              <CaseMetricCard metric={metric} compact />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export interface CaseCardListProps {
  items: readonly CaseCardData[] | undefined;
  loading: boolean;
  empty: ReactNode;
  /** Pagination below the list; absent for short blocks. */
  paging?: {
    total: number;
    page: number;
    pageSize: number;
    onChange: (page: number, pageSize: number) => void;
  };
  /** How many skeleton cards while the first page loads. */
  skeletons?: number;
  testId?: string;
}

/** Case cards in a responsive grid, with skeletons while loading and pagination below. */
export function CaseCardList({
  items,
  loading,
  empty,
  paging,
  skeletons = 6,
  testId = 'case-list',
}: CaseCardListProps) {
  const { t } = useCaseLabels();
  if (items === undefined) {
    return (
      <ul className="tb-case-grid" aria-busy="true" data-testid={`${testId}-loading`}>
        {Array.from({ length: skeletons }, (_, index) => (
          <li key={index}>
            <Card variant="borderless" className="tb-case-card">
              <Skeleton active paragraph={{ rows: 4 }} />
            </Card>
          </li>
        ))}
      </ul>
    );
  }
  if (items.length === 0) {
    return (
      <Card variant="borderless" data-testid={`${testId}-empty`}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      </Card>
    );
  }
  return (
    <>
      <ul
        className={loading ? 'tb-case-grid tb-case-grid--loading' : 'tb-case-grid'}
        aria-busy={loading}
        data-testid={testId}
      >
        {items.map((item) => (
          <li key={item.id}>
            <CaseCard item={item} />
          </li>
        ))}
      </ul>
      {paging && (
        <Pagination
          className="tb-case-pagination"
          current={paging.page}
          pageSize={paging.pageSize}
          total={paging.total}
          showSizeChanger
          pageSizeOptions={[12, 24, 48]}
          hideOnSinglePage={paging.total <= 12}
          showTotal={(count) => t('cases.common.total', { count })}
          onChange={paging.onChange}
        />
      )}
    </>
  );
}
