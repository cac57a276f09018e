import {
  ArrowLeftOutlined,
  ArrowRightOutlined,
  CheckOutlined,
  HistoryOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import {
  type AnswerValue,
  CURRENT_QUESTIONNAIRE,
  runningScore,
  validateAnswers,
} from '@toolbox/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Grid,
  Modal,
  Popconfirm,
  Progress,
  Select,
  Space,
  Steps,
} from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { assessmentResultPath, currentLanguageOf, PATHS } from '../../../shared';
import { ButtonLink } from '../../../shared/ui';
import { describeError, isApiError } from '../../../lib';
import {
  dimensionIndexOf,
  dimensionProgress,
  type DraftAnswers,
  estimateLevel,
  indicatorOfMessage,
  missingIndicators,
  pick,
} from '../answers';
import { useDeleteAssessmentDraft } from '../api/delete-assessment-draft';
import { useSubmitAssessment } from '../api/submit-assessment';
import { useDraftAutosave } from '../hooks/use-draft-autosave';
import { DraftStatus } from './draft-status';
import { IndicatorQuestion, indicatorElementId } from './indicator-question';
import { LevelBadge } from './level-badge';
import { RunningScorePanel } from './running-score-panel';
import '../assessment.css';

const QUESTIONNAIRE = CURRENT_QUESTIONNAIRE;
const DIMENSION_COUNT = QUESTIONNAIRE.dimensions.length;
/** The last step checks the answers and submits. */
const REVIEW_STEP = DIMENSION_COUNT;

export interface AssessmentWizardProps {
  /** The saved draft's usable answers ({} for a fresh start). */
  initialAnswers: DraftAnswers;
  /** When the draft was saved (null: no draft). */
  draftSavedAt: string | null;
}

function firstIncompleteStep(answers: DraftAnswers): number {
  const missing = missingIndicators(QUESTIONNAIRE, answers)[0];
  return missing === undefined
    ? REVIEW_STEP
    : Math.max(0, dimensionIndexOf(QUESTIONNAIRE, missing));
}

/**
 * The questionnaire, one step per dimension and a final review: live running score, the draft
 * saved as you go (and resumed on return), validation that leads to the first unanswered
 * question, and submission after a confirmation.
 */
