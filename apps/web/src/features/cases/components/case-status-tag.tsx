import type { CaseStatus } from '@toolbox/contracts';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

const COLOR: Record<CaseStatus, string> = {
  draft: 'default',
  pending: 'processing',
  published: 'success',
  rejected: 'error',
};

export interface CaseStatusTagProps {
  status: CaseStatus;
  /** The rejection reason, shown next to the tag. */
  reason?: string | null;
  /** Show the reason in a tooltip instead of next to the tag. */
  reasonInTooltip?: boolean;
}

/** 草稿 / 待审核 / 已发布 / 已驳回, with the rejection reason. */
export function CaseStatusTag({ status, reason, reasonInTooltip = false }: CaseStatusTagProps) {
  const { t } = useTranslation();
  const tag = (
    <Tag color={COLOR[status]} data-testid={`case-status-${status}`}>
      {t(`cases.status.${status}`)}
    </Tag>
  );
  if (status !== 'rejected' || !reason) return tag;
  const text = t('cases.status.reason', { reason });
  if (reasonInTooltip) {
    return (
      <Tooltip title={text}>
        <span tabIndex={0}>{tag}</span>
      </Tooltip>
    );
  }
  return (
    <span className="tb-case-status">
      {tag}
      <span className="tb-case-muted" data-testid="case-status-reason">
        {text}
      </span>
    </span>
  );
}
