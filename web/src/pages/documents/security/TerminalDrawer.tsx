import { Form, Input, Switch } from 'antd';
import { post, put } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../org/shared/FormDrawer';
import { TERMINALS_KEY, type Terminal } from './api';

interface Values {
  name: string;
  cidr: string;
  active: boolean;
}

/** Approves a terminal's address or an address range, or changes one (`terminal`). */
export function TerminalDrawer({ open, onClose, terminal, suggested }: { open: boolean; onClose(): void; terminal?: Terminal; suggested?: string }) {
  const t = useT();
  const save = (v: Values) => {
    const body = { name: v.name.trim(), cidr: v.cidr.trim(), active: v.active };
    return terminal ? put(`/api/approved-terminals/${terminal.id}`, body) : post('/api/approved-terminals', body);
  };
  return (
    <FormDrawer<Values>
      open={open}
      onClose={onClose}
      title={t(terminal ? 'security.terminal.edit' : 'security.terminal.add')}
      invalidate={[TERMINALS_KEY]}
      initialValues={terminal ?? { cidr: suggested, active: true }}
      onSubmit={save}
    >
      <Form.Item name="name" label={t('security.terminal.name')} rules={[{ required: true, whitespace: true }]} extra={t('security.terminal.nameHelp')}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="cidr" label={t('security.terminal.cidr')} rules={[{ required: true, whitespace: true }]} extra={t('security.terminal.cidrHelp')}>
        <Input maxLength={64} placeholder="10.1.2.0/24" />
      </Form.Item>
      <Form.Item name="active" label={t('security.terminal.active')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormDrawer>
  );
}
