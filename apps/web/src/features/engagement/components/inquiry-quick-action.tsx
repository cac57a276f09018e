import { ExperimentOutlined, MessageOutlined } from '@ant-design/icons';
import type { PlanView } from '@toolbox/contracts';
import type { InquiryKind } from '@toolbox/contracts/constants';
import { App, Button, Skeleton } from 'antd';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { smeInquiryPath } from '../../../shared';
import { useGetOffering } from '../../catalogue';
import { useAllMyInquiries } from '../api/list-all-my-inquiries';
import { linkedInquiry, type LinkedInquiryOptions } from '../engagement-model';
import { InquiryStatusTag } from './inquiry-status-tag';
import '../engagement.css';

// The dialog (a form in a modal) is fetched when first opened, not with every list of results.
const InquiryDialog = lazy(() =>
  import('./inquiry-dialog').then((m) => ({ default: m.InquiryDialog })),
);

export interface InquiryQuickActionProps {
  offeringId: string;
  offeringTitle: string;
  /** The offering's plans; when unknown (a search result), they are read when the dialog opens. */
  plans?: readonly PlanView[];
  /** The kind of a new request (the button); default `trial`. */
  kind?: InquiryKind;
  /** Which existing inquiry is shown instead of the button (default: an unfinished one of `kind`). */
  link?: LinkedInquiryOptions;
  /** Whether the button is offered when there is no inquiry to link (default true). */
  allowNew?: boolean;
  /** The primary (call-to-action) style for the button. */
  prominent?: boolean;
  /** A line shown before the button (not beside a linked inquiry), e.g. why to ask now. */
  hint?: ReactNode;
  testId: string;
}

/**
 * A compact "申请试用" for lists (the matches list, a plan card): a small button opening the
 * inquiry dialog, or — when the SME already has an inquiry there — its status and a link to the
 * thread. Reads the SME's inquiries once (shared with every other card); if they cannot be read the
 * button is still offered (the API answers a duplicate with 409, which the dialog explains).
 */
export function InquiryQuickAction({
  offeringId,
  offeringTitle,
  plans,
  kind = 'trial',
  link,
  allowNew = true,
  prominent = false,
  hint,
  testId,
}: InquiryQuickActionProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  // Mounted from the first opening on, so closing it still animates.
  const [mounted, setMounted] = useState(false);
  const inquiries = useAllMyInquiries({ enabled: true });
  const offering = useGetOffering(open && plans === undefined ? offeringId : undefined);

  if (inquiries.isPending) {
    return (
      <span className="tb-eng-quick" data-testid={testId} data-state="loading" aria-hidden="true">
        <Skeleton.Button active size="small" />
      </span>
    );
  }
  const linked = linkedInquiry(inquiries.data ?? [], offeringId, link ?? { kinds: [kind] });
  if (linked) {
    return (
      <span
        className="tb-eng-quick tb-eng-quick--open"
        data-testid={testId}
        data-state="open"
        data-inquiry-id={linked.id}
      >
        <InquiryStatusTag status={linked.status} />
        <Link
          to={smeInquiryPath(linked.id)}
          aria-label={t('engagement.quick.viewThreadOf', { title: offeringTitle })}
        >
          <MessageOutlined aria-hidden="true" /> {t('engagement.actions.viewThread')}
        </Link>
      </span>
    );
  }
  if (!allowNew) return null;

  return (
    <span className="tb-eng-quick" data-testid={testId} data-state="new">
      {hint && <span className="tb-eng-quick__hint">{hint}</span>}
      <Button
        size="small"
        type={prominent ? 'primary' : 'default'}
        icon={<ExperimentOutlined />}
        onClick={() => {
          setMounted(true);
          setOpen(true);
        }}
        aria-label={t(`engagement.quick.requestOf.${kind}`, { title: offeringTitle })}
        aria-haspopup="dialog"
      >
        {t(`engagement.actions.button.${kind}`)}
      </Button>
      {mounted && (
        <Suspense fallback={null}>
          <InquiryDialog
            open={open}
            kind={kind}
            offeringId={offeringId}
            offeringTitle={offeringTitle}
            plans={plans ?? offering.data?.plans ?? []}
            onClose={() => setOpen(false)}
            onDuplicate={() => void inquiries.refetch()}
            onCreated={() => {
              setOpen(false);
              void message.success(t('engagement.dialog.sent'));
            }}
          />
        </Suspense>
      )}
    </span>
  );
}
