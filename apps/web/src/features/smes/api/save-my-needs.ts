import type { NeedsView } from '@toolbox/contracts';
import type { Deployment, ScenarioCode } from '@toolbox/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { smeKeys } from './keys';

export interface SaveMyNeedsBody {
  scenarios: { code: ScenarioCode; priority: number }[];
  monthlyBudgetCents: number | null;
  deployment: Deployment | null;
  notes: string | null;
}

export function saveMyNeeds(body: SaveMyNeedsBody): Promise<NeedsView> {
  return http.request<NeedsView>('/smes/me/needs', { method: 'PUT', body });
}

/** `PUT /api/smes/me/needs`; matches are recomputed afterwards. */
export function useSaveMyNeeds() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveMyNeeds,
    onSuccess: (needs) => {
      queryClient.setQueryData(smeKeys.needs(), needs);
      void queryClient.invalidateQueries({ queryKey: smeKeys.allMatches() });
    },
  });
}
