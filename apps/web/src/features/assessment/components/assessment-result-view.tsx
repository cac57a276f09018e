import {
  EditOutlined,
  FileTextOutlined,
  HistoryOutlined,
  NodeIndexOutlined,
  PrinterOutlined,
} from '@ant-design/icons';
import type { AssessmentView } from '@toolbox/contracts';
import {
  type AssessedScenarioCode,
  CURRENT_QUESTIONNAIRE,
  findQuestionnaire,
  stageByLevel,
} from '@toolbox/domain';
import { Button, Card, Collapse, Result, Space } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguageOf, PATHS } from '../../../shared';
import { ButtonLink, LoadFailed, PageSkeleton } from '../../../shared/ui';
import { isApiError, useDocumentTitle } from '../../../lib';
import { useGetMyPlan } from '../../plan';
import { pick } from '../answers';
import { useGetAssessment } from '../api/get-assessment';
import { AnswersDetail } from './answers-detail';
import { AssessmentChangeView } from './assessment-change';
import { DimensionRadar } from './dimension-radar';
import { LevelBadge } from './level-badge';
import { LevelRuleNote } from './level-rule-note';
import { ScenarioHeatmap } from './scenario-heatmap';
import { ScoreBreakdown } from './score-breakdown';
import { WeakScenarios } from './weak-scenarios';
import '../assessment.css';

export interface AssessmentResultViewProps {
  id: string;
  /** More actions on each weak scenario (the page adds cases of firms like the SME). */
  weakScenarioActions?: (code: AssessedScenarioCode) => ReactNode;
}

/** `/sme/assessment/:id`: one assessment as a printable report. */
export function AssessmentResultView({ id, weakScenarioActions }: AssessmentResultViewProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('assessment.result.documentTitle'));
  const assessment = useGetAssessment(id);

  if (assessment.data) {
    return (
      <AssessmentReport assessment={assessment.data} weakScenarioActions={weakScenarioActions} />
    );
  }
  if (assessment.isError) {
    if (isApiError(assessment.error) && assessment.error.status === 404) {
      return (
        <div className="tb-page">
          <Result
            status="404"
            title={t('assessment.result.notFoundTitle')}
            subTitle={t('assessment.result.notFoundBody')}
            extra={
              <ButtonLink type="primary" to={PATHS.smeAssessments}>
                {t('assessment.history.link')}
              </ButtonLink>
            }
            data-testid="assessment-not-found"
          />
        </div>
      );
    }
    return (
      <div className="tb-page">
        <LoadFailed error={assessment.error} retry={() => void assessment.refetch()} />
      </div>
    );
  }
  return <PageSkeleton rows={14} />;
}

interface AssessmentReportProps {
  assessment: AssessmentView;
  weakScenarioActions?: (code: AssessedScenarioCode) => ReactNode;
}

