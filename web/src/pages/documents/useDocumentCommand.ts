import { App } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { post } from '../../api/client';
import { useT } from '../../app/i18n';
import { errorText, useRefreshDocuments } from './api';

export interface Command {
  url: string;
  body?: unknown;
}

/**
 * POSTs on documents (取文号, 分发, 签收, 催收 …): says `doneKey` when the server took one and
 * refreshes the 稿纸 and the lists; a refusal is shown as the server words it. `busy(url)` tells
 * which of several rows' commands is under way.
 */
export function useDocumentCommand<R = unknown>(doneKey: string) {
  const t = useT();
  const { message } = App.useApp();
  const refresh = useRefreshDocuments();
  const mutation = useMutation({
    mutationFn: ({ url, body = {} }: Command) => post<R>(url, body),
    onSuccess: async () => {
      message.success(t(doneKey));
      await refresh();
    },
    onError: (err) => message.error(errorText(err)),
  });
  return { ...mutation, busy: (url: string) => mutation.isPending && mutation.variables?.url === url };
}
