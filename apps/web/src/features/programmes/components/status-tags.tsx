import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus, ProgrammeStatus } from '../api/types';
import { windowState } from '../budget';

const PROGRAMME_COLORS: Record<ProgrammeStatus, string> = {
  draft: 'default',
  published: 'green',
  closed: 'red',
};

const APPLICATION_COLORS: Record<ApplicationStatus, string> = {
  submitted: 'processing',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
};

export function ProgrammeStatusTag({
  status,
  window,
  testId,
}: {
  status: ProgrammeStatus;
  /** For a published programme: also whether it takes applications now. */
  window?: { opensAt: string; closesAt: string };
  testId?: string;
}) {
  const { t } = useTranslation();
  const state = status === 'published' && window ? windowState(window, new Date()) : null;
  return (
    <span className="tb-prog-tags">
      <Tag color={PROGRAMME_COLORS[status]} data-testid={testId}>
        {t(`programmes.status.${status}`)}
      </Tag>
      {state !== null && (
        <Tag color={state === 'open' ? 'blue' : 'default'}>{t(`programmes.window.${state}`)}</Tag>
      )}
    </span>
  );
}

export function ApplicationStatusTag({
  status,
  testId,
}: {
  status: ApplicationStatus;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Tag color={APPLICATION_COLORS[status]} data-testid={testId}>
      {t(`programmes.applicationStatus.${status}`)}
    </Tag>
  );
}
