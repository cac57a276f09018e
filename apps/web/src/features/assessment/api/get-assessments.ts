import type { AssessmentSummary, Page } from '@toolbox/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { assessmentKeys } from './keys';

export function getAssessments(
  page: number,
  pageSize: number,
  signal?: AbortSignal,
): Promise<Page<AssessmentSummary>> {
  return http.request<Page<AssessmentSummary>>('/assessments', {
    query: { page, pageSize },
    signal,
  });
}

/** The SME's own assessments, newest first (`GET /api/assessments`). */
export function useGetAssessments(page: number, pageSize: number) {
  return useQuery({
    queryKey: assessmentKeys.list(page, pageSize),
    queryFn: ({ signal }) => getAssessments(page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
}
