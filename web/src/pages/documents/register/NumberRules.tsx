import { useState } from 'react';
import { Button, Card, Flex, Form, Input, List, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { post } from '../../../api/client';
import { useT, type T } from '../../../app/i18n';
import { FormDrawer } from '../../org/shared/FormDrawer';
import { QueryError } from '../../org/shared/QueryError';
import { DOCS, useKinds, useNumberRules, type KindInfo, type NumberRule } from '../api';

/** As the server words it: 机关代字〔年份〕序号号. */
const DEFAULT_TEMPLATE = '{code}〔{year}〕{seq}号';
const PLACEHOLDERS = ['{code}', '{year}', '{seq}'];

/** What a rule's first number of this year looks like. */
const example = (r: Pick<NumberRule, 'code' | 'template'>) =>
  r.template.replaceAll('{code}', r.code).replaceAll('{year}', String(new Date().getFullYear())).replaceAll('{seq}', '1');

interface Values {
  code: string;
  name: string;
  kinds: string[];
  template?: string;
}

const ActiveTag = ({ active, t }: { active: boolean; t: T }) => <Tag color={active ? 'success' : 'default'}>{t(active ? 'documents.rule.active' : 'documents.rule.inactive')}</Tag>;

/** One rule on a phone: code and name, its kinds and what its numbers look like. */
function RuleItem({ rule, kindName, t }: { rule: NumberRule; kindName: (kind: string) => string; t: T }) {
  return (
    <List.Item style={{ display: 'block' }}>
      <Flex vertical gap={2}>
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text strong>{`${rule.code}（${rule.name}）`}</Typography.Text>
          <ActiveTag active={rule.active} t={t} />
        </Flex>
        <Typography.Text type="secondary">{rule.kinds.map(kindName).join('、')}</Typography.Text>
        <Typography.Text type="secondary">{`${t('documents.rule.example')}：${example(rule)}`}</Typography.Text>
      </Flex>
    </List.Item>
  );
}

function columns(t: T, kindName: (kind: string) => string): TableColumnsType<NumberRule> {
  return [
    { title: t('documents.rule.code'), dataIndex: 'code', width: 120 },
    { title: t('documents.rule.name'), dataIndex: 'name', width: 160 },
    { title: t('documents.rule.kinds'), key: 'kinds', render: (_, r) => r.kinds.map(kindName).join('、') },
    { title: t('documents.rule.example'), key: 'example', width: 190, render: (_, r) => example(r) },
    {
      title: t('documents.field.status'),
      dataIndex: 'active',
      width: 80,
      render: (active: boolean) => <ActiveTag active={active} t={t} />,
    },
  ];
}

/** 文号规则: each 机关代字, the kinds it numbers and its form; 新增规则 for another organ or series. */
export function NumberRules({ phone }: { phone: boolean }) {
  const t = useT();
  const rules = useNumberRules();
  const kinds = useKinds();
  const [adding, setAdding] = useState(false);
  const names = new Map((kinds.data ?? []).map((k: KindInfo) => [k.kind, k.name]));
  const kindName = (kind: string) => names.get(kind as KindInfo['kind']) ?? kind;
  const templateRule = {
    validator: (_: unknown, v?: string) => (!v?.trim() || PLACEHOLDERS.every((p) => v.includes(p)) ? Promise.resolve() : Promise.reject(new Error(t('documents.rule.templateInvalid')))),
  };
  return (
    <Card
      title={t('documents.rule.heading')}
      size="small"
      styles={{ body: { padding: phone ? 12 : 16 } }}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} autoInsertSpace={false} data-testid="add-rule">
          {t('documents.rule.add')}
        </Button>
      }
    >
      <QueryError error={rules.error} />
      {phone ? (
        <List dataSource={rules.data?.items} loading={rules.isFetching} renderItem={(r) => <RuleItem rule={r} kindName={kindName} t={t} />} />
      ) : (
        <Table<NumberRule> rowKey="id" size="small" columns={columns(t, kindName)} dataSource={rules.data?.items} loading={rules.isFetching} pagination={false} scroll={{ x: 640 }} />
      )}
      <FormDrawer<Values>
        open={adding}
        onClose={() => setAdding(false)}
        title={t('documents.rule.add')}
        invalidate={[DOCS]}
        onSubmit={(v) => post('/api/document-number-rules', { ...v, code: v.code.trim(), name: v.name.trim(), template: v.template?.trim() || undefined })}
      >
        <Form.Item name="code" label={t('documents.rule.code')} extra={t('documents.rule.codeHelp')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="name" label={t('documents.rule.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="kinds" label={t('documents.rule.kinds')} rules={[{ required: true }]}>
          <Select mode="multiple" options={kinds.data?.map((k) => ({ value: k.kind, label: k.name }))} loading={kinds.isPending} optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="template" label={t('documents.rule.template')} extra={t('documents.rule.templateHelp')} rules={[templateRule]}>
          <Input maxLength={60} placeholder={DEFAULT_TEMPLATE} />
        </Form.Item>
      </FormDrawer>
    </Card>
  );
}
