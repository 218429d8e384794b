import { useState } from 'react';
import { Form, Input, Select } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get, post, qs } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../org/shared/FormDrawer';
import { withoutEmpty } from '../../org/shared/formItems';
import { useShowInitialPassword } from '../../org/shared/InitialPassword';
import type { Paged, Person } from '../../org/shared/types';

interface Values {
  username: string;
  displayName: string;
  personId?: string;
}

/** Finds a person of the ledger by name, number or pinyin. */
function PersonPicker({ value, onChange, onPick }: { value?: string; onChange?(v: string): void; onPick(p: Person): void }) {
  const [q, setQ] = useState('');
  const people = useQuery({
    queryKey: ['people', 'pick', q],
    queryFn: () => get<Paged<Person>>('/api/people' + qs({ q, status: 'active', pageSize: 20 })),
    placeholderData: keepPreviousData,
  });
  const items = people.data?.items ?? [];
  return (
    <Select
      value={value}
      allowClear
      onChange={(id: string) => {
        onChange?.(id);
        const person = items.find((p) => p.id === id);
        if (person) onPick(person);
      }}
      showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim()) }}
      loading={people.isFetching}
      options={items.map((p) => ({ value: p.id, label: `${p.name}（${p.employeeNo} · ${p.departmentName}）`, disabled: !!p.username }))}
    />
  );
}

/** Opens a login account, linked to a person of the ledger or standing alone; shows its initial password once. */
export function CreateAccountDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const showPassword = useShowInitialPassword();
  return (
    <FormDrawer<Values, { username: string; initialPassword: string }>
      open={open}
      onClose={onClose}
      form={form}
      title={t('access.user.create')}
      invalidate={['users', 'people']}
      onSubmit={async (v) => {
        const reply = await post<{ id: string; initialPassword: string }>('/api/users', withoutEmpty(v));
        return { username: v.username, initialPassword: reply.initialPassword };
      }}
      onSaved={(r) => showPassword(r.username, r.initialPassword)}
    >
      <Form.Item name="personId" label={t('access.user.person')} extra={t('access.user.personHelp')}>
        <PersonPicker onPick={(p) => form.setFieldValue('displayName', p.name)} />
      </Form.Item>
      <Form.Item name="username" label={t('access.user.username')} rules={[{ required: true }, { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/, message: t('access.user.usernameFormat') }]}>
        <Input maxLength={64} autoComplete="off" />
      </Form.Item>
      <Form.Item name="displayName" label={t('access.user.displayName')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={60} />
      </Form.Item>
    </FormDrawer>
  );
}
