import { ReloadOutlined } from '@ant-design/icons';
import type { SearchResponse } from '@toolbox/contracts';
import { Button, Empty, Pagination, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError, isApiError } from '../../../lib';
import { PAGE_SIZES, type SearchState, hasFilters, withoutFilters } from '../search-state';
import { ResultCard } from './result-card';
import { StatusPanel } from '../../../shared/ui';

export interface SearchResultsProps {
  state: SearchState;
  data: SearchResponse | undefined;
  error: Error | null;
  isPending: boolean;
  retry: () => void;
  onChange: (next: SearchState) => void;
}

function ResultSkeleton() {
  return (
    <div className="tb-result-list" aria-hidden="true">
      {[0, 1, 2].map((n) => (
        <div key={n} className="tb-result tb-result--skeleton">
          <Skeleton active paragraph={{ rows: 3 }} />
        </div>
      ))}
    </div>
  );
}

/** The result list with its loading, error, empty and paged states. */
export function SearchResults({
  state,
  data,
  error,
  isPending,
  retry,
  onChange,
}: SearchResultsProps) {
  const { t } = useTranslation();

  if (isPending && !data) return <ResultSkeleton />;

  if (error && !data) {
    const searchDown = isApiError(error) && error.status === 503;
    return (
      <StatusPanel
        status="warning"
        titleAs="div"
        title={t(searchDown ? 'search.errors.unavailableTitle' : 'search.errors.failedTitle')}
        subTitle={searchDown ? t('search.errors.unavailableBody') : describeError(error, t)}
        extra={
          <Button type="primary" icon={<ReloadOutlined />} onClick={retry}>
            {t('search.errors.retry')}
          </Button>
        }
        testId="search-error"
      />
    );
  }

  if (data && data.items.length === 0 && data.total > 0) {
    // A link to a page beyond the last one (the results shrank since it was shared).
    return (
      <Empty
        className="tb-results-empty"
        description={t('search.empty.pastLastPage', { count: data.total })}
        data-testid="search-empty"
      >
        <Button type="primary" onClick={() => onChange({ ...state, page: 1 })}>
          {t('search.empty.firstPage')}
        </Button>
      </Empty>
    );
  }

  if (!data || data.items.length === 0) {
    const filtered = hasFilters(state);
    return (
      <Empty
        className="tb-results-empty"
        description={
          <>
            <p className="tb-results-empty__title">{t('search.empty.title')}</p>
            <p className="tb-muted">
              {filtered ? t('search.empty.withFilters') : t('search.empty.withoutFilters')}
            </p>
          </>
        }
        data-testid="search-empty"
      >
        {filtered && (
          <Button onClick={() => onChange(withoutFilters(state))}>
            {t('search.chips.clearAll')}
          </Button>
        )}
      </Empty>
    );
  }

  return (
    <>
      <ol className="tb-result-list" aria-label={t('search.results.listLabel')}>
        {data.items.map((item) => (
          <li key={item.id}>
            <ResultCard item={item} />
          </li>
        ))}
      </ol>
      <Pagination
        className="tb-pagination"
        current={data.page}
        pageSize={data.pageSize}
        total={data.total}
        pageSizeOptions={PAGE_SIZES.map(String)}
        showSizeChanger
        showTotal={(total) => t('search.results.total', { count: total })}
        onChange={(page, pageSize) => {
          onChange({ ...state, page: pageSize === state.pageSize ? page : 1, pageSize });
          window.scrollTo({ top: 0 });
        }}
      />
    </>
  );
}
