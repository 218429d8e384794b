import { App } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { post } from '../../api/client';
import { useT } from '../../app/i18n';
import { errorText, useRefreshDocuments } from './api';

interface Command {
  url: string;
  body?: unknown;
}

/**
 * A POST on documents (取文号, 分发, 签收, 催收 …): says `doneKey` when the server took it and
 * refreshes the 稿纸 and the lists; a refusal is shown as the server words it.
 */
export function useDocumentCommand(doneKey: string) {
  const t = useT();
  const { message } = App.useApp();
  const refresh = useRefreshDocuments();
  return useMutation({
    mutationFn: ({ url, body = {} }: Command) => post(url, body),
    onSuccess: async () => {
      message.success(t(doneKey));
      await refresh();
    },
    onError: (err) => message.error(errorText(err)),
  });
}
