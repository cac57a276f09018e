import { useTranslation } from 'react-i18next';
import { SectionHeading } from './section-heading';

const PRINCIPLES = ['small', 'fast', 'light', 'precise'] as const;

/** 小快轻准 — small, fast, light, precise. */
export function PrinciplesSection() {
  const { t } = useTranslation();
  return (
    <section className="tb-section tb-section--tinted" aria-labelledby="principles-title">
      <SectionHeading
        id="principles-title"
        title={t('landing.principles.title')}
        subtitle={t('landing.principles.subtitle')}
      />
      <ul className="tb-principles">
        {PRINCIPLES.map((key) => (
          <li key={key} className={`tb-principle tb-principle--${key}`}>
            <span className="tb-principle__char" aria-hidden="true">
              {t(`landing.principles.${key}.char`)}
            </span>
            <h3 className="tb-principle__title">{t(`landing.principles.${key}.title`)}</h3>
            <p className="tb-principle__body">{t(`landing.principles.${key}.body`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
