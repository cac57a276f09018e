import { UserOutlined } from '@ant-design/icons';
import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type SelfServiceRole,
} from '@toolbox/domain';
import { Alert, Form, Input, Radio } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { describeError, isApiError } from '../../../lib';
import {
  type FieldErrorMapping,
  mapFieldErrors,
  maxLengthRule,
  requiredRule,
  showServerFieldErrors,
} from '../../../shared';
import { FormSubmit } from '../../../shared/ui';
import { type RegisterAccountBody, useRegisterAccount } from '../api/register-account';
import { EmailField, PasswordField } from './credential-fields';

const FIELD_ERRORS: FieldErrorMapping = {
  fields: { role: 'role', name: 'name', email: 'email', password: 'password' },
  limits: {
    name: { maxLength: NAME_MAX_LENGTH },
    email: { maxLength: EMAIL_MAX_LENGTH },
    password: { minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH },
  },
};

function isEmailTaken(error: unknown): boolean {
  return isApiError(error) && (error.code === 'EMAIL_TAKEN' || error.status === 409);
}

/** The sentence above the form; problems that belong to a field are shown on that field. */
function registerErrorMessage(error: unknown, t: TFunction): string | null {
  if (!error || isEmailTaken(error)) return null;
  if (!isApiError(error)) return t('errors.unknown');
  if (error.status === 429) return t('auth.register.tooManyAttempts');
  if (error.status === 400) {
    const { other, fields } = mapFieldErrors(error.fieldErrors, FIELD_ERRORS, t);
    if (other[0] !== undefined) return other[0];
    return fields.length > 0 ? null : t('auth.register.failed');
  }
  return describeError(error, t);
}

export interface RegisterFormProps {
  initialRole: SelfServiceRole;
}

/** Creates an SME or provider account; on success the route guard moves on to its home. */
export function RegisterForm({ initialRole }: RegisterFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RegisterAccountBody>();
  const registerAccount = useRegisterAccount();
  const errorMessage = registerErrorMessage(registerAccount.error, t);

  const onFinish = (values: RegisterAccountBody) => {
    registerAccount.mutate(
      {
        role: values.role,
        name: values.name.trim(),
        email: values.email.trim(),
        password: values.password,
      },
      {
        onError: (error) => {
          if (isEmailTaken(error)) {
            form.setFields([{ name: 'email', errors: [t('auth.register.emailTaken')] }]);
            return;
          }
          showServerFieldErrors(form, error, FIELD_ERRORS, t);
        },
      },
    );
  };

  const roleOptions: { value: SelfServiceRole; title: string; hint: string }[] = [
    { value: 'sme', title: t('auth.register.roleSme'), hint: t('auth.register.roleSmeHint') },
    {
      value: 'provider',
      title: t('auth.register.roleProvider'),
      hint: t('auth.register.roleProviderHint'),
    },
  ];

  return (
    <Form<RegisterAccountBody>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{ role: initialRole }}
      onFinish={onFinish}
      disabled={registerAccount.isPending}
      data-testid="register-form"
    >
      {errorMessage && (
        <Alert
          type="error"
          showIcon
          title={errorMessage}
          className="tb-form-alert"
          data-testid="register-error"
        />
      )}
      <Form.Item
        name="role"
        label={t('auth.register.role')}
        rules={[{ required: true, message: t('validation.roleRequired') }]}
      >
        <Radio.Group className="tb-role-options">
          {roleOptions.map((option) => (
            <Radio
              key={option.value}
              value={option.value}
              className="tb-role-option"
              data-testid={`register-role-${option.value}`}
            >
              <span className="tb-role-option__title">{option.title}</span>
              <span className="tb-role-option__hint">{option.hint}</span>
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="name"
        label={t('auth.register.name')}
        rules={[requiredRule(t('validation.nameRequired')), maxLengthRule(t, NAME_MAX_LENGTH)]}
      >
        <Input
          prefix={<UserOutlined aria-hidden="true" />}
          placeholder={t('auth.register.namePlaceholder')}
          autoComplete="name"
          maxLength={NAME_MAX_LENGTH}
          data-testid="register-name"
        />
      </Form.Item>
      <EmailField form="register" />
      <PasswordField form="register" minLength={PASSWORD_MIN_LENGTH} />
      <FormSubmit loading={registerAccount.isPending} testId="register-submit" size="large" block>
        {t('auth.register.submit')}
      </FormSubmit>
    </Form>
  );
}
