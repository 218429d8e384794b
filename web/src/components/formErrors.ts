import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/**
 * Puts the server's field errors (error.fields) on the matching form fields. Returns the message to
 * show above the form when the error is not about any one field.
 */
export function applyServerErrors(form: FormInstance, err: unknown): string | null {
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : String(err);
  const names = Object.keys(err.fields);
  if (names.length) {
    form.setFields(names.map((name) => ({ name, errors: [err.fields[name]] })));
    return null;
  }
  return err.message;
}
