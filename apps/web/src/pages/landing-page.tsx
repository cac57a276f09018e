import { useTranslation } from 'react-i18next';
import { AudiencesSection } from '../features/landing/components/audiences-section';
import { CtaSection } from '../features/landing/components/cta-section';
import { HeroSection } from '../features/landing/components/hero-section';
import { JourneySection } from '../features/landing/components/journey-section';
import { LevelsSection } from '../features/landing/components/levels-section';
import { PrinciplesSection } from '../features/landing/components/principles-section';
import { ScenariosSection } from '../features/landing/components/scenarios-section';
import { useDocumentTitle } from '../lib/use-document-title';

/** The public front page: what the platform is, for SMEs, providers and local authorities. */
export function LandingPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('landing.documentTitle'));
  return (
    <div className="tb-landing" data-testid="landing-page">
      <HeroSection />
      <JourneySection />
      <PrinciplesSection />
      <AudiencesSection />
      <LevelsSection />
      <ScenariosSection />
      <CtaSection />
    </div>
  );
}
