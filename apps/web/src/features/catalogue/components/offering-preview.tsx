import { EyeOutlined } from '@ant-design/icons';
import { minMonthlyPriceCents } from '@toolbox/domain';
import { Form, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseYuanToCents } from '../../../shared';
import type { OfferingFormValues } from '../offering-form-values';
import { OfferingCard, type OfferingCardData } from './offering-card';

export interface OfferingPreviewProps {
  form: FormInstance<OfferingFormValues>;
  providerName: string;
}

/** The public card as it will look, updated on every keystroke. */
export function OfferingPreview({ form, providerName }: OfferingPreviewProps) {
  const { t } = useTranslation();
  const values = Form.useWatch([], { form, preserve: true }) as
    Partial<OfferingFormValues> | undefined;
  const prices = (values?.plans ?? []).flatMap((plan) => {
    const cents = plan ? parseYuanToCents(plan.price ?? '') : null;
    return plan && cents !== null ? [{ billingPeriod: plan.billingPeriod, priceCents: cents }] : [];
  });
  const data: OfferingCardData = {
    title: values?.title?.trim() ?? '',
    titleEn: values?.titleEn?.trim() || null,
    summary: values?.summary?.trim() ?? '',
    summaryEn: values?.summaryEn?.trim() || null,
    kind: values?.kind ?? 'saas',
    scenarios: values?.scenarios ?? [],
    stages: values?.stages ?? [],
    regions: values?.regions ?? [],
    minMonthlyPriceCents: minMonthlyPriceCents(prices),
    rating: null,
    provider: providerName ? { id: '', name: providerName } : null,
    deliveryDays: values?.deliveryDays ?? null,
    tags: values?.tags ?? [],
  };
  return (
    <section className="tb-cat-preview" aria-labelledby="offering-preview-title">
      <h2 id="offering-preview-title" className="tb-cat-preview__title">
        <EyeOutlined aria-hidden="true" /> {t('catalogue.editor.preview')}
      </h2>
      <p className="tb-cat-preview__hint">{t('catalogue.editor.previewHint')}</p>
      <OfferingCard offering={data} preview />
    </section>
  );
}
