import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Grid, Select } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib';
import { useSearchOfferings } from '../api/search-offerings';
import { useFacetCounts } from '../hooks/use-facet-counts';
import { useSearchState } from '../hooks/use-search-state';
import { SORTS, type SearchState } from '../search-state';
import { ActiveFilters } from './active-filters';
import { CompareBar } from './compare-bar';
import { FacetSidebar } from './facet-sidebar';
import { SearchBox } from './search-box';
import { SearchResults } from './search-results';
import '../search.css';

// Narrow screens only, and only once the filters are opened: not in the page's first load.
const FiltersDrawer = lazy(() => import('./filters-drawer'));

function filterCount(state: SearchState): number {
  return (
    state.scenarios.length +
    state.industries.length +
    state.stages.length +
    state.kinds.length +
    (state.region ? 1 : 0) +
    (state.maxMonthlyPriceCents !== null ? 1 : 0)
  );
}

/** `/search`: full-text search with facets, filters, sort, paging and compare; state in the URL. */
export function SearchView() {
  const { t } = useTranslation();
  useDocumentTitle(t('search.documentTitle'));
  const screens = Grid.useBreakpoint();
  const wide = screens.lg ?? true;
  const [state, setState] = useSearchState();
  const results = useSearchOfferings(state);
  const facets = useFacetCounts(state, results.data?.facets);
  const [filtersOpen, setFiltersOpen] = useState(false);
  // Mounted from the first opening on, so closing it still animates.
  const [filtersMounted, setFiltersMounted] = useState(false);
  const data = results.data;
  const activeFilters = filterCount(state);

  const sidebar = <FacetSidebar state={state} facets={facets} onChange={setState} />;

  return (
    <div className="tb-page tb-search" data-testid="search-page">
      <header className="tb-search__head">
        <h1 className="tb-search__title">{t('search.title')}</h1>
        <p className="tb-search__subtitle">{t('search.subtitle')}</p>
        <SearchBox
          key={state.q}
          initialQuery={state.q}
          onSearch={(q) => setState({ ...state, q, page: 1 })}
        />
      </header>

      <div className="tb-search__layout">
        {wide ? (
          <aside className="tb-search__sidebar" aria-label={t('search.filters.label')}>
            {sidebar}
          </aside>
        ) : (
          filtersMounted && (
            <Suspense fallback={null}>
              <FiltersDrawer
                title={t('search.filters.label')}
                open={filtersOpen}
                onClose={() => setFiltersOpen(false)}
              >
                {sidebar}
              </FiltersDrawer>
            </Suspense>
          )
        )}

        <section
          className="tb-search__main"
          aria-labelledby="search-results-title"
          aria-busy={results.isFetching}
          data-testid="search-results"
        >
          <div className="tb-search__toolbar">
            <div className="tb-search__summary" aria-live="polite" aria-atomic="true">
              <h2 id="search-results-title" className="tb-search__count" data-testid="search-total">
                {data
                  ? t('search.results.total', { count: data.total })
                  : results.isError
                    ? t('search.results.heading')
                    : t('search.results.loading')}
              </h2>
              {data && (
                <span className="tb-muted" data-testid="search-time">
                  {t('search.results.time', { ms: data.processingTimeMs })}
                </span>
              )}
              {results.isFetching && data && (
                <span className="tb-muted">{t('search.results.updating')}</span>
              )}
            </div>
            <div className="tb-search__tools">
              {!wide && (
                <Badge count={activeFilters} size="small">
                  <Button
                    icon={<FilterOutlined />}
                    onClick={() => {
                      setFiltersMounted(true);
                      setFiltersOpen(true);
                    }}
                    data-testid="open-filters"
                  >
                    {t('search.filters.open')}
                  </Button>
                </Badge>
              )}
              <div className="tb-search__sort">
                <span className="tb-muted">{t('search.sort.label')}</span>
                <Select
                  value={state.sort}
                  onChange={(sort) => setState({ ...state, sort, page: 1 })}
                  options={SORTS.map((sort) => ({ value: sort, label: t(`search.sort.${sort}`) }))}
                  popupMatchSelectWidth={false}
                  data-testid="search-sort"
                  aria-label={t('search.sort.label')}
                />
              </div>
            </div>
          </div>

          <ActiveFilters state={state} onChange={setState} />

          <SearchResults
            state={state}
            data={data}
            error={results.error}
            isPending={results.isPending}
            retry={() => void results.refetch()}
            onChange={setState}
          />
        </section>
      </div>
      <CompareBar />
    </div>
  );
}
