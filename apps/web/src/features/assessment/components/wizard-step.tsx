import { ArrowLeftOutlined, ArrowRightOutlined, CheckOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { pick } from '../answers';
import { type AssessmentWizardState, REVIEW_STEP } from '../hooks/use-assessment-wizard';
import { IndicatorQuestion } from './indicator-question';
import { ReviewStep } from './review-step';

/** The current step: a dimension's questions, or the review before submitting. */
export function WizardStep({ wizard }: { wizard: AssessmentWizardState }) {
  const { t } = useTranslation();
  const { dimension, step, language, answers, showMissing, missingSet, score } = wizard;
  return (
    <>
      <h2 className="tb-wizard__step-title" ref={wizard.stepHeadingRef} tabIndex={-1}>
        {dimension
          ? t('assessment.wizard.stepTitle', {
              index: step + 1,
              name: pick(dimension.nameZh, dimension.nameEn, language),
            })
          : t('assessment.wizard.reviewTitle')}
      </h2>

      {dimension ? (
        <>
          <p className="tb-wizard__intro">
            {t(`assessment.dimensions.${dimension.code}.intro`)}
            {dimension.maxScore > 0
              ? ` ${t('assessment.wizard.dimensionPoints', { points: dimension.maxScore })}`
              : ` ${t('assessment.wizard.operationsScale')}`}
          </p>
          <div className="tb-questions">
            {dimension.indicators.map((indicator, index) => (
              <IndicatorQuestion
                key={indicator.code}
                indicator={indicator}
                number={`${step + 1}.${index + 1}`}
                value={answers[indicator.code]}
                onChange={wizard.setAnswer}
                language={language}
                missing={showMissing && missingSet.has(indicator.code)}
              />
            ))}
          </div>
        </>
      ) : (
        <ReviewStep
          missing={wizard.missing}
          answered={score.answered}
          total={score.indicatorCount}
          onJump={wizard.goToIndicator}
          serverErrors={wizard.serverErrors}
        />
      )}
    </>
  );
}

/** Previous / next, and submit on the review step. */
export function WizardNav({ wizard }: { wizard: AssessmentWizardState }) {
  const { t } = useTranslation();
  const { step, goToStep } = wizard;
  return (
    <nav className="tb-wizard__nav" aria-label={t('assessment.wizard.stepNav')}>
      <Button
        icon={<ArrowLeftOutlined />}
        disabled={step === 0}
        onClick={() => goToStep(step - 1)}
        data-testid="wizard-prev"
      >
        {t('assessment.wizard.prev')}
      </Button>
      {step < REVIEW_STEP ? (
        <Button type="primary" onClick={() => goToStep(step + 1)} data-testid="wizard-next">
          {step === REVIEW_STEP - 1 ? t('assessment.wizard.toReview') : t('assessment.wizard.next')}
          <ArrowRightOutlined />
        </Button>
      ) : (
        <Button
          type="primary"
          icon={<CheckOutlined />}
          onClick={wizard.requestSubmit}
          loading={wizard.submit.isPending}
          data-testid="assessment-submit"
        >
          {t('assessment.wizard.submit')}
        </Button>
      )}
    </nav>
  );
}
