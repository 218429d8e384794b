import { Button, Card, Flex, Grid, Input, Tabs, Typography } from 'antd';
import { FormOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useMe } from '../../../../app/auth';
import { useT } from '../../../../app/i18n';
import { readFilters, useUrlState, YearSelect } from '../../list/DocumentFilters';
import { INCOMING_BOXES, type IncomingBox } from '../api';
import { IncomingList } from './IncomingList';

const FILTERS = ['q', 'year'] as const;

/** 收文: 待我办理, 我登记的, 全部, 督办; search by title, 收文编号, 来文单位 or 文号, and the year. The URL keeps it all. */
export default function IncomingPage() {
  const t = useT();
  const navigate = useNavigate();
  const registry = useMe().can('document.registry');
  const phone = Grid.useBreakpoint().md === false;
  const [params, update] = useUrlState();
  const box: IncomingBox = INCOMING_BOXES.find((b) => b === params.get('tab')) ?? 'todo';
  const filters = readFilters(params, FILTERS);
  const width = (basis: number, max: number) => ({ flex: `1 1 ${basis}px`, maxWidth: phone ? undefined : max });

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('incoming.list.heading')}
        </Typography.Title>
        {registry && (
          <Button type="primary" icon={<FormOutlined />} onClick={() => navigate('/incoming/new')} autoInsertSpace={false}>
            {t('incoming.menu.new')}
          </Button>
        )}
      </Flex>
      <Card styles={{ body: { padding: phone ? '0 12px 12px' : '0 24px 24px' } }}>
        <Tabs activeKey={box} onChange={(tab) => update({ tab, q: undefined, year: undefined })} items={INCOMING_BOXES.map((b) => ({ key: b, label: t(`incoming.box.${b}`) }))} />
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Input.Search
            key={filters.q ?? ''}
            defaultValue={filters.q}
            placeholder={t('incoming.list.search')}
            aria-label={t('incoming.list.search')}
            allowClear
            maxLength={100}
            onSearch={(q) => update({ q: q.trim() || undefined })}
            style={width(240, 360)}
            data-testid="incoming-search"
          />
          <YearSelect value={filters.year} onChange={(year) => update({ year })} style={width(100, 140)} />
        </Flex>
        <IncomingList key={box} box={box} filters={filters} phone={phone} />
      </Card>
    </Flex>
  );
}
