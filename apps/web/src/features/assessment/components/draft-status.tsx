import {
  CheckCircleFilled,
  CloudSyncOutlined,
  EditOutlined,
  WarningFilled,
} from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DraftSaveState } from '../hooks/use-draft-autosave';

export interface DraftStatusProps {
  state: DraftSaveState;
  savedAt: string | null;
  onRetry: () => void;
}

function timeOf(iso: string, language: string): string {
  return new Date(iso).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' });
}

/** "已保存 14:32" and friends: where the draft stands, announced politely to screen readers. */
export function DraftStatus({ state, savedAt, onRetry }: DraftStatusProps) {
  const { t, i18n } = useTranslation();
  let content;
  switch (state) {
    case 'idle':
      content = (
        <>
          <EditOutlined aria-hidden="true" /> {t('assessment.draft.idle')}
        </>
      );
      break;
    case 'unsaved':
      content = (
        <>
          <EditOutlined aria-hidden="true" /> {t('assessment.draft.unsaved')}
        </>
      );
      break;
    case 'saving':
      content = (
        <>
          <CloudSyncOutlined aria-hidden="true" /> {t('assessment.draft.saving')}
        </>
      );
      break;
    case 'saved':
      content = (
        <>
          <CheckCircleFilled aria-hidden="true" className="tb-draft-status__ok" />{' '}
          {savedAt
            ? t('assessment.draft.savedAt', {
                time: timeOf(savedAt, i18n.resolvedLanguage ?? 'zh-CN'),
              })
            : t('assessment.draft.saved')}
        </>
      );
      break;
    case 'error':
      content = (
        <>
          <WarningFilled aria-hidden="true" className="tb-draft-status__error" />{' '}
          {t('assessment.draft.error')}
          <Button type="link" size="small" onClick={onRetry}>
            {t('assessment.draft.retry')}
          </Button>
        </>
      );
      break;
  }
  return (
    <span className="tb-draft-status" role="status" data-testid="draft-status" data-state={state}>
      {content}
    </span>
  );
}
