import { programmeSubsidyCents, type BillingPeriod } from '@toolbox/domain';
import { Alert, App, Form, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { billingPeriodName, useUiLanguage } from '../../../shared';
import { useApply } from '../api/applications';
import type { ProgrammeView } from '../api/types';
import { moneyText } from '../budget';
import { programmeErrorText } from '../programme-errors';

export interface ApplyPlan {
  name: string;
  billingPeriod: BillingPeriod;
  priceCents: number;
}

export interface ApplyDialogProps {
  open: boolean;
  offering: { id: string; title: string; plans: readonly ApplyPlan[] };
  /** The programmes the SME is eligible for on this offering. */
  programmes: readonly ProgrammeView[];
  /** Preselected plan and programme (e.g. the row the SME clicked). */
  initial?: { planName?: string; programmeId?: string };
  onClose: () => void;
}

interface ApplyValues {
  programmeId: string;
  planName: string;
}

/** 申请补贴: choose the programme (when several) and the plan, see the subsidy, submit. */
export function ApplyDialog({ open, offering, programmes, initial, onClose }: ApplyDialogProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { message } = App.useApp();
  const apply = useApply();
  const [form] = Form.useForm<ApplyValues>();
  const programmeId = Form.useWatch('programmeId', form);
  const planName = Form.useWatch('planName', form);
  const paidPlans = offering.plans.filter((plan) => plan.priceCents > 0);
  const programme = programmes.find((p) => p.id === programmeId);
  const plan = paidPlans.find((p) => p.name === planName);
  const subsidy = programme && plan ? programmeSubsidyCents(programme, plan.priceCents) : null;

  useEffect(() => {
    if (!open) return;
    form.setFieldsValue({
      programmeId: initial?.programmeId ?? programmes[0]?.id,
      planName: initial?.planName ?? paidPlans[0]?.name,
    });
    apply.reset();
    // Only when the dialog opens.
  }, [open]);

  return (
    <Modal
      open={open}
      title={t('programmes.apply.title', { offering: offering.title })}
      okText={t('programmes.apply.submit')}
      cancelText={t('programmes.common.cancel')}
      okButtonProps={{
        loading: apply.isPending,
        disabled: paidPlans.length === 0 || programmes.length === 0,
        'data-testid': 'apply-submit',
      }}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
      data-testid="apply-dialog"
    >
      {programmes.length === 0 && (
        <Alert
          type="info"
          showIcon
          className="tb-form-alert"
          title={t('programmes.apply.noProgrammes')}
        />
      )}
      {paidPlans.length === 0 && (
        <Alert
          type="info"
          showIcon
          className="tb-form-alert"
          title={t('programmes.apply.noPlans')}
        />
      )}
      {apply.isError && (
        <Alert
          type="error"
          showIcon
          className="tb-form-alert"
          title={programmeErrorText(apply.error, t, language)}
          data-testid="apply-error"
        />
      )}
      <Form<ApplyValues>
        form={form}
        layout="vertical"
        disabled={apply.isPending}
        onFinish={(values) =>
          apply.mutate(
            { programmeId: values.programmeId, offeringId: offering.id, planName: values.planName },
            {
              onSuccess: () => {
                void message.success(t('programmes.apply.submitted'));
                onClose();
              },
            },
          )
        }
      >
        <Form.Item
          name="programmeId"
          label={t('programmes.apply.programme')}
          rules={[{ required: true, message: t('programmes.apply.programmeRequired') }]}
        >
          <Select
            options={programmes.map((p) => ({
              value: p.id,
              label: `${p.name}（${p.subsidyPercent}%）`,
            }))}
            data-testid="apply-programme"
          />
        </Form.Item>
        <Form.Item
          name="planName"
          label={t('programmes.apply.plan')}
          rules={[{ required: true, message: t('programmes.apply.planRequired') }]}
        >
          <Select
            options={paidPlans.map((p) => ({
              value: p.name,
              label: `${p.name} · ${moneyText(p.priceCents, language)} · ${billingPeriodName(p.billingPeriod, language)}`,
            }))}
            data-testid="apply-plan"
          />
        </Form.Item>
      </Form>
      {plan && subsidy !== null && (
        <p className="tb-prog-net__price" data-testid="apply-summary">
          {t('programmes.apply.summary', {
            price: moneyText(plan.priceCents, language),
            subsidy: moneyText(subsidy, language),
            net: moneyText(plan.priceCents - subsidy, language),
          })}
        </p>
      )}
    </Modal>
  );
}
