/** Query keys of the SME feature (company profile, needs, matches). */
export const smeKeys = {
  all: ['smes'] as const,
  profile: () => [...smeKeys.all, 'profile'] as const,
  needs: () => [...smeKeys.all, 'needs'] as const,
  matches: (limit: number) => [...smeKeys.all, 'matches', limit] as const,
  allMatches: () => [...smeKeys.all, 'matches'] as const,
};
