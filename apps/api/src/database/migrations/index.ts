import { InitUsers1764115200000 } from './1764115200000-init-users.js';
import { Catalogue1795658919823 } from './1795658919823-catalogue.js';
import { SearchOutbox1795659146854 } from './1795659146854-search-outbox.js';
import { Smes1795660025514 } from './1795660025514-smes.js';
import { Assessments1795660365499 } from './1795660365499-assessments.js';
import { Plans1795660796591 } from './1795660796591-plans.js';
import { RateLimitCounters1796191475982 } from './1796191475982-rate-limit-counters.js';
import { OfferingPublishedSummary1796191745989 } from './1796191745989-offering-published-summary.js';
import { SearchSyncAcrossProcesses1796191484338 } from './1796191484338-search-sync-across-processes.js';
import { TokenRevocation1796191740364 } from './1796191740364-token-revocation.js';

import { Notifications1796191996054 } from './1796191996054-notifications.js';
import { Engagement1796191996055 } from './1796191996055-engagement.js';
import { Reviews1796192014859 } from './1796192014859-reviews.js';
import { GovRole1796200000000 } from './1796200000000-gov-role.js';
import { Cases1796200000200 } from './1796200000200-cases.js';
import { SmeScenarioRatings1796200000300 } from './1796200000300-sme-scenario-ratings.js';
import { Programmes1796200000100 } from './1796200000100-programmes.js';
/** Every migration in order. `npm run db:migration:generate -- <Name>` writes new files; add them here. */
export const MIGRATIONS = [InitUsers1764115200000, Catalogue1795658919823, SearchOutbox1795659146854, Smes1795660025514, Assessments1795660365499, Plans1795660796591, RateLimitCounters1796191475982, SearchSyncAcrossProcesses1796191484338, TokenRevocation1796191740364, OfferingPublishedSummary1796191745989, Notifications1796191996054, Engagement1796191996055, Reviews1796192014859, GovRole1796200000000, Programmes1796200000100, Cases1796200000200, SmeScenarioRatings1796200000300];
