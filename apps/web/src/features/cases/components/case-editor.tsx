import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { CASE_LIMITS } from '@toolbox/contracts/constants';
import type { CaseView } from '../api/types';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  atLeastOneRule,
  maxLengthRule,
  requiredRule,
  showServerFieldErrors,
} from '../../../shared';
import { ButtonLink } from '../../../shared/ui';
import { describeError } from '../../../lib';
import type { OwnOffering } from '../api/list-my-published-offerings';
import { useCreateCase, useSubmitCase, useUpdateCase } from '../api/mutations';
import {
  CASE_FIELD_ERRORS,
  type CaseFormValues,
  emptyCaseFormValues,
  previewStoryData,
  toCaseBody,
  toCaseFormValues,
} from '../case-form-values';
import { CASE_PATHS, editCasePath } from '../case-paths';
import { caseSource } from '../case-views';
import { CaseStatusTag } from './case-status-tag';
import { CaseStory } from './case-story';
import { MetricRows } from './metric-rows';
import { IndustrySelect, RegionPicker, ScenarioMultiSelect } from './taxonomy-selects';
import '../cases.css';

export interface CaseEditorProps {
  /** The case being edited; absent when creating one. */
  caseView?: CaseView;
  provider: { id: string; name: string };
  /** The provider's published offerings (what a case may link). */
  offerings: readonly OwnOffering[];
}

/**
 * Create or edit a case, with a live preview of the public case page beside the form; save as
 * a draft, or save and submit for review in one step. Server 400s land on their fields.
 */
