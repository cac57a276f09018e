import { Button, Card, Col, Collapse, Form, type FormInstance, Row, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OfferingBasicsSection } from './offering-basics-section';
import { OfferingDeliverySection } from './offering-delivery-section';
import { OfferingEnglishFields } from './offering-english-fields';
import { OfferingFitSection } from './offering-fit-section';
import { OfferingTagsSection } from './offering-tags-section';
import type { OfferingFormValues } from '../offering-form-values';
import { OfferingPreview } from './offering-preview';
import { PlansEditor } from './plans-editor';

export const ENGLISH_FIELDS = ['titleEn', 'summaryEn', 'descriptionEn'] as const;

export interface OfferingFormProps {
  form: FormInstance<OfferingFormValues>;
  initialValues: OfferingFormValues;
  onFinish: (values: OfferingFormValues) => void;
  onValuesChange?: () => void;
  saving: boolean;
  submitLabel: string;
  /** Shown on the live preview card. */
  providerName: string;
  /** Above the form: alerts about the offering's status or a failed save. */
  notices?: ReactNode;
  /** Beside the save button ("back to my offerings"). */
  secondaryAction?: ReactNode;
  englishOpen: boolean;
  onEnglishOpenChange: (open: boolean) => void;
}

/** All fields of an offering, in sections, with the public card previewed beside them. */
export function OfferingForm({
  form,
  initialValues,
  onFinish,
  onValuesChange,
  saving,
  submitLabel,
  providerName,
  notices,
  secondaryAction,
  englishOpen,
  onEnglishOpenChange,
}: OfferingFormProps) {
  const { t } = useTranslation();

  return (
    <Form<OfferingFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={() => onValuesChange?.()}
      disabled={saving}
      scrollToFirstError={{ block: 'center' }}
      className="tb-cat-form"
      data-testid="offering-form"
    >
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={15} xl={16}>
          {notices}
          <Space orientation="vertical" size={16} className="tb-cat-form-stack">
            <OfferingBasicsSection />

            <OfferingFitSection />

            <OfferingDeliverySection />

            <Card
              variant="borderless"
              title={<h2 className="tb-card-title">{t('catalogue.editor.sections.plans')}</h2>}
            >
              <p className="tb-cat-form-hint">{t('catalogue.editor.plansHint')}</p>
              <PlansEditor form={form} />
            </Card>

            <OfferingTagsSection />

            <Collapse
              className="tb-cat-english"
              activeKey={englishOpen ? ['en'] : []}
              onChange={(keys) => onEnglishOpenChange(keys.includes('en'))}
              items={[
                {
                  key: 'en',
                  label: (
                    <span className="tb-card-title" data-testid="offering-english-toggle">
                      {t('catalogue.editor.sections.english')}
                    </span>
                  ),
                  forceRender: true,
                  children: <OfferingEnglishFields />,
                },
              ]}
            />

            <div className="tb-cat-form-actions">
              <Button
                type="primary"
                htmlType="submit"
                size="large"
                loading={saving}
                data-testid="offering-save"
              >
                {submitLabel}
              </Button>
              {secondaryAction}
            </div>
          </Space>
        </Col>
        <Col xs={24} lg={9} xl={8}>
          <div className="tb-cat-sticky">
            <OfferingPreview form={form} providerName={providerName} />
          </div>
        </Col>
      </Row>
    </Form>
  );
}
