import {
  DEPLOYMENTS,
  INDUSTRIES,
  OFFERING_KINDS,
  OFFERING_LIMITS,
  OFFERING_STAGES,
} from '@toolbox/domain';
import {
  Button,
  Card,
  Checkbox,
  Col,
  Collapse,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
} from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogueLabels } from '../hooks/use-catalogue-labels';
import type { OfferingFormValues } from '../offering-form-values';
import { OfferingPreview } from './offering-preview';
import { PlansEditor } from './plans-editor';
import { RegionSelect } from './region-select';
import { ScenarioPicker } from './scenario-picker';

const L = OFFERING_LIMITS;

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
  const labels = useCatalogueLabels();

  const industryOptions = INDUSTRIES.map((industry) => ({
    value: industry.code,
    label: `${industry.code} ${labels.pick(industry)}`,
  }));

  const english = (
    <>
      <p className="tb-cat-form-hint">{t('catalogue.editor.englishHint')}</p>
      <Form.Item
        name="titleEn"
        label={t('catalogue.fields.titleEn')}
        rules={[{ max: L.titleMax, message: t('validation.maxLength', { count: L.titleMax }) }]}
      >
        <Input maxLength={L.titleMax} showCount lang="en" data-testid="offering-title-en" />
      </Form.Item>
      <Form.Item
        name="summaryEn"
        label={t('catalogue.fields.summaryEn')}
        rules={[{ max: L.summaryMax, message: t('validation.maxLength', { count: L.summaryMax }) }]}
      >
        <Input.TextArea
          maxLength={L.summaryMax}
          showCount
          autoSize={{ minRows: 2, maxRows: 4 }}
          lang="en"
          data-testid="offering-summary-en"
        />
      </Form.Item>
      <Form.Item
        name="descriptionEn"
        label={t('catalogue.fields.descriptionEn')}
        rules={[
          {
            max: L.descriptionMax,
            message: t('validation.maxLength', { count: L.descriptionMax }),
          },
        ]}
      >
        <Input.TextArea
          maxLength={L.descriptionMax}
          showCount
          autoSize={{ minRows: 4, maxRows: 14 }}
          lang="en"
          data-testid="offering-description-en"
        />
      </Form.Item>
    </>
  );

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
            <Card
              variant="borderless"
              title={<h2 className="tb-card-title">{t('catalogue.editor.sections.basics')}</h2>}
            >
              <Form.Item
                name="title"
                label={t('catalogue.fields.title')}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('catalogue.editor.titleRequired'),
                  },
                  { max: L.titleMax, message: t('validation.maxLength', { count: L.titleMax }) },
                ]}
              >
                <Input
                  maxLength={L.titleMax}
                  showCount
                  placeholder={t('catalogue.editor.titlePlaceholder')}
                  data-testid="offering-title"
                />
              </Form.Item>
              <Form.Item
                name="summary"
                label={t('catalogue.fields.summary')}
                extra={t('catalogue.editor.summaryHint')}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('catalogue.editor.summaryRequired'),
                  },
                  {
                    max: L.summaryMax,
                    message: t('validation.maxLength', { count: L.summaryMax }),
                  },
                ]}
              >
                <Input.TextArea
                  maxLength={L.summaryMax}
                  showCount
                  autoSize={{ minRows: 2, maxRows: 4 }}
                  placeholder={t('catalogue.editor.summaryPlaceholder')}
                  data-testid="offering-summary"
                />
              </Form.Item>
              <Form.Item
                name="description"
                label={t('catalogue.fields.description')}
                extra={t('catalogue.editor.descriptionHint')}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('catalogue.editor.descriptionRequired'),
                  },
                  {
                    max: L.descriptionMax,
                    message: t('validation.maxLength', { count: L.descriptionMax }),
                  },
                ]}
              >
                <Input.TextArea
                  maxLength={L.descriptionMax}
                  showCount
                  autoSize={{ minRows: 6, maxRows: 20 }}
                  placeholder={t('catalogue.editor.descriptionPlaceholder')}
                  data-testid="offering-description"
                />
              </Form.Item>
              <Form.Item
                name="kind"
                label={t('catalogue.fields.kind')}
                rules={[{ required: true, message: t('validation.required') }]}
              >
                <Radio.Group optionType="button" buttonStyle="solid">
                  {OFFERING_KINDS.map((kind) => (
                    <Radio.Button key={kind} value={kind} data-testid={`offering-kind-${kind}`}>
                      {labels.offeringKind(kind)}
                    </Radio.Button>
                  ))}
                </Radio.Group>
              </Form.Item>
            </Card>

            <Card
              variant="borderless"
              title={<h2 className="tb-card-title">{t('catalogue.editor.sections.fit')}</h2>}
            >
              <Form.Item
                name="scenarios"
                label={t('catalogue.fields.scenarios')}
                extra={t('catalogue.editor.scenariosHint')}
                rules={[
                  {
                    type: 'array',
                    min: 1,
                    required: true,
                    message: t('catalogue.editor.scenariosRequired'),
                  },
                ]}
              >
                <ScenarioPicker />
              </Form.Item>
              <Form.Item
                name="stages"
                label={t('catalogue.fields.stages')}
                extra={t('catalogue.editor.stagesHint')}
                rules={[
                  {
                    type: 'array',
                    min: 1,
                    required: true,
                    message: t('catalogue.editor.stagesRequired'),
                  },
                ]}
              >
                <Checkbox.Group<number> className="tb-cat-stages" data-testid="offering-stages">
                  {OFFERING_STAGES.map((level) => (
                    <Checkbox key={level} value={level} data-testid={`stage-${level}`}>
                      <span className="tb-cat-stages__name">{labels.stage(level)}</span>
                      <span className="tb-cat-stages__hint">{labels.stageDescription(level)}</span>
                    </Checkbox>
                  ))}
                </Checkbox.Group>
              </Form.Item>
              <Form.Item
                name="industries"
                label={t('catalogue.fields.industries')}
                extra={t('catalogue.editor.industriesHint')}
              >
                <Select<string[]>
                  mode="multiple"
                  allowClear
                  options={industryOptions}
                  showSearch={{ optionFilterProp: 'label' }}
                  maxTagCount="responsive"
                  placeholder={t('catalogue.common.allIndustries')}
                  data-testid="offering-industries"
                />
              </Form.Item>
              <Form.Item
                name="regions"
                label={t('catalogue.fields.regions')}
                extra={t('catalogue.editor.regionsHint')}
              >
                <RegionSelect />
              </Form.Item>
            </Card>

            <Card
              variant="borderless"
              title={<h2 className="tb-card-title">{t('catalogue.editor.sections.delivery')}</h2>}
            >
              <Row gutter={16}>
                <Col xs={24} md={14}>
                  <Form.Item
                    name="deployment"
                    label={t('catalogue.fields.deployment')}
                    rules={[{ required: true, message: t('validation.required') }]}
                  >
                    <Radio.Group optionType="button" buttonStyle="solid">
                      {DEPLOYMENTS.map((deployment) => (
                        <Radio.Button
                          key={deployment}
                          value={deployment}
                          data-testid={`offering-deployment-${deployment}`}
                        >
                          {labels.deployment(deployment)}
                        </Radio.Button>
                      ))}
                    </Radio.Group>
                  </Form.Item>
                </Col>
                <Col xs={24} md={10}>
                  <Form.Item
                    name="deliveryDays"
                    label={t('catalogue.fields.deliveryDays')}
                    extra={t('catalogue.editor.deliveryHint')}
                    rules={[
                      { required: true, message: t('catalogue.editor.deliveryRequired') },
                      {
                        type: 'integer',
                        min: 0,
                        max: L.deliveryDaysMax,
                        message: t('catalogue.editor.deliveryRule', { max: L.deliveryDaysMax }),
                      },
                    ]}
                  >
                    <InputNumber<number>
                      min={0}
                      max={L.deliveryDaysMax}
                      precision={0}
                      suffix={t('catalogue.common.daysUnit')}
                      style={{ width: '100%' }}
                      data-testid="offering-delivery-days"
                    />
                  </Form.Item>
                </Col>
              </Row>
            </Card>

            <Card
              variant="borderless"
              title={<h2 className="tb-card-title">{t('catalogue.editor.sections.plans')}</h2>}
            >
              <p className="tb-cat-form-hint">{t('catalogue.editor.plansHint')}</p>
              <PlansEditor form={form} />
            </Card>

            <Card
              variant="borderless"
              title={<h2 className="tb-card-title">{t('catalogue.editor.sections.tags')}</h2>}
            >
              <Form.Item
                name="tags"
                label={t('catalogue.fields.tags')}
                extra={t('catalogue.editor.tagsHint', { max: L.tagsMax, length: L.tagMax })}
                rules={[
                  {
                    validator: async (_, tags: string[] | undefined) => {
                      const list = tags ?? [];
                      if (list.length > L.tagsMax) {
                        throw new Error(t('catalogue.editor.tagsTooMany', { max: L.tagsMax }));
                      }
                      if (list.some((tag) => tag.trim().length > L.tagMax)) {
                        throw new Error(t('catalogue.editor.tagTooLong', { length: L.tagMax }));
                      }
                    },
                  },
                ]}
              >
                <Select<string[]>
                  mode="tags"
                  maxCount={L.tagsMax}
                  tokenSeparators={[',', '，', '、']}
                  open={false}
                  suffixIcon={null}
                  placeholder={t('catalogue.editor.tagsPlaceholder')}
                  data-testid="offering-tags"
                />
              </Form.Item>
            </Card>

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
                  children: english,
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
