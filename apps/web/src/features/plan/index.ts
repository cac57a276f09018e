/** Public face of features/plan: import it only through this file. */
export { useGetMyPlan } from './api/get-my-plan';
export { planKeys } from './api/keys';
export { AddToPlanButton } from './components/add-to-plan-button';
export { PlanBoardView } from './components/plan-board-view';
