import { HistoryOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { PATHS } from '../../../shared';
import { ButtonLink } from '../../../shared/ui';
import type { AssessmentWizardState } from '../hooks/use-assessment-wizard';
import { DraftStatus } from './draft-status';

/** Title, the draft's save state and the link to earlier assessments. */
export function WizardHeader({ wizard }: { wizard: AssessmentWizardState }) {
  const { t } = useTranslation();
  const { autosave } = wizard;
  return (
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
  );
}

/** "Your draft was resumed", with the way to start over. */
export function ResumedAlert({ wizard }: { wizard: AssessmentWizardState }) {
  const { t } = useTranslation();
  const { score, discard } = wizard;
  return (
    <Alert
      className="tb-wizard__resumed"
      type="info"
      showIcon
      closable={{ onClose: () => wizard.setResumed(false), 'aria-label': t('assessment.close') }}
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
          onConfirm={() => void wizard.startOver()}
        >
          <Button size="small" icon={<UndoOutlined />} loading={discard.isPending}>
            {t('assessment.wizard.startOver')}
          </Button>
        </Popconfirm>
      }
      data-testid="draft-resumed"
    />
  );
}
