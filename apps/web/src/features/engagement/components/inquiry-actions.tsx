import {
  MessageOutlined,
  QuestionCircleOutlined,
  ExperimentOutlined,
  DollarOutlined,
} from '@ant-design/icons';
import type { PlanView } from '@toolbox/contracts';
import type { InquiryKind } from '@toolbox/contracts/constants';
import { App, Button, Skeleton } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { smeInquiryPath } from '../../../shared';
import { LoadFailed } from '../../../shared/ui';
import type { InquirySummary } from '../api/types';
import { inquiryActions } from '../engagement-model';
import { useEngagementLabels } from '../hooks/use-engagement-labels';
import { InquiryDialog } from './inquiry-dialog';
import { InquiryStatusTag } from './inquiry-status-tag';

const ICON: Record<InquiryKind, ReactNode> = {
  question: <QuestionCircleOutlined />,
  trial: <ExperimentOutlined />,
  quote: <DollarOutlined />,
};

export interface InquiryActionsProps {
  offeringId: string;
  offeringTitle: string;
  plans: readonly PlanView[];
  /** The SME's inquiries (all of them) as loaded by the caller. */
  inquiries: {
    data: readonly InquirySummary[] | undefined;
    isPending: boolean;
    isError: boolean;
    error: unknown;
    refetch: () => unknown;
  };
}

/**
 * "咨询 / 申请试用 / 获取报价" on an offering's page (signed-in SME): a button per kind, or — when
 * the SME already has an unfinished inquiry of that kind here — its status and a link to it.
 */
export function InquiryActions({
  offeringId,
  offeringTitle,
  plans,
  inquiries,
}: InquiryActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useEngagementLabels();
  const [dialogKind, setDialogKind] = useState<InquiryKind | null>(null);
  const [lastKind, setLastKind] = useState<InquiryKind>('question');

  if (inquiries.isPending) {
    return <Skeleton.Button active block aria-hidden="true" />;
  }
  if (inquiries.isError) {
    return (
      <LoadFailed
        error={inquiries.error}
        retry={() => void inquiries.refetch()}
        title={t('engagement.actions.loadFailed')}
      />
    );
  }
  const actions = inquiryActions(inquiries.data ?? [], offeringId);

  return (
    <div className="tb-eng-actions" data-testid="inquiry-actions">
      <ul className="tb-eng-actions__list">
        {actions.map((action) => (
          <li key={action.kind}>
            {action.state === 'new' ? (
              <Button
                block
                icon={ICON[action.kind]}
                type={action.kind === 'trial' ? 'primary' : 'default'}
                onClick={() => {
                  setLastKind(action.kind);
                  setDialogKind(action.kind);
                }}
                data-testid={`inquiry-action-${action.kind}`}
              >
                {t(`engagement.actions.button.${action.kind}`)}
              </Button>
            ) : (
              <div
                className="tb-eng-actions__open"
                data-testid={`inquiry-open-${action.kind}`}
                data-inquiry-id={action.inquiry.id}
              >
                <span>
                  {labels.kind(action.kind)} <InquiryStatusTag status={action.inquiry.status} />
                </span>
                <Link to={smeInquiryPath(action.inquiry.id)}>
                  <MessageOutlined aria-hidden="true" /> {t('engagement.actions.viewThread')}
                </Link>
              </div>
            )}
          </li>
        ))}
      </ul>
      <InquiryDialog
        open={dialogKind !== null}
        kind={dialogKind ?? lastKind}
        offeringId={offeringId}
        offeringTitle={offeringTitle}
        plans={plans}
        onClose={() => setDialogKind(null)}
        onDuplicate={() => void inquiries.refetch()}
        onCreated={() => {
          setDialogKind(null);
          void message.success(t('engagement.dialog.sent'));
        }}
      />
    </div>
  );
}
