/** Public face of features/smes: import it only through this file. */
export { isProfileRequired } from './api/get-my-profile';
export { smeKeys } from './api/keys';
export { SmeMatchesView } from './components/sme-matches-view';
export { SmeNeedsView } from './components/sme-needs-view';
export { SmeProfileView } from './components/sme-profile-view';
