import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../../../shared/ui';
import { useDocumentTitle } from '../../../lib';
import { PageHeader, useListParams } from '../../catalogue';
import { useListCases } from '../api/list-cases';
import { toCardData } from '../case-views';
import { CaseCardList } from './case-card';
import { CaseFilters } from './case-filters';
import '../cases.css';

const PAGE_SIZE = 12;

/** `/cases`: published cases with industry, scenario and region filters in the URL. */
export function CaseLibrary() {
  const { t } = useTranslation();
  useDocumentTitle(t('cases.library.documentTitle'));
  const params = useListParams(PAGE_SIZE);
  const filters = {
    industry: params.get('industry'),
    scenario: params.get('scenario'),
    region: params.get('region'),
  };
  const offeringId = params.get('offeringId');
  const query = useListCases({
    page: params.page,
    pageSize: params.pageSize,
    ...filters,
    offeringId,
  });
  const offeringTitle =
    query.data?.items
      .flatMap((item) => item.offerings)
      .find((offering) => offering.id === offeringId)?.title ?? '';
  const filtered = Object.values(filters).some((value) => value !== '') || offeringId !== '';

  return (
    <div className="tb-page" data-testid="case-library-page">
      <PageHeader
        title={t('cases.library.title')}
        intro={t('cases.library.intro')}
        testId="page-title"
      />
      <CaseFilters values={filters} onChange={(next) => params.setFilters(next)} />
      {offeringId !== '' && (
        <p className="tb-case-back" data-testid="case-filter-offering">
          <Tag color="blue">
            {t('cases.library.offering', { title: offeringTitle || t('cases.common.none') })}
          </Tag>
          <Button size="small" type="link" onClick={() => params.setFilters({ offeringId: '' })}>
            {t('cases.library.clearFilters')}
          </Button>
        </p>
      )}
      {query.isError ? (
        <LoadFailed
          testId="query-error"
          error={query.error}
          title={t('cases.library.loadFailed')}
          retry={() => void query.refetch()}
        />
      ) : (
        <CaseCardList
          items={query.data?.items.map(toCardData)}
          loading={query.isFetching}
          empty={filtered ? t('cases.library.emptyFiltered') : t('cases.library.empty')}
          paging={{
            total: query.data?.total ?? 0,
            page: params.page,
            pageSize: params.pageSize,
            onChange: (page, pageSize) => {
              params.setPage(page, pageSize);
              window.scrollTo({ top: 0 });
            },
          }}
        />
      )}
    </div>
  );
}
