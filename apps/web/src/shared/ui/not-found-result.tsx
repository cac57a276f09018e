import { Result } from 'antd';
import type { ReactNode } from 'react';

export interface NotFoundResultProps {
  title: string;
  description: string;
  extra?: ReactNode;
  testId?: string;
}

/** NotFoundState's content (see query-states.tsx): antd's Result with the 404 illustration. */
export default function NotFoundResult({ title, description, extra, testId }: NotFoundResultProps) {
  return (
    <Result
      status="404"
      title={<h1 className="tb-result-title">{title}</h1>}
      subTitle={description}
      extra={extra}
      data-testid={testId}
    />
  );
}
