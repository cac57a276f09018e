import { deriveSizeClass, SIZE_CLASSES } from '@toolbox/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { localName, useUiLanguage } from '../../../shared';

export interface SizeClassHintProps {
  employees: number | null | undefined;
  /** Annual revenue in fen, null when not given (or not valid yet). */
  annualRevenueCents: number | null;
}

const COLORS = { micro: 'cyan', small: 'blue', medium: 'geekblue', large: 'purple' } as const;

/** The size class derived live from employees and revenue (MIIT 2011 industrial thresholds). */
export function SizeClassHint({ employees, annualRevenueCents }: SizeClassHintProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const valid = typeof employees === 'number' && Number.isSafeInteger(employees) && employees >= 0;
  const sizeClass = valid ? deriveSizeClass({ employees, annualRevenueCents }) : null;
  const info = SIZE_CLASSES.find((c) => c.code === sizeClass);
  return (
    <div className="tb-size-class" aria-live="polite" data-testid="size-class">
      <p className="tb-size-class__head">
        <span>{t('smes.profile.sizeClass')}</span>
        {info && sizeClass ? (
          <Tag color={COLORS[sizeClass]} variant="filled" className="tb-size-class__tag">
            {localName(info, language)}
          </Tag>
        ) : (
          <span className="tb-muted">{t('smes.profile.sizeClassPending')}</span>
        )}
      </p>
      <p className="tb-size-class__rule">{t('smes.profile.sizeClassRule')}</p>
      {valid && annualRevenueCents === null && (
        <p className="tb-size-class__rule">{t('smes.profile.sizeClassNoRevenue')}</p>
      )}
    </div>
  );
}
