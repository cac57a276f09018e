import { OFFERING_LIMITS } from '@toolbox/domain';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../shared/ui';

const L = OFFERING_LIMITS;

/** The optional English title, summary and description (shown to English-language visitors). */
export function OfferingEnglishFields() {
  const { t } = useTranslation();
  return (
    <>
      <p className="tb-cat-form-hint">{t('catalogue.editor.englishHint')}</p>
      <TextField
        name="titleEn"
        label={t('catalogue.fields.titleEn')}
        max={L.titleMax}
        lang="en"
        testId="offering-title-en"
      />
      <TextField
        name="summaryEn"
        label={t('catalogue.fields.summaryEn')}
        max={L.summaryMax}
        rows={{ minRows: 2, maxRows: 4 }}
        lang="en"
        testId="offering-summary-en"
      />
      <TextField
        name="descriptionEn"
        label={t('catalogue.fields.descriptionEn')}
        max={L.descriptionMax}
        rows={{ minRows: 4, maxRows: 14 }}
        lang="en"
        testId="offering-description-en"
      />
    </>
  );
}
