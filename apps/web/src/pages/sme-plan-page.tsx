import { PlanBoardView } from '../features/plan/components/plan-board-view';

export function SmePlanPage() {
  return <PlanBoardView />;
}
