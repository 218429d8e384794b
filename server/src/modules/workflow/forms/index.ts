/** Form definitions and submissions of the workflow engine: pure functions, no storage. */
export { checkDefinition, type DefinitionProblem } from './definition.js';
export { attachmentIds, validateSubmission, visibleValues, type SubmissionOptions, type SubmissionResult } from './submission.js';
export { computeValues } from './compute.js';
export { FORM_TEMPLATES, FORM_TEMPLATE_KEYS, type FormTemplateKey } from './templates.js';
export * from './types.js';
