import { useLayoutEffect, useState, type ReactNode } from 'react';
import { Button, Drawer, Form, Space, type FormInstance } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useT } from '../../../app/i18n';
import { useShowError } from './feedback';

export const DRAWER_SIZE = 'min(520px, 100vw)';

interface Props<V, R> {
  open: boolean;
  title: ReactNode;
  onClose(): void;
  /** Sends the values; a rejected ApiError's field messages land on the form's fields. */
  onSubmit(values: V): Promise<R>;
  /** Called with the reply after a successful submit (the drawer closes itself). */
  onSaved?(result: R): void;
  /** Query keys to refresh after a successful submit. */
  invalidate?: string[];
  initialValues?: Partial<V>;
  form?: FormInstance<V>;
  children: ReactNode;
}

/** A Drawer holding a vertical form with 取消 / 确定; resets to initialValues each time it opens. */
export function FormDrawer<V extends object, R = unknown>(props: Props<V, R>) {
  const { open, title, onClose, onSubmit, onSaved, invalidate = [], initialValues, form: given, children } = props;
  const t = useT();
  const [own] = Form.useForm<V>();
  const form = given ?? own;
  const client = useQueryClient();
  const showError = useShowError();
  const [busy, setBusy] = useState(false);

  useLayoutEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const submit = async (values: V) => {
    setBusy(true);
    try {
      const result = await onSubmit(values);
      await Promise.all(invalidate.map((key) => client.invalidateQueries({ queryKey: [key] })));
      onClose();
      onSaved?.(result);
    } catch (err) {
      showError(err, form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Drawer
      open={open}
      title={title}
      onClose={onClose}
      size={DRAWER_SIZE}
      forceRender
      footer={
        <Space style={{ float: 'right' }}>
          <Button autoInsertSpace={false} onClick={onClose}>{t('admin.cancel')}</Button>
          <Button type="primary" loading={busy} autoInsertSpace={false} onClick={() => form.submit()}>
            {t('admin.ok')}
          </Button>
        </Space>
      }
    >
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={submit}>
        {children}
      </Form>
    </Drawer>
  );
}
