import { OFFERING_LIMITS } from '@toolbox/domain';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { maxLengthRule } from '../../../shared';

const L = OFFERING_LIMITS;

/** The optional English title, summary and description (shown to English-language visitors). */
export function OfferingEnglishFields() {
  const { t } = useTranslation();
  return (
    <>
      <p className="tb-cat-form-hint">{t('catalogue.editor.englishHint')}</p>
      <Form.Item
        name="titleEn"
        label={t('catalogue.fields.titleEn')}
        rules={[maxLengthRule(t, L.titleMax)]}
      >
        <Input maxLength={L.titleMax} showCount lang="en" data-testid="offering-title-en" />
      </Form.Item>
      <Form.Item
        name="summaryEn"
        label={t('catalogue.fields.summaryEn')}
        rules={[maxLengthRule(t, L.summaryMax)]}
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
        rules={[maxLengthRule(t, L.descriptionMax)]}
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
}
