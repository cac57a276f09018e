import type { InquiryStatus } from '@toolbox/domain';
import { Tag } from 'antd';
import { STATUS_COLORS, useLeadsLabels } from '../hooks/use-leads-labels';

export function LeadStatusTag({ status }: { status: InquiryStatus }) {
  const labels = useLeadsLabels();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="lead-status">
      {labels.inquiryStatus(status)}
    </Tag>
  );
}
