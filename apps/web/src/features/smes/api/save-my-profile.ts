import type { SmeProfileView } from '@toolbox/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { smeKeys } from './keys';

export interface SaveMyProfileBody {
  companyName: string;
  creditCode: string;
  industry: string;
  region: string;
  employees: number;
  annualRevenueCents?: number;
}

export function saveMyProfile(body: SaveMyProfileBody): Promise<SmeProfileView> {
  return http.request<SmeProfileView>('/smes/me', { method: 'PUT', body });
}

/** `PUT /api/smes/me`; the saved profile replaces the cached one and matches are recomputed. */
export function useSaveMyProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveMyProfile,
    onSuccess: (profile) => {
      queryClient.setQueryData(smeKeys.profile(), profile);
      void queryClient.invalidateQueries({ queryKey: smeKeys.allMatches() });
    },
  });
}
