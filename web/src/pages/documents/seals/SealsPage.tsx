import { useState } from 'react';
import { Button, Card, Empty, Flex, Form, Input, Skeleton, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../org/shared/FormDrawer';
import { QueryError } from '../../org/shared/QueryError';
import { formatTime } from '../../workflow/labels';
import { DOCS, useSeals, type Seal } from '../api';
import { SealPicture } from './SealPicture';

interface Values {
  name: string;
  unit: string;
  caption?: string;
}

/** One seal: its impression, name, whether it is in use, when it was made. */
function SealCard({ seal }: { seal: Seal }) {
  const t = useT();
  return (
    <Card size="small" style={{ width: 200 }} data-testid="seal">
      <Flex vertical align="center" gap={6}>
        <SealPicture seal={seal} size={140} />
        <Typography.Text strong style={{ textAlign: 'center' }}>{`${seal.unit}${seal.name}`}</Typography.Text>
        <Flex gap={4} align="center">
          {seal.active ? <Tag color="green">{t('documents.seal.active')}</Tag> : <Tag>{t('documents.seal.inactive')}</Tag>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatTime(seal.createdAt)}
          </Typography.Text>
        </Flex>
      </Flex>
    </Card>
  );
}

/** 电子印章: the unit's seals (the security administrator's); 制作印章 draws the impression and makes its SM2 key pair. */
export default function SealsPage() {
  const t = useT();
  const seals = useSeals();
  const [making, setMaking] = useState(false);
  return (
    <Card
      title={t('documents.menu.seals')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setMaking(true)} autoInsertSpace={false}>
          {t('documents.seal.make')}
        </Button>
      }
    >
      <QueryError error={seals.error} />
      {seals.isPending && <Skeleton active />}
      {seals.data && !seals.data.items.length && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      <Flex gap={16} wrap justify="center">
        {seals.data?.items.map((s) => <SealCard key={s.id} seal={s} />)}
      </Flex>
      <FormDrawer<Values> open={making} onClose={() => setMaking(false)} title={t('documents.seal.make')} invalidate={[DOCS]} onSubmit={(v) => post('/api/seals', v)}>
        <Form.Item name="unit" label={t('documents.seal.unit')} rules={[{ required: true, whitespace: true, min: 2 }]} extra={t('documents.seal.unitHelp')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="name" label={t('documents.seal.name')} rules={[{ required: true, whitespace: true }]} extra={t('documents.seal.nameHelp')}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="caption" label={t('documents.seal.caption')} extra={t('documents.seal.captionHelp')}>
          <Input maxLength={12} />
        </Form.Item>
      </FormDrawer>
    </Card>
  );
}
