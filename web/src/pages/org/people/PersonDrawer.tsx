import { DatePicker, Form, Input, Select } from 'antd';
import { post, put } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../shared/FormDrawer';
import { dateItemProps, withoutEmpty } from '../shared/formItems';
import { useShowInitialPassword } from '../shared/InitialPassword';
import { DepartmentPicker, PostPicker } from '../shared/pickers';
import type { PartTime, Person } from '../shared/types';
import { PartTimeFields, partTimePayload } from './PartTimeFields';

interface Values {
  name: string;
  employeeNo: string;
  gender?: 'male' | 'female' | null;
  departmentId: string;
  postId?: string | null;
  phone?: string;
  email?: string;
  joinedOn?: string | null;
  partTime?: PartTime[];
  username?: string | null;
}

interface Props {
  /** The person to edit; null to register a new one (入职). */
  person: Person | null;
  open: boolean;
  onClose(): void;
}

/** 入职 (join) and 编辑 (edit) of a person. Department and post change only through 调动. */
export function PersonDrawer({ person, open, onClose }: Props) {
  const t = useT();
  const showPassword = useShowInitialPassword();
  const creating = person === null;

  const submit = async (v: Values) => {
    const partTime = partTimePayload(v.partTime);
    if (creating) return post<{ id: string; initialPassword?: string }>('/api/people', { ...withoutEmpty(v), partTime });
    await put(`/api/people/${person.id}`, {
      name: v.name,
      employeeNo: v.employeeNo,
      gender: v.gender ?? null,
      phone: v.phone ?? '',
      email: v.email ?? '',
      partTime,
    });
    return null;
  };

  return (
    <FormDrawer<Values, { username?: string; reply: { initialPassword?: string } | null }>
      open={open}
      onClose={onClose}
      title={creating ? t('org.people.join') : t('org.people.edit', { name: person.name })}
      initialValues={person ?? { partTime: [] }}
      invalidate={['people', 'departments']}
      onSubmit={async (v) => ({ reply: await submit(v), username: v.username ?? undefined })}
      onSaved={({ username, reply }) => {
        if (reply?.initialPassword) showPassword(username ?? '', reply.initialPassword);
      }}
    >
      <Form.Item name="name" label={t('org.person.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={32} />
      </Form.Item>
      <Form.Item name="employeeNo" label={t('org.person.employeeNo')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={32} />
      </Form.Item>
      <Form.Item name="gender" label={t('org.person.gender')}>
        <Select allowClear options={[{ value: 'male', label: t('org.gender.male') }, { value: 'female', label: t('org.gender.female') }]} />
      </Form.Item>
      {creating && (
        <>
          <Form.Item name="departmentId" label={t('org.person.department')} rules={[{ required: true, message: t('org.person.departmentRequired') }]}>
            <DepartmentPicker />
          </Form.Item>
          <Form.Item name="postId" label={t('org.person.post')}>
            <PostPicker />
          </Form.Item>
          <Form.Item name="joinedOn" label={t('org.person.joinedOn')} {...dateItemProps}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
      <Form.Item name="phone" label={t('org.person.phone')}>
        <Input maxLength={32} inputMode="tel" />
      </Form.Item>
      <Form.Item name="email" label={t('org.person.email')} rules={[{ type: 'email' }]}>
        <Input maxLength={128} inputMode="email" />
      </Form.Item>
      <PartTimeFields />
      {creating && (
        <Form.Item name="username" label={t('org.person.username')} extra={t('org.person.usernameHelp')}>
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
      )}
    </FormDrawer>
  );
}
