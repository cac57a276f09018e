import type { Role } from '@toolbox/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const ROLE_COLOR: Record<Role, string> = {
  sme: 'blue',
  provider: 'green',
  admin: 'gold',
  gov: 'purple',
};

export interface RoleTagProps {
  role: Role;
}

export function RoleTag({ role }: RoleTagProps) {
  const { t } = useTranslation();
  return (
    <Tag color={ROLE_COLOR[role]} data-testid="role-tag">
      {t(`roles.${role}`)}
    </Tag>
  );
}
