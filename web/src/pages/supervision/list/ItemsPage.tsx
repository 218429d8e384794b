import { useState } from 'react';
import { Button, Card, Flex, Grid, Input, Select, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useMe } from '../../../app/auth';
import { useT } from '../../../app/i18n';
import { DepartmentSelect } from '../../workflow/forms/DepartmentSelect';
import { SOURCES, STATUSES } from '../api';
import { ItemList, type ItemFilters } from './ItemList';

/** 督办事项: every item the caller may see, filtered by status, lead department, source and title. */
export default function ItemsPage() {
  const t = useT();
  const navigate = useNavigate();
  const manage = useMe().can('supervision.manage');
  const phone = Grid.useBreakpoint().md === false;
  const [filters, setFilters] = useState<ItemFilters>({ scope: 'all' });
  const set = (patch: Partial<ItemFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const width = (basis: number) => ({ flex: `1 1 ${basis}px`, maxWidth: phone ? undefined : basis + 80 });
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('supervision.list.items')}
        </Typography.Title>
        {manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/supervision/items/new')} autoInsertSpace={false}>
            {t('supervision.menu.new')}
          </Button>
        )}
      </Flex>
      <Card styles={{ body: { padding: phone ? 12 : 24 } }}>
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Input.Search placeholder={t('supervision.list.search')} aria-label={t('supervision.list.search')} allowClear maxLength={100} onSearch={(q) => set({ q: q.trim() || undefined })} style={width(220)} />
          <Select
            allowClear
            placeholder={t('supervision.list.allStatus')}
            value={filters.status}
            onChange={(status) => set({ status })}
            options={STATUSES.map((s) => ({ value: s, label: t(`supervision.status.${s}`) }))}
            style={width(120)}
            data-testid="filter-status"
          />
          <div style={width(180)}>
            <DepartmentSelect value={filters.departmentId ? [filters.departmentId] : []} onChange={(ids) => set({ departmentId: ids?.[0] })} placeholder={t('supervision.list.allDepartments')} />
          </div>
          <Select
            allowClear
            placeholder={t('supervision.list.allSources')}
            value={filters.source}
            onChange={(source) => set({ source })}
            options={SOURCES.map((s) => ({ value: s, label: t(`supervision.source.${s}`) }))}
            style={width(120)}
          />
        </Flex>
        <ItemList filters={filters} phone={phone} />
      </Card>
    </Flex>
  );
}