export function AssessmentWizard({ initialAnswers, draftSavedAt }: AssessmentWizardProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguageOf(i18n.resolvedLanguage);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const compact = !(screens.md ?? true);
  const [answers, setAnswers] = useState<DraftAnswers>(initialAnswers);
  const [step, setStep] = useState(() =>
    Object.keys(initialAnswers).length > 0 ? firstIncompleteStep(initialAnswers) : 0,
  );
  const [showMissing, setShowMissing] = useState(false);
  const [resumed, setResumed] = useState(draftSavedAt !== null);
  const [serverErrors, setServerErrors] = useState<readonly string[]>([]);
  const [confirming, setConfirming] = useState(false);
  /** Where to move focus after the next render: a question, or the step heading. */
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const stepHeadingRef = useRef<HTMLHeadingElement>(null);

  const autosave = useDraftAutosave(answers, draftSavedAt, initialAnswers);
  const submit = useSubmitAssessment();
  const discard = useDeleteAssessmentDraft();

  const score = useMemo(() => runningScore(QUESTIONNAIRE, answers), [answers]);
  const estimate = useMemo(
    () => estimateLevel(QUESTIONNAIRE, answers, score.totalScore),
    [answers, score.totalScore],
  );
  const missing = useMemo(() => missingIndicators(QUESTIONNAIRE, answers), [answers]);
  const missingSet = useMemo(() => new Set(missing), [missing]);

  useEffect(() => {
    if (focusTarget === null) return;
    const element =
      focusTarget === 'step' ? stepHeadingRef.current : document.getElementById(focusTarget);
    if (element) {
      element.scrollIntoView({ block: 'start', behavior: 'auto' });
      element.focus({ preventScroll: true });
    }
    setFocusTarget(null);
  }, [focusTarget, step]);

  const setAnswer = (code: string, value: AnswerValue | undefined) => {
    setAnswers((current) => {
      const next: Record<string, AnswerValue> = { ...current };
      if (value === undefined) delete next[code];
      else next[code] = value;
      return next;
    });
  };

  const goToStep = (next: number) => {
    if (next === step) return;
    void autosave.flush();
    setStep(next);
    setFocusTarget('step');
  };

  const goToIndicator = (code: string) => {
    const index = dimensionIndexOf(QUESTIONNAIRE, code);
    if (index < 0) return;
    if (index !== step) void autosave.flush();
    setStep(index);
    setFocusTarget(indicatorElementId(code));
  };

  const startOver = async () => {
    try {
      // Nothing may be left to save afterwards, or it would bring the old draft back.
      await autosave.flush();
      await discard.mutateAsync();
    } catch (error) {
      void message.error(describeError(error, t));
      return;
    }
    autosave.markSaved({}, null);
    setAnswers({});
    setShowMissing(false);
    setServerErrors([]);
    setResumed(false);
    setStep(0);
    setFocusTarget('step');
  };

  const doSubmit = async () => {
    setServerErrors([]);
    setConfirming(false);
    try {
      await autosave.pause();
      const result = await submit.mutateAsync(answers);
      void message.success(t('assessment.wizard.submitted'));
      void navigate(assessmentResultPath(result.id));
    } catch (error) {
      autosave.resume();
      const messages = isApiError(error) && error.status === 400 ? error.messages : [];
      setServerErrors(messages.length > 0 ? messages : [describeError(error, t)]);
      const named = messages.map(indicatorOfMessage).find((code) => code !== undefined);
      if (named) {
        setShowMissing(true);
        goToIndicator(named);
      }
    }
  };

  const requestSubmit = () => {
    const problems = validateAnswers(QUESTIONNAIRE, answers);
    const first = problems[0];
    if (first) {
      setShowMissing(true);
      void message.warning(t('assessment.wizard.incomplete', { missing: missing.length }));
      goToIndicator(first.indicator);
      return;
    }
    setConfirming(true);
  };

  const dimension = step < DIMENSION_COUNT ? QUESTIONNAIRE.dimensions[step] : undefined;
  const percentAnswered = Math.round((score.answered / score.indicatorCount) * 100);

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

      <Modal
        open={confirming}
        title={t('assessment.wizard.confirmTitle')}
        onCancel={() => setConfirming(false)}
        footer={[
          <Button key="cancel" onClick={() => setConfirming(false)}>
            {t('assessment.wizard.confirmCancel')}
          </Button>,
          <Button
            key="ok"
            type="primary"
            onClick={() => void doSubmit()}
            data-testid="assessment-confirm-submit"
          >
            {t('assessment.wizard.confirmOk')}
          </Button>,
        ]}
      >
        <p>{t('assessment.wizard.confirmBody', { score: score.totalScore })}</p>
        <p className="tb-confirm__level">
          {t('assessment.running.estimate')}{' '}
          <LevelBadge level={estimate.level} language={language} />
        </p>
      </Modal>
    </div>
  );
}

interface ReviewStepProps {
  missing: readonly string[];
  answered: number;
  total: number;
  onJump: (code: string) => void;
  serverErrors: readonly string[];
}

function ReviewStep({ missing, answered, total, onJump, serverErrors }: ReviewStepProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguageOf(i18n.resolvedLanguage);
  const nameOf = (code: string): string => {
    for (const dimension of QUESTIONNAIRE.dimensions) {
      const indicator = dimension.indicators.find((i) => i.code === code);
      if (indicator) return pick(indicator.nameZh, indicator.nameEn, language);
    }
    return code;
  };
  return (
    <div className="tb-review" data-testid="review-step">
      {serverErrors.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('assessment.wizard.submitFailed')}
          description={
            <ul className="tb-review__errors">
              {serverErrors.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          }
          data-testid="submit-error"
        />
      )}
      {missing.length === 0 ? (
        <Alert
          type="success"
          showIcon
          title={t('assessment.wizard.readyTitle')}
          description={t('assessment.wizard.readyBody', { total })}
          data-testid="review-ready"
        />
      ) : (
        <Alert
          type="warning"
          showIcon
          title={t('assessment.wizard.missingTitle', { missing: missing.length })}
          description={
            <>
              <p>{t('assessment.wizard.missingBody', { answered, total })}</p>
              <ul className="tb-review__missing" data-testid="review-missing">
                {missing.map((code) => (
                  <li key={code}>
                    <Button type="link" size="small" onClick={() => onJump(code)}>
                      {nameOf(code)}
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          }
        />
      )}
      <p className="tb-review__note">{t('assessment.wizard.immutableNote')}</p>
    </div>
  );
}
