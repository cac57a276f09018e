import '../leads.css';
import type { FunnelOfferingView } from '@toolbox/contracts';
import { FUNNEL_MAX_DAYS } from '@toolbox/contracts/constants';
import { Card, Col, DatePicker, Row, Segmented, Space, Spin, Statistic, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyEChart, LoadFailed, PageSkeleton } from '../../../shared/ui';
import { useGetFunnel } from '../api/get-funnel';
import {
  formatRate,
  funnelChartOption,
  funnelSteps,
  presetRange,
  splitMinutes,
} from '../funnel-data';

const PRESETS = [7, 30, 90] as const;

/**
 * The provider's funnel over a period (presets 7/30/90 days or any range): views → inquiries →
 * trials → won as a chart with the counts, lost and the median first response as statistics,
 * and the same per offering in a table.
 */
export function FunnelDashboard() {
  const { t } = useTranslation();
  const [range, setRange] = useState(() => presetRange(30, new Date()));
  const [preset, setPreset] = useState<number | null>(30);
  const query = useGetFunnel(range.from, range.to);
  const funnel = query.data;
  const steps = useMemo(() => (funnel ? funnelSteps(funnel) : []), [funnel]);
  const option = useMemo(
    () => funnelChartOption(steps, (stage) => t(`leads.funnel.stage.${stage}`)),
    [steps, t],
  );

  const columns: ColumnsType<FunnelOfferingView> = [
    { key: 'title', title: t('leads.funnel.columns.title'), dataIndex: 'title' },
    ...(['views', 'inquiries', 'trials', 'won'] as const).map((stage) => ({
      key: stage,
      title: t(`leads.funnel.columns.${stage}`),
      dataIndex: stage,
      align: 'right' as const,
      sorter: (a: FunnelOfferingView, b: FunnelOfferingView) => a[stage] - b[stage],
    })),
    {
      key: 'conversion',
      title: t('leads.funnel.columns.conversion'),
      align: 'right',
      render: (_, row) => (row.inquiries ? formatRate(row.won / row.inquiries) : '—'),
    },
  ];

  const median = funnel?.medianFirstResponseMinutes ?? null;
  const medianText = (() => {
    if (median === null) return t('leads.funnel.noResponse');
    const parts = splitMinutes(median);
    return parts.hours === 0
      ? t('leads.funnel.minutes', { count: parts.minutes })
      : t('leads.funnel.hoursMinutes', parts);
  })();

  const pickerValue: [Dayjs, Dayjs] = [dayjs(range.from), dayjs(range.to)];

  return (
    <div className="tb-leads-funnel">
      <Card variant="borderless" className="tb-leads-period">
        <Space wrap align="center">
          <span id="funnel-period-label">{t('leads.funnel.period')}</span>
          <Segmented<number | string>
            aria-labelledby="funnel-period-label"
            value={preset ?? ''}
            options={PRESETS.map((days) => ({
              value: days,
              label: t('leads.funnel.preset', { days }),
            }))}
            onChange={(value) => {
              if (typeof value !== 'number') return;
              setPreset(value);
              setRange(presetRange(value, new Date()));
            }}
            data-testid="funnel-presets"
          />
          <DatePicker.RangePicker
            value={pickerValue}
            allowClear={false}
            disabledDate={(day) =>
              // Both ends within the last FUNNEL_MAX_DAYS days (inclusive), so the span fits too.
              day.isAfter(dayjs(), 'day') ||
              day.isBefore(dayjs().subtract(FUNNEL_MAX_DAYS - 1, 'day'), 'day')
            }
            onChange={(value) => {
              const [from, to] = value ?? [];
              if (!from || !to) return;
              setPreset(null);
              setRange({ from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') });
            }}
            aria-label={t('leads.funnel.period')}
            data-testid="funnel-range"
          />
        </Space>
      </Card>
      {query.isPending ? (
        <PageSkeleton rows={6} />
      ) : query.isError || !funnel ? (
        <LoadFailed
          error={query.error}
          title={t('leads.funnel.loadFailed')}
          retry={() => void query.refetch()}
        />
      ) : (
        <>
          <Row gutter={[16, 16]} className="tb-leads-stats">
            {steps.map((step) => (
              <Col xs={12} md={8} xl={4} key={step.stage}>
                <Card variant="borderless">
                  <Statistic
                    title={t(`leads.funnel.stage.${step.stage}`)}
                    value={step.value}
                    suffix={
                      step.rate === null ? undefined : (
                        <span className="tb-leads-rate">{formatRate(step.rate)}</span>
                      )
                    }
                    valueRender={(node) => <span data-testid={`funnel-${step.stage}`}>{node}</span>}
                  />
                </Card>
              </Col>
            ))}
            <Col xs={12} md={8} xl={4}>
              <Card variant="borderless">
                <Statistic
                  title={t('leads.funnel.lost')}
                  value={funnel.lost}
                  valueRender={(node) => <span data-testid="funnel-lost">{node}</span>}
                />
              </Card>
            </Col>
            <Col xs={12} md={8} xl={4}>
              <Card variant="borderless">
                <Statistic
                  title={t('leads.funnel.medianResponse')}
                  value={medianText}
                  valueRender={(node) => <span data-testid="funnel-median-response">{node}</span>}
                />
              </Card>
            </Col>
          </Row>
          <Card
            variant="borderless"
            title={<h2 className="tb-card-title">{t('leads.funnel.chartTitle')}</h2>}
          >
            <Spin spinning={query.isPlaceholderData}>
              <LazyEChart
                option={option}
                height={260}
                ariaLabel={t('leads.funnel.chartLabel', {
                  from: range.from,
                  to: range.to,
                  views: funnel.views,
                  inquiries: funnel.inquiries,
                  trials: funnel.trials,
                  won: funnel.won,
                })}
                data-testid="funnel-chart"
              />
            </Spin>
            <p className="tb-leads-hint">{t('leads.funnel.rateHint')}</p>
          </Card>
          <Card
            variant="borderless"
            title={<h2 className="tb-card-title">{t('leads.funnel.byOffering')}</h2>}
          >
            <Table<FunnelOfferingView>
              rowKey="offeringId"
              size="middle"
              columns={columns}
              dataSource={funnel.byOffering}
              pagination={funnel.byOffering.length > 10 ? { pageSize: 10 } : false}
              locale={{ emptyText: t('leads.funnel.emptyOfferings') }}
              scroll={{ x: 'max-content' }}
              onRow={(row) =>
                ({ 'data-testid': `funnel-offering-${row.offeringId}` }) as Record<string, string>
              }
              data-testid="funnel-table"
            />
          </Card>
        </>
      )}
    </div>
  );
}
