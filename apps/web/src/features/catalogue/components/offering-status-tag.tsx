import type { OfferingStatus } from '@toolbox/domain';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCatalogueLabels } from '../hooks/use-catalogue-labels';

const STATUS_COLOR: Record<OfferingStatus, string> = {
  draft: 'default',
  pending: 'processing',
  published: 'success',
  rejected: 'error',
  suspended: 'warning',
};

export interface OfferingStatusTagProps {
  status: OfferingStatus;
  /** Reason of the last rejection or suspension; shown in a tooltip on those statuses. */
  reason?: string | null;
}

/** The status of an offering in its colour; a rejection or suspension explains itself on focus. */
export function OfferingStatusTag({ status, reason }: OfferingStatusTagProps) {
  const { t } = useTranslation();
  const labels = useCatalogueLabels();
  const tag = (
    <Tag color={STATUS_COLOR[status]} data-testid={`status-${status}`}>
      {labels.status(status)}
    </Tag>
  );
  if (!reason || (status !== 'rejected' && status !== 'suspended')) return tag;
  return (
    <Tooltip title={t('catalogue.status.reason', { reason })}>
      <span
        className="tb-cat-status-reason"
        tabIndex={0}
        aria-label={`${labels.status(status)}: ${t('catalogue.status.reason', { reason })}`}
      >
        {tag}
      </span>
    </Tooltip>
  );
}

export interface RevisionTagProps {
  /** A revision waits for review. */
  pending: boolean;
}

/** "Revision pending" beside the status of a published offering whose edit waits for review. */
export function RevisionTag({ pending }: RevisionTagProps) {
  const { t } = useTranslation();
  if (!pending) return null;
  return (
    <Tag color="purple" data-testid="revision-pending-tag">
      {t('catalogue.status.revisionPending')}
    </Tag>
  );
}
