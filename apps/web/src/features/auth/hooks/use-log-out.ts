import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { authToken } from '../../../lib';
import { logOut, signOut } from '../api/log-out';

/**
 * Signs out: asks the API to revoke the token, then — whether or not that worked (offline,
 * already expired) — forgets the token and every cached private answer on this device.
 */
export function useLogOut(): () => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    () =>
      signOut(logOut, () => {
        authToken.end('logout');
        queryClient.clear();
        void navigate('/', { replace: true });
        void message.success(t('auth.loggedOut'));
      }),
    [message, navigate, queryClient, t],
  );
}
