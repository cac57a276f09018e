import '../dashboards.css';
import type { DashboardOverview } from '@toolbox/contracts';
import { App, Button, Card, Cascader, Col, Empty, Row, Select, Statistic, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib';
import {
  formatAmount,
  industryName,
  industryOptions,
  regionName,
  regionOptions,
  regionPath,
  scenarioName,
  stageName,
  useUiLanguage,
} from '../../../shared';
import { LazyEChart, LoadFailed, PageSkeleton } from '../../../shared/ui';
import { useListParams } from '../../catalogue';
import { downloadOverviewCsv } from '../api/download-csv';
import { useGetOverview } from '../api/get-overview';
import {
  csvQuery,
  filtersFrom,
  FUNNEL_STAGES,
  funnelChartOption,
  industryChartOption,
  isEmptyOverview,
  LEVEL_KEYS,
  type LevelKey,
  levelChartOption,
  programmeChartOption,
  rowsChartHeight,
  SCENARIO_MEASURES,
  scenarioHeatmapOption,
  type ScenarioMeasure,
} from '../dashboard-data';

export interface RegionalDashboardProps {
  /**
   * The gov account's region: the default and the limit of the region filter. Absent for an
   * admin (any region; none = the whole country).
   */
  ownRegion?: string;
}

type Option = { value: string; label: string; disabled?: boolean; children?: Option[] };

/** The cascader's regions: everything for an admin, only the own region (and its cities) for gov. */
function scopedRegionOptions(all: Option[], ownRegion: string | undefined): Option[] {
  if (ownRegion === undefined) return all;
  const [province, city] = regionPath(ownRegion);
  const node = all.find((o) => o.value === province);
  if (node === undefined) return [];
  if (city === undefined) return [node];
  // A city account may not pick its province: show it only as the path to the city.
  return [
    {
      ...node,
      disabled: false,
      children: (node.children ?? []).filter((c) => c.value === city),
    },
  ];
}

const cents = (n: number) => formatAmount(n, 'yuan');

/**
 * 区域数字化看板: filters (region cascader, industry), headline figures, and per section a chart
 * with the same numbers as a table under it; a CSV export of exactly these figures.
 */
export function RegionalDashboard({ ownRegion }: RegionalDashboardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useUiLanguage();
  const params = useListParams(20);
  const filters = filtersFrom(params.get);
  const query = useGetOverview(filters);
  const view = query.data;
  const [downloading, setDownloading] = useState(false);

  const levelLabel = (k: LevelKey) =>
    t('dashboards.levels.name', { level: k, name: stageName(Number(k), language) });
  const measureLabel = (m: ScenarioMeasure) => t(`dashboards.scenarios.measure.${m}`);
  const stageLabel = (s: (typeof FUNNEL_STAGES)[number]) => t(`dashboards.funnel.stage.${s}`);

  const options = useMemo(() => {
    if (view === undefined) return null;
    return {
      levels: levelChartOption(view, (k) =>
        t('dashboards.levels.name', { level: k, name: stageName(Number(k), language) }),
      ),
      industries: industryChartOption(view.byIndustry, {
        industry: (code) => industryName(code, language),
        level: (k) =>
          t('dashboards.levels.name', { level: k, name: stageName(Number(k), language) }),
      }),
      scenarios: scenarioHeatmapOption(view.scenarios, {
        scenario: (code) => scenarioName(code, language),
        measure: (m) => t(`dashboards.scenarios.measure.${m}`),
      }),
      funnel: funnelChartOption(view.funnel, (s) => t(`dashboards.funnel.stage.${s}`)),
      programmes: programmeChartOption(view.programmes, {
        budget: t('dashboards.programmes.budget'),
        committed: t('dashboards.programmes.committed'),
      }),
    };
  }, [view, t, language]);

  const download = async (shown: DashboardOverview) => {
    setDownloading(true);
    try {
      const region = shown.filter.region ?? 'CN';
      const industry = shown.filter.industry ?? 'all';
      await downloadOverviewCsv(csvQuery(filters, language), `dashboard-${region}-${industry}.csv`);
      // The file holds the figures of this moment: show the same ones.
      void query.refetch();
    } catch (error) {
      void message.error(`${t('dashboards.downloadFailed')}: ${describeError(error, t)}`);
    } finally {
      setDownloading(false);
    }
  };

  const regionValue = regionPath(filters.region ?? ownRegion);
  const toolbar = (
    <Card variant="borderless">
      <div className="tb-dash-toolbar" role="search">
        <Cascader
          changeOnSelect
          allowClear
          value={regionValue}
          options={scopedRegionOptions(regionOptions(language), ownRegion)}
          placeholder={
            ownRegion === undefined
              ? t('dashboards.regionAll')
              : t('dashboards.regionOwn', { region: regionName(ownRegion, language) })
          }
          aria-label={t('dashboards.region')}
          onChange={(path) => {
            const code = path?.at(-1)?.toString();
            params.setFilters({ region: code === ownRegion ? undefined : code });
          }}
          className="tb-dash-filter"
          data-testid="dashboard-region"
        />
        <Select<string>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={filters.industry}
          placeholder={t('dashboards.industryAll')}
          aria-label={t('dashboards.industry')}
          onChange={(value) => params.setFilters({ industry: value })}
          options={industryOptions(language)}
          className="tb-dash-filter"
          data-testid="dashboard-industry"
        />
        <span className="tb-dash-toolbar__end">
          <Button
            onClick={() => view !== undefined && void download(view)}
            loading={downloading}
            disabled={view === undefined || query.isFetching}
            title={t('dashboards.downloadHint')}
            data-testid="dashboard-csv"
          >
            {t('dashboards.download')}
          </Button>
        </span>
      </div>
      <p className="tb-dash-hint">{t('dashboards.definitions')}</p>
    </Card>
  );

  if (query.isPending) {
    return (
      <div className="tb-dash">
        {toolbar}
        <PageSkeleton rows={8} />
      </div>
    );
  }
  if (query.isError || view === undefined || options === null) {
    return (
      <div className="tb-dash">
        {toolbar}
        <LoadFailed
          error={query.error}
          title={t('dashboards.loadFailed')}
          retry={() => void query.refetch()}
        />
      </div>
    );
  }
  if (isEmptyOverview(view)) {
    return (
      <div className="tb-dash">
        {toolbar}
        <Card variant="borderless">
          <Empty
            description={
              <>
                <strong>{t('dashboards.emptyTitle')}</strong>
                <br />
                {t('dashboards.emptyBody')}
              </>
            }
            data-testid="dashboard-empty"
          />
        </Card>
      </div>
    );
  }

  const levelRows = LEVEL_KEYS.map((k) => ({
    key: k,
    label: levelLabel(k),
    count: view.levels[k],
  }));
  const levelColumns: ColumnsType<(typeof levelRows)[number]> = [
    { key: 'level', title: t('dashboards.levels.level'), dataIndex: 'label' },
    { key: 'count', title: t('dashboards.levels.smes'), dataIndex: 'count', align: 'right' },
  ];

  type IndustryRow = DashboardOverview['byIndustry'][number];
  const industryColumns: ColumnsType<IndustryRow> = [
    {
      key: 'industry',
      title: t('dashboards.industries.industry'),
      render: (_, r) => `${r.industry} ${industryName(r.industry, language)}`,
    },
    { key: 'smes', title: t('dashboards.industries.smes'), dataIndex: 'smes', align: 'right' },
    ...LEVEL_KEYS.map((k) => ({
      key: `l${k}`,
      title: `L${k}`,
      align: 'right' as const,
      render: (_: unknown, r: IndustryRow) => r.levels[k],
    })),
  ];

  type ScenarioRow = DashboardOverview['scenarios'][number];
  const scenarioColumns: ColumnsType<ScenarioRow> = [
    {
      key: 'scenario',
      title: t('dashboards.scenarios.scenario'),
      render: (_, r) => scenarioName(r.scenario, language),
    },
    ...SCENARIO_MEASURES.map((m) => ({
      key: m,
      title: measureLabel(m),
      align: 'right' as const,
      dataIndex: m,
    })),
  ];

  const funnelRows = FUNNEL_STAGES.map((s) => ({
    key: s,
    label: stageLabel(s),
    count: view.funnel[s],
  }));
  const funnelColumns: ColumnsType<(typeof funnelRows)[number]> = [
    { key: 'stage', title: t('dashboards.funnel.stageColumn'), dataIndex: 'label' },
    { key: 'count', title: t('dashboards.funnel.count'), dataIndex: 'count', align: 'right' },
  ];

  type ProgrammeRow = DashboardOverview['programmes'][number];
  const programmeColumns: ColumnsType<ProgrammeRow> = [
    { key: 'name', title: t('dashboards.programmes.name'), dataIndex: 'name' },
    {
      key: 'budget',
      title: t('dashboards.programmes.budget'),
      align: 'right',
      render: (_, r) => cents(r.budgetCents),
    },
    {
      key: 'committed',
      title: t('dashboards.programmes.committed'),
      align: 'right',
      render: (_, r) => cents(r.committedCents),
    },
    {
      key: 'remaining',
      title: t('dashboards.programmes.remaining'),
      align: 'right',
      render: (_, r) => cents(Math.max(0, r.budgetCents - r.committedCents)),
    },
  ];

  const section = (id: string, title: string, hint: string, chart: ReactNode, table: ReactNode) => (
    <Card
      variant="borderless"
      title={<h2 className="tb-card-title">{title}</h2>}
      data-testid={`dashboard-${id}`}
      className="tb-dash-section"
    >
      <p className="tb-dash-hint">{hint}</p>
      {chart}
      <div className="tb-dash-table">{table}</div>
    </Card>
  );

  const coverage = view.smes === 0 ? 0 : Math.round((view.assessed / view.smes) * 1000) / 10;

  return (
    <div className="tb-dash" aria-busy={query.isFetching}>
      {toolbar}
      <Row gutter={[16, 16]}>
        {(
          [
            ['smes', view.smes, ''],
            ['assessed', view.assessed, ''],
            ['coverage', coverage, '%'],
            ['inquiries', view.funnel.inquiries, ''],
            ['won', view.funnel.won, ''],
          ] as const
        ).map(([key, value, suffix]) => (
          <Col xs={12} md={8} lg={4} key={key}>
            <Card variant="borderless">
              <Statistic
                title={t(`dashboards.stats.${key}`)}
                value={value}
                suffix={suffix}
                valueRender={(node) => <span data-testid={`dashboard-stat-${key}`}>{node}</span>}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          {section(
            'levels',
            t('dashboards.levels.title'),
            t('dashboards.levels.hint'),
            <LazyEChart
              option={options.levels}
              height={260}
              ariaLabel={t('dashboards.levels.chartLabel', {
                summary: levelRows
                  .map((r) => t('dashboards.levels.item', { level: r.label, count: r.count }))
                  .join('；'),
              })}
              data-testid="dashboard-levels-chart"
            />,
            <Table
              rowKey="key"
              size="small"
              columns={levelColumns}
              dataSource={levelRows}
              pagination={false}
              data-testid="dashboard-levels-table"
            />,
          )}
        </Col>
        <Col xs={24} lg={12}>
          {section(
            'funnel',
            t('dashboards.funnel.title'),
            t('dashboards.funnel.hint'),
            <LazyEChart
              option={options.funnel}
              height={200}
              ariaLabel={t('dashboards.funnel.chartLabel', {
                summary: funnelRows
                  .map((r) => t('dashboards.funnel.item', { stage: r.label, count: r.count }))
                  .join('；'),
              })}
              data-testid="dashboard-funnel-chart"
            />,
            <Table
              rowKey="key"
              size="small"
              columns={funnelColumns}
              dataSource={funnelRows}
              pagination={false}
              data-testid="dashboard-funnel-table"
            />,
          )}
        </Col>
      </Row>
      {section(
        'industries',
        t('dashboards.industries.title'),
        t('dashboards.industries.hint'),
        view.byIndustry.length === 0 ? (
          <Empty description={t('dashboards.industries.empty')} />
        ) : (
          <LazyEChart
            option={options.industries}
            height={rowsChartHeight(view.byIndustry.length)}
            ariaLabel={t('dashboards.industries.chartLabel', {
              summary: view.byIndustry
                .map((r) =>
                  t('dashboards.industries.item', {
                    industry: industryName(r.industry, language),
                    assessed: LEVEL_KEYS.reduce((sum, k) => sum + r.levels[k], 0),
                  }),
                )
                .join('；'),
            })}
            data-testid="dashboard-industries-chart"
          />
        ),
        <Table<IndustryRow>
          rowKey="industry"
          size="small"
          columns={industryColumns}
          dataSource={view.byIndustry}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="dashboard-industries-table"
        />,
      )}
      {section(
        'scenarios',
        t('dashboards.scenarios.title'),
        t('dashboards.scenarios.hint'),
        <LazyEChart
          option={options.scenarios}
          height={rowsChartHeight(view.scenarios.length, 26)}
          ariaLabel={t('dashboards.scenarios.chartLabel', {
            summary: view.scenarios
              .map((r) =>
                t('dashboards.scenarios.item', {
                  scenario: scenarioName(r.scenario, language),
                  weak: r.smesWeak,
                  needing: r.smesNeeding,
                  serving: r.offeringsServing,
                }),
              )
              .join('；'),
          })}
          data-testid="dashboard-scenarios-chart"
        />,
        <Table<ScenarioRow>
          rowKey="scenario"
          size="small"
          columns={scenarioColumns}
          dataSource={view.scenarios}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="dashboard-scenarios-table"
        />,
      )}
      {section(
        'programmes',
        t('dashboards.programmes.title'),
        t('dashboards.programmes.hint'),
        view.programmes.length === 0 ? (
          <Empty description={t('dashboards.programmes.empty')} />
        ) : (
          <LazyEChart
            option={options.programmes}
            height={rowsChartHeight(view.programmes.length, 40)}
            ariaLabel={t('dashboards.programmes.chartLabel', {
              summary: view.programmes
                .map((p) =>
                  t('dashboards.programmes.item', {
                    name: p.name,
                    budget: cents(p.budgetCents),
                    committed: cents(p.committedCents),
                  }),
                )
                .join('；'),
            })}
            data-testid="dashboard-programmes-chart"
          />
        ),
        view.programmes.length === 0 ? null : (
          <Table<ProgrammeRow>
            rowKey="id"
            size="small"
            columns={programmeColumns}
            dataSource={view.programmes}
            pagination={false}
            scroll={{ x: 'max-content' }}
            data-testid="dashboard-programmes-table"
          />
        ),
      )}
    </div>
  );
}
