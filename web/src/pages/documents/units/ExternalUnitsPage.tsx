import { useState } from 'react';
import { Button, Card, Form, Input, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { post } from '../../../api/client';
import { useT, type T } from '../../../app/i18n';
import { FormDrawer } from '../../org/shared/FormDrawer';
import { QueryError } from '../../org/shared/QueryError';
import { DOCS, useExternalUnits, type ExternalUnit } from '../api';
import { ChannelTag } from '../labels';

/** Only the name is required; the server stores what is left out as empty. */
type Values = Pick<ExternalUnit, 'name'> & Partial<Omit<ExternalUnit, 'id' | 'name'>>;

const columns = (t: T): TableColumnsType<ExternalUnit> => [
  { title: t('documents.unit.name'), dataIndex: 'name' },
  { title: t('documents.unit.channel'), key: 'channel', width: 90, render: (_, u) => <ChannelTag channel={u.email ? 'email' : 'paper'} /> },
  { title: t('documents.unit.email'), dataIndex: 'email', width: 240 },
  { title: t('documents.unit.contact'), dataIndex: 'contact', width: 100 },
  { title: t('documents.unit.phone'), dataIndex: 'phone', width: 140 },
];

/** 外单位: the units documents go out to; one with an e-mail address gets them by mail, the others on paper. */
export default function ExternalUnitsPage() {
  const t = useT();
  const units = useExternalUnits();
  const [adding, setAdding] = useState(false);
  return (
    <Card
      title={t('documents.menu.units')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} autoInsertSpace={false}>
          {t('documents.unit.add')}
        </Button>
      }
    >
      <QueryError error={units.error} />
      <Table<ExternalUnit> rowKey="id" size="middle" columns={columns(t)} dataSource={units.data?.items} loading={units.isFetching} pagination={false} scroll={{ x: 720 }} />
      <FormDrawer<Values>
        open={adding}
        onClose={() => setAdding(false)}
        title={t('documents.unit.add')}
        invalidate={[DOCS]}
        onSubmit={(v) => post('/api/external-units', v)}
      >
        <Form.Item name="name" label={t('documents.unit.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="email" label={t('documents.unit.email')} rules={[{ type: 'email' }]} extra={t('documents.unit.emailHelp')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="contact" label={t('documents.unit.contact')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="phone" label={t('documents.unit.phone')}>
          <Input maxLength={40} />
        </Form.Item>
      </FormDrawer>
    </Card>
  );
}
