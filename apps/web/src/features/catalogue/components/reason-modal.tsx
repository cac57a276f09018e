import { OFFERING_LIMITS } from '@toolbox/domain';
import { Alert, Form, Input, Modal, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib';
import { maxLengthRule, requiredRule } from '../../../shared';

export type ReasonKind = 'reject' | 'rejectRevision' | 'suspend';

const PRESETS: Record<
  ReasonKind,
  readonly (
    'incomplete' | 'pricing' | 'fit' | 'claims' | 'contact' | 'complaint' | 'verification' | 'rules'
  )[]
> = {
  reject: ['incomplete', 'pricing', 'fit', 'claims', 'contact'],
  rejectRevision: ['incomplete', 'pricing', 'claims'],
  suspend: ['complaint', 'verification', 'rules'],
};

interface ReasonValues {
  reason: string;
}

export interface ReasonModalProps {
  open: boolean;
  kind: ReasonKind;
  offeringTitle: string;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}

/** Asks for the (required) reason of a rejection or suspension; common reasons are one click away. */
export function ReasonModal({
  open,
  kind,
  offeringTitle,
  pending,
  error,
  onCancel,
  onConfirm,
}: ReasonModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ReasonValues>();
  const reason = Form.useWatch('reason', form) ?? '';
  const max = OFFERING_LIMITS.reasonMax;
  const title =
    kind === 'suspend'
      ? t('catalogue.review.suspendTitle', { title: offeringTitle })
      : kind === 'rejectRevision'
        ? t('catalogue.review.rejectRevisionTitle', { title: offeringTitle })
        : t('catalogue.review.rejectTitle', { title: offeringTitle });

  return (
    <Modal
      open={open}
      title={title}
      okText={kind === 'suspend' ? t('catalogue.review.suspend') : t('catalogue.review.reject')}
      cancelText={t('catalogue.common.cancel')}
      okButtonProps={{ danger: true, loading: pending, htmlType: 'submit' }}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      afterClose={() => form.resetFields()}
      data-testid="reason-modal"
    >
      <p className="tb-cat-modal-intro">
        {kind === 'suspend'
          ? t('catalogue.review.suspendIntro')
          : kind === 'rejectRevision'
            ? t('catalogue.review.rejectRevisionIntro')
            : t('catalogue.review.rejectIntro')}
      </p>
      {Boolean(error) && (
        <Alert type="error" showIcon title={describeError(error, t)} className="tb-form-alert" />
      )}
      <Form<ReasonValues>
        form={form}
        layout="vertical"
        onFinish={(values) => onConfirm(values.reason.trim())}
        disabled={pending}
      >
        <div className="tb-cat-presets" role="group" aria-label={t('catalogue.review.presets')}>
          <span className="tb-cat-presets__label">{t('catalogue.review.presets')}</span>
          {PRESETS[kind].map((preset) => {
            const text = t(`catalogue.review.presetReasons.${preset}`);
            return (
              <Tag.CheckableTag
                key={preset}
                checked={reason === text}
                onChange={() => form.setFieldsValue({ reason: text })}
                data-testid={`reason-preset-${preset}`}
              >
                {text}
              </Tag.CheckableTag>
            );
          })}
        </div>
        <Form.Item
          name="reason"
          label={t('catalogue.review.reasonLabel')}
          extra={t('catalogue.review.reasonHint')}
          rules={[requiredRule(t('catalogue.review.reasonRequired')), maxLengthRule(t, max)]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={max}
            showCount
            placeholder={t('catalogue.review.reasonPlaceholder')}
            data-testid="reason-input"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
