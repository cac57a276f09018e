import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { planKeys } from './keys';
import type { PlanResponse } from './types';

export function deletePlanItem(id: string): Promise<void> {
  return http.request<void>(`/plans/me/items/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** Removes an item from the plan. */
export function useDeletePlanItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePlanItem,
    onSuccess: (_, id) => {
      queryClient.setQueryData<PlanResponse>(planKeys.mine(), (plan) =>
        plan ? { ...plan, items: plan.items.filter((item) => item.id !== id) } : plan,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}