function AssessmentReport({ assessment, weakScenarioActions }: AssessmentReportProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguageOf(i18n.resolvedLanguage);
  const questionnaire = findQuestionnaire(assessment.version) ?? CURRENT_QUESTIONNAIRE;
  const stage = stageByLevel(assessment.level);
  const previous = useGetAssessment(assessment.change?.previousId);
  const plan = useGetMyPlan();

  const planCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const item of plan.data?.items ?? []) {
      if (item.status !== 'dropped')
        counts.set(item.scenario, (counts.get(item.scenario) ?? 0) + 1);
    }
    return counts;
  }, [plan.data]);

  const createdAt = new Date(assessment.createdAt).toLocaleString(language, {
    dateStyle: 'long',
    timeStyle: 'short',
  });

  return (
    <div className="tb-page tb-report tb-printable" data-testid="assessment-result">
      <p className="tb-print-only tb-report__print-head">{t('assessment.result.printHead')}</p>
      <header className="tb-assess-head">
        <div>
          <h1 className="tb-assess-head__title">{t('assessment.result.title')}</h1>
          <p className="tb-assess-head__subtitle">
            {t('assessment.result.meta', { date: createdAt, version: assessment.version })}
          </p>
        </div>
        <Space wrap className="tb-assess-head__actions tb-no-print">
          <Button
            icon={<PrinterOutlined />}
            onClick={() => window.print()}
            data-testid="print-report"
          >
            {t('assessment.result.print')}
          </Button>
          <ButtonLink to={PATHS.smeAssessments} icon={<HistoryOutlined />}>
            {t('assessment.history.link')}
          </ButtonLink>
          <ButtonLink to={PATHS.smeAssessment} icon={<EditOutlined />}>
            {t('assessment.result.reassess')}
          </ButtonLink>
          <ButtonLink to={PATHS.smePlan} type="primary" icon={<NodeIndexOutlined />}>
            {t('assessment.result.toPlan')}
          </ButtonLink>
        </Space>
      </header>

      <section className="tb-hero-card" aria-label={t('assessment.result.levelTitle')}>
        <div className="tb-hero-card__level">
          <LevelBadge
            level={assessment.level}
            language={language}
            size="large"
            hideName
            data-testid="level-badge"
          />
        </div>
        <div className="tb-hero-card__text">
          <p className="tb-hero-card__eyebrow">{t('assessment.result.levelTitle')}</p>
          <h2 className="tb-hero-card__name" data-testid="level-name">
            {stage ? pick(stage.nameZh, stage.nameEn, language) : assessment.level}
          </h2>
          <p className="tb-hero-card__description">
            {stage ? pick(stage.descriptionZh, stage.descriptionEn, language) : null}
          </p>
        </div>
        <div className="tb-hero-card__score">
          <span className="tb-hero-card__score-label">{t('assessment.result.totalScore')}</span>
          <span className="tb-hero-card__score-value" data-testid="total-score">
            {assessment.totalScore}
          </span>
          <span className="tb-hero-card__score-max">
            {t('assessment.running.ofMax', { max: 100 })}
          </span>
        </div>
      </section>

      <div className="tb-report__grid">
        <Card title={<h2 className="tb-card-title">{t('assessment.result.radarTitle')}</h2>}>
          <DimensionRadar
            questionnaire={questionnaire}
            dimensions={assessment.dimensions}
            previous={previous.data?.dimensions}
          />
        </Card>
        <Card title={<h2 className="tb-card-title">{t('assessment.result.breakdownTitle')}</h2>}>
          <ScoreBreakdown
            questionnaire={questionnaire}
            dimensions={assessment.dimensions}
            areas={assessment.areas}
          />
        </Card>
      </div>

      <Card
        className="tb-report__card"
        title={<h2 className="tb-card-title">{t('assessment.result.heatmapTitle')}</h2>}
      >
        <p className="tb-report__lead">{t('assessment.result.heatmapLead')}</p>
        <ScenarioHeatmap
          questionnaire={questionnaire}
          ratings={assessment.scenarioRatings}
          weakScenarios={assessment.weakScenarios}
        />
      </Card>

      <Card
        className="tb-report__card"
        title={<h2 className="tb-card-title">{t('assessment.result.weakTitle')}</h2>}
      >
        <p className="tb-report__lead">
          {assessment.level >= 4
            ? t('assessment.weak.topLevel')
            : t('assessment.result.weakLead', {
                level: pick(
                  stageByLevel(Math.min(assessment.level + 1, 4))?.nameZh ?? '',
                  stageByLevel(Math.min(assessment.level + 1, 4))?.nameEn ?? '',
                  language,
                ),
              })}
        </p>
        <WeakScenarios
          questionnaire={questionnaire}
          weakScenarios={assessment.weakScenarios}
          ratings={assessment.scenarioRatings}
          level={assessment.level}
          planCounts={planCounts}
          scenarioActions={weakScenarioActions}
        />
      </Card>

      <div className="tb-report__grid">
        <Card title={<h2 className="tb-card-title">{t('assessment.result.changeTitle')}</h2>}>
          <AssessmentChangeView questionnaire={questionnaire} change={assessment.change} />
        </Card>
        <Card title={<h2 className="tb-card-title">{t('assessment.result.ruleTitle')}</h2>}>
          <LevelRuleNote
            rule={questionnaire.levelRule}
            bandLevel={assessment.bandLevel}
            scenarioLevel={assessment.scenarioLevel}
            level={assessment.level}
          />
        </Card>
      </div>

      <Collapse
        className="tb-report__card tb-no-print"
        items={[
          {
            key: 'answers',
            label: (
              <span>
                <FileTextOutlined aria-hidden="true" /> {t('assessment.result.answersTitle')}
              </span>
            ),
            children: <AnswersDetail questionnaire={questionnaire} answers={assessment.answers} />,
          },
        ]}
      />
      <section className="tb-print-only tb-report__appendix">
        <h2 className="tb-card-title">{t('assessment.result.answersTitle')}</h2>
        <AnswersDetail questionnaire={questionnaire} answers={assessment.answers} />
      </section>
    </div>
  );
}
