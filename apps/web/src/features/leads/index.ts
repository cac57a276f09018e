/** Public face of features/leads: import it only through this file. */
export { useCountOpenLeads } from './api/count-open-leads';
export { leadsKeys } from './api/keys';
export { DemandInsight } from './components/demand-insight';
export { FunnelDashboard } from './components/funnel-dashboard';
export { LeadInbox } from './components/lead-inbox';
export { LeadThread } from './components/lead-thread';
export { OpenLeadsCount } from './components/open-leads-count';
export {
  ReviewModerationButton,
  type ReviewModerationButtonProps,
} from './components/review-moderation-button';
