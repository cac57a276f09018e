import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import type { To } from 'react-router';
import { ButtonLink } from '../../../shared/ui';

export interface SavedNextProps {
  title: string;
  /** The next step of the SME's path, offered as a button. */
  next: { label: string; to: To };
  testId: string;
}

/** "Saved" under an SME form, with the way on to the next step. */
export function SavedNext({ title, next, testId }: SavedNextProps) {
  return (
    <Alert
      type="success"
      showIcon
      icon={<CheckCircleOutlined />}
      title={title}
      action={
        <ButtonLink size="small" type="primary" to={next.to}>
          {next.label}
        </ButtonLink>
      }
      className="tb-form-alert"
      data-testid={testId}
    />
  );
}
