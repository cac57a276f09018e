import { STAGES } from '@toolbox/domain';
import {
  Alert,
  App,
  Cascader,
  Checkbox,
  DatePicker,
  Drawer,
  Form,
  Input,
  InputNumber,
  Select,
  type FormRule,
} from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formErrorSummary,
  industryOptions,
  localName,
  maxLengthRule,
  requiredRule,
  scenarioGroupOptions,
  showServerFieldErrors,
  useUiLanguage,
} from '../../../shared';
import { FormSubmit } from '../../../shared/ui';
import { useCreateProgramme, useUpdateProgramme } from '../api/programmes';
import { PROGRAMME_LIMITS, type ProgrammeView } from '../api/types';
import {
  amountProblem,
  emptyProgrammeFormValues,
  PROGRAMME_FIELD_MAPPING,
  type ProgrammeFormValues,
  regionChoices,
  toProgrammeFormValues,
  toProgrammeRequest,
} from '../programme-form';

export interface ProgrammeDrawerProps {
  open: boolean;
  /** The draft being edited; null to create one. */
  programme: ProgrammeView | null;
  /** The gov's own region (limits the region choice); null for an admin. */
  scope: string | null;
  onClose: () => void;
}

/** Create or edit a draft programme: 400s land on their fields. */
export function ProgrammeDrawer({ open, programme, scope, onClose }: ProgrammeDrawerProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProgrammeFormValues>();
  const create = useCreateProgramme();
  const update = useUpdateProgramme();
  const mutation = programme === null ? create : update;

  const regions = useMemo(() => regionChoices(scope, language), [scope, language]);
  const industries = useMemo(() => industryOptions(language), [language]);
  const scenarios = useMemo(() => scenarioGroupOptions(language), [language]);
  const levels = STAGES.map((stage) => ({
    value: stage.level,
    label: `${t('programmes.form.level', { level: stage.level })} ${localName(stage, language)}`,
  }));

  useEffect(() => {
    if (!open) return;
    form.setFieldsValue(
      programme === null
        ? emptyProgrammeFormValues(scope)
        : toProgrammeFormValues(programme, scope),
    );
    create.reset();
    update.reset();
    // Only when the drawer opens (or opens on another programme).
  }, [open, programme?.id]);

  const moneyRule: FormRule = {
    validator: async (_rule, value: string | undefined) => {
      const problem = amountProblem(value);
      if (problem !== null) throw new Error(t(`programmes.form.money.${problem}`));
    },
  };

  const onFinish = (values: ProgrammeFormValues) => {
    const body = toProgrammeRequest(values);
    const handlers = {
      onSuccess: () => {
        void message.success(
          t(programme === null ? 'programmes.form.created' : 'programmes.form.saved'),
        );
        onClose();
      },
      onError: (error: unknown) => {
        showServerFieldErrors(form, error, PROGRAMME_FIELD_MAPPING, t);
      },
    };
    if (programme === null) create.mutate(body, handlers);
    else update.mutate({ id: programme.id, body }, handlers);
  };

  const summary = formErrorSummary(mutation.error, PROGRAMME_FIELD_MAPPING, t);

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size="large"
      title={t(programme === null ? 'programmes.form.createTitle' : 'programmes.form.editTitle')}
      forceRender
      data-testid="programme-drawer"
    >
      {programme !== null && (
        <Alert
          type="info"
          showIcon
          className="tb-form-alert"
          title={t('programmes.form.draftOnly')}
        />
      )}
      {summary && (
        <Alert
          type="error"
          showIcon
          className="tb-form-alert"
          title={summary}
          data-testid="programme-form-error"
        />
      )}
      <Form<ProgrammeFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={mutation.isPending}
        requiredMark="optional"
        scrollToFirstError
      >
        <Form.Item
          name="name"
          label={t('programmes.form.name')}
          rules={[
            requiredRule(t('programmes.form.nameRequired')),
            maxLengthRule(t, PROGRAMME_LIMITS.nameMax),
          ]}
        >
          <Input
            placeholder={t('programmes.form.namePlaceholder')}
            maxLength={PROGRAMME_LIMITS.nameMax}
            data-testid="programme-name"
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('programmes.form.description')}
          rules={[maxLengthRule(t, PROGRAMME_LIMITS.descriptionMax)]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={PROGRAMME_LIMITS.descriptionMax}
            placeholder={t('programmes.form.descriptionPlaceholder')}
            data-testid="programme-description"
          />
        </Form.Item>
        <Form.Item
          name="region"
          label={t('programmes.form.region')}
          extra={scope === null ? undefined : t('programmes.form.regionHint')}
          rules={[
            { required: true, type: 'array', min: 1, message: t('programmes.form.regionRequired') },
          ]}
        >
          <Cascader
            options={regions}
            changeOnSelect
            showSearch
            allowClear={false}
            data-testid="programme-region"
          />
        </Form.Item>
        <Form.Item
          name="industries"
          label={t('programmes.form.industries')}
          extra={t('programmes.form.anyHint')}
        >
          <Select
            mode="multiple"
            options={industries}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('programmes.common.any')}
            data-testid="programme-industries"
          />
        </Form.Item>
        <Form.Item
          name="scenarios"
          label={t('programmes.form.scenarios')}
          extra={t('programmes.form.anyHint')}
        >
          <Select
            mode="multiple"
            options={scenarios}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('programmes.common.any')}
            data-testid="programme-scenarios"
          />
        </Form.Item>
        <Form.Item
          name="levels"
          label={t('programmes.form.levels')}
          extra={t('programmes.form.anyHint')}
        >
          <Checkbox.Group options={levels} data-testid="programme-levels" />
        </Form.Item>
        <Form.Item
          name="subsidyPercent"
          label={t('programmes.form.subsidyPercent')}
          rules={[
            {
              required: true,
              type: 'integer',
              min: 1,
              max: 100,
              message: t('programmes.form.subsidyPercentRequired'),
            },
          ]}
        >
          <InputNumber min={1} max={100} precision={0} suffix="%" data-testid="programme-percent" />
        </Form.Item>
        <Form.Item name="cap" label={t('programmes.form.cap')} rules={[moneyRule]} required>
          <Input prefix="¥" inputMode="decimal" data-testid="programme-cap" />
        </Form.Item>
        <Form.Item name="budget" label={t('programmes.form.budget')} rules={[moneyRule]} required>
          <Input prefix="¥" inputMode="decimal" data-testid="programme-budget" />
        </Form.Item>
        <Form.Item
          name="window"
          label={t('programmes.form.window')}
          rules={[{ required: true, message: t('programmes.form.windowRequired') }]}
        >
          <DatePicker.RangePicker allowClear={false} data-testid="programme-window" />
        </Form.Item>
        <FormSubmit loading={mutation.isPending} testId="programme-save">
          {t('programmes.form.save')}
        </FormSubmit>
      </Form>
    </Drawer>
  );
}
