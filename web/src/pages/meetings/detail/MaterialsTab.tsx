import { Alert, Button, Flex, List, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { needsSecondFactor } from '../../documents/api';
import { SecondFactorCard } from '../../documents/paper/SecondFactorCard';
import { uploadFile } from '../../workflow/forms/api';
import { meetingUrl, useMaterials, type MeetingView } from '../api';
import { useMeetingCommand } from './useMeetingCommand';

/** Uploads a file, then adds it to the meeting (as a new version of `groupId` when given). */
function UploadButton({ m, groupId, label }: { m: MeetingView; groupId?: string; label: string }) {
  const { busy, run } = useMeetingCommand();
  return (
    <Upload
      showUploadList={false}
      customRequest={({ file }) =>
        run('upload', async () => {
          const { id } = await uploadFile(file as File);
          return post(meetingUrl(m.id, 'materials'), { fileId: id, ...(groupId ? { groupId } : {}) });
        })
      }
    >
      <Button size="small" icon={<UploadOutlined />} loading={busy === 'upload'} autoInsertSpace={false}>
        {label}
      </Button>
    </Upload>
  );
}

/** 材料: each material with its versions; due by the deadline (later ones are marked); a 秘密 meeting's after the second factor, as watermarked PDFs. */
export function MaterialsTab({ m }: { m: MeetingView }) {
  const t = useT();
  const materials = useMaterials(m.id);
  if (needsSecondFactor(materials.error)) return <SecondFactorCard />;
  if (materials.error) return <ErrorState error={materials.error} onRetry={() => materials.refetch()} />;
  const secret = m.classification === 'secret';
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text type="secondary">{t('meetings.materials.due', { time: dayjs(m.materialsDueAt).format('YYYY-MM-DD HH:mm') })}</Typography.Text>
        {m.can.upload && <UploadButton m={m} label={t('meetings.materials.upload')} />}
      </Flex>
      {secret && <Alert type="warning" showIcon title={t('meetings.materials.secret')} />}
      <List
        loading={materials.isPending}
        dataSource={materials.data?.items ?? []}
        locale={{ emptyText: t('meetings.materials.empty') }}
        data-testid="material-list"
        renderItem={(g) => (
          <List.Item>
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Flex justify="space-between" align="center" gap={8} wrap>
                <Typography.Text strong>{g.name}</Typography.Text>
                {m.can.upload && <UploadButton m={m} groupId={g.groupId} label={t('meetings.materials.newVersion')} />}
              </Flex>
              {g.versions.map((v) => (
                <Flex key={v.id} gap={8} align="center" wrap style={{ fontSize: 12 }}>
                  <Tag>{t('meetings.materials.version', { n: v.version })}</Tag>
                  <Typography.Link href={`${meetingUrl(m.id, `materials/${v.id}/file`)}`} download>
                    {v.name}
                  </Typography.Link>
                  <Typography.Text type="secondary">
                    {v.uploadedBy} · {dayjs(v.uploadedAt).format('MM-DD HH:mm')}
                  </Typography.Text>
                  {v.late && <Tag color="orange">{t('meetings.materials.late')}</Tag>}
                </Flex>
              ))}
            </Flex>
          </List.Item>
        )}
      />
    </Flex>
  );
}
