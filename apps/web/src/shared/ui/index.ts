/**
 * shared/ui: generic components that several features and pages use (link buttons, charts, the
 * load-failed / not-found / skeleton states). App chrome used only by the shell (brand, language
 * switch, error boundary) lives in app/. Import it only through this file.
 */
export { ButtonLink } from './button-link';
export type { EChartOption } from './echart';
export { FormSubmit, type FormSubmitProps } from './form-submit';
export { LazyEChart } from './lazy-echart';
export { lazyWithAntd } from './lazy-with-antd';
export {
  LightButton,
  LightButtonLink,
  type LightButtonLinkProps,
  type LightButtonProps,
} from './light-button';
export {
  FormSkeleton,
  isNotFound,
  LoadFailed,
  NotFoundState,
  PageSkeleton,
  QueryFailed,
} from './query-states';
export { StatusPanel, type StatusPanelProps } from './status-panel';
export { TextField, type TextFieldProps } from './text-field';
