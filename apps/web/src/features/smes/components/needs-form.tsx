import { SME_LIMITS } from '@toolbox/contracts/constants';
import type { NeedsView } from '@toolbox/contracts';
import { DEPLOYMENTS, type Deployment, formatCny } from '@toolbox/domain';
import { Alert, App, Col, Form, Input, Radio, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  deploymentName,
  formatAmount,
  parseAmount,
  PATHS,
  useUiLanguage,
  type FieldErrorMapping,
  formErrorSummary,
  maxLengthRule,
  showServerFieldErrors,
} from '../../../shared';
import { FormSubmit } from '../../../shared/ui';
import { useSaveMyNeeds } from '../api/save-my-needs';
import { SavedNext } from './saved-next';
import { type ScenarioPriority, ScenarioPriorityPicker } from './scenario-priority-picker';

interface NeedsFormValues {
  scenarios: ScenarioPriority[];
  budgetYuan: string;
  deployment: Deployment | 'any';
  notes: string;
}

/** API field → form field (a scenario's problem, `scenarios.0.priority`, goes on the picker). */
const FIELD_ERRORS: FieldErrorMapping = {
  fields: {
    scenarios: 'scenarios',
    monthlyBudgetCents: 'budgetYuan',
    deployment: 'deployment',
    notes: 'notes',
  } satisfies Record<string, keyof NeedsFormValues>,
  limits: { notes: { maxLength: SME_LIMITS.notesMax } },
};

function toFormValues(needs: NeedsView): NeedsFormValues {
  return {
    scenarios: needs.scenarios.map(({ code, priority }) => ({ code, priority })),
    budgetYuan:
      needs.monthlyBudgetCents === null ? '' : formatAmount(needs.monthlyBudgetCents, 'yuan'),
    deployment: needs.deployment ?? 'any',
    notes: needs.notes ?? '',
  };
}

export interface NeedsFormProps {
  needs: NeedsView;
}

/** 转型需求: scenarios with urgency, monthly budget, deployment preference, notes. */
export function NeedsForm({ needs }: NeedsFormProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<NeedsFormValues>();
  const save = useSaveMyNeeds();
  const [saved, setSaved] = useState(false);
  const budgetText = Form.useWatch('budgetYuan', form) ?? '';
  const budget = parseAmount(budgetText, 'yuan');

  const onFinish = (values: NeedsFormValues) => {
    const parsed = parseAmount(values.budgetYuan, 'yuan');
    if (!parsed.ok) return;
    const notes = values.notes.trim();
    setSaved(false);
    save.mutate(
      {
        scenarios: values.scenarios,
        monthlyBudgetCents: parsed.cents,
        deployment: values.deployment === 'any' ? null : values.deployment,
        notes: notes === '' ? null : notes,
      },
      {
        onSuccess: () => {
          setSaved(true);
          void message.success(t('smes.needs.saved'));
        },
        onError: (error) => showServerFieldErrors(form, error, FIELD_ERRORS, t),
      },
    );
  };

  const otherError = formErrorSummary(save.error, FIELD_ERRORS, t);

  return (
    <Form<NeedsFormValues>
      form={form}
      layout="vertical"
      initialValues={toFormValues(needs)}
      onFinish={onFinish}
      onValuesChange={() => setSaved(false)}
      disabled={save.isPending}
      data-testid="needs-form"
      className="tb-sme-form"
    >
      {otherError && <Alert type="error" showIcon title={otherError} className="tb-form-alert" />}
      <Form.Item
        name="scenarios"
        label={<span className="tb-form-label">{t('smes.needs.scenarios')}</span>}
        extra={t('smes.needs.scenariosHint')}
      >
        <ScenarioPriorityPicker />
      </Form.Item>
      <Row gutter={24}>
        <Col xs={24} md={12}>
          <Form.Item
            name="budgetYuan"
            label={t('smes.needs.budget')}
            extra={
              budget.ok && budget.cents !== null
                ? t('smes.needs.budgetEquals', { amount: formatCny(budget.cents, language) })
                : t('smes.needs.budgetHint')
            }
            rules={[
              {
                validator: async (_rule, value: string | undefined) => {
                  const parsed = parseAmount(value ?? '', 'yuan');
                  if (!parsed.ok) throw new Error(t(`smes.money.${parsed.problem}`));
                  if (parsed.cents !== null && parsed.cents > SME_LIMITS.budgetCentsMax) {
                    throw new Error(t('smes.money.tooLarge'));
                  }
                },
              },
            ]}
          >
            <Input
              prefix="¥"
              suffix={t('smes.needs.budgetUnit')}
              inputMode="decimal"
              placeholder={t('smes.needs.budgetPlaceholder')}
              data-testid="needs-budget"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="deployment" label={t('smes.needs.deployment')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'any', label: t('smes.needs.deploymentAny') },
                ...DEPLOYMENTS.map((deployment) => ({
                  value: deployment,
                  label: deploymentName(deployment, language),
                })),
              ]}
              data-testid="needs-deployment"
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="notes"
        label={t('smes.needs.notes')}
        extra={t('smes.needs.notesHint')}
        rules={[maxLengthRule(t, SME_LIMITS.notesMax)]}
      >
        <Input.TextArea
          rows={4}
          showCount
          maxLength={SME_LIMITS.notesMax}
          placeholder={t('smes.needs.notesPlaceholder')}
          data-testid="needs-notes"
        />
      </Form.Item>
      {saved && (
        <SavedNext
          title={t('smes.needs.savedNext')}
          next={{ label: t('smes.needs.toMatches'), to: PATHS.smeMatches }}
          testId="needs-saved"
        />
      )}
      <FormSubmit
        className="tb-form-actions"
        size="large"
        loading={save.isPending}
        testId="needs-submit"
      >
        {t('smes.needs.submit')}
      </FormSubmit>
    </Form>
  );
}
