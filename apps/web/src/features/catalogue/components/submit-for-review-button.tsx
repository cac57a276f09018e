import { SendOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib';
import { useSubmitOffering } from '../api/submit-offering';

export interface SubmitForReviewButtonProps {
  offeringId: string;
  title: string;
  type?: ButtonProps['type'];
  size?: ButtonProps['size'];
  onSubmitted?: () => void;
  testId?: string;
}

/** "Submit for review", confirmed first; says what happens next. */
export function SubmitForReviewButton({
  offeringId,
  title,
  type = 'primary',
  size,
  onSubmitted,
  testId = 'submit-for-review',
}: SubmitForReviewButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const submit = useSubmitOffering();
  return (
    <Popconfirm
      title={t('catalogue.submit.confirmTitle')}
      description={
        <span className="tb-cat-popconfirm">{t('catalogue.submit.confirmBody', { title })}</span>
      }
      okText={t('catalogue.submit.confirmOk')}
      cancelText={t('catalogue.common.cancel')}
      okButtonProps={{ 'data-testid': `${testId}-confirm` }}
      onConfirm={() =>
        submit.mutate(offeringId, {
          onSuccess: () => {
            void message.success(t('catalogue.submit.done'));
            onSubmitted?.();
          },
          onError: (error) => {
            void message.error(describeError(error, t));
          },
        })
      }
    >
      <Button
        type={type}
        size={size}
        icon={<SendOutlined />}
        loading={submit.isPending}
        data-testid={testId}
      >
        {t('catalogue.submit.action')}
      </Button>
    </Popconfirm>
  );
}
