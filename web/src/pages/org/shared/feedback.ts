import { App, type FormInstance } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../api/client';
import { useT } from '../../../app/i18n';

/** "partTime.0.departmentId" → ['partTime', 0, 'departmentId'], the form's name path. */
const namePath = (field: string) => field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/** Puts the server's field messages on the form's fields and shows the error's message. */
export function useShowError() {
  const { message } = App.useApp();
  return (err: unknown, form?: FormInstance) => {
    if (err instanceof ApiError) {
      if (form) form.setFields(Object.entries(err.fields).map(([field, msg]) => ({ name: namePath(field), errors: [msg] })));
      message.error(err.message);
    } else {
      message.error(String(err));
    }
  };
}

/** A write that refreshes the given query keys and reports its outcome. */
export function useApiMutation<V, R = unknown>(fn: (vars: V) => Promise<R>, invalidate: string[], onDone?: (result: R) => void) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const t = useT();
  const showError = useShowError();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (result) => {
      await Promise.all(invalidate.map((key) => client.invalidateQueries({ queryKey: [key] })));
      message.success(t('admin.done'));
      onDone?.(result);
    },
    onError: (err) => showError(err),
  });
}
