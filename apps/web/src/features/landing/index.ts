/** Public face of features/landing: import it only through this file. */
export { AudiencesSection } from './components/audiences-section';
export { CtaSection } from './components/cta-section';
export { HeroSection } from './components/hero-section';
export { JourneySection } from './components/journey-section';
export { LevelsSection } from './components/levels-section';
export { PrinciplesSection } from './components/principles-section';
export { ScenariosSection } from './components/scenarios-section';
