import type { PlanView } from '@toolbox/contracts';
import { INQUIRY_LIMITS, type InquiryKind } from '@toolbox/contracts/constants';
import { Alert, Button, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, isApiError } from '../../../lib';
import {
  type FieldErrorMapping,
  formErrorSummary,
  PATHS,
  showServerFieldErrors,
} from '../../../shared';
import { ButtonLink, TextField } from '../../../shared/ui';
import { useCreateInquiry } from '../api/create-inquiry';
import type { Inquiry } from '../api/types';

interface InquiryFormValues {
  message: string;
  planName?: string;
}

const FIELD_ERRORS: FieldErrorMapping = {
  fields: { message: 'message', planName: 'planName' },
  limits: {
    message: { minLength: INQUIRY_LIMITS.messageMin, maxLength: INQUIRY_LIMITS.messageMax },
    planName: { maxLength: INQUIRY_LIMITS.planNameMax },
  },
};

/** What went wrong: a refusal the dialog explains in its own words, or another error's text. */
type Problem = { type: 'profile' | 'duplicate' | 'limit' } | { type: 'error'; text: string };

/** `code`s of the refusals the dialog explains in its own words. */
const SME_PROFILE_REQUIRED = 'SME_PROFILE_REQUIRED';
const INQUIRY_EXISTS = 'INQUIRY_EXISTS';

export interface InquiryDialogProps {
  open: boolean;
  kind: InquiryKind;
  offeringId: string;
  offeringTitle: string;
  plans: readonly PlanView[];
  onClose: () => void;
  onCreated: (inquiry: Inquiry) => void;
  /** The API said the SME already has one of this kind (the page refetches and shows it). */
  onDuplicate: () => void;
}

/** The message (and, for a trial or a quote, the plan) of a new inquiry. */
export function InquiryDialog({
  open,
  kind,
  offeringId,
  offeringTitle,
  plans,
  onClose,
  onCreated,
  onDuplicate,
}: InquiryDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<InquiryFormValues>();
  const create = useCreateInquiry();
  const [problem, setProblem] = useState<Problem | null>(null);
  const withPlan = kind !== 'question' && plans.length > 0;

  const submit = async (values: InquiryFormValues) => {
    setProblem(null);
    try {
      const inquiry = await create.mutateAsync({
        offeringId,
        kind,
        message: values.message.trim(),
        ...(withPlan && values.planName ? { planName: values.planName } : {}),
      });
      form.resetFields();
      onCreated(inquiry);
    } catch (error) {
      if (isApiError(error) && error.status === 409 && error.code === SME_PROFILE_REQUIRED) {
        setProblem({ type: 'profile' });
      } else if (isApiError(error) && error.status === 409 && error.code === INQUIRY_EXISTS) {
        setProblem({ type: 'duplicate' });
        onDuplicate();
      } else if (isApiError(error) && error.status === 429) {
        setProblem({ type: 'limit' });
      } else if (showServerFieldErrors(form, error, FIELD_ERRORS, t)) {
        const summary = formErrorSummary(error, FIELD_ERRORS, t);
        setProblem(summary ? { type: 'error', text: summary } : null);
      } else {
        setProblem({ type: 'error', text: describeError(error, t) });
      }
    }
  };

  const alert = (() => {
    if (problem === null) return null;
    switch (problem.type) {
      case 'profile':
        return (
          <Alert
            type="warning"
            showIcon
            title={t('engagement.errors.profileRequired')}
            action={
              <ButtonLink to={PATHS.smeProfile} size="small" type="primary">
                {t('engagement.errors.toProfile')}
              </ButtonLink>
            }
            data-testid="inquiry-profile-required"
          />
        );
      case 'duplicate':
        return (
          <Alert
            type="info"
            showIcon
            title={t('engagement.errors.duplicate')}
            data-testid="inquiry-duplicate"
          />
        );
      case 'limit':
        return (
          <Alert
            type="warning"
            showIcon
            title={t('engagement.errors.dailyLimit', { count: INQUIRY_LIMITS.newPerSmePerDay })}
            data-testid="inquiry-limit"
          />
        );
      case 'error':
        return (
          <Alert
            type="error"
            showIcon
            title={t('engagement.dialog.failed')}
            description={problem.text}
            data-testid="inquiry-error"
          />
        );
    }
  })();

  return (
    <Modal
      open={open}
      title={
        <span>
          {t(`engagement.dialog.title.${kind}`)}
          <span className="tb-eng-dialog__subject">{offeringTitle}</span>
        </span>
      }
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('engagement.dialog.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          loading={create.isPending}
          disabled={problem !== null && problem.type !== 'error'}
          onClick={() => form.submit()}
          data-testid="inquiry-submit"
        >
          {t('engagement.dialog.submit')}
        </Button>,
      ]}
    >
      <div className="tb-eng-dialog" data-testid="inquiry-dialog" data-kind={kind}>
        {alert && <div className="tb-eng-dialog__alert">{alert}</div>}
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) => void submit(values)}
          preserve={false}
          requiredMark={false}
        >
          {withPlan && (
            <Form.Item
              name="planName"
              label={t('engagement.dialog.plan')}
              extra={t('engagement.dialog.planHint')}
            >
              <Select
                allowClear
                placeholder={t('engagement.dialog.planPlaceholder')}
                options={plans.map((plan) => ({ value: plan.name, label: plan.name }))}
                data-testid="inquiry-plan"
              />
            </Form.Item>
          )}
          <TextField
            name="message"
            label={t('engagement.dialog.message')}
            requiredMessage={t('engagement.dialog.messageRequired')}
            max={INQUIRY_LIMITS.messageMax}
            rows={{ minRows: 4, maxRows: 10 }}
            placeholder={t(`engagement.dialog.messagePlaceholder.${kind}`)}
            testId="inquiry-message"
          />
        </Form>
      </div>
    </Modal>
  );
}
