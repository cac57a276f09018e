import { useQuery } from '@tanstack/react-query';
import { leadsKeys } from './keys';
import { listInquiries } from './list-inquiries';

/** How many leads wait for the provider's first answer (`open`): one row fetched, `total` read. */
export function useCountOpenLeads() {
  return useQuery({
    queryKey: leadsKeys.openCount(),
    queryFn: ({ signal }) =>
      listInquiries({ status: 'open', page: 1, pageSize: 1 }, signal).then((page) => page.total),
  });
}
