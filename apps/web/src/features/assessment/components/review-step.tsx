import { QUESTIONNAIRE } from '../hooks/use-assessment-wizard';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguageOf } from '../../../shared';
import { pick } from '../answers';

export interface ReviewStepProps {
  missing: readonly string[];
  answered: number;
  total: number;
  onJump: (code: string) => void;
  serverErrors: readonly string[];
}

export function ReviewStep({ missing, answered, total, onJump, serverErrors }: ReviewStepProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguageOf(i18n.resolvedLanguage);
  const nameOf = (code: string): string => {
    for (const dimension of QUESTIONNAIRE.dimensions) {
      const indicator = dimension.indicators.find((i) => i.code === code);
      if (indicator) return pick(indicator.nameZh, indicator.nameEn, language);
    }
    return code;
  };
  return (
    <div className="tb-review" data-testid="review-step">
      {serverErrors.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('assessment.wizard.submitFailed')}
          description={
            <ul className="tb-review__errors">
              {serverErrors.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          }
          data-testid="submit-error"
        />
      )}
      {missing.length === 0 ? (
        <Alert
          type="success"
          showIcon
          title={t('assessment.wizard.readyTitle')}
          description={t('assessment.wizard.readyBody', { total })}
          data-testid="review-ready"
        />
      ) : (
        <Alert
          type="warning"
          showIcon
          title={t('assessment.wizard.missingTitle', { missing: missing.length })}
          description={
            <>
              <p>{t('assessment.wizard.missingBody', { answered, total })}</p>
              <ul className="tb-review__missing" data-testid="review-missing">
                {missing.map((code) => (
                  <li key={code}>
                    <Button type="link" size="small" onClick={() => onJump(code)}>
                      {nameOf(code)}
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          }
        />
      )}
      <p className="tb-review__note">{t('assessment.wizard.immutableNote')}</p>
    </div>
  );
}
