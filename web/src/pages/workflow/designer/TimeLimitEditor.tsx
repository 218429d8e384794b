import { Flex, Form, InputNumber, Radio, Select, Switch } from 'antd';
import { useT } from '../../../app/i18n';
import { PersonSelect } from '../forms/PersonSelect';
import type { TimeLimit } from './types';

interface Props {
  value: TimeLimit | undefined;
  onChange(value: TimeLimit | undefined): void;
}

/** 时限: how long the step may take in workdays or hours, the reminder before, and what happens after. */
export function TimeLimitEditor({ value, onChange }: Props) {
  const t = useT();
  const patch = (p: Partial<TimeLimit>) => value && onChange({ ...value, ...p });
  return (
    <>
      <Form.Item label={t('designer.limit')}>
        <Switch
          checked={!!value}
          onChange={(on) => onChange(on ? { amount: 3, unit: 'workday', onOverdue: 'none' } : undefined)}
          aria-label={t('designer.limit')}
        />
      </Form.Item>
      {value && (
        <>
          <Form.Item label={t('designer.limit.amount')}>
            <Flex gap={8}>
              <InputNumber min={0.5} max={365} value={value.amount} onChange={(amount) => amount && patch({ amount })} style={{ width: 120 }} />
              <Select
                value={value.unit}
                onChange={(unit) => patch({ unit })}
                options={(['workday', 'hour'] as const).map((u) => ({ value: u, label: t(`designer.limit.unit.${u}`) }))}
                style={{ width: 120 }}
              />
            </Flex>
          </Form.Item>
          <Form.Item label={t('designer.limit.remind')} extra={t('designer.limit.remindHelp')}>
            <InputNumber
              min={1}
              max={240}
              value={value.remindBeforeHours}
              onChange={(h) => patch({ remindBeforeHours: h ?? undefined })}
              suffix={t('designer.limit.hours')}
              style={{ width: 160 }}
            />
          </Form.Item>
          <Form.Item label={t('designer.limit.overdue')}>
            <Radio.Group
              value={value.onOverdue}
              onChange={(e) => patch({ onOverdue: e.target.value, transferToUserId: undefined })}
              options={(['none', 'autoApprove', 'autoTransfer'] as const).map((o) => ({ value: o, label: t(`designer.limit.overdue.${o}`) }))}
            />
          </Form.Item>
          {value.onOverdue === 'autoTransfer' && (
            <Form.Item label={t('designer.limit.transferTo')} required>
              <PersonSelect
                value={value.transferToUserId ? [value.transferToUserId] : []}
                onChange={(ids) => patch({ transferToUserId: ids?.[0] })}
              />
            </Form.Item>
          )}
        </>
      )}
    </>
  );
}
