import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import { useT } from '../../../app/i18n';
import { useOrgTree, type OrgNode } from './api';

interface Props {
  value?: string[];
  onChange(value: string[] | undefined): void;
  multiple?: boolean;
  placeholder?: string;
  status?: 'error';
}

type TreeOption = { value: string; title: string; children: TreeOption[] };
const toOptions = (nodes: OrgNode[]): TreeOption[] =>
  nodes.map((n) => ({ value: n.id, title: n.name, children: toOptions(n.children) }));

/** Department ids → names over the whole org chart. */
export function useDepartmentNames(): Map<string, string> {
  const tree = useOrgTree();
  return useMemo(() => {
    const names = new Map<string, string>();
    const walk = (nodes: OrgNode[]) => nodes.forEach((n) => (names.set(n.id, n.name), walk(n.children)));
    walk(tree.data ?? []);
    return names;
  }, [tree.data]);
}

/** Picks departments (ids) from the org chart; one, or several when `multiple`. */
export function DepartmentSelect({ value = [], onChange, multiple, placeholder, status }: Props) {
  const t = useT();
  const tree = useOrgTree();
  const options = useMemo(() => toOptions(tree.data ?? []), [tree.data]);
  return (
    <TreeSelect<string | string[]>
      multiple={multiple}
      value={multiple ? value : value[0]}
      onChange={(v) => {
        const ids = v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
        onChange(ids.length ? ids : undefined);
      }}
      treeData={options}
      loading={tree.isPending}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      placeholder={placeholder ?? t('wfForm.choose')}
      allowClear
      status={status}
      style={{ width: '100%' }}
    />
  );
}
