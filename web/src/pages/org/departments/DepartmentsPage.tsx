import { useMemo, useState } from 'react';
import { Button, Card, Col, Empty, Input, Row, Spin, Tag, Tree } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { DataNode } from 'antd/es/tree';
import { useMe } from '../../../app/auth';
import { useT } from '../../../app/i18n';
import '../i18n';
import { flattenDepartments, useDepartmentTree } from '../shared/queries';
import { QueryError } from '../shared/QueryError';
import type { Department } from '../shared/types';
import { DepartmentDetail } from './DepartmentDetail';
import { CreateDepartmentDrawer } from './DepartmentDrawers';

const matches = (d: Department, q: string): boolean => d.name.includes(q) || d.children.some((c) => matches(c, q));

/** 部门管理: the tree on the left, the chosen department on the right (stacked on a phone). */
export default function DepartmentsPage() {
  const t = useT();
  const manage = useMe().can('org.manage');
  const tree = useDepartmentTree();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [creatingTop, setCreatingTop] = useState(false);

  const all = useMemo(() => flattenDepartments(tree.data ?? []), [tree.data]);
  const selected = all.find((d) => d.id === selectedId) ?? null;

  const toNodes = (deps: Department[]): DataNode[] =>
    deps
      .filter((d) => !q || matches(d, q))
      .map((d) => ({
        key: d.id,
        title: (
          <span>
            {d.name}
            <span style={{ color: '#999', marginLeft: 4 }}>({d.peopleCount})</span>
            {!d.enabled && <Tag style={{ marginLeft: 4 }}>{t('admin.disabled')}</Tag>}
          </span>
        ),
        children: toNodes(d.children),
      }));

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={10} lg={8}>
        <Card
          title={t('org.menu.departments')}
          extra={
            manage && (
              <Button size="small" icon={<PlusOutlined />} onClick={() => setCreatingTop(true)}>
                {t('org.dept.createTop')}
              </Button>
            )
          }
        >
          <Input.Search allowClear placeholder={t('org.dept.search')} onChange={(e) => setQ(e.target.value.trim())} style={{ marginBottom: 8 }} />
          <QueryError error={tree.error} />
          {tree.isPending ? (
            <Spin />
          ) : (
            <Tree
              treeData={toNodes(tree.data ?? [])}
              selectedKeys={selectedId ? [selectedId] : []}
              onSelect={(keys) => setSelectedId((keys[0] as string | undefined) ?? null)}
              defaultExpandAll
              blockNode
            />
          )}
        </Card>
      </Col>
      <Col xs={24} md={14} lg={16}>
        {selected ? (
          <DepartmentDetail key={selected.id} department={selected} all={all} manage={manage} onCreated={setSelectedId} />
        ) : (
          <Card>
            <Empty description={t('org.dept.pick')} />
          </Card>
        )}
      </Col>
      <CreateDepartmentDrawer open={creatingTop} parent={null} onClose={() => setCreatingTop(false)} onCreated={setSelectedId} />
    </Row>
  );
}
