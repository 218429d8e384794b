import { useEffect, useState } from 'react';
import { Modal, Select } from 'antd';
import { put } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { useApiMutation } from '../shared/feedback';
import { useClearanceOptions } from '../shared/pickers';
import type { Clearance, Person } from '../shared/types';

/** Sets a person's 涉密等级 (security administrators only). */
export function ClearanceModal({ person, onClose }: { person: Person | null; onClose(): void }) {
  const t = useT();
  const options = useClearanceOptions();
  const [value, setValue] = useState<Clearance>('public');
  const save = useApiMutation((clearance: Clearance) => put(`/api/people/${person?.id}/clearance`, { clearance }), ['people'], onClose);

  useEffect(() => {
    if (person) setValue(person.clearance);
  }, [person]);

  return (
    <Modal
      open={person !== null}
      title={t('org.clearance.title', { name: person?.name ?? '' })}
      okText={t('admin.ok')}
      cancelText={t('admin.cancel')}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => save.mutate(value)}
      onCancel={onClose}
    >
      <Select value={value} onChange={setValue} options={options} style={{ width: '100%' }} aria-label={t('org.person.clearance')} />
    </Modal>
  );
}
