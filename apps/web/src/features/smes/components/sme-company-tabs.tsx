import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { PATHS } from '../../../shared';

/** Switches between the two halves of the SME's file: company facts and transformation needs. */
export function SmeCompanyTabs() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <Segmented
      data-testid="sme-company-tabs"
      value={pathname.startsWith(PATHS.smeNeeds) ? PATHS.smeNeeds : PATHS.smeProfile}
      onChange={(path) => void navigate(path)}
      options={[
        { value: PATHS.smeProfile, label: t('nav.smeProfile') },
        { value: PATHS.smeNeeds, label: t('nav.smeNeeds') },
      ]}
    />
  );
}
