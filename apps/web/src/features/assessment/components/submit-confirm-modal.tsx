import { Button, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { LevelBadge } from './level-badge';
import type { AssessmentWizardState } from '../hooks/use-assessment-wizard';

export interface SubmitConfirmModalProps {
  wizard: AssessmentWizardState;
}

/** Asks before submitting, showing the level the answers lead to. */
export function SubmitConfirmModal({ wizard }: SubmitConfirmModalProps) {
  const { t } = useTranslation();
  const { confirming, setConfirming, doSubmit, estimate, language, score } = wizard;
  return (
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
        {t('assessment.running.estimate')} <LevelBadge level={estimate.level} language={language} />
      </p>
    </Modal>
  );
}
