import type { InquiryStatus } from '@toolbox/contracts/constants';
import { Tag } from 'antd';
import { useEngagementLabels } from '../hooks/use-engagement-labels';

const COLOR: Record<InquiryStatus, string> = {
  open: 'gold',
  responded: 'blue',
  trialing: 'purple',
  won: 'green',
  lost: 'default',
  withdrawn: 'default',
};

/** An inquiry's status as a coloured tag. */
export function InquiryStatusTag({ status }: { status: InquiryStatus }) {
  const labels = useEngagementLabels();
  return (
    <Tag color={COLOR[status]} data-testid="inquiry-status" data-status={status}>
      {labels.status(status)}
    </Tag>
  );
}
