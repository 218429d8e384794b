import { useState } from 'react';
import { Card, Table, Typography } from 'antd';
import { useT } from '../../app/i18n';
import { ErrorState } from '../../components/ErrorState';
import { formatDateTime, LoginOutcomeTag, useLoginHistory, type LoginRecord } from '../../components/loginHistory';

/** The person's own logins, paged on the server. */
export function LoginHistoryCard() {
  const t = useT();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const history = useLoginHistory(page, pageSize);

  return (
    <Card title={t('me.history.title')}>
      {history.error ? (
        <ErrorState error={history.error} onRetry={() => history.refetch()} />
      ) : (
        <Table<LoginRecord>
          rowKey="id"
          size="small"
          loading={history.isFetching}
          dataSource={history.data?.items ?? []}
          scroll={{ x: 720 }}
          pagination={{
            current: page,
            pageSize,
            total: history.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (p, s) => {
              setPage(s === pageSize ? p : 1);
              setPageSize(s);
            },
          }}
          columns={[
            { title: t('me.history.at'), dataIndex: 'at', width: 160, render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span> },
            { title: t('me.history.outcome'), dataIndex: 'outcome', width: 120, render: (o: LoginRecord['outcome']) => <LoginOutcomeTag outcome={o} /> },
            { title: t('me.history.ip'), dataIndex: 'ip', width: 140 },
            {
              title: t('me.history.userAgent'),
              dataIndex: 'userAgent',
              render: (ua: string) => (
                <Typography.Text type="secondary" ellipsis={{ tooltip: ua }} style={{ maxWidth: 360 }}>
                  {ua}
                </Typography.Text>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
