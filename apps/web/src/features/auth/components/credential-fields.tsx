import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from '@toolbox/domain';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { emailRules, passwordRules } from '../../../shared';

/** The e-mail field of the sign-in and sign-up forms (`form` names their texts and test ids). */
export function EmailField({ form }: { form: 'login' | 'register' }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="email"
      label={t(`auth.${form}.email`)}
      validateTrigger="onBlur"
      rules={emailRules(t, EMAIL_MAX_LENGTH)}
    >
      <Input
        prefix={<MailOutlined aria-hidden="true" />}
        placeholder={t(`auth.${form}.emailPlaceholder`)}
        autoComplete="email"
        inputMode="email"
        data-testid={`${form}-email`}
      />
    </Form.Item>
  );
}

/** The password field: the current one to sign in, a new one of at least `minLength` to sign up. */
export function PasswordField({
  form,
  minLength,
}: {
  form: 'login' | 'register';
  minLength?: number;
}) {
  const { t } = useTranslation();
  const count = minLength === undefined ? {} : { count: minLength };
  return (
    <Form.Item
      name="password"
      label={t(`auth.${form}.password`)}
      extra={minLength === undefined ? undefined : t('auth.register.passwordHint', count)}
      rules={passwordRules(t, { min: minLength, max: PASSWORD_MAX_LENGTH })}
    >
      <Input.Password
        prefix={<LockOutlined aria-hidden="true" />}
        placeholder={t(`auth.${form}.passwordPlaceholder`, count)}
        autoComplete={minLength === undefined ? 'current-password' : 'new-password'}
        data-testid={`${form}-password`}
      />
    </Form.Item>
  );
}
