import { INQUIRY_LIMITS, type InquiryStatus } from '@toolbox/domain';
import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib';
import { maxLengthRule, requiredRule } from '../../../shared';
import { useLeadsLabels } from '../hooks/use-leads-labels';
import { reasonRequired } from '../status-moves';

interface MoveValues {
  reason?: string;
}

export interface MoveDialogProps {
  /** The status to move to; null when closed. */
  to: InquiryStatus | null;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onConfirm: (reason: string | undefined) => void;
}

/** Confirms a status move, with the reason (required for `lost`, optional otherwise). */
export function MoveDialog({ to, pending, error, onCancel, onConfirm }: MoveDialogProps) {
  const { t } = useTranslation();
  const labels = useLeadsLabels();
  const [form] = Form.useForm<MoveValues>();
  const required = to !== null && reasonRequired(to);
  return (
    <Modal
      open={to !== null}
      title={to ? t('leads.thread.moveTitle', { status: labels.inquiryStatus(to) }) : ''}
      okText={t('leads.thread.moveConfirm')}
      cancelText={t('leads.common.cancel')}
      okButtonProps={{
        danger: to === 'lost',
        loading: pending,
        htmlType: 'submit',
      }}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      afterClose={() => form.resetFields()}
      data-testid="lead-move-dialog"
    >
      {Boolean(error) && (
        <Alert type="error" showIcon title={describeError(error, t)} className="tb-form-alert" />
      )}
      <Form<MoveValues>
        form={form}
        layout="vertical"
        disabled={pending}
        onFinish={(values) => onConfirm(values.reason?.trim() || undefined)}
      >
        <Form.Item
          name="reason"
          label={t('leads.thread.reasonLabel')}
          extra={
            required ? t('leads.thread.reasonRequiredHint') : t('leads.thread.reasonOptionalHint')
          }
          rules={[
            ...(required ? [requiredRule(t('leads.thread.reasonRequired'))] : []),
            maxLengthRule(t, INQUIRY_LIMITS.reasonMax),
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={INQUIRY_LIMITS.reasonMax}
            showCount
            data-testid="lead-move-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
