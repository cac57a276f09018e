import type { DraftAnswers } from '../answers';
import { useTranslation } from 'react-i18next';
import '../assessment.css';
import { QUESTIONNAIRE, useAssessmentWizard } from '../hooks/use-assessment-wizard';
import { RunningScorePanel } from './running-score-panel';
import { SubmitConfirmModal } from './submit-confirm-modal';
import { ResumedAlert, WizardHeader } from './wizard-header';
import { WizardProgress } from './wizard-progress';
import { WizardNav, WizardStep } from './wizard-step';

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

  return (
    <div className="tb-page tb-wizard" data-testid="assessment-wizard">
      <WizardHeader wizard={wizard} />
      {wizard.resumed && <ResumedAlert wizard={wizard} />}
      <WizardProgress wizard={wizard} />

      <div className="tb-wizard__layout">
        <div className="tb-wizard__main">
          <WizardStep wizard={wizard} />
          <WizardNav wizard={wizard} />
        </div>

        <aside className="tb-wizard__aside" aria-label={t('assessment.running.title')}>
          <RunningScorePanel
            questionnaire={QUESTIONNAIRE}
            score={wizard.score}
            estimate={wizard.estimate}
            language={wizard.language}
          />
        </aside>
      </div>

      <SubmitConfirmModal wizard={wizard} />
    </div>
  );
}
