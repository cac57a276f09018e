import { EyeInvisibleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib';
import { maxLengthRule, requiredRule } from '../../../shared';
import { useSession } from '../../auth';
import { useHideReview } from '../api/hide-review';

/** `HIDE_REASON_MAX` of @toolbox/contracts (a decorated module the web does not load). */
const HIDE_REASON_MAX = 500;

export interface ReviewModerationButtonProps {
  reviewId: string;
  /** Called once the review is hidden (all queries are refetched anyway). */
  onHidden?: () => void;
}

interface HideValues {
  reason: string;
}

/**
 * "隐藏 / Hide" on one review, for admins only (renders nothing for anyone else): asks for the
 * required reason and calls `POST /api/admin/reviews/:id/hide`. Test ids: `review-hide-<id>`,
 * `review-hide-dialog`, `review-hide-reason`.
 */
export function ReviewModerationButton({ reviewId, onHidden }: ReviewModerationButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const hide = useHideReview();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<HideValues>();
  if (session.status !== 'authenticated' || session.user.role !== 'admin') return null;

  return (
    <>
      <Button
        size="small"
        danger
        icon={<EyeInvisibleOutlined />}
        onClick={() => {
          hide.reset();
          setOpen(true);
        }}
        data-testid={`review-hide-${reviewId}`}
      >
        {t('leads.moderation.hide')}
      </Button>
      <Modal
        open={open}
        title={t('leads.moderation.hideTitle')}
        okText={t('leads.moderation.confirm')}
        cancelText={t('leads.common.cancel')}
        okButtonProps={{ danger: true, loading: hide.isPending, htmlType: 'submit' }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        afterClose={() => form.resetFields()}
        data-testid="review-hide-dialog"
      >
        <p>{t('leads.moderation.hideIntro')}</p>
        {hide.isError && (
          <Alert
            type="error"
            showIcon
            title={describeError(hide.error, t)}
            className="tb-form-alert"
          />
        )}
        <Form<HideValues>
          form={form}
          layout="vertical"
          disabled={hide.isPending}
          onFinish={(values) =>
            hide.mutate(
              { id: reviewId, reason: values.reason.trim() },
              {
                onSuccess: () => {
                  setOpen(false);
                  void message.success(t('leads.moderation.hidden'));
                  onHidden?.();
                },
              },
            )
          }
        >
          <Form.Item
            name="reason"
            label={t('leads.moderation.reasonLabel')}
            rules={[
              requiredRule(t('leads.moderation.reasonRequired')),
              maxLengthRule(t, HIDE_REASON_MAX),
            ]}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 6 }}
              maxLength={HIDE_REASON_MAX}
              showCount
              placeholder={t('leads.moderation.reasonPlaceholder')}
              data-testid="review-hide-reason"
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
