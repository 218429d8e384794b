/** The workflow forms: render a form, design one, set a step's field rights. */
export { FormRenderer, type FormRendererProps } from './FormRenderer';
export { FormDesigner, type FormDesignerProps } from './FormDesigner';
export { FieldRightsEditor, type FieldRightsEditorProps } from './FieldRightsEditor';
export type { DateRangeValue, FieldRight, FormDefinition, FormField, FormValues } from './types';
