// The provider console, loaded as one chunk when a signed-in provider opens /provider.
export { CaseEditorPage } from './case-editor-page';
export { DemandInsightPage } from './demand-insight-page';
export { OfferingEditorPage } from './offering-editor-page';
export { ProviderFunnelPage } from './provider-funnel-page';
export { ProviderHomePage } from './provider-home-page';
export { ProviderLeadPage } from './provider-lead-page';
export { ProviderLeadsPage } from './provider-leads-page';
export { ProviderOfferingsPage } from './provider-offerings-page';
export { ProviderCasesPage } from './provider-cases-page';
export { ProviderProfilePage } from './provider-profile-page';
