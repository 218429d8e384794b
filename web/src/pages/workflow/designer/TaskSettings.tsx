import { Checkbox, Flex, Form, InputNumber, Radio, Select } from 'antd';
import { useT } from '../../../app/i18n';
import { mayPickSeveral } from './summary';
import type { TaskStep } from './types';

interface Props {
  step: TaskStep;
  onChange(patch: Partial<TaskStep>): void;
}

/**
 * What a step means to the business object its flow is bound to (公文: 核稿, 签发, 编号 …; 收文: 拟办,
 * 批示 …): the documents module acts on it, so moving or adding steps in the 发文 or 收文 flow keeps working.
 */
const PURPOSES = ['review', 'countersign', 'signoff', 'number', 'layout', 'distribute', 'archive', 'propose', 'instruct', 'handle'] as const;

/** How several assignees act (依次/会签/或签), what happens when none is found, auto-pass, and the step's business purpose. */
export function TaskSettings({ step, onChange }: Props) {
  const t = useT();
  const percent = Math.round((step.passRatio ?? 1) * 100);
  return (
    <>
      {mayPickSeveral(step.assignee) && (
        <Form.Item label={t('designer.mode')}>
          <Radio.Group
            value={step.mode}
            onChange={(e) => onChange({ mode: e.target.value, passRatio: undefined })}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          >
            <Radio value="serial">{t('designer.mode.serial.long')}</Radio>
            <Radio value="all">{t('designer.mode.all.long')}</Radio>
            {step.mode === 'all' && (
              <Flex align="center" gap={8} style={{ paddingInlineStart: 24 }}>
                {t('designer.passRatio')}
                <InputNumber
                  min={1}
                  max={100}
                  precision={0}
                  value={percent}
                  onChange={(v) => onChange({ passRatio: v === null || v >= 100 ? undefined : v / 100 })}
                  suffix="%"
                  style={{ width: 110 }}
                />
              </Flex>
            )}
            <Radio value="any">{t('designer.mode.any.long')}</Radio>
          </Radio.Group>
        </Form.Item>
      )}
      <Form.Item label={t('designer.empty')}>
        <Radio.Group
          value={step.emptyPolicy}
          onChange={(e) => onChange({ emptyPolicy: e.target.value })}
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          options={(['autoPass', 'toAdmin', 'refuse'] as const).map((p) => ({ value: p, label: t(`designer.empty.${p}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('designer.purpose')} extra={t('designer.purpose.help')}>
        <Select
          allowClear
          value={step.purpose}
          placeholder={t('designer.purpose.none')}
          onChange={(purpose?: string) => onChange({ purpose })}
          options={PURPOSES.map((p) => ({ value: p, label: t(`designer.purpose.${p}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('designer.autoPass')}>
        <Flex vertical gap={8}>
          <Checkbox checked={!!step.autoPassIfApprovedBefore} onChange={(e) => onChange({ autoPassIfApprovedBefore: e.target.checked || undefined })}>
            {t('designer.autoPass.before')}
          </Checkbox>
          <Checkbox checked={!!step.autoPassIfInitiator} onChange={(e) => onChange({ autoPassIfInitiator: e.target.checked || undefined })}>
            {t('designer.autoPass.initiator')}
          </Checkbox>
        </Flex>
      </Form.Item>
    </>
  );
}
