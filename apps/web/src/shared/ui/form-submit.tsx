import { Button, Form } from 'antd';
import type { ReactNode } from 'react';

export interface FormSubmitProps {
  children: ReactNode;
  loading: boolean;
  testId: string;
  /** `tb-form-submit` under a short form, `tb-form-actions` under a long one. */
  className?: 'tb-form-submit' | 'tb-form-actions';
  size?: 'large';
  block?: boolean;
}

/** The primary submit button at the foot of a form. */
export function FormSubmit({
  children,
  loading,
  testId,
  className = 'tb-form-submit',
  size,
  block,
}: FormSubmitProps) {
  return (
    <Form.Item className={className}>
      <Button
        type="primary"
        htmlType="submit"
        block={block}
        size={size}
        loading={loading}
        data-testid={testId}
      >
        {children}
      </Button>
    </Form.Item>
  );
}
