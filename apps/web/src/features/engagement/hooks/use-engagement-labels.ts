import {
  INQUIRY_KIND_LABELS,
  INQUIRY_STATUS_LABELS,
  type InquiryKind,
  type InquiryStatus,
  SIZE_CLASSES,
} from '@toolbox/domain';
import { useMemo } from 'react';
import { industryName, localName, regionName, useUiLanguage } from '../../../shared';

export interface EngagementLabels {
  kind: (kind: InquiryKind) => string;
  status: (status: InquiryStatus) => string;
  industry: (code: string) => string;
  region: (code: string) => string;
  sizeClass: (code: string) => string;
  /** Date and time in the UI language (minutes). */
  dateTime: (iso: string) => string;
}

/** Names of inquiry kinds and statuses, firm facts and times in the UI language. */
export function useEngagementLabels(): EngagementLabels {
  const language = useUiLanguage();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    return {
      kind: (kind) => localName(INQUIRY_KIND_LABELS[kind], language),
      status: (status) => localName(INQUIRY_STATUS_LABELS[status], language),
      industry: (code) => industryName(code, language),
      region: (code) => regionName(code, language),
      sizeClass: (code) => {
        const found = SIZE_CLASSES.find((size) => size.code === code);
        return found ? localName(found, language) : code;
      },
      dateTime: (iso) => format.format(new Date(iso)),
    };
  }, [language]);
}
