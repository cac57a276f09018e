/** Query keys of the assessment feature. */
export const assessmentKeys = {
  all: ['assessments'] as const,
  draft: () => [...assessmentKeys.all, 'draft'] as const,
  lists: () => [...assessmentKeys.all, 'list'] as const,
  list: (page: number, pageSize: number) =>
    [...assessmentKeys.lists(), { page, pageSize }] as const,
  detail: (id: string) => [...assessmentKeys.all, 'detail', id] as const,
};
