import { Drawer, Empty, Tag, Timeline, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { formatDateTime } from '../../../components/loginHistory';
import { DRAWER_SIZE } from '../../org/shared/FormDrawer';
import { useUsersByIds } from '../../workflow/forms/api';
import type { FlowVersion } from '../api';

interface Props {
  open: boolean;
  onClose(): void;
  versions: FlowVersion[];
  current: number;
}

/** 版本记录: every published version, newest first, with when and by whom; running instances keep theirs. */
export function VersionHistory({ open, onClose, versions, current }: Props) {
  const t = useT();
  const ids = [...new Set(versions.map((v) => v.publishedBy).filter((id): id is string => !!id))];
  const people = useUsersByIds(open ? ids : []);
  /** The shipped templates were published by the system, not by a person. */
  const nameOf = (id: string | null) => (id ? (people.data?.items.find((u) => u.userId === id)?.name ?? '') : t('flowadmin.bySystem'));

  return (
    <Drawer open={open} onClose={onClose} title={t('flowadmin.versions')} size={DRAWER_SIZE}>
      <Typography.Paragraph type="secondary">{t('flowadmin.versionsHelp')}</Typography.Paragraph>
      {versions.length ? (
        <Timeline
          items={versions.map((v) => ({
            key: v.version,
            color: v.version === current ? 'green' : 'gray',
            content: (
              <>
                <Typography.Text strong>{t('flowadmin.version', { version: v.version })}</Typography.Text>{' '}
                {v.version === current && <Tag color="green">{t('flowadmin.versionCurrent')}</Tag>}
                <div>
                  <Typography.Text type="secondary">
                    {formatDateTime(v.publishedAt)} {nameOf(v.publishedBy)}
                  </Typography.Text>
                </div>
              </>
            ),
          }))}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('flowadmin.noVersions')} />
      )}
    </Drawer>
  );
}
