import { useState } from 'react';
import { Alert, Form } from 'antd';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../shared/FormDrawer';
import { DepartmentPicker, PostPicker } from '../shared/pickers';
import type { PartTime, Person } from '../shared/types';
import { PartTimeFields, partTimePayload } from './PartTimeFields';

interface Values {
  departmentId: string;
  postId: string | null;
  partTime?: PartTime[];
}

/** 调动: moves a person to another department and post; the grants of the post follow at once. */
export function TransferDrawer({ person: current, onClose }: { person: Person | null; onClose(): void }) {
  const t = useT();
  // Keeps the last person while the drawer slides shut.
  const [person, setPerson] = useState(current);
  if (current && current !== person) setPerson(current);
  return (
    <FormDrawer<Values>
      open={current !== null}
      onClose={onClose}
      title={t('org.transfer.title', { name: person?.name ?? '' })}
      initialValues={person ? { departmentId: person.departmentId, postId: person.postId, partTime: person.partTime } : undefined}
      invalidate={['people', 'departments', 'grants', 'users']}
      onSubmit={(v) =>
        post(`/api/people/${person?.id}/transfer`, {
          departmentId: v.departmentId,
          postId: v.postId ?? null,
          partTime: partTimePayload(v.partTime),
        })
      }
    >
      {person && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('org.transfer.current', { department: person.departmentName, post: person.postName ?? '—' })}
          description={t('org.transfer.help')}
        />
      )}
      <Form.Item name="departmentId" label={t('org.transfer.department')} rules={[{ required: true, message: t('org.person.departmentRequired') }]}>
        <DepartmentPicker />
      </Form.Item>
      <Form.Item name="postId" label={t('org.transfer.post')}>
        <PostPicker />
      </Form.Item>
      <PartTimeFields />
    </FormDrawer>
  );
}
