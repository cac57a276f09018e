import { REVIEW_BODY_MAX, REVIEW_BODY_MIN } from '@toolbox/domain';
import { Alert, App, Card, Form, Input, Rate, Tag } from 'antd';
import type { RateProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, isApiError } from '../../../lib';
import {
  type FieldErrorMapping,
  formErrorSummary,
  maxLengthRule,
  requiredRule,
  showServerFieldErrors,
} from '../../../shared';
import { FormSubmit } from '../../../shared/ui';
import { usePutMyReview } from '../api/put-my-review';

interface ReviewFormValues {
  rating: number;
  body: string;
}

const FIELD_ERRORS: FieldErrorMapping = {
  fields: { rating: 'rating', body: 'body' },
  limits: {
    rating: { min: 1, max: 5 },
    body: { minLength: REVIEW_BODY_MIN, maxLength: REVIEW_BODY_MAX },
  },
};

export interface ReviewFormProps {
  offeringId: string;
  /** How the review will be badged (the SME's engagement with the offering). */
  verified: 'trial' | 'adopted';
  /** After a save: the page refetches the offering (rating, count). */
  onSaved?: () => void;
}

/** The SME's review of an offering it tried or adopted: 1–5 stars and 10–2000 characters. */
export function ReviewForm({ offeringId, verified, onSaved }: ReviewFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReviewFormValues>();
  const put = usePutMyReview();
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (values: ReviewFormValues) => {
    setProblem(null);
    try {
      await put.mutateAsync({ offeringId, rating: values.rating, body: values.body.trim() });
      setSaved(true);
      void message.success(t('engagement.review.form.saved'));
      onSaved?.();
    } catch (error) {
      if (isApiError(error) && error.status === 403) {
        setProblem(t('engagement.errors.notEligible'));
      } else if (showServerFieldErrors(form, error, FIELD_ERRORS, t)) {
        setProblem(formErrorSummary(error, FIELD_ERRORS, t));
      } else {
        setProblem(describeError(error, t));
      }
    }
  };

  return (
    <Card
      variant="borderless"
      className="tb-eng-review-form"
      title={
        <span>
          {saved ? t('engagement.review.form.editTitle') : t('engagement.review.form.title')}{' '}
          <Tag color={verified === 'adopted' ? 'green' : 'blue'}>
            {t(`engagement.review.verified.${verified}`)}
          </Tag>
        </span>
      }
      data-testid="review-form"
    >
      <p className="tb-eng-muted">{t('engagement.review.form.intro')}</p>
      {problem && (
        <Alert
          type="error"
          showIcon
          className="tb-eng-review-form__alert"
          title={t('engagement.review.form.failed')}
          description={problem}
          data-testid="review-error"
        />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        requiredMark={false}
      >
        <Form.Item
          name="rating"
          label={t('engagement.review.form.rating')}
          rules={[{ required: true, message: t('engagement.review.form.ratingRequired') }]}
        >
          <RatingInput data-testid="review-rating" />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('engagement.review.form.body')}
          rules={[
            requiredRule(t('engagement.review.form.bodyRequired')),
            {
              min: REVIEW_BODY_MIN,
              message: t('engagement.review.form.bodyMin', { count: REVIEW_BODY_MIN }),
            },
            maxLengthRule(t, REVIEW_BODY_MAX),
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={REVIEW_BODY_MAX}
            showCount
            placeholder={t('engagement.review.form.bodyPlaceholder')}
            data-testid="review-body"
          />
        </Form.Item>
        <FormSubmit loading={put.isPending} testId="review-submit">
          {t('engagement.review.form.submit')}
        </FormSubmit>
      </Form>
    </Card>
  );
}

/**
 * Form.Item marks a required control with `aria-required`, which the stars' element may not
 * carry (axe aria-allowed-attr, critical): drop it; the rule's message says it is required.
 */
function RatingInput({
  'aria-required': _required,
  ...props
}: RateProps & { 'aria-required'?: unknown }) {
  return <Rate {...props} />;
}
