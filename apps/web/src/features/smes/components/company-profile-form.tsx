import { SME_LIMITS } from '@toolbox/contracts/constants';
import { IdcardOutlined } from '@ant-design/icons';
import type { SmeProfileView } from '@toolbox/contracts';
import { creditCodeProblem, formatCny, stageByLevel } from '@toolbox/domain';
import { Alert, App, Cascader, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatAmount,
  industryOptions,
  localName,
  parseAmount,
  PATHS,
  regionOptions,
  regionPath,
  useUiLanguage,
  type FieldErrorMapping,
  formErrorSummary,
  maxLengthRule,
  requiredRule,
  showServerFieldErrors,
} from '../../../shared';
import { FormSubmit } from '../../../shared/ui';
import { type SaveMyProfileBody, useSaveMyProfile } from '../api/save-my-profile';
import { creditCodeMessage } from '../credit-code-message';
import { SavedNext } from './saved-next';
import { SizeClassHint } from './size-class-hint';

interface ProfileFormValues {
  companyName: string;
  creditCode: string;
  industry?: string;
  region?: string[];
  employees?: number | null;
  annualRevenueWan?: string;
}

/** API field → form field, and the numbers of the rules. */
const FIELD_ERRORS: FieldErrorMapping = {
  fields: {
    companyName: 'companyName',
    creditCode: 'creditCode',
    industry: 'industry',
    region: 'region',
    employees: 'employees',
    annualRevenueCents: 'annualRevenueWan',
  } satisfies Record<string, keyof ProfileFormValues>,
  limits: {
    companyName: { maxLength: SME_LIMITS.companyNameMax },
    employees: { min: 1, max: SME_LIMITS.employeesMax },
  },
};

function toFormValues(profile: SmeProfileView | null): ProfileFormValues {
  if (!profile) return { companyName: '', creditCode: '', annualRevenueWan: '' };
  return {
    companyName: profile.companyName,
    creditCode: profile.creditCode,
    industry: profile.industry,
    region: regionPath(profile.region),
    employees: profile.employees,
    annualRevenueWan:
      profile.annualRevenueCents === null ? '' : formatAmount(profile.annualRevenueCents, 'wan'),
  };
}

function amountMessage(problem: 'format' | 'precision' | 'tooLarge', t: TFunction): string {
  return t(`smes.money.${problem}`);
}

export interface CompanyProfileFormProps {
  /** The saved profile, or null before the first save. */
  profile: SmeProfileView | null;
}

