import {
  INQUIRY_KIND_LABELS,
  INQUIRY_STATUS_LABELS,
  type InquiryKind,
  type InquiryStatus,
  SIZE_CLASSES,
} from '@toolbox/domain';
import { useMemo } from 'react';
import { localName } from '../../../shared';
import { useCatalogueLabels } from '../../catalogue';

/** Names of inquiry kinds, statuses and size classes, plus the catalogue's taxonomy and dates. */
export function useLeadsLabels() {
  const catalogue = useCatalogueLabels();
  return useMemo(
    () => ({
      ...catalogue,
      kind: (kind: InquiryKind) => localName(INQUIRY_KIND_LABELS[kind], catalogue.lang),
      inquiryStatus: (status: InquiryStatus) =>
        localName(INQUIRY_STATUS_LABELS[status], catalogue.lang),
      sizeClass: (code: string) => {
        const info = SIZE_CLASSES.find((size) => size.code === code);
        return info ? localName(info, catalogue.lang) : code;
      },
    }),
    [catalogue],
  );
}

export const STATUS_COLORS: Record<InquiryStatus, string> = {
  open: 'orange',
  responded: 'blue',
  trialing: 'purple',
  won: 'green',
  lost: 'default',
  withdrawn: 'default',
};
