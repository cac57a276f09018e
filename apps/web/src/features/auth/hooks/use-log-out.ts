import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { authToken } from '../../../lib';

/** Signs out on this device: forgets the token and every cached private answer. */
export function useLogOut(): () => void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useCallback(() => {
    authToken.end('logout');
    queryClient.clear();
    void navigate('/', { replace: true });
    void message.success(t('auth.loggedOut'));
  }, [message, navigate, queryClient, t]);
}
