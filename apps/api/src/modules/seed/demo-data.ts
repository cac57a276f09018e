import type { Role } from '@toolbox/domain';

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
}

/** Demo accounts share one documented password (README, "Demo data"). */
export const DEMO_PASSWORD = 'demo-password-123';

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'sme@demo.toolbox.local', name: '宁波恒力精密机械有限公司', role: 'sme' },
  { email: 'sme2@demo.toolbox.local', name: '苏州云织纺织科技有限公司', role: 'sme' },
  { email: 'provider@demo.toolbox.local', name: '云启工业互联网平台', role: 'provider' },
  { email: 'provider2@demo.toolbox.local', name: '数智通转型服务有限公司', role: 'provider' },
];
