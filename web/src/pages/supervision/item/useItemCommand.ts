import { App, type FormInstance } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { post, put } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { useShowError } from '../../org/shared/feedback';
import { useRefresh } from '../api';

/** A write on one item (`reports`, `urge`, `conclude` …): says it is done and refreshes every supervision query. */
export function useItemCommand(id: string, form?: FormInstance, onDone?: () => void) {
  const t = useT();
  const { message } = App.useApp();
  const refresh = useRefresh();
  const showError = useShowError();
  return useMutation({
    mutationFn: ({ path, body, method = 'POST' }: { path: string; body: unknown; method?: 'POST' | 'PUT' }) =>
      (method === 'PUT' ? put : post)(`/api/supervision/items/${id}/${path}`, body),
    onSuccess: async () => {
      message.success(t('supervision.done'));
      await refresh();
      onDone?.();
    },
    onError: (err) => showError(err, form),
  });
}
