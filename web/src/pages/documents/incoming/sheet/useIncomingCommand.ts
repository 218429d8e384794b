import { App, type FormInstance } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { post } from '../../../../api/client';
import { useT } from '../../../../app/i18n';
import { useShowError } from '../../../org/shared/feedback';
import { refreshWorkflow } from '../../../workflow/api';
import { incomingCommand, type IncomingAction } from '../api';

type Command = { action: IncomingAction; body: unknown } | { action: 'return' | 'complete'; taskId: string; body: unknown };

/** Where a command goes: the 收文's own endpoints, or the workflow's for 退回 and completing a task. */
const send = (id: string, c: Command) =>
  'taskId' in c ? post(`/api/workflow/tasks/${encodeURIComponent(c.taskId)}/${c.action === 'return' ? 'return' : 'approve'}`, c.body) : incomingCommand(id, c.action, c.body);

/**
 * A write on one 收文: says what was done, refreshes the 处理单, the lists and the todo counts
 * (all under the workflow's prefix); a refusal puts its field messages on `form` and says why.
 */
export function useIncomingCommand(id: string, form?: FormInstance) {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const showError = useShowError();
  return useMutation({
    mutationFn: (c: Command) => send(id, c),
    onSuccess: async (_, c) => {
      message.success(t(`incoming.done.${c.action}`));
      await refreshWorkflow(client);
    },
    onError: (err) => showError(err, form),
  });
}
