import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http, isApiError } from '../../../lib';
import { planKeys } from './keys';
import type { CreatePlanItemBody, PlanItem } from './types';

/** `code` of the 409 when the offering is already in the plan. */
export const PLAN_ITEM_EXISTS = 'PLAN_ITEM_EXISTS';

export function createPlanItem(body: CreatePlanItemBody): Promise<PlanItem> {
  return http.request<PlanItem>('/plans/me/items', { method: 'POST', body });
}

export function isPlanItemExists(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && error.code === PLAN_ITEM_EXISTS;
}

/** Adds an offering or a free-text action to the plan; the plan (items and costs) is refetched. */
export function useCreatePlanItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPlanItem,
    onSettled: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}
