import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCountOpenLeads } from '../api/count-open-leads';

/** "3 条待回复" on the provider home's inbox card; nothing while loading or on failure. */
export function OpenLeadsCount() {
  const { t } = useTranslation();
  const query = useCountOpenLeads();
  if (query.data === undefined) return null;
  return (
    <Tag color={query.data > 0 ? 'orange' : 'default'} data-testid="open-leads-count">
      {query.data > 0
        ? t('leads.home.openLeads', { count: query.data })
        : t('leads.home.noOpenLeads')}
    </Tag>
  );
}
