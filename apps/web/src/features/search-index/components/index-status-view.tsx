import {
  CheckCircleOutlined,
  DatabaseOutlined,
  ReloadOutlined,
  SafetyCertificateOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import type { IndexStatus, ReindexProgress } from '@toolbox/contracts';
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Col,
  Descriptions,
  Popconfirm,
  Progress,
  Result,
  Row,
  Skeleton,
  Statistic,
  Table,
  Tooltip,
} from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { offeringPath, useUiLanguage } from '../../../shared';
import { describeError, isApiError, useDocumentTitle } from '../../../lib';
import { useGetIndexStatus } from '../api/get-index-status';
import { useGetReindexProgress } from '../api/get-reindex-progress';
import { useReconcileIndex } from '../api/reconcile-index';
import { useRetryParked } from '../api/retry-parked';
import { useStartReindex } from '../api/start-reindex';
import '../search-index.css';

function formatAge(ms: number | null, t: TFunction): string {
  if (ms === null) return t('searchIndex.noLag');
  if (ms < 1000) return t('searchIndex.ageMs', { ms });
  if (ms < 60_000) return t('searchIndex.ageSeconds', { seconds: (ms / 1000).toFixed(1) });
  return t('searchIndex.ageMinutes', { minutes: Math.round(ms / 60_000) });
}

function formatTime(iso: string | null, language: string): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : 'zh-CN');
}

interface ReindexCardProps {
  progress: ReindexProgress | null | undefined;
}

function ReindexCard({ progress }: ReindexCardProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  if (!progress) {
    return <p className="tb-muted">{t('searchIndex.reindexNever')}</p>;
  }
  const status =
    progress.state === 'failed'
      ? 'exception'
      : progress.state === 'succeeded'
        ? 'success'
        : 'active';
  return (
    <div className="tb-reindex" data-testid="reindex-progress" data-state={progress.state}>
      <Progress
        percent={Math.round(progress.percent)}
        status={status}
        aria-label={t('searchIndex.progressLabel')}
      />
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'state',
            label: t('searchIndex.state'),
            children: (
              <Badge
                status={
                  progress.state === 'running'
                    ? 'processing'
                    : progress.state === 'succeeded'
                      ? 'success'
                      : 'error'
                }
                text={t(`searchIndex.states.${progress.state}`)}
              />
            ),
          },
          {
            key: 'phase',
            label: t('searchIndex.phase'),
            children: t(`searchIndex.phases.${progress.phase}`),
          },
          {
            key: 'loaded',
            label: t('searchIndex.loaded'),
            children: t('searchIndex.loadedOf', {
              loaded: progress.loaded,
              total: progress.total,
            }),
          },
          {
            key: 'started',
            label: t('searchIndex.startedAt'),
            children: formatTime(progress.startedAt, language),
          },
          {
            key: 'finished',
            label: t('searchIndex.finishedAt'),
            children: formatTime(progress.finishedAt, language),
          },
        ]}
      />
      {progress.error && <Alert type="error" showIcon title={progress.error} />}
    </div>
  );
}

function StatusCards({ status }: { status: IndexStatus }) {
  const { t } = useTranslation();
  const lagging = (status.outbox.oldestPendingAgeMs ?? 0) > 10_000;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={12} md={6}>
        <Card variant="borderless">
          <Statistic
            title={t('searchIndex.documents')}
            value={status.documents}
            prefix={<DatabaseOutlined />}
            data-testid="index-documents"
          />
          <p className="tb-muted tb-stat-note">
            {status.isIndexing ? t('searchIndex.indexing') : t('searchIndex.idle')} · {status.index}
          </p>
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card variant="borderless">
          <Statistic title={t('searchIndex.pending')} value={status.outbox.pending} />
          <p className="tb-muted tb-stat-note">{t('searchIndex.pendingNote')}</p>
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card variant="borderless">
          <Statistic
            title={t('searchIndex.parked')}
            value={status.outbox.parked}
            styles={status.outbox.parked > 0 ? { content: { color: '#cf1322' } } : undefined}
          />
          <p className="tb-muted tb-stat-note">{t('searchIndex.parkedNote')}</p>
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card variant="borderless">
          <Statistic
            title={t('searchIndex.lag')}
            value={formatAge(status.outbox.oldestPendingAgeMs, t)}
            styles={lagging ? { content: { color: '#d97706' } } : undefined}
          />
          <p className="tb-muted tb-stat-note">{t('searchIndex.lagNote')}</p>
        </Card>
      </Col>
    </Row>
  );
}

