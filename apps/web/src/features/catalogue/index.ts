/** Public face of features/catalogue: import it only through this file. */
export { useBrowseOfferings } from './api/browse-offerings';
export { useGetMyProvider } from './api/get-my-provider';
export { useGetOffering } from './api/get-offering';
export { useGetProvider } from './api/get-provider';
export { AdminOfferingsList } from './components/admin-offerings-list';
export { AdminOfferingsTable } from './components/admin-offerings-table';
export { AuditLog } from './components/audit-log';
export { MyOfferingsTable } from './components/my-offerings-table';
export { OfferingDetail } from './components/offering-detail';
export { OfferingEditor, type OfferingEditorLocationState } from './components/offering-editor';
export { OfferingGrid } from './components/offering-grid';
export { OfferingStatusTag, RevisionTag } from './components/offering-status-tag';
export { PageHeader } from './components/page-header';
export { ProviderProfileForm } from './components/provider-profile-form';
export { ReviewDrawer } from './components/review-drawer';
export { RichText } from './components/rich-text';
export { useCatalogueLabels } from './hooks/use-catalogue-labels';
export { useListParams } from './hooks/use-list-params';
