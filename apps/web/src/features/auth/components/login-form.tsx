import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from '@toolbox/domain';
import { Alert, Form } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { describeError, isApiError } from '../../../lib';
import { type FieldErrorMapping, mapFieldErrors, showServerFieldErrors } from '../../../shared';
import { FormSubmit } from '../../../shared/ui';
import { type LogInBody, useLogIn } from '../api/log-in';
import { EmailField, PasswordField } from './credential-fields';

const FIELD_ERRORS: FieldErrorMapping = {
  fields: { email: 'email', password: 'password' },
  limits: { email: { maxLength: EMAIL_MAX_LENGTH }, password: { maxLength: PASSWORD_MAX_LENGTH } },
};

/** The sentence shown above the form for a failed sign-in (field problems go on the fields). */
function loginErrorMessage(error: unknown, t: TFunction): string | null {
  if (!isApiError(error)) return error ? t('errors.unknown') : null;
  if (error.status === 401) return t('auth.login.invalidCredentials');
  if (error.status === 429) return t('auth.login.tooManyAttempts');
  if (error.status === 400)
    return mapFieldErrors(error.fieldErrors, FIELD_ERRORS, t).other[0] ?? null;
  return describeError(error, t);
}

/** Email + password. On success the token is stored; the route guard then moves on. */
export function LoginForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<LogInBody>();
  const logIn = useLogIn();
  const errorMessage = loginErrorMessage(logIn.error, t);

  const onFinish = (values: LogInBody) => {
    logIn.mutate(
      { email: values.email.trim(), password: values.password },
      {
        onError: (error) => showServerFieldErrors(form, error, FIELD_ERRORS, t),
      },
    );
  };

  return (
    <Form<LogInBody>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={onFinish}
      disabled={logIn.isPending}
      data-testid="login-form"
    >
      {errorMessage && (
        <Alert
          type="error"
          showIcon
          title={errorMessage}
          className="tb-form-alert"
          data-testid="login-error"
        />
      )}
      <EmailField form="login" />
      <PasswordField form="login" />
      <FormSubmit loading={logIn.isPending} testId="login-submit" size="large" block>
        {t('auth.login.submit')}
      </FormSubmit>
    </Form>
  );
}
