import { ArrowRightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PATHS } from '../../../shared';
import { LightButtonLink } from '../../../shared/ui';
import { LoopVisual } from './loop-visual';

export function HeroSection() {
  const { t } = useTranslation();
  return (
    <section className="tb-hero" aria-labelledby="hero-title">
      <div className="tb-hero__inner">
        <div className="tb-hero__copy">
          <p className="tb-hero__eyebrow">{t('landing.hero.eyebrow')}</p>
          <h1 id="hero-title" className="tb-hero__title" data-testid="hero-title">
            {t('landing.hero.title')}
          </h1>
          <p className="tb-hero__subtitle">{t('landing.hero.subtitle')}</p>
          <div className="tb-hero__actions">
            <LightButtonLink
              to={`${PATHS.register}?role=sme`}
              type="primary"
              size="large"
              className="tb-hero__cta"
              data-testid="cta-register-sme"
            >
              {t('landing.hero.ctaSme')} <ArrowRightOutlined aria-hidden="true" />
            </LightButtonLink>
            <LightButtonLink
              to={`${PATHS.register}?role=provider`}
              size="large"
              ghost
              className="tb-hero__cta tb-hero__cta--ghost"
              data-testid="cta-register-provider"
            >
              {t('landing.hero.ctaProvider')}
            </LightButtonLink>
          </div>
          <LightButtonLink to={PATHS.login} type="link" className="tb-hero__login">
            {t('landing.hero.ctaLogin')}
          </LightButtonLink>
        </div>
        <div className="tb-hero__visual">
          <LoopVisual />
        </div>
      </div>
    </section>
  );
}
