import type { ReactNode } from 'react';
import { Button, Card, Flex, Grid, Tag, Tooltip, Typography } from 'antd';
import { ArrowLeftOutlined, EyeOutlined, HistoryOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n';
import type { FlowSummary } from '../api';
import { FlowStatus } from '../FlowStatus';

interface Props {
  name: string;
  flow: Pick<FlowSummary, 'enabled' | 'currentVersion'>;
  dirty: boolean;
  busy: 'save' | 'publish' | null;
  onVersions(): void;
  onPreview(): void;
  onSave(): void;
  onPublish(): void;
}

/** The editor's title bar: the flow's name and state, and its actions. */
export function EditorHeader({ name, flow, dirty, busy, onVersions, onPreview, onSave, onPublish }: Props) {
  const t = useT();
  const navigate = useNavigate();
  // On a phone the two secondary actions keep only their icons, so that all four fit on one line.
  const wide = Grid.useBreakpoint().md !== false;
  const secondary = (text: string, icon: ReactNode, onClick: () => void) =>
    wide ? (
      <Button icon={icon} onClick={onClick}>{text}</Button>
    ) : (
      <Tooltip title={text}>
        <Button icon={icon} aria-label={text} onClick={onClick} />
      </Tooltip>
    );
  return (
    <Card size="small" style={{ marginBottom: 12 }}>
      <Flex wrap gap={8} align="center" justify="space-between">
        <Flex gap={8} align="center" style={{ minWidth: 0, flex: '1 1 240px' }}>
          <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('flowadmin.back')} onClick={() => navigate('/flows')} />
          <Typography.Title level={4} ellipsis style={{ margin: 0, minWidth: 0 }}>
            {name.trim() || t('flowadmin.untitled')}
          </Typography.Title>
          <FlowStatus flow={flow} />
          {dirty && <Tag color="gold">{t('flowadmin.unsaved')}</Tag>}
        </Flex>
        <Flex wrap gap={8} style={{ marginInlineStart: 'auto' }}>
          {secondary(t('flowadmin.versions'), <HistoryOutlined />, onVersions)}
          {secondary(t('flowadmin.preview'), <EyeOutlined />, onPreview)}
          <Button autoInsertSpace={false} loading={busy === 'save'} disabled={busy === 'publish'} onClick={onSave}>
            {t('flowadmin.saveDraft')}
          </Button>
          <Button type="primary" autoInsertSpace={false} loading={busy === 'publish'} disabled={busy === 'save'} onClick={onPublish}>
            {t('flowadmin.publish')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
