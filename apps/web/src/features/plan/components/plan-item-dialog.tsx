import {
  PLAN_PHASES,
  type PlanStatus,
  SCENARIOS,
  type ScenarioCode,
  formatCny,
  monthlyEquivalentCents,
} from '@toolbox/domain';
import type { PlanView } from '@toolbox/contracts';
import { Alert, Button, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, isApiError } from '../../../lib';
import { currentLanguageOf, scenarioName, requiredRule } from '../../../shared';
import type { PlanPhase } from '../api/types';
import { nextStatuses } from '../plan-model';
import { phaseName, planPriceLine, statusName } from '../plan-text';

export interface PlanItemFormValues {
  title?: string;
  scenario: ScenarioCode;
  priority: number;
  phase: PlanPhase;
  targetDate: string;
  status?: PlanStatus;
  /** -1 = the cheapest plan (no choice made). */
  planIndex: number;
  notes: string;
}

export interface PlanItemDialogProps {
  open: boolean;
  mode: 'create' | 'edit';
  /** Dialog heading, e.g. the offering's or item's name. */
  subject?: string;
  initialValues: PlanItemFormValues;
  /** Free-text items have an editable title. */
  freeText: boolean;
  /** Scenario choices (all scenarios when empty). */
  scenarioOptions: readonly ScenarioCode[];
  /** The offering's subscription plans, to choose one for the cost. */
  plans: readonly PlanView[];
  /** Edit mode: the item's current status (the dialog offers the allowed moves). */
  currentStatus?: PlanStatus;
  onCancel: () => void;
  onSubmit: (values: PlanItemFormValues) => Promise<void>;
  'data-testid'?: string;
}

const PRIORITIES = [1, 2, 3, 4, 5] as const;

/** Add or edit one plan item: scenario, priority, phase, target date, status, plan, notes. */
export function PlanItemDialog({
  open,
  mode,
  subject,
  initialValues,
  freeText,
  scenarioOptions,
  plans,
  currentStatus,
  onCancel,
  onSubmit,
  ...rest
}: PlanItemDialogProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguageOf(i18n.resolvedLanguage);
  const [form] = Form.useForm<PlanItemFormValues>();
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<readonly string[]>([]);

  const scenarioCodes: readonly ScenarioCode[] =
    scenarioOptions.length > 0 ? scenarioOptions : SCENARIOS.map((scenario) => scenario.code);
  const statuses = currentStatus ? [currentStatus, ...nextStatuses(currentStatus)] : [];

  const submit = async () => {
    let values: PlanItemFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is wrong
    }
    setSaving(true);
    setErrors([]);
    try {
      await onSubmit(values);
    } catch (error) {
      if (isApiError(error) && error.status === 400) setErrors(error.messages);
      else if (isApiError(error) && error.status === 409 && error.code !== 'PLAN_ITEM_EXISTS') {
        setErrors([t('plan.errors.illegalMove')]);
      } else setErrors([describeError(error, t)]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={
        <span>
          {mode === 'create' ? t('plan.dialog.addTitle') : t('plan.dialog.editTitle')}
          {subject && <span className="tb-plan-dialog__subject">{subject}</span>}
        </span>
      }
      onCancel={onCancel}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onCancel}>
          {t('plan.dialog.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          loading={saving}
          onClick={() => void submit()}
          data-testid="plan-dialog-submit"
        >
          {mode === 'create' ? t('plan.dialog.add') : t('plan.dialog.save')}
        </Button>,
      ]}
    >
      <div data-testid={rest['data-testid']}>
        {errors.length > 0 && (
          <Alert
            type="error"
            showIcon
            className="tb-plan-dialog__error"
            title={t('plan.dialog.failed')}
            description={errors.join(' ')}
            data-testid="plan-dialog-error"
          />
        )}
        <Form
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={() => void submit()}
          preserve={false}
        >
          {freeText && (
            <Form.Item
              name="title"
              label={t('plan.fields.title')}
              rules={[
                requiredRule(t('plan.fields.titleRequired')),
                { max: 120, message: t('plan.fields.titleTooLong') },
              ]}
            >
              <Input maxLength={120} showCount data-testid="plan-field-title" />
            </Form.Item>
          )}
          <Form.Item name="scenario" label={t('plan.fields.scenario')} rules={[{ required: true }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={scenarioCodes.map((code) => ({
                value: code,
                label: scenarioName(code, language),
              }))}
              disabled={scenarioCodes.length === 1}
              data-testid="plan-field-scenario"
            />
          </Form.Item>
          <div className="tb-plan-dialog__row">
            <Form.Item
              name="priority"
              label={t('plan.fields.priority')}
              extra={t('plan.fields.priorityHint')}
            >
              <Radio.Group
                optionType="button"
                options={PRIORITIES.map((value) => ({ value, label: String(value) }))}
              />
            </Form.Item>
            <Form.Item name="phase" label={t('plan.fields.phase')}>
              <Radio.Group
                optionType="button"
                options={PLAN_PHASES.map((phase) => ({ value: phase, label: phaseName(phase, t) }))}
              />
            </Form.Item>
          </div>
          <div className="tb-plan-dialog__row">
            <Form.Item name="targetDate" label={t('plan.fields.targetDate')}>
              <Input type="date" data-testid="plan-field-target-date" />
            </Form.Item>
            {mode === 'edit' && statuses.length > 0 && (
              <Form.Item name="status" label={t('plan.fields.status')}>
                <Select
                  options={statuses.map((status) => ({
                    value: status,
                    label: statusName(status, t),
                  }))}
                  data-testid="plan-field-status"
                />
              </Form.Item>
            )}
          </div>
          {plans.length > 0 && (
            <Form.Item
              name="planIndex"
              label={t('plan.fields.plan')}
              extra={t('plan.fields.planHint')}
            >
              <Radio.Group className="tb-plan-dialog__plans">
                <Radio value={-1}>{t('plan.fields.cheapestPlan')}</Radio>
                {plans.map((plan, index) => (
                  <Radio key={`${plan.name}-${index}`} value={index}>
                    {planPriceLine(plan, language)}
                    <span className="tb-plan-dialog__monthly">
                      {t('plan.perMonth', {
                        amount: formatCny(monthlyEquivalentCents(plan), language),
                      })}
                    </span>
                    {plan.trialDays > 0 && (
                      <span className="tb-plan-dialog__trial">
                        {t('plan.trialDays', { days: plan.trialDays })}
                      </span>
                    )}
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
          )}
          <Form.Item name="notes" label={t('plan.fields.notes')}>
            <Input.TextArea
              rows={3}
              maxLength={1000}
              showCount
              placeholder={t('plan.fields.notesPlaceholder')}
            />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
