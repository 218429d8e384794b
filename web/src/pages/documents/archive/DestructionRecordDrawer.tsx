import { Descriptions, Drawer, Grid, List, Timeline, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { formatTime } from '../../workflow/labels';
import { SecretTag } from '../labels';
import type { DestructionRecord } from './api';
import { retentionLabel } from './labels';

const Digest = ({ sm3 }: { sm3: string }) => (
  <Typography.Text code copyable style={{ fontSize: 12, wordBreak: 'break-all' }}>
    {sm3}
  </Typography.Text>
);

/** The record kept after the content is erased: what it was, why, who asked, approved and carried it out, and every erased file's SM3. */
export function DestructionRecordDrawer({ record, onClose }: { record: DestructionRecord; onClose(): void }) {
  const t = useT();
  const phone = Grid.useBreakpoint().md === false;
  const kind = t(`archive.disposal.kind.${record.kind}`);
  return (
    <Drawer open title={t('archive.record.title', { kind })} width={phone ? '100%' : 640} onClose={onClose} data-testid="destruction-record">
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'title', label: t('archive.field.title'), children: record.title },
          { key: 'docNo', label: t('archive.field.docNo'), children: record.docNo || '—' },
          { key: 'kindName', label: t('documents.field.kind'), children: record.kindName },
          { key: 'level', label: t('documents.field.secretLevel'), children: <SecretTag level={record.secretLevel} term={record.secretTerm} /> },
          { key: 'year', label: t('archive.field.year'), children: record.year },
          { key: 'retention', label: t('documents.archive.retention'), children: retentionLabel(t, record.retention) },
          { key: 'reason', label: t('archive.disposal.reason'), children: record.reason },
          { key: 'requested', label: t('archive.record.requested'), children: `${record.requestedBy} ${formatTime(record.requestedAt)}` },
          { key: 'executed', label: t('archive.record.executed', { kind }), children: `${record.executedBy} ${formatTime(record.executedAt)}` },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('archive.record.approvals')}
      </Typography.Title>
      <Timeline
        items={record.approvals.map((a) => ({
          color: a.action === 'approve' ? 'green' : 'red',
          children: (
            <>
              <Typography.Text strong>{a.step}</Typography.Text> {a.person} · {formatTime(a.at)}
              {a.opinion && <div>{a.opinion}</div>}
            </>
          ),
        }))}
      />
      <Typography.Title level={5}>{t('archive.record.files')}</Typography.Title>
      <List
        size="small"
        dataSource={record.files}
        renderItem={(f) => (
          <List.Item style={{ display: 'block' }}>
            <div>
              {f.name} {f.keptByAnotherRecord && <Typography.Text type="secondary">（{t('archive.record.keptElsewhere')}）</Typography.Text>}
            </div>
            <Digest sm3={f.sm3} />
          </List.Item>
        )}
      />
      {record.packageContents.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('archive.record.packageContents')}
          </Typography.Title>
          <List
            size="small"
            dataSource={record.packageContents}
            renderItem={(f) => (
              <List.Item style={{ display: 'block' }}>
                <div>{f.name}</div>
                <Digest sm3={f.sm3} />
              </List.Item>
            )}
          />
        </>
      )}
    </Drawer>
  );
}
