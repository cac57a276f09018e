import { message, Modal, notification } from 'antd';
import type { useAppProps } from 'antd/es/app/context';
import { useEffect, useMemo } from 'react';

export interface AntdAppHoldersProps {
  /** Receives the instances once they exist, and null when the holders unmount. */
  onReady: (api: useAppProps | null) => void;
}

/**
 * The real message / notification / modal instances behind `App.useApp()` (see antd-app.tsx),
 * with their holders rendered inside the ConfigProvider, as antd's `<App>` does.
 */
export default function AntdAppHolders({ onReady }: AntdAppHoldersProps) {
  const [messageApi, messageHolder] = message.useMessage();
  const [notificationApi, notificationHolder] = notification.useNotification();
  const [modalApi, modalHolder] = Modal.useModal();
  const value = useMemo(
    () => ({ message: messageApi, notification: notificationApi, modal: modalApi }),
    [messageApi, notificationApi, modalApi],
  );
  useEffect(() => {
    onReady(value);
    return () => onReady(null);
  }, [onReady, value]);
  return (
    <>
      {modalHolder}
      {messageHolder}
      {notificationHolder}
    </>
  );
}
