import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@toolbox/domain';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { authToken, describeError, isApiError } from '../../../lib';
import { PATHS, passwordRules } from '../../../shared';
import { type ChangePasswordBody, useChangePassword } from '../api/change-password';

interface ChangePasswordValues extends ChangePasswordBody {
  confirmPassword: string;
}

export interface ChangePasswordDialogProps {
  open: boolean;
  onClose: () => void;
}

/** The sentence above the form for a failed change (a wrong current password goes on its field). */
function changeErrorMessage(error: unknown, t: TFunction): string | null {
  if (!error) return null;
  if (isApiError(error) && error.status === 401) return t('auth.password.wrongCurrent');
  if (isApiError(error) && error.status === 429) return t('auth.login.tooManyAttempts');
  return describeError(error, t);
}

/**
 * Changes the password. The API then revokes every token of the account, this one included, so
 * on success the session ends here and the user signs in again with the new password.
 */
export function ChangePasswordDialog({ open, onClose }: ChangePasswordDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ChangePasswordValues>();
  const change = useChangePassword();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorMessage = changeErrorMessage(change.error, t);

  const onFinish = ({ currentPassword, newPassword }: ChangePasswordValues) => {
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          onClose();
          authToken.end('logout');
          queryClient.clear();
          void navigate(PATHS.login, { replace: true });
          void message.success(t('auth.password.changed'));
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('auth.password.title')}
      okText={t('auth.password.submit')}
      cancelText={t('auth.password.cancel')}
      okButtonProps={{
        loading: change.isPending,
        htmlType: 'submit',
        'data-testid': 'password-submit',
      }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      afterClose={() => {
        form.resetFields();
        change.reset();
      }}
      data-testid="change-password-dialog"
    >
      <p>{t('auth.password.intro')}</p>
      {errorMessage && (
        <Alert
          type="error"
          showIcon
          title={errorMessage}
          className="tb-form-alert"
          data-testid="password-error"
        />
      )}
      <Form<ChangePasswordValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        disabled={change.isPending}
      >
        <Form.Item
          name="currentPassword"
          label={t('auth.password.current')}
          rules={passwordRules(t, { max: PASSWORD_MAX_LENGTH })}
        >
          <Input.Password autoComplete="current-password" data-testid="password-current" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('auth.password.new')}
          extra={t('auth.register.passwordHint', { count: PASSWORD_MIN_LENGTH })}
          rules={passwordRules(t, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })}
        >
          <Input.Password autoComplete="new-password" data-testid="password-new" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('auth.password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('validation.passwordRequired') },
            ({ getFieldValue }) => ({
              validator: (_rule, value: unknown) =>
                value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('auth.password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-confirm" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