/** 企业信息: name, credit code (checked live), industry, region, employees, revenue, size class. */
export function CompanyProfileForm({ profile }: CompanyProfileFormProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileFormValues>();
  const save = useSaveMyProfile();
  const [saved, setSaved] = useState(false);
  const employees = Form.useWatch('employees', form);
  const revenueText = Form.useWatch('annualRevenueWan', form) ?? '';
  const revenue = parseAmount(revenueText, 'wan');
  const level = profile?.level ?? null;
  const stage = level === null ? undefined : stageByLevel(level);

  const onFinish = (values: ProfileFormValues) => {
    const parsed = parseAmount(values.annualRevenueWan ?? '', 'wan');
    const region = values.region?.[values.region.length - 1];
    if (!parsed.ok || !values.industry || !region || typeof values.employees !== 'number') return;
    const body: SaveMyProfileBody = {
      companyName: values.companyName.trim(),
      creditCode: values.creditCode.trim().toUpperCase(),
      industry: values.industry,
      region,
      employees: values.employees,
      ...(parsed.cents === null ? {} : { annualRevenueCents: parsed.cents }),
    };
    setSaved(false);
    save.mutate(body, {
      onSuccess: () => {
        setSaved(true);
        void message.success(t('smes.profile.saved'));
      },
      onError: (error) => showServerFieldErrors(form, error, FIELD_ERRORS, t),
    });
  };

  const otherError = formErrorSummary(save.error, FIELD_ERRORS, t);

  return (
    <Form<ProfileFormValues>
      form={form}
      layout="vertical"
      requiredMark="optional"
      initialValues={toFormValues(profile)}
      onFinish={onFinish}
      onValuesChange={() => setSaved(false)}
      disabled={save.isPending}
      scrollToFirstError
      data-testid="profile-form"
      className="tb-sme-form"
    >
      {otherError && <Alert type="error" showIcon title={otherError} className="tb-form-alert" />}
      <Row gutter={24}>
        <Col xs={24} md={14}>
          <Form.Item
            name="companyName"
            label={t('smes.profile.companyName')}
            rules={[
              requiredRule(t('smes.profile.companyNameRequired')),
              maxLengthRule(t, SME_LIMITS.companyNameMax),
            ]}
          >
            <Input
              prefix={<IdcardOutlined aria-hidden="true" />}
              placeholder={t('smes.profile.companyNamePlaceholder')}
              maxLength={SME_LIMITS.companyNameMax}
              autoComplete="organization"
              data-testid="profile-company-name"
            />
          </Form.Item>
          <Form.Item
            name="creditCode"
            label={t('smes.profile.creditCode')}
            extra={t('smes.profile.creditCodeHint')}
            normalize={(value: string | undefined) =>
              (value ?? '').toUpperCase().replace(/\s+/g, '')
            }
            validateFirst
            rules={[
              { required: true, message: t('smes.profile.creditCodeRequired') },
              {
                validator: async (_rule, value: string | undefined) => {
                  const code = value ?? '';
                  const problem = creditCodeProblem(code);
                  if (problem !== null) throw new Error(creditCodeMessage(problem, code, t));
                },
              },
            ]}
            hasFeedback
          >
            <Input
              placeholder={t('smes.profile.creditCodePlaceholder')}
              count={{ show: true, max: 18 }}
              autoComplete="off"
              spellCheck={false}
              className="tb-mono"
              data-testid="profile-credit-code"
            />
          </Form.Item>
          <Form.Item
            name="industry"
            label={t('smes.profile.industry')}
            rules={[{ required: true, message: t('smes.profile.industryRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={industryOptions(language)}
              placeholder={t('smes.profile.industryPlaceholder')}
              data-testid="profile-industry"
            />
          </Form.Item>
          <Form.Item
            name="region"
            label={t('smes.profile.region')}
            extra={t('smes.profile.regionHint')}
            rules={[{ required: true, message: t('smes.profile.regionRequired') }]}
          >
            <Cascader
              options={regionOptions(language)}
              changeOnSelect
              showSearch
              placeholder={t('smes.profile.regionPlaceholder')}
              data-testid="profile-region"
            />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} sm={12}>
              <Form.Item
                name="employees"
                label={t('smes.profile.employees')}
                rules={[
                  { required: true, message: t('smes.profile.employeesRequired') },
                  {
                    type: 'integer',
                    min: 0,
                    max: SME_LIMITS.employeesMax,
                    message: t('smes.profile.employeesRange', {
                      max: SME_LIMITS.employeesMax.toLocaleString(),
                    }),
                  },
                ]}
              >
                <InputNumber<number>
                  min={0}
                  max={SME_LIMITS.employeesMax}
                  precision={0}
                  suffix={t('smes.profile.employeesUnit')}
                  style={{ width: '100%' }}
                  data-testid="profile-employees"
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                name="annualRevenueWan"
                label={t('smes.profile.revenue')}
                extra={
                  revenue.ok && revenue.cents !== null
                    ? t('smes.profile.revenueEquals', {
                        amount: formatCny(revenue.cents, language),
                      })
                    : t('smes.profile.revenueHint')
                }
                rules={[
                  {
                    validator: async (_rule, value: string | undefined) => {
                      const parsed = parseAmount(value ?? '', 'wan');
                      if (!parsed.ok) throw new Error(amountMessage(parsed.problem, t));
                      if (parsed.cents !== null && parsed.cents > SME_LIMITS.revenueCentsMax) {
                        throw new Error(amountMessage('tooLarge', t));
                      }
                    },
                  },
                ]}
              >
                <Input
                  inputMode="decimal"
                  suffix={t('smes.profile.revenueUnit')}
                  placeholder={t('smes.profile.revenuePlaceholder')}
                  data-testid="profile-revenue"
                />
              </Form.Item>
            </Col>
          </Row>
        </Col>
        <Col xs={24} md={10}>
          <div className="tb-side-stack">
            <SizeClassHint
              employees={employees}
              annualRevenueCents={revenue.ok ? revenue.cents : null}
            />
            <div className="tb-size-class">
              <p className="tb-size-class__head">
                <span>{t('smes.profile.level')}</span>
                {stage ? (
                  <span className="tb-strong">{localName(stage, language)}</span>
                ) : (
                  <span className="tb-muted">{t('smes.profile.levelNone')}</span>
                )}
              </p>
              <p className="tb-size-class__rule">{t('smes.profile.levelHint')}</p>
            </div>
          </div>
        </Col>
      </Row>
      {saved && (
        <SavedNext
          title={t('smes.profile.savedNext')}
          next={{ label: t('smes.profile.toNeeds'), to: PATHS.smeNeeds }}
          testId="profile-saved"
        />
      )}
      <FormSubmit
        className="tb-form-actions"
        size="large"
        loading={save.isPending}
        testId="profile-submit"
      >
        {t('smes.profile.submit')}
      </FormSubmit>
    </Form>
  );
}
