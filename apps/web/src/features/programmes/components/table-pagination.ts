import type { TablePaginationConfig } from 'antd';
import type { TFunction } from 'i18next';

/** The paging every programmes table uses: server pages, "共 N 条", hidden for one page. */
export function tablePagination(
  t: TFunction,
  page: number,
  pageSize: number,
  total: number | undefined,
  onChange: (page: number, pageSize: number) => void,
): TablePaginationConfig {
  return {
    current: page,
    pageSize,
    total: total ?? 0,
    showTotal: (count) => t('programmes.common.total', { count }),
    onChange,
    hideOnSinglePage: true,
  };
}
