import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { planKeys } from './keys';
import type { PlanItem, PlanResponse, UpdatePlanItemBody } from './types';

export interface UpdatePlanItemInput {
  id: string;
  changes: UpdatePlanItemBody;
}

export function updatePlanItem({ id, changes }: UpdatePlanItemInput): Promise<PlanItem> {
  return http.request<PlanItem>(`/plans/me/items/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: changes,
  });
}

/**
 * Changes one item. The board shows the answer at once (costs follow with the refetch, since the
 * server computes them); a refused move (409) leaves the item as the server has it.
 */
export function useUpdatePlanItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePlanItem,
    onSuccess: (item) => {
      queryClient.setQueryData<PlanResponse>(planKeys.mine(), (plan) =>
        plan
          ? { ...plan, items: plan.items.map((old) => (old.id === item.id ? item : old)) }
          : plan,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}
