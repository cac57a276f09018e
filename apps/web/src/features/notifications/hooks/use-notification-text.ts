import type { NotificationView } from '@toolbox/contracts';
import type { Role } from '@toolbox/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../../shared';
import { notificationText } from '../notification-text';

export interface RenderedNotification {
  text: string;
  link: string | null;
}

/** A notification's sentence in the UI language and its link for the reader's role. */
export function useNotificationText(role: Role) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return useCallback(
    (notification: NotificationView): RenderedNotification => {
      const { key, values, link } = notificationText(notification, role, language);
      return { text: t(`notifications.text.${key}`, values), link };
    },
    [language, role, t],
  );
}
