import type { FlowDraft } from '../api';

/**
 * A refused save (VALIDATION_FAILED) names fields by their path in the body:
 * "form.fields.2.compute.fields" or "tree.next.branches.1.next.assignee.userIds". These become the
 * marks a refused publish gives: "form.<fieldId>" (or "form.<tableId>.<columnId>") for the form,
 * the id of the nearest step or branch for the drawing. Other paths (the settings) are left out.
 */
export function marksOfBody(fields: Record<string, string>, draft: FlowDraft): Record<string, string> {
  const marks: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const at = path.startsWith('form.') ? formMark(path, draft) : path === 'tree' || path.startsWith('tree.') ? treeMark(path, draft) : undefined;
    if (at) marks[at] ??= message;
  }
  return marks;
}

function formMark(path: string, draft: FlowDraft): string | undefined {
  const [, , index, sub, column] = path.split('.');
  const field = draft.form.fields[Number(index)];
  if (!field) return undefined;
  const col = sub === 'columns' ? field.columns?.[Number(column)] : undefined;
  return col ? `form.${field.id}.${col.id}` : `form.${field.id}`;
}

function treeMark(path: string, draft: FlowDraft): string {
  let node: unknown = draft.tree;
  let at = draft.tree.id;
  for (const part of path.split('.').slice(1)) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<string, unknown>)[part];
    const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    if (typeof id === 'string') at = id;
  }
  return at;
}
