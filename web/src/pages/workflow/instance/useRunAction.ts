import { App, type FormInstance } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { useShowError } from '../../org/shared/feedback';
import { isStale, postOnce, refreshWorkflow } from '../api';
import type { Action } from './actions';

/**
 * Sends one action and reports it. Resolves true when the dialog may close: done, someone else
 * acted first (the page reloads), or the form itself was refused (its fields show why).
 */
export function useRunAction(onFormErrors: (fields: Record<string, string>) => void) {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const showError = useShowError();
  return async (action: Action, request: { url: string; body: unknown }, key: string, dialogForm?: FormInstance): Promise<boolean> => {
    try {
      await postOnce(request.url, request.body, key);
      onFormErrors({});
      message.success(t(`workflow.done.${action}`));
      await refreshWorkflow(client);
      return true;
    } catch (err) {
      if (isStale(err)) {
        message.warning((err as ApiError).message);
        await refreshWorkflow(client);
        return true;
      }
      if (err instanceof ApiError && err.code === 'FORM_INVALID') {
        onFormErrors(err.fields);
        message.error(err.message);
        return true;
      }
      showError(err, dialogForm);
      return false;
    }
  };
}
