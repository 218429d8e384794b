import { Button, Flex, Form, Switch, Tag } from 'antd';
import { useT } from '../../../../app/i18n';
import { useDepartmentNames } from '../../../workflow/forms/DepartmentSelect';
import { OpinionInput } from '../../../workflow/instance/OpinionInput';
import type { IncomingView } from '../api';
import { DateField, DepartmentField } from '../fields';
import { useIncomingCommand } from './useIncomingCommand';

interface Values {
  opinion?: string;
  handlingDepartmentId?: string;
  deadline?: string;
  supervised: boolean;
}

/** The wordings an office uses every day; those naming {dept} are offered once a department is chosen. */
const PHRASES: Record<'propose' | 'instruct', { key: string; dept: boolean }[]> = {
  propose: [
    { key: 'proposeHandle', dept: true },
    { key: 'proposeLead', dept: true },
    { key: 'proposeLeader', dept: false },
  ],
  instruct: [
    { key: 'instructAgree', dept: false },
    { key: 'instructHurry', dept: true },
    { key: 'instructRead', dept: false },
  ],
};

function Phrases({ purpose, department, onPick }: { purpose: 'propose' | 'instruct'; department?: string; onPick(text: string): void }) {
  const t = useT();
  const phrases = PHRASES[purpose].filter((p) => department || !p.dept).map((p) => t(`incoming.phrase.${p.key}`, { dept: department ?? '' }));
  return (
    <Flex gap={6} wrap>
      {phrases.map((p) => (
        <Tag key={p} color="blue" onClick={() => onPick(p)} style={{ cursor: 'pointer', marginInlineEnd: 0 }} data-testid="decide-phrase">
          {p}
        </Tag>
      ))}
    </Flex>
  );
}

/**
 * 拟办 (the office proposes) or 批示 (the leader decides): the opinion, the 承办科室, the 办理期限 and
 * whether it is 督办 (which needs a deadline). At 批示 the proposal comes filled in to be changed.
 */
export function DecideForm({ doc, purpose, phone }: { doc: IncomingView; purpose: 'propose' | 'instruct'; phone: boolean }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const command = useIncomingCommand(doc.id, form);
  const names = useDepartmentNames();
  const departmentId = Form.useWatch('handlingDepartmentId', form);
  const supervised = Form.useWatch('supervised', form);
  const department = departmentId ? names.get(departmentId) : undefined;
  const pick = (text: string) => {
    const current = form.getFieldValue('opinion') ?? '';
    form.setFieldValue('opinion', current.trim() ? `${current}${text}` : text);
  };
  const submit = (v: Values) => command.mutate({ action: purpose, body: { ...v, opinion: (v.opinion ?? '').trim() } });
  const initial: Values = { handlingDepartmentId: doc.handlingDepartmentId ?? undefined, deadline: doc.deadline ?? undefined, supervised: doc.supervised };

  return (
    <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={submit} style={{ width: '100%' }} data-testid={`${purpose}-form`}>
      <Form.Item
        name="handlingDepartmentId"
        label={t('incoming.field.handlingDepartment')}
        rules={[{ required: purpose === 'propose', message: t('incoming.decide.departmentRequired') }]}
        data-testid="handling-department-field"
      >
        <DepartmentField placeholder={t('incoming.decide.departmentPlaceholder')} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item name="deadline" label={t('incoming.field.deadline')} rules={[{ required: !!supervised, message: t('incoming.decide.deadlineRequired') }]} style={{ flex: '1 1 160px' }}>
          <DateField />
        </Form.Item>
        <Form.Item name="supervised" label={t('incoming.supervised')} valuePropName="checked" tooltip={t('incoming.decide.supervisedHelp')}>
          <Switch data-testid="supervised-switch" />
        </Form.Item>
      </Flex>
      <Form.Item label={t(`incoming.opinion.${purpose}`)} required={purpose === 'propose'} style={{ marginBottom: 8 }}>
        <Phrases purpose={purpose} department={department} onPick={pick} />
      </Form.Item>
      <Form.Item name="opinion" rules={[{ required: purpose === 'propose', whitespace: true, message: t('incoming.decide.opinionRequired') }]}>
        <OpinionInput placeholder={t(`incoming.decide.placeholder.${purpose}`)} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={command.isPending} block={phone} autoInsertSpace={false} data-testid={`submit-${purpose}`}>
        {t(`incoming.decide.submit.${purpose}`)}
      </Button>
    </Form>
  );
}
