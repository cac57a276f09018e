import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { BILLING_PERIODS, monthlyEquivalentCents, OFFERING_LIMITS } from '@toolbox/domain';
import { Button, Form, type FormInstance, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCatalogueLabels } from '../hooks/use-catalogue-labels';
import { parseYuanToCents, requiredRule } from '../../../shared';
import { TextField } from '../../../shared/ui';
import { EMPTY_PLAN, type OfferingFormValues, type PlanFormValue } from '../offering-form-values';

const L = OFFERING_LIMITS;

interface MonthlyEquivalentProps {
  form: FormInstance<OfferingFormValues>;
  index: number;
}

/** What a plan costs per month, live, as the provider types its price. */
function MonthlyEquivalent({ form, index }: MonthlyEquivalentProps) {
  const { t } = useTranslation();
  const labels = useCatalogueLabels();
  const plan = Form.useWatch<PlanFormValue | undefined>(['plans', index], form);
  const cents = plan ? parseYuanToCents(plan.price ?? '') : null;
  return (
    <p className="tb-cat-plan__monthly" aria-live="polite" data-testid={`plan-monthly-${index}`}>
      {cents === null || !plan
        ? t('catalogue.plans.monthlyUnknown')
        : plan.billingPeriod === 'month'
          ? t('catalogue.plans.monthlyIs', { price: labels.money(cents) })
          : t('catalogue.plans.monthlyEquals', {
              price: labels.money(monthlyEquivalentCents({ ...plan, priceCents: cents })),
            })}
    </p>
  );
}

export interface PlansEditorProps {
  form: FormInstance<OfferingFormValues>;
}

/** One to five subscription plans: name, billing period, price in yuan, trial days. */
export function PlansEditor({ form }: PlansEditorProps) {
  const { t } = useTranslation();
  const labels = useCatalogueLabels();
  return (
    <Form.List
      name="plans"
      rules={[
        {
          validator: async (_, plans: unknown[] | undefined) => {
            const count = plans?.length ?? 0;
            if (count < L.plansMin || count > L.plansMax) {
              throw new Error(t('catalogue.plans.countRule', { min: L.plansMin, max: L.plansMax }));
            }
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <div className="tb-cat-plans-editor" data-testid="plans-editor">
          {fields.map((field, index) => (
            <fieldset key={field.key} className="tb-cat-plan" data-testid={`plan-row-${index}`}>
              <legend className="tb-cat-plan__legend">
                {t('catalogue.plans.rowTitle', { index: index + 1 })}
              </legend>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                className="tb-cat-plan__remove"
                disabled={fields.length <= L.plansMin}
                onClick={() => remove(field.name)}
                aria-label={t('catalogue.plans.remove', { index: index + 1 })}
                data-testid={`plan-remove-${index}`}
              >
                {t('catalogue.plans.removeShort')}
              </Button>
              <div className="tb-cat-plan__grid">
                <TextField
                  name={[field.name, 'name']}
                  label={t('catalogue.plans.name')}
                  requiredMessage={t('catalogue.plans.nameRequired')}
                  max={L.planNameMax}
                  placeholder={t('catalogue.plans.namePlaceholder')}
                  testId={`plan-name-${index}`}
                />
                <Form.Item
                  name={[field.name, 'billingPeriod']}
                  label={t('catalogue.plans.period')}
                  rules={[{ required: true, message: t('validation.required') }]}
                >
                  <Radio.Group optionType="button" buttonStyle="solid">
                    {BILLING_PERIODS.map((period) => (
                      <Radio.Button
                        key={period}
                        value={period}
                        data-testid={`plan-period-${index}-${period}`}
                      >
                        {labels.billingPeriod(period)}
                      </Radio.Button>
                    ))}
                  </Radio.Group>
                </Form.Item>
                <Form.Item
                  name={[field.name, 'price']}
                  label={t('catalogue.plans.priceYuan')}
                  rules={[
                    requiredRule(t('catalogue.plans.priceRequired')),
                    {
                      validator: async (_, price: string | undefined) => {
                        if (!price || price.trim() === '') return;
                        if (parseYuanToCents(price) === null) {
                          throw new Error(
                            t('catalogue.plans.priceInvalid', {
                              max: labels.money(L.priceCentsMax),
                            }),
                          );
                        }
                      },
                    },
                  ]}
                >
                  <Input
                    prefix="¥"
                    inputMode="decimal"
                    placeholder="0.00"
                    autoComplete="off"
                    data-testid={`plan-price-${index}`}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'trialDays']}
                  label={t('catalogue.plans.trialDaysLabel')}
                  rules={[
                    {
                      type: 'integer',
                      min: 0,
                      max: L.trialDaysMax,
                      message: t('catalogue.plans.trialRule', { max: L.trialDaysMax }),
                    },
                  ]}
                >
                  <InputNumber<number>
                    min={0}
                    max={L.trialDaysMax}
                    precision={0}
                    suffix={t('catalogue.common.daysUnit')}
                    style={{ width: '100%' }}
                    data-testid={`plan-trial-${index}`}
                  />
                </Form.Item>
              </div>
              <MonthlyEquivalent form={form} index={index} />
            </fieldset>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ ...EMPTY_PLAN })}
            disabled={fields.length >= L.plansMax}
            block
            data-testid="plan-add"
          >
            {fields.length >= L.plansMax
              ? t('catalogue.plans.limitReached', { max: L.plansMax })
              : t('catalogue.plans.add')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
