import type { TFunction } from 'i18next';

/** How far the index is behind, in words ("0.4 s", "3 min"). */
export function formatAge(ms: number | null, t: TFunction): string {
  if (ms === null) return t('searchIndex.noLag');
  if (ms < 1000) return t('searchIndex.ageMs', { ms });
  if (ms < 60_000) return t('searchIndex.ageSeconds', { seconds: (ms / 1000).toFixed(1) });
  return t('searchIndex.ageMinutes', { minutes: Math.round(ms / 60_000) });
}

/** A timestamp in the UI language's format, or a dash. */
export function formatTime(iso: string | null, language: string): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : 'zh-CN');
}
