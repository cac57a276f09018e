export const TEMPLATE_DB = 'toolbox_template';
