import { Card, Grid, Progress, Select, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { dimensionProgress, pick } from '../answers';
import { LevelBadge } from './level-badge';
import {
  type AssessmentWizardState,
  QUESTIONNAIRE,
  REVIEW_STEP,
} from '../hooks/use-assessment-wizard';

export interface WizardProgressProps {
  wizard: AssessmentWizardState;
}

/** The steps (a select on small screens), how much is answered, and the running estimate. */
export function WizardProgress({ wizard }: WizardProgressProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = !(screens.md ?? true);
  const { language, answers, step, showMissing, score, estimate, goToStep, percentAnswered } =
    wizard;

  const stepItems = [
    ...QUESTIONNAIRE.dimensions.map((d, index) => {
      const progress = dimensionProgress(QUESTIONNAIRE, index, answers);
      const complete = progress.answered === progress.total;
      return {
        title: pick(d.nameZh, d.nameEn, language),
        content: t('assessment.wizard.stepProgress', progress),
        status:
          index === step
            ? ('process' as const)
            : complete
              ? ('finish' as const)
              : showMissing
                ? ('error' as const)
                : ('wait' as const),
      };
    }),
    {
      title: t('assessment.wizard.reviewStep'),
      content: t('assessment.wizard.reviewStepHint'),
      status: step === REVIEW_STEP ? ('process' as const) : ('wait' as const),
    },
  ];

  return (
    <Card className="tb-wizard__progress" variant="borderless">
      {compact ? (
        <Select
          className="tb-wizard__step-select"
          value={step}
          onChange={goToStep}
          aria-label={t('assessment.wizard.stepNav')}
          options={stepItems.map((item, index) => ({
            value: index,
            label: `${t('assessment.wizard.stepOf', { index: index + 1, total: REVIEW_STEP + 1 })} · ${item.title} (${item.content})`,
          }))}
        />
      ) : (
        <Steps
          current={step}
          onChange={goToStep}
          items={stepItems}
          size="small"
          className="tb-wizard__steps"
        />
      )}
      <div className="tb-wizard__bar">
        <Progress
          percent={percentAnswered}
          format={() =>
            t('assessment.wizard.answered', {
              answered: score.answered,
              total: score.indicatorCount,
            })
          }
          aria-label={t('assessment.wizard.progressLabel')}
          data-testid="answered-progress"
        />
        <p className="tb-wizard__mini" aria-hidden="true">
          {t('assessment.running.title')} <strong>{score.totalScore}</strong>{' '}
          {t('assessment.running.ofMax', { max: 100 })}
          {' · '}
          {t('assessment.running.estimate')}{' '}
          <LevelBadge level={estimate.level} language={language} />
        </p>
      </div>
    </Card>
  );
}
