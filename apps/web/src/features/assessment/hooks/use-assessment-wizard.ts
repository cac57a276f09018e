import {
  type AnswerValue,
  CURRENT_QUESTIONNAIRE,
  runningScore,
  validateAnswers,
} from '@toolbox/domain';
import { App } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { assessmentResultPath, currentLanguageOf, validationErrorsOf } from '../../../shared';
import { describeError, isApiError } from '../../../lib';
import {
  dimensionIndexOf,
  type DraftAnswers,
  estimateLevel,
  indicatorOfField,
  missingIndicators,
} from '../answers';
import { useDeleteAssessmentDraft } from '../api/delete-assessment-draft';
import { useSubmitAssessment } from '../api/submit-assessment';
import { useDraftAutosave } from '../hooks/use-draft-autosave';
import { indicatorElementId } from '../components/indicator-question';

export const QUESTIONNAIRE = CURRENT_QUESTIONNAIRE;
export const DIMENSION_COUNT = QUESTIONNAIRE.dimensions.length;
/** The step after the last dimension: review and submit. */
export const REVIEW_STEP = DIMENSION_COUNT;

function firstIncompleteStep(answers: DraftAnswers): number {
  const missing = missingIndicators(QUESTIONNAIRE, answers)[0];
  return missing === undefined
    ? REVIEW_STEP
    : Math.max(0, dimensionIndexOf(QUESTIONNAIRE, missing));
}

/**
 * The wizard's state and moves: answers (autosaved as a draft), the current step, where focus
 * goes next, the running score and estimate, starting over, and submitting.
 */
export function useAssessmentWizard(initialAnswers: DraftAnswers, draftSavedAt: string | null) {
  const { t, i18n } = useTranslation();
  const language = currentLanguageOf(i18n.resolvedLanguage);
  const { message } = App.useApp();
  const navigate = useNavigate();
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
      const named = (validationErrorsOf(error) ?? [])
        .map((fieldError) => indicatorOfField(fieldError.field))
        .find((code) => code !== undefined);
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

  return {
    setResumed,
    language,
    answers,
    step,
    showMissing,
    resumed,
    serverErrors,
    confirming,
    setConfirming,
    stepHeadingRef,
    autosave,
    submit,
    discard,
    score,
    estimate,
    missing,
    missingSet,
    setAnswer,
    goToStep,
    goToIndicator,
    startOver,
    doSubmit,
    requestSubmit,
    dimension,
    percentAnswered,
  };
}

export type AssessmentWizardState = ReturnType<typeof useAssessmentWizard>;
