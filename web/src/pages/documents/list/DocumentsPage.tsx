import { Button, Card, Flex, Grid, Tabs, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n';
import { BOXES, type Box } from '../api';
import { DocumentFilters, FILTER_KEYS, readFilters, useUrlState } from './DocumentFilters';
import { DocumentList } from './DocumentList';

/** 发文: 待我办理, 我拟的, 全部; the tab and the filters live in the URL. */
export default function DocumentsPage() {
  const t = useT();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md === false;
  const [params, update] = useUrlState();
  const box: Box = BOXES.find((b) => b === params.get('tab')) ?? 'todo';
  const filters = readFilters(params);

  const switchTab = (tab: string) => update({ tab, ...Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined])) });

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('documents.list.heading')}
        </Typography.Title>
        <Button type="primary" icon={<EditOutlined />} onClick={() => navigate('/documents/new')}>
          {t('documents.menu.new')}
        </Button>
      </Flex>
      <Card styles={{ body: { padding: phone ? '0 12px 12px' : '0 24px 24px' } }}>
        <Tabs activeKey={box} onChange={switchTab} items={BOXES.map((b) => ({ key: b, label: t(`documents.box.${b}`) }))} />
        <DocumentFilters phone={phone} value={filters} onChange={update} />
        <DocumentList key={box} box={box} filters={filters} phone={phone} />
      </Card>
    </Flex>
  );
}
