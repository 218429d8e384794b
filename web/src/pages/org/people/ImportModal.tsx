import { useState } from 'react';
import { Alert, App, Button, Modal, Space, Table, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, download, post } from '../../../api/client';
import { useT } from '../../../app/i18n';

interface RowError {
  key: string;
  row: number;
  column: string;
  message: string;
}

/** "3.employeeNo" → row 3, column employeeNo, sorted by row. */
const toRowErrors = (fields: Record<string, string>): RowError[] =>
  Object.entries(fields)
    .map(([key, message]) => {
      const [row, ...rest] = key.split('.');
      return { key, row: Number(row), column: rest.join('.'), message };
    })
    .sort((a, b) => a.row - b.row);

/** Imports people from the Excel template; all or nothing, with a row-by-row error report. */
export function ImportModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; rows: RowError[] } | null>(null);

  const columnLabel = (column: string) => {
    const key = `org.import.col.${column}`;
    const label = t(key);
    return label === key ? column || '—' : label;
  };

  const upload = async (file: File) => {
    setBusy(true);
    setFailure(null);
    const body = new FormData();
    body.append('file', file);
    try {
      const reply = await post<{ imported: number }>('/api/people/import', body);
      await client.invalidateQueries({ queryKey: ['people'] });
      await client.invalidateQueries({ queryKey: ['departments'] });
      message.success(t('org.import.done', { count: reply.imported }));
      onClose();
    } catch (err) {
      if (err instanceof ApiError) setFailure({ message: err.message, rows: toRowErrors(err.fields) });
      else message.error(String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t('org.import.title')} onCancel={onClose} footer={null} width="min(720px, 100vw)" afterClose={() => setFailure(null)}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert type="info" showIcon title={t('org.import.help')} />
        <Space wrap>
          <Button icon={<DownloadOutlined />} onClick={() => download('/api/people/import-template.xlsx', t('org.import.templateFile'))}>
            {t('org.people.template')}
          </Button>
          <Upload
            accept=".xlsx"
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={busy}>
              {t('org.import.choose')}
            </Button>
          </Upload>
        </Space>
        {failure && (
          <>
            <Alert type="error" showIcon title={failure.message} />
            <Table<RowError>
              rowKey="key"
              size="small"
              dataSource={failure.rows}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              scroll={{ x: 480 }}
              columns={[
                { title: t('org.import.row'), dataIndex: 'row', width: 70 },
                { title: t('org.import.column'), dataIndex: 'column', width: 140, render: (c: string) => columnLabel(c) },
                { title: t('org.import.message'), dataIndex: 'message' },
              ]}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
