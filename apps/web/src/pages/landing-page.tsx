import { useTranslation } from 'react-i18next';
import {
  AudiencesSection,
  CtaSection,
  HeroSection,
  JourneySection,
  LevelsSection,
  PrinciplesSection,
  ScenariosSection,
} from '../features/landing';
import { useDocumentTitle } from '../lib';

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
