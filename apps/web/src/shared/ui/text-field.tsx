import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { maxLengthRule, requiredRule } from '../form-rules';

export interface TextFieldProps {
  /** The form field (a path inside a Form.List). */
  name: string | (string | number)[];
  label: string;
  extra?: ReactNode;
  /** Makes the field required, with this message. */
  requiredMessage?: string;
  /** At most this many characters (counted under the field). */
  max: number;
  testId: string;
  placeholder?: string;
  /** A multi-line field that grows between these rows. */
  rows?: { minRows: number; maxRows: number };
  lang?: string;
  autoComplete?: string;
}

/** A text field with a length limit shown as a counter, optionally required. */
export function TextField({
  name,
  label,
  extra,
  requiredMessage,
  max,
  testId,
  placeholder,
  rows,
  lang,
  autoComplete,
}: TextFieldProps) {
  const { t } = useTranslation();
  const rules = [
    ...(requiredMessage === undefined ? [] : [requiredRule(requiredMessage)]),
    maxLengthRule(t, max),
  ];
  const common = { maxLength: max, showCount: true, placeholder, lang, 'data-testid': testId };
  return (
    <Form.Item name={name} label={label} extra={extra} rules={rules}>
      {rows === undefined ? (
        <Input {...common} autoComplete={autoComplete} />
      ) : (
        <Input.TextArea {...common} autoSize={rows} />
      )}
    </Form.Item>
  );
}
