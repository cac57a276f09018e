import { EditOutlined, FormOutlined, RadarChartOutlined } from '@ant-design/icons';
import type { AssessmentSummary } from '@toolbox/contracts';
import { CURRENT_QUESTIONNAIRE } from '@toolbox/domain';
import { Alert, Card, Empty, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { assessmentResultPath, currentLanguageOf, PATHS } from '../../../shared';
import { ButtonLink, LoadFailed, PageSkeleton } from '../../../shared/ui';
import { useDocumentTitle } from '../../../lib';
import { pick } from '../answers';
import { useGetAssessmentDraft } from '../api/get-assessment-draft';
import { useGetAssessments } from '../api/get-assessments';
import { LevelBadge } from './level-badge';
import { ScoreTrendChart } from './score-trend-chart';
import '../assessment.css';

const PAGE_SIZE = 10;
/** The trend chart shows up to this many of the newest assessments. */
const CHART_SIZE = 100;

/** `/sme/assessments`: the SME's assessments over time (chart) and as a table. */
export function AssessmentHistoryView() {
  const { t, i18n } = useTranslation();
  const language = currentLanguageOf(i18n.resolvedLanguage);
  useDocumentTitle(t('assessment.history.documentTitle'));
  const [page, setPage] = useState(1);
  const list = useGetAssessments(page, PAGE_SIZE);
  const trend = useGetAssessments(1, CHART_SIZE);
  const draft = useGetAssessmentDraft();
  const hasDraft = Object.keys(draft.data?.answers ?? {}).length > 0;

  if (list.data === undefined) {
    return list.isError ? (
      <div className="tb-page">
        <LoadFailed error={list.error} retry={() => void list.refetch()} />
      </div>
    ) : (
      <PageSkeleton />
    );
  }

  const startLabel = hasDraft ? t('assessment.history.continue') : t('assessment.history.start');
  const header = (
    <header className="tb-assess-head">
      <div>
        <h1 className="tb-assess-head__title">{t('assessment.history.title')}</h1>
        <p className="tb-assess-head__subtitle">{t('assessment.history.subtitle')}</p>
      </div>
      {list.data.total > 0 && (
        <ButtonLink
          type="primary"
          to={PATHS.smeAssessment}
          icon={hasDraft ? <FormOutlined /> : <EditOutlined />}
          data-testid="history-start"
        >
          {hasDraft ? startLabel : t('assessment.history.reassess')}
        </ButtonLink>
      )}
    </header>
  );

  if (list.data.total === 0) {
    return (
      <div className="tb-page" data-testid="assessment-history">
        {header}
        <Card variant="borderless">
          <Empty
            image={<RadarChartOutlined className="tb-empty-icon" aria-hidden="true" />}
            description={
              <span className="tb-empty-text">
                <strong>{t('assessment.history.emptyTitle')}</strong>
                <span>{t('assessment.history.emptyBody')}</span>
              </span>
            }
            data-testid="history-empty"
          >
            <ButtonLink
              type="primary"
              size="large"
              to={PATHS.smeAssessment}
              data-testid="history-start"
            >
              {startLabel}
            </ButtonLink>
          </Empty>
        </Card>
      </div>
    );
  }

  const dimensionName = (code: string): string => {
    const dimension = CURRENT_QUESTIONNAIRE.dimensions.find((d) => d.code === code);
    return dimension ? pick(dimension.nameZh, dimension.nameEn, language) : code;
  };
  const dimensionCodes = CURRENT_QUESTIONNAIRE.dimensions.map((d) => d.code);

  const columns: TableColumnsType<AssessmentSummary> = [
    {
      key: 'date',
      title: t('assessment.history.date'),
      render: (_, item) => (
        <Link to={assessmentResultPath(item.id)} data-testid={`history-link-${item.id}`}>
          {new Date(item.createdAt).toLocaleString(language, {
            dateStyle: 'medium',
            timeStyle: 'short',
          })}
        </Link>
      ),
    },
    {
      key: 'level',
      title: t('assessment.history.level'),
      render: (_, item) => <LevelBadge level={item.level} language={language} />,
    },
    {
      key: 'total',
      title: t('assessment.history.total'),
      align: 'right',
      render: (_, item) => <strong>{item.totalScore}</strong>,
    },
    ...dimensionCodes.map((code) => ({
      key: code,
      title: dimensionName(code),
      align: 'right' as const,
      responsive: ['lg' as const],
      render: (_: unknown, item: AssessmentSummary) => {
        const score = item.dimensions.find((d) => d.code === code);
        return score ? `${score.score} / ${score.maxScore}` : '—';
      },
    })),
    {
      key: 'open',
      title: <span className="tb-visually-hidden">{t('assessment.history.open')}</span>,
      align: 'right',
      render: (_, item) => (
        <Link to={assessmentResultPath(item.id)}>{t('assessment.history.open')}</Link>
      ),
    },
  ];

  return (
    <div className="tb-page" data-testid="assessment-history">
      {header}
      {hasDraft && (
        <Alert
          className="tb-history__draft"
          type="info"
          showIcon
          title={t('assessment.history.draftNotice')}
          action={
            <ButtonLink size="small" to={PATHS.smeAssessment}>
              {t('assessment.history.continue')}
            </ButtonLink>
          }
        />
      )}
      <Card
        className="tb-report__card"
        title={<h2 className="tb-card-title">{t('assessment.history.chartTitle')}</h2>}
      >
        {trend.data && trend.data.items.length > 1 ? (
          <ScoreTrendChart items={trend.data.items} />
        ) : (
          <p className="tb-history__one">{t('assessment.history.oneOnly')}</p>
        )}
      </Card>
      <Card
        className="tb-report__card"
        title={<h2 className="tb-card-title">{t('assessment.history.tableTitle')}</h2>}
      >
        <Table<AssessmentSummary>
          rowKey="id"
          columns={columns}
          dataSource={list.data.items}
          loading={list.isFetching && list.isPlaceholderData}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data.total,
            onChange: setPage,
            hideOnSinglePage: true,
          }}
          scroll={{ x: 'max-content' }}
          data-testid="history-table"
        />
      </Card>
    </div>
  );
}
