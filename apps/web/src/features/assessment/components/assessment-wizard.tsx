import {
  ArrowLeftOutlined,
  ArrowRightOutlined,
  CheckOutlined,
  HistoryOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { Alert, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { PATHS } from '../../../shared';
import { ButtonLink } from '../../../shared/ui';
import { type DraftAnswers, pick } from '../answers';
import { DraftStatus } from './draft-status';
import { IndicatorQuestion } from './indicator-question';
import { RunningScorePanel } from './running-score-panel';
import '../assessment.css';
import { REVIEW_STEP, QUESTIONNAIRE, useAssessmentWizard } from '../hooks/use-assessment-wizard';
import { ReviewStep } from './review-step';
import { SubmitConfirmModal } from './submit-confirm-modal';
import { WizardProgress } from './wizard-progress';

export interface AssessmentWizardProps {
  /** The saved draft's usable answers ({} for a fresh start). */
  initialAnswers: DraftAnswers;
  /** When the draft was saved (null: no draft). */
  draftSavedAt: string | null;
}

/**
 * The questionnaire, one step per dimension and a final review: live running score, the draft
 * saved as you go (and resumed on return), validation that leads to the first unanswered
 * question, and submission after a confirmation.
 */
export function AssessmentWizard({ initialAnswers, draftSavedAt }: AssessmentWizardProps) {
  const { t } = useTranslation();
  const wizard = useAssessmentWizard(initialAnswers, draftSavedAt);
  const {
    language,
    answers,
    step,
    showMissing,
    resumed,
    serverErrors,
    stepHeadingRef,
    autosave,
    submit,
    discard,
    score,
    missing,
    missingSet,
    setAnswer,
    goToStep,
    goToIndicator,
    startOver,
    requestSubmit,
    dimension,
    setResumed,
    estimate,
  } = wizard;

  return (
    <div className="tb-page tb-wizard" data-testid="assessment-wizard">
      <header className="tb-assess-head">
        <div>
          <h1 className="tb-assess-head__title">{t('assessment.wizard.title')}</h1>
          <p className="tb-assess-head__subtitle">{t('assessment.wizard.subtitle')}</p>
        </div>
        <Space wrap className="tb-assess-head__actions">
          <DraftStatus
            state={autosave.state}
            savedAt={autosave.savedAt}
            onRetry={() => void autosave.flush()}
          />
          <ButtonLink to={PATHS.smeAssessments} icon={<HistoryOutlined />}>
            {t('assessment.history.link')}
          </ButtonLink>
        </Space>
      </header>

      {resumed && (
        <Alert
          className="tb-wizard__resumed"
          type="info"
          showIcon
          closable={{ onClose: () => setResumed(false), 'aria-label': t('assessment.close') }}
          title={t('assessment.wizard.resumedTitle')}
          description={t('assessment.wizard.resumedBody', {
            answered: score.answered,
            total: score.indicatorCount,
          })}
          action={
            <Popconfirm
              title={t('assessment.wizard.startOverConfirm')}
              okText={t('assessment.wizard.startOver')}
              cancelText={t('assessment.wizard.confirmCancel')}
              onConfirm={() => void startOver()}
            >
              <Button size="small" icon={<UndoOutlined />} loading={discard.isPending}>
                {t('assessment.wizard.startOver')}
              </Button>
            </Popconfirm>
          }
          data-testid="draft-resumed"
        />
      )}

      <WizardProgress wizard={wizard} />

      <div className="tb-wizard__layout">
        <div className="tb-wizard__main">
          <h2 className="tb-wizard__step-title" ref={stepHeadingRef} tabIndex={-1}>
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
                    onChange={setAnswer}
                    language={language}
                    missing={showMissing && missingSet.has(indicator.code)}
                  />
                ))}
              </div>
            </>
          ) : (
            <ReviewStep
              missing={missing}
              answered={score.answered}
              total={score.indicatorCount}
              onJump={goToIndicator}
              serverErrors={serverErrors}
            />
          )}

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
                {step === REVIEW_STEP - 1
                  ? t('assessment.wizard.toReview')
                  : t('assessment.wizard.next')}
                <ArrowRightOutlined />
              </Button>
            ) : (
              <Button
                type="primary"
                icon={<CheckOutlined />}
                onClick={requestSubmit}
                loading={submit.isPending}
                data-testid="assessment-submit"
              >
                {t('assessment.wizard.submit')}
              </Button>
            )}
          </nav>
        </div>

        <aside className="tb-wizard__aside" aria-label={t('assessment.running.title')}>
          <RunningScorePanel
            questionnaire={QUESTIONNAIRE}
            score={score}
            estimate={estimate}
            language={language}
          />
        </aside>
      </div>

      <SubmitConfirmModal wizard={wizard} />
    </div>
  );
}
