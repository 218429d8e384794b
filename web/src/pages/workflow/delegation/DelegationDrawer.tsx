import { DatePicker, Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../org/shared/FormDrawer';
import { OnePersonField } from '../instance/PersonFields';
import { useStartableFlows, WF } from '../api';

interface Values {
  delegateUserId: string;
  range: [Dayjs, Dayjs];
  definitionIds?: string[];
}

/** Adds an out-of-office rule: who handles my tasks, from when to when, for all flows or some. */
export function DelegationDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const flows = useStartableFlows();
  return (
    <FormDrawer<Values>
      open={open}
      title={t('workflow.delegation.add')}
      onClose={onClose}
      invalidate={[WF]}
      onSubmit={({ delegateUserId, range, definitionIds }) =>
        post('/api/workflow/delegations', {
          delegateUserId,
          startsAt: range[0].toISOString(),
          endsAt: range[1].toISOString(),
          definitionIds: definitionIds?.length ? definitionIds : undefined,
        })
      }
    >
      <Form.Item name="delegateUserId" label={t('workflow.delegation.delegate')} rules={[{ required: true, message: t('workflow.person.required') }]}>
        <OnePersonField />
      </Form.Item>
      <Form.Item name="range" label={t('workflow.delegation.range')} rules={[{ required: true, message: t('workflow.delegation.rangeRequired') }]}>
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="definitionIds" label={t('workflow.delegation.flows')} extra={t('workflow.delegation.flowsHelp')}>
        <Select
          mode="multiple"
          allowClear
          loading={flows.isPending}
          options={flows.data?.items.map((f) => ({ value: f.id, label: f.name }))}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('workflow.delegation.allFlows')}
        />
      </Form.Item>
    </FormDrawer>
  );
}