export function CaseEditor({ caseView, provider, offerings }: CaseEditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<CaseFormValues>();
  const create = useCreateCase();
  const update = useUpdateCase();
  const submit = useSubmitCase();
  const [initialValues] = useState<CaseFormValues>(() =>
    caseView ? toCaseFormValues(caseSource(caseView)) : emptyCaseFormValues(),
  );
  const [values, setValues] = useState<CaseFormValues>(initialValues);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  // Only a draft or a rejected case can be changed (the API answers 409 otherwise).
  const locked = caseView?.status === 'pending' || caseView?.status === 'published';
  const need = (
    label: 'titleLabel' | 'industryLabel' | 'regionLabel' | 'scenariosLabel' | 'storyLabel',
  ) => t('cases.editor.required', { field: t(`cases.editor.${label}`) });
  const busy = create.isPending || update.isPending || submit.isPending;

  // Titles for the preview: own published offerings, and those the saved case already links.
  const offeringTitles = useMemo(() => {
    const titles = new Map<string, string>();
    for (const offering of caseView ? caseSource(caseView).offerings : []) {
      titles.set(offering.id, offering.title);
    }
    for (const offering of offerings) titles.set(offering.id, offering.title);
    return titles;
  }, [caseView, offerings]);
  const offeringOptions = [...offeringTitles].map(([value, label]) => ({ value, label }));

  const onError = (error: unknown) => {
    const mapped = showServerFieldErrors(form, error, CASE_FIELD_ERRORS, t);
    if (mapped === null) {
      setOtherErrors([describeError(error, t)]);
      return;
    }
    // A 400 without field errors (offerings not published, say) keeps the server's sentence.
    setOtherErrors(
      mapped.other.length > 0 || mapped.fields.length > 0
        ? mapped.other
        : [describeError(error, t)],
    );
    const first = mapped.fields[0];
    if (first) form.scrollToField(first.name, { block: 'center' });
  };

  /** Saves the form (create or update); resolves with the saved case, or null when it failed. */
  const save = async (): Promise<CaseView | null> => {
    setOtherErrors([]);
    let formValues: CaseFormValues;
    try {
      formValues = await form.validateFields();
    } catch {
      return null;
    }
    const body = toCaseBody({ ...values, ...formValues });
    try {
      return caseView
        ? await update.mutateAsync({ id: caseView.id, body })
        : await create.mutateAsync(body);
    } catch (error) {
      onError(error);
      return null;
    }
  };

  const onSaveDraft = async () => {
    const saved = await save();
    if (!saved) return;
    if (!caseView) {
      void message.success(t('cases.editor.created'));
      void navigate(editCasePath(saved.id), { replace: true });
      return;
    }
    void message.success(t('cases.editor.saved'));
  };

  const onSubmit = async () => {
    const saved = await save();
    if (!saved) return;
    try {
      await submit.mutateAsync(saved.id);
    } catch (error) {
      if (!caseView) {
        // Saved as a draft already: continue from its editor, which offers to submit again.
        void message.error(describeError(error, t));
        void navigate(editCasePath(saved.id), { replace: true });
        return;
      }
      onError(error);
      return;
    }
    void message.success(t('cases.editor.submitted'));
    void navigate(CASE_PATHS.providerCases);
  };

  const preview = previewStoryData(values, offeringTitles, provider);

  return (
    <div className="tb-case-editor" data-testid="case-editor">
      <Card variant="borderless">
        {caseView && (
          <p className="tb-case-back">
            <CaseStatusTag status={caseView.status} reason={caseView.rejectionReason} />
          </p>
        )}
        {caseView?.status === 'pending' && (
          <Alert
            type="info"
            showIcon
            className="tb-form-alert"
            title={t('cases.editor.pendingNotice')}
          />
        )}
        {caseView?.status === 'published' && (
          <Alert
            type="info"
            showIcon
            className="tb-form-alert"
            title={t('cases.editor.publishedNotice')}
          />
        )}
        {caseView?.status === 'rejected' && (
          <Alert
            type="warning"
            showIcon
            className="tb-form-alert"
            title={t('cases.editor.rejectedNotice')}
            description={
              caseView.rejectionReason
                ? t('cases.status.reason', { reason: caseView.rejectionReason })
                : undefined
            }
            data-testid="case-rejected-notice"
          />
        )}
        {otherErrors.length > 0 && (
          <Alert
            type="error"
            showIcon
            className="tb-form-alert"
            title={t('cases.editor.saveFailed')}
            description={
              <ul>
                {otherErrors.map((error) => (
                  <li key={error}>{error}</li>
                ))}
              </ul>
            }
            data-testid="case-save-error"
          />
        )}
        <Form<CaseFormValues>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          disabled={locked || busy}
          onValuesChange={(_, all) => setValues(all)}
          onFinish={() => void onSaveDraft()}
          requiredMark={false}
        >
          <h2 className="tb-card-title">{t('cases.editor.basics')}</h2>
          <Form.Item
            name="title"
            label={t('cases.editor.titleLabel')}
            rules={[requiredRule(need('titleLabel')), maxLengthRule(t, CASE_LIMITS.titleMax)]}
          >
            <Input
              maxLength={CASE_LIMITS.titleMax}
              showCount
              placeholder={t('cases.editor.titlePlaceholder')}
              data-testid="case-title-input"
            />
          </Form.Item>
          <Form.Item
            name="industry"
            label={t('cases.editor.industryLabel')}
            rules={[requiredRule(need('industryLabel'), false)]}
          >
            <IndustrySelect
              placeholder={t('cases.editor.industryPlaceholder')}
              testId="case-industry-input"
            />
          </Form.Item>
          <Form.Item
            name="region"
            label={t('cases.editor.regionLabel')}
            rules={[requiredRule(need('regionLabel'), false)]}
          >
            <RegionPicker
              placeholder={t('cases.editor.regionPlaceholder')}
              testId="case-region-input"
            />
          </Form.Item>
          <Form.Item
            name="scenarios"
            label={t('cases.editor.scenariosLabel')}
            rules={[atLeastOneRule(need('scenariosLabel'))]}
          >
            <ScenarioMultiSelect
              placeholder={t('cases.editor.scenariosPlaceholder')}
              testId="case-scenarios-input"
            />
          </Form.Item>
          <Form.Item
            name="offeringIds"
            label={t('cases.editor.offeringsLabel')}
            rules={[
              {
                type: 'array',
                required: true,
                min: CASE_LIMITS.offeringIdsMin,
                max: CASE_LIMITS.offeringIdsMax,
                message: t('cases.editor.offeringsRange', {
                  min: CASE_LIMITS.offeringIdsMin,
                  max: CASE_LIMITS.offeringIdsMax,
                }),
              },
            ]}
            extra={
              offerings.length === 0
                ? t('cases.editor.offeringsNone')
                : t('cases.editor.offeringsHint')
            }
          >
            <Select
              mode="multiple"
              options={offeringOptions}
              showSearch={{ optionFilterProp: 'label' }}
              allowClear
              placeholder={t('cases.editor.offeringsPlaceholder')}
              data-testid="case-offerings-input"
            />
          </Form.Item>
          <Form.Item
            name="story"
            label={t('cases.editor.storyLabel')}
            extra={t('cases.editor.storyHint')}
            rules={[requiredRule(need('storyLabel')), maxLengthRule(t, CASE_LIMITS.storyMax)]}
          >
            <Input.TextArea
              autoSize={{ minRows: 6, maxRows: 20 }}
              maxLength={CASE_LIMITS.storyMax}
              showCount
              placeholder={t('cases.editor.storyPlaceholder')}
              data-testid="case-story-input"
            />
          </Form.Item>

          <h2 className="tb-card-title">{t('cases.editor.metricsTitle')}</h2>
          <p className="tb-case-muted tb-case-back">{t('cases.editor.metricsIntro')}</p>
          <MetricRows form={form} />

          {!locked && (
            <div className="tb-case-actions">
              <Button
                htmlType="submit"
                icon={<SaveOutlined />}
                loading={create.isPending || update.isPending}
                data-testid="case-save"
              >
                {caseView ? t('cases.editor.save') : t('cases.editor.saveDraft')}
              </Button>
              <Popconfirm
                title={t('cases.editor.submitConfirmTitle', {
                  title: values.title?.trim() || t('cases.detail.untitled'),
                })}
                description={t('cases.editor.submitConfirmBody')}
                okText={t('cases.editor.submit')}
                cancelText={t('cases.common.cancel')}
                okButtonProps={{ 'data-testid': 'case-submit-confirm' }}
                onConfirm={() => void onSubmit()}
              >
                <Button
                  type="primary"
                  icon={<SendOutlined />}
                  loading={submit.isPending}
                  data-testid="case-submit"
                >
                  {t('cases.editor.submit')}
                </Button>
              </Popconfirm>
              <ButtonLink to={CASE_PATHS.providerCases} type="text">
                {t('cases.common.cancel')}
              </ButtonLink>
            </div>
          )}
        </Form>
      </Card>
      <aside className="tb-case-editor__preview" aria-label={t('cases.editor.previewTitle')}>
        <Card
          variant="borderless"
          title={<h2 className="tb-card-title">{t('cases.editor.previewTitle')}</h2>}
        >
          <p className="tb-case-muted tb-case-back">{t('cases.editor.previewIntro')}</p>
          <div className="tb-case-editor__preview-frame">
            <CaseStory data={preview} preview headingLevel={2} />
          </div>
        </Card>
      </aside>
    </div>
  );
}
