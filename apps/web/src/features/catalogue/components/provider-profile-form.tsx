import type { ProviderView } from '@toolbox/contracts';
import { OFFERING_LIMITS, PROVIDER_KINDS, type ProviderKind } from '@toolbox/domain';
import { Alert, App, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  type FieldErrorMapping,
  formErrorSummary,
  maxLengthRule,
  showServerFieldErrors,
} from '../../../shared';
import { FormSubmit, TextField } from '../../../shared/ui';
import { type SaveMyProviderBody, useSaveMyProvider } from '../api/save-my-provider';
import { useCatalogueLabels } from '../hooks/use-catalogue-labels';

const FIELD_ERRORS: FieldErrorMapping = {
  fields: { name: 'name', kind: 'kind', description: 'description', website: 'website' },
  limits: {
    name: { maxLength: OFFERING_LIMITS.providerNameMax },
    description: { maxLength: OFFERING_LIMITS.providerDescriptionMax },
    website: { maxLength: OFFERING_LIMITS.websiteMax },
  },
};

interface ProfileFormValues {
  name: string;
  kind: ProviderKind;
  description: string;
  website: string;
}

export interface ProviderProfileFormProps {
  /** The saved profile; null the first time. */
  provider: ProviderView | null;
  onSaved?: (provider: ProviderView, first: boolean) => void;
}

/** Name, kind (with what each kind means), description and website of the signed-in provider. */
export function ProviderProfileForm({ provider, onSaved }: ProviderProfileFormProps) {
  const { t } = useTranslation();
  const labels = useCatalogueLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileFormValues>();
  const save = useSaveMyProvider();
  const L = OFFERING_LIMITS;

  const otherError = formErrorSummary(save.error, FIELD_ERRORS, t);

  const onFinish = (values: ProfileFormValues) => {
    const website = values.website.trim();
    const body: SaveMyProviderBody = {
      name: values.name.trim(),
      kind: values.kind,
      description: values.description.trim(),
      ...(website ? { website } : {}),
    };
    save.mutate(body, {
      onSuccess: (saved) => {
        void message.success(t('catalogue.profile.saved'));
        onSaved?.(saved, provider === null);
      },
      onError: (error) => showServerFieldErrors(form, error, FIELD_ERRORS, t),
    });
  };

  return (
    <Form<ProfileFormValues>
      form={form}
      layout="vertical"
      initialValues={{
        name: provider?.name ?? '',
        kind: provider?.kind,
        description: provider?.description ?? '',
        website: provider?.website ?? '',
      }}
      onFinish={onFinish}
      disabled={save.isPending}
      scrollToFirstError
      className="tb-cat-form"
      data-testid="profile-form"
    >
      {otherError && <Alert type="error" showIcon title={otherError} className="tb-form-alert" />}
      <TextField
        name="name"
        label={t('catalogue.profile.name')}
        extra={t('catalogue.profile.nameHint')}
        requiredMessage={t('catalogue.profile.nameRequired')}
        max={L.providerNameMax}
        placeholder={t('catalogue.profile.namePlaceholder')}
        autoComplete="organization"
        testId="profile-name"
      />
      <Form.Item
        name="kind"
        label={t('catalogue.profile.kind')}
        rules={[{ required: true, message: t('catalogue.profile.kindRequired') }]}
      >
        <Radio.Group className="tb-role-options tb-cat-kind-options">
          {PROVIDER_KINDS.map((kind) => (
            <Radio
              key={kind}
              value={kind}
              className="tb-role-option"
              data-testid={`profile-kind-${kind}`}
            >
              <span className="tb-role-option__title">{labels.providerKind(kind)}</span>
              <span className="tb-role-option__hint">
                {t(`catalogue.profile.kindHints.${kind}`)}
              </span>
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <TextField
        name="description"
        label={t('catalogue.profile.description')}
        extra={t('catalogue.profile.descriptionHint')}
        requiredMessage={t('catalogue.profile.descriptionRequired')}
        max={L.providerDescriptionMax}
        rows={{ minRows: 4, maxRows: 12 }}
        placeholder={t('catalogue.profile.descriptionPlaceholder')}
        testId="profile-description"
      />
      <Form.Item
        name="website"
        label={t('catalogue.profile.website')}
        validateTrigger="onBlur"
        rules={[
          {
            type: 'url',
            message: t('catalogue.profile.websiteInvalid'),
          },
          {
            pattern: /^\s*$|^https?:\/\//i,
            message: t('catalogue.profile.websiteInvalid'),
          },
          maxLengthRule(t, L.websiteMax),
        ]}
      >
        <Input
          type="url"
          inputMode="url"
          maxLength={L.websiteMax}
          placeholder="https://example.com"
          autoComplete="url"
          data-testid="profile-website"
        />
      </Form.Item>
      <FormSubmit loading={save.isPending} testId="profile-save">
        {provider === null ? t('catalogue.profile.create') : t('catalogue.profile.save')}
      </FormSubmit>
    </Form>
  );
}
