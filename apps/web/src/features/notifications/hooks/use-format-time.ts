import { useMemo } from 'react';
import { useUiLanguage } from '../../../shared';

/** Date and time (minutes) in the UI language. */
export function useFormatTime(): (iso: string) => string {
  const language = useUiLanguage();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    return (iso: string) => format.format(new Date(iso));
  }, [language]);
}
