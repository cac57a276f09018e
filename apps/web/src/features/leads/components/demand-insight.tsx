import '../leads.css';
import { Card, Cascader, Col, Empty, Row, Select, Statistic, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { industryOptions, regionOptions, regionPath, useUiLanguage } from '../../../shared';
import { LazyEChart, LoadFailed, PageSkeleton } from '../../../shared/ui';
import { useListParams } from '../../catalogue';
import { useGetDemandInsight } from '../api/get-demand-insight';
import { type DemandRow, demandChartHeight, demandChartOption, demandRows } from '../demand-data';
import { useLeadsLabels } from '../hooks/use-leads-labels';

/**
 * Demand insight: pick a region and an industry; per scenario, the firms that need it and are
 * weak in it against the offerings serving it, as grouped bars and a table. Groups of fewer than
 * 5 firms say so and show no numbers (never zeros).
 */
export function DemandInsight() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const labels = useLeadsLabels();
  const params = useListParams(20);
  const region = params.get('region') || undefined;
  const industry = params.get('industry') || undefined;
  const query = useGetDemandInsight({ region, industry });
  const rows = useMemo(() => demandRows(query.data?.groups ?? []), [query.data]);
  const suppressedCount = rows.filter((row) => row.suppressed).length;

  const option = useMemo(
    () =>
      demandChartOption(rows, {
        scenario: labels.scenario,
        series: (series) => t(`leads.demand.series.${series}`),
        suppressedCategory: (name) => t('leads.demand.suppressedAxis', { scenario: name }),
      }),
    [rows, labels, t],
  );
  const chartSummary = rows
    .map((row) =>
      row.suppressed
        ? t('leads.demand.chartSuppressed', { scenario: labels.scenario(row.scenario) })
        : t('leads.demand.chartItem', {
            scenario: labels.scenario(row.scenario),
            needing: row.smesNeeding,
            weak: row.smesWeak,
            serving: row.offeringsServing,
          }),
    )
    .join('；');

  const count = (render: (row: Extract<DemandRow, { suppressed: false }>) => string | number) =>
    function Cell(_: unknown, row: DemandRow) {
      return row.suppressed ? <span className="tb-leads-muted">—</span> : render(row);
    };

  const columns: ColumnsType<DemandRow> = [
    {
      key: 'scenario',
      title: t('leads.demand.columns.scenario'),
      render: (_, row) => (
        <span>
          {labels.scenario(row.scenario)}
          {row.suppressed && (
            <Tag className="tb-leads-suppressed" data-testid={`demand-suppressed-${row.scenario}`}>
              {t('leads.demand.suppressed')}
            </Tag>
          )}
        </span>
      ),
    },
    {
      key: 'smesNeeding',
      title: t('leads.demand.columns.smesNeeding'),
      align: 'right',
      render: count((row) => row.smesNeeding),
    },
    {
      key: 'smesWeak',
      title: t('leads.demand.columns.smesWeak'),
      align: 'right',
      render: count((row) => row.smesWeak),
    },
    {
      key: 'avgPriority',
      title: t('leads.demand.columns.avgPriority'),
      align: 'right',
      render: count((row) => (row.avgPriority === null ? '—' : row.avgPriority.toFixed(1))),
    },
    {
      key: 'offeringsServing',
      title: t('leads.demand.columns.offeringsServing'),
      align: 'right',
      render: count((row) => row.offeringsServing),
    },
  ];

  return (
    <div className="tb-leads-demand">
      <Card variant="borderless">
        <div className="tb-leads-toolbar" role="search">
          <Cascader
            changeOnSelect
            allowClear
            value={regionPath(region)}
            options={regionOptions(language)}
            placeholder={t('leads.demand.regionAll')}
            aria-label={t('leads.demand.region')}
            onChange={(path) => params.setFilters({ region: path?.at(-1)?.toString() })}
            className="tb-leads-filter tb-leads-filter--wide"
            data-testid="demand-region"
          />
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={industry}
            placeholder={t('leads.demand.industryAll')}
            aria-label={t('leads.demand.industry')}
            onChange={(value) => params.setFilters({ industry: value })}
            options={industryOptions(language)}
            className="tb-leads-filter tb-leads-filter--wide"
            data-testid="demand-industry"
          />
        </div>
      </Card>
      {query.isPending ? (
        <PageSkeleton rows={6} />
      ) : query.isError ? (
        <LoadFailed
          error={query.error}
          title={t('leads.demand.loadFailed')}
          retry={() => void query.refetch()}
        />
      ) : rows.length === 0 ? (
        <Card variant="borderless">
          <Empty
            description={
              <>
                <strong>{t('leads.demand.emptyTitle')}</strong>
                <br />
                {t('leads.demand.emptyBody')}
              </>
            }
            data-testid="demand-empty"
          />
        </Card>
      ) : (
        <>
          <Row gutter={[16, 16]} className="tb-leads-stats">
            <Col xs={12} md={8}>
              <Card variant="borderless">
                <Statistic
                  title={t('leads.demand.smes')}
                  value={query.data.smes}
                  valueRender={(node) => <span data-testid="demand-smes">{node}</span>}
                />
              </Card>
            </Col>
            <Col xs={12} md={8}>
              <Card variant="borderless">
                <Statistic title={t('leads.demand.groups')} value={rows.length} />
              </Card>
            </Col>
          </Row>
          <Card
            variant="borderless"
            title={<h2 className="tb-card-title">{t('leads.demand.chartTitle')}</h2>}
          >
            {suppressedCount > 0 && (
              <p className="tb-leads-hint" data-testid="demand-suppressed-count">
                {t('leads.demand.suppressedCount', { count: suppressedCount })}
              </p>
            )}
            <LazyEChart
              option={option}
              height={demandChartHeight(rows.length)}
              ariaLabel={t('leads.demand.chartLabel', { summary: chartSummary })}
              data-testid="demand-chart"
            />
          </Card>
          <Card variant="borderless">
            <Table<DemandRow>
              rowKey="scenario"
              size="middle"
              columns={columns}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 'max-content' }}
              onRow={(row) =>
                ({ 'data-testid': `demand-row-${row.scenario}` }) as Record<string, string>
              }
              data-testid="demand-table"
            />
          </Card>
        </>
      )}
    </div>
  );
}
