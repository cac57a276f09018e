import { useTranslation } from 'react-i18next';
import { SectionHeading } from './section-heading';

const LEVELS = ['l1', 'l2', 'l3', 'l4'] as const;

/** Digital levels 1–4 as a staircase. */
export function LevelsSection() {
  const { t } = useTranslation();
  return (
    <section className="tb-section" aria-labelledby="levels-title">
      <SectionHeading
        id="levels-title"
        title={t('landing.levels.title')}
        subtitle={t('landing.levels.subtitle')}
      />
      <ol className="tb-levels">
        {LEVELS.map((level, index) => (
          <li key={level} className={`tb-level tb-level--${index + 1}`}>
            <span className="tb-level__bar" aria-hidden="true" />
            <span className="tb-level__text">{t(`landing.levels.${level}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
