import { PlanBoardView } from '../features/plan';

export function SmePlanPage() {
  return <PlanBoardView />;
}
