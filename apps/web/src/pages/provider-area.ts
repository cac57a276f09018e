// The provider console: one chunk per page, each fetched when it first renders (see app/router.tsx), so
// a signed-in first load carries the page it shows and not the rest of its role's pages.
export const providerArea = {
  CaseEditorPage: () => import('./case-editor-page'),
  DemandInsightPage: () => import('./demand-insight-page'),
  OfferingEditorPage: () => import('./offering-editor-page'),
  ProviderFunnelPage: () => import('./provider-funnel-page'),
  ProviderHomePage: () => import('./provider-home-page'),
  ProviderLeadPage: () => import('./provider-lead-page'),
  ProviderLeadsPage: () => import('./provider-leads-page'),
  ProviderOfferingsPage: () => import('./provider-offerings-page'),
  ProviderCasesPage: () => import('./provider-cases-page'),
  ProviderProfilePage: () => import('./provider-profile-page'),
};
