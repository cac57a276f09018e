import { Drawer } from 'antd';
import type { ReactNode } from 'react';

export interface FiltersDrawerProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}

/** The facets on narrow screens (search-view.tsx loads it when the filters are first opened). */
export default function FiltersDrawer({ title, open, onClose, children }: FiltersDrawerProps) {
  return (
    <Drawer title={title} placement="left" open={open} onClose={onClose} size={320}>
      {children}
    </Drawer>
  );
}
