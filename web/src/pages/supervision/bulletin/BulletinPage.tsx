import { useState } from 'react';
import { Button, Card, DatePicker, Flex, Grid, Radio, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation } from '@tanstack/react-query';
import { download, qs } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { useShowError } from '../../org/shared/feedback';
import { useBulletins, useRefresh, type Bulletin } from '../api';

/** 2026-11 for a month, 2026-Q4 for a quarter. */
const periodOf = (kind: 'month' | 'quarter', d: Dayjs) => (kind === 'month' ? d.format('YYYY-MM') : `${d.year()}-Q${Math.floor(d.month() / 3) + 1}`);

/** 通报: a 督查员 picks a month or quarter and downloads the PDF; the bulletins produced are listed. */
export default function BulletinPage() {
  const t = useT();
  const phone = Grid.useBreakpoint().md === false;
  const [kind, setKind] = useState<'month' | 'quarter'>('month');
  const [date, setDate] = useState<Dayjs>(dayjs().subtract(1, 'month'));
  const history = useBulletins();
  const refresh = useRefresh();
  const showError = useShowError();
  const period = periodOf(kind, date);
  const produce = useMutation({
    mutationFn: () => download('/api/supervision/bulletin.pdf' + qs({ period }), `督办通报-${period}.pdf`),
    onSuccess: () => refresh(),
    onError: (err) => showError(err),
  });
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('supervision.bulletin.heading')}
      </Typography.Title>
      <Card styles={{ body: { padding: phone ? 12 : 24 } }}>
        <Typography.Paragraph type="secondary">{t('supervision.bulletin.help')}</Typography.Paragraph>
        <Flex gap={12} wrap align="center">
          <Radio.Group optionType="button" value={kind} onChange={(e) => setKind(e.target.value)} options={[{ value: 'month', label: t('supervision.bulletin.month') }, { value: 'quarter', label: t('supervision.bulletin.quarter') }]} />
          <DatePicker picker={kind} value={date} onChange={(d) => d && setDate(d)} allowClear={false} inputReadOnly aria-label={t('supervision.bulletin.period')} data-testid="bulletin-period" />
          <Button type="primary" icon={<DownloadOutlined />} loading={produce.isPending} onClick={() => produce.mutate()} block={phone} autoInsertSpace={false} data-testid="bulletin-download">
            {t('supervision.bulletin.download')}
          </Button>
        </Flex>
      </Card>
      <Card title={t('supervision.bulletin.history')} styles={{ body: { padding: phone ? 0 : undefined } }}>
        {history.error ? (
          <ErrorState error={history.error} onRetry={() => history.refetch()} />
        ) : (
          <Table<Bulletin>
            rowKey="id"
            size="small"
            loading={history.isPending}
            dataSource={history.data?.items ?? []}
            pagination={false}
            scroll={{ x: 480 }}
            columns={[
              { title: t('supervision.bulletin.period'), dataIndex: 'period' },
              { title: t('supervision.bulletin.concluded'), dataIndex: 'concluded', width: 70 },
              { title: t('supervision.bulletin.overdue'), dataIndex: 'overdue', width: 70 },
              { title: t('supervision.bulletin.createdBy'), dataIndex: 'createdBy', width: 90 },
              { title: t('supervision.bulletin.createdAt'), dataIndex: 'createdAt', width: 150, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm') },
            ]}
          />
        )}
      </Card>
    </Flex>
  );
}