/** `/admin/search`: index health, parked failures, reindex with live progress, reconcile. */
export function IndexStatusView() {
  const { t } = useTranslation();
  useDocumentTitle(t('searchIndex.documentTitle'));
  const language = useUiLanguage();
  const { message } = App.useApp();
  const status = useGetIndexStatus();
  const progress = useGetReindexProgress();
  const startReindex = useStartReindex();
  const reconcile = useReconcileIndex();
  const retry = useRetryParked();
  const running = progress.data?.state === 'running';

  const onReindex = () =>
    startReindex.mutate(undefined, {
      onSuccess: () => void message.info(t('searchIndex.reindexStarted')),
      onError: (error) =>
        void message.error(
          isApiError(error) && error.status === 409
            ? t('searchIndex.reindexRunning')
            : describeError(error, t),
        ),
    });

  const onRetry = () =>
    retry.mutate(undefined, {
      onSuccess: ({ retried }) =>
        void message.success(t('searchIndex.retried', { count: retried })),
      onError: (error) => void message.error(describeError(error, t)),
    });

  return (
    <div className="tb-page" data-testid="admin-search-index-page">
      <header className="tb-page-head">
        <div>
          <h1 className="tb-page-head__title">{t('searchIndex.title')}</h1>
          <p className="tb-page-head__subtitle">{t('searchIndex.subtitle')}</p>
        </div>
        <div className="tb-page-head__actions">
          <Button
            icon={<ReloadOutlined />}
            onClick={() => void status.refetch()}
            loading={status.isFetching && !status.isPending}
          >
            {t('searchIndex.refresh')}
          </Button>
        </div>
      </header>

      {status.isPending ? (
        <Card variant="borderless">
          <Skeleton active paragraph={{ rows: 4 }} />
        </Card>
      ) : status.isError ? (
        <Result
          status="warning"
          title={t('searchIndex.statusFailed')}
          subTitle={describeError(status.error, t)}
          extra={
            <Button type="primary" onClick={() => void status.refetch()}>
              {t('searchIndex.errors.retry')}
            </Button>
          }
        />
      ) : (
        <StatusCards status={status.data} />
      )}

      <Row gutter={[16, 16]} className="tb-index-actions">
        <Col xs={24} lg={12}>
          <Card
            variant="borderless"
            title={<h2 className="tb-card-title">{t('searchIndex.reindexTitle')}</h2>}
            extra={
              <Popconfirm
                title={t('searchIndex.reindexConfirm')}
                description={t('searchIndex.reindexConfirmBody')}
                okText={t('searchIndex.reindexStart')}
                cancelText={t('searchIndex.cancel')}
                onConfirm={onReindex}
                disabled={running}
              >
                <Button
                  type="primary"
                  icon={<SyncOutlined spin={running} />}
                  loading={startReindex.isPending}
                  disabled={running}
                  data-testid="reindex-start"
                >
                  {running ? t('searchIndex.reindexing') : t('searchIndex.reindex')}
                </Button>
              </Popconfirm>
            }
          >
            <p className="tb-card-intro">{t('searchIndex.reindexIntro')}</p>
            {progress.isPending ? (
              <Skeleton active paragraph={{ rows: 2 }} />
            ) : (
              <ReindexCard progress={progress.data} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            variant="borderless"
            title={<h2 className="tb-card-title">{t('searchIndex.reconcileTitle')}</h2>}
            extra={
              <Button
                icon={<SafetyCertificateOutlined />}
                onClick={() => reconcile.mutate()}
                loading={reconcile.isPending}
                data-testid="reconcile-start"
              >
                {t('searchIndex.reconcile')}
              </Button>
            }
          >
            <p className="tb-card-intro">{t('searchIndex.reconcileIntro')}</p>
            {reconcile.isError && (
              <Alert type="error" showIcon title={describeError(reconcile.error, t)} />
            )}
            {reconcile.data && (
              <div data-testid="reconcile-report">
                <Alert
                  type={
                    reconcile.data.missing + reconcile.data.stale + reconcile.data.extra === 0
                      ? 'success'
                      : 'warning'
                  }
                  showIcon
                  icon={<CheckCircleOutlined />}
                  title={
                    reconcile.data.missing + reconcile.data.stale + reconcile.data.extra === 0
                      ? t('searchIndex.reconcileClean', { count: reconcile.data.checked })
                      : t('searchIndex.reconcileRepaired', { count: reconcile.data.repaired })
                  }
                  className="tb-form-alert"
                />
                <Descriptions
                  size="small"
                  bordered
                  layout="vertical"
                  column={{ xs: 2, sm: 5 }}
                  items={(['checked', 'missing', 'stale', 'extra', 'repaired'] as const).map(
                    (key) => ({
                      key,
                      label: (
                        <Tooltip title={t(`searchIndex.report.${key}Hint`)}>
                          <span>{t(`searchIndex.report.${key}`)}</span>
                        </Tooltip>
                      ),
                      children: reconcile.data[key],
                    }),
                  )}
                />
              </div>
            )}
          </Card>
        </Col>
      </Row>

      <Card
        variant="borderless"
        title={<h2 className="tb-card-title">{t('searchIndex.parkedTitle')}</h2>}
        extra={
          <Button
            icon={<ReloadOutlined />}
            onClick={onRetry}
            loading={retry.isPending}
            disabled={!status.data || status.data.outbox.parked === 0}
            data-testid="parked-retry"
          >
            {t('searchIndex.retry')}
          </Button>
        }
      >
        <p className="tb-card-intro">{t('searchIndex.parkedIntro')}</p>
        <Table
          rowKey="id"
          size="small"
          loading={status.isPending}
          dataSource={status.data?.parked ?? []}
          pagination={false}
          scroll={{ x: 640 }}
          locale={{ emptyText: t('searchIndex.parkedEmpty') }}
          columns={[
            {
              key: 'offering',
              title: t('searchIndex.columns.offering'),
              render: (_value, row) => (
                <Link to={offeringPath(row.offeringId)} className="tb-mono">
                  {row.offeringId.slice(0, 8)}
                </Link>
              ),
            },
            {
              key: 'attempts',
              title: t('searchIndex.columns.attempts'),
              dataIndex: 'attempts',
              width: 100,
            },
            {
              key: 'error',
              title: t('searchIndex.columns.error'),
              dataIndex: 'lastError',
              render: (value: string | null) => value ?? '—',
            },
            {
              key: 'parkedAt',
              title: t('searchIndex.columns.parkedAt'),
              dataIndex: 'parkedAt',
              render: (value: string) => formatTime(value, language),
            },
          ]}
        />
      </Card>
    </div>
  );
}
