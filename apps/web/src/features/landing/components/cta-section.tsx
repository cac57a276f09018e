import { useTranslation } from 'react-i18next';
import { PATHS } from '../../../shared';
import { LightButtonLink } from '../../../shared/ui';
import { SectionHeading } from './section-heading';

export function CtaSection() {
  const { t } = useTranslation();
  return (
    <section className="tb-cta" aria-labelledby="cta-title">
      <SectionHeading
        id="cta-title"
        title={t('landing.cta.title')}
        subtitle={t('landing.cta.subtitle')}
        inverted
      />
      <div className="tb-cta__actions">
        <LightButtonLink to={`${PATHS.register}?role=sme`} type="primary" size="large">
          {t('landing.cta.sme')}
        </LightButtonLink>
        <LightButtonLink to={`${PATHS.register}?role=provider`} size="large" ghost>
          {t('landing.cta.provider')}
        </LightButtonLink>
      </div>
    </section>
  );
}
