import { CheckOutlined, CloseOutlined, StopOutlined } from '@ant-design/icons';
import type { OfferingView } from '@toolbox/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, isApiError } from '../../../lib';
import { useApproveOffering } from '../api/approve-offering';
import { catalogueKeys } from '../api/keys';
import { useRejectOffering } from '../api/reject-offering';
import { useSuspendOffering } from '../api/suspend-offering';
import { type ReasonKind, ReasonModal } from './reason-modal';

export interface ReviewActionsProps {
  /** `version` is the one the admin was shown: every decision sends it back (409 when stale). */
  offering: Pick<OfferingView, 'id' | 'title' | 'status' | 'pendingRevision' | 'version'>;
  /** After a decision went through (the lists refresh on their own). */
  onDone?: () => void;
  size?: 'small' | 'middle' | 'large';
}

/** The offering changed after the version the admin reviewed (the server changed nothing). */
export function isVersionConflict(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && error.code === 'VERSION_CONFLICT';
}

/** Approve / reject / suspend — only the moves that are legal for the offering's status. */
export function ReviewActions({ offering, onDone, size = 'middle' }: ReviewActionsProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const approve = useApproveOffering();
  const reject = useRejectOffering();
  const suspend = useSuspendOffering();
  const queryClient = useQueryClient();
  /** Tells the admin that what they reviewed is out of date and reloads it on request. */
  const showStale = () => {
    modal.warning({
      title: t('catalogue.review.staleTitle'),
      content: t('catalogue.review.staleBody'),
      okText: t('catalogue.review.staleRefresh'),
      okButtonProps: { 'data-testid': 'review-stale-refresh' },
      onOk: () => queryClient.invalidateQueries({ queryKey: catalogueKeys.all }),
    });
  };
  // The kind stays set while the modal closes, so its title does not change under the animation.
  const [reasonKind, setReasonKind] = useState<ReasonKind>('reject');
  const [reasonOpen, setReasonOpen] = useState(false);
  const openReason = (kind: ReasonKind) => {
    setReasonKind(kind);
    setReasonOpen(true);
  };
  const revision = offering.status === 'published' && offering.pendingRevision;
  const reviewable = offering.status === 'pending' || revision;
  const suspendable = offering.status === 'published';

  const confirmApprove = () => {
    modal.confirm({
      title: revision
        ? t('catalogue.review.approveRevisionTitle', { title: offering.title })
        : t('catalogue.review.approveTitle', { title: offering.title }),
      content: revision
        ? t('catalogue.review.approveRevisionBody')
        : t('catalogue.review.approveBody'),
      okText: t('catalogue.review.approve'),
      cancelText: t('catalogue.common.cancel'),
      okButtonProps: { 'data-testid': 'approve-confirm' },
      onOk: () =>
        approve.mutateAsync({ id: offering.id, version: offering.version }).then(
          () => {
            void message.success(
              revision ? t('catalogue.review.approvedRevision') : t('catalogue.review.approved'),
            );
            onDone?.();
          },
          (error: unknown) => {
            if (isVersionConflict(error)) showStale();
            else void message.error(describeError(error, t));
          },
        ),
    });
  };

  const onReason = (reason: string) => {
    const mutation = reasonKind === 'suspend' ? suspend : reject;
    mutation.mutate(
      { id: offering.id, reason, version: offering.version },
      {
        onError: (error) => {
          if (!isVersionConflict(error)) return;
          setReasonOpen(false);
          showStale();
        },
        onSuccess: () => {
          void message.success(
            reasonKind === 'suspend'
              ? t('catalogue.review.suspended')
              : reasonKind === 'rejectRevision'
                ? t('catalogue.review.rejectedRevision')
                : t('catalogue.review.rejected'),
          );
          setReasonOpen(false);
          onDone?.();
        },
      },
    );
  };

  if (!reviewable && !suspendable) return null;
  return (
    <>
      <Space wrap>
        {reviewable && (
          <Button
            type="primary"
            size={size}
            icon={<CheckOutlined />}
            onClick={confirmApprove}
            loading={approve.isPending}
            data-testid="review-approve"
          >
            {revision ? t('catalogue.review.approveRevision') : t('catalogue.review.approve')}
          </Button>
        )}
        {reviewable && (
          <Button
            danger
            size={size}
            icon={<CloseOutlined />}
            onClick={() => {
              reject.reset();
              openReason(revision ? 'rejectRevision' : 'reject');
            }}
            data-testid="review-reject"
          >
            {revision ? t('catalogue.review.rejectRevision') : t('catalogue.review.reject')}
          </Button>
        )}
        {suspendable && (
          <Button
            size={size}
            icon={<StopOutlined />}
            onClick={() => {
              suspend.reset();
              openReason('suspend');
            }}
            data-testid="review-suspend"
          >
            {t('catalogue.review.suspend')}
          </Button>
        )}
      </Space>
      <ReasonModal
        open={reasonOpen}
        kind={reasonKind}
        offeringTitle={offering.title}
        pending={reject.isPending || suspend.isPending}
        error={reasonKind === 'suspend' ? suspend.error : reject.error}
        onCancel={() => setReasonOpen(false)}
        onConfirm={onReason}
      />
    </>
  );
}
