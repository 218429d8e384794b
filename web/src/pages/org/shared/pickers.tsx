import { Select, Tag, TreeSelect } from 'antd';
import { useT } from '../../../app/i18n';
import { usePosts, useDepartmentTree } from './queries';
import { CLEARANCES, type Clearance, type Department } from './types';

interface TreeNode {
  value: string;
  title: string;
  disabled: boolean;
  children: TreeNode[];
}

const toNodes = (deps: Department[], excludeId?: string): TreeNode[] =>
  deps
    .filter((d) => d.id !== excludeId)
    .map((d) => ({ value: d.id, title: d.name, disabled: !d.enabled, children: toNodes(d.children, excludeId) }));

interface DepartmentPickerProps {
  value?: string | null;
  onChange?(value: string | null): void;
  placeholder?: string;
  allowClear?: boolean;
  /** Leaves this department and its sub-tree out (moving a department under itself is impossible). */
  excludeId?: string;
  style?: React.CSSProperties;
}

/** Picks one department from the tree; disabled departments cannot be chosen. */
export function DepartmentPicker({ value, onChange, placeholder, allowClear, excludeId, style }: DepartmentPickerProps) {
  const tree = useDepartmentTree();
  return (
    <TreeSelect
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      treeData={toNodes(tree.data ?? [], excludeId)}
      loading={tree.isPending}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      style={{ width: '100%', ...style }}
    />
  );
}

interface PostPickerProps {
  value?: string | null;
  onChange?(value: string | null): void;
  placeholder?: string;
  style?: React.CSSProperties;
}

/** Picks a post; enabled posts only, except the one already chosen. */
export function PostPicker({ value, onChange, placeholder, style }: PostPickerProps) {
  const posts = usePosts();
  const options = (posts.data ?? [])
    .filter((p) => p.enabled || p.id === value)
    .map((p) => ({ value: p.id, label: p.name }));
  return (
    <Select
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      loading={posts.isPending}
      placeholder={placeholder}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width: '100%', ...style }}
    />
  );
}

const CLEARANCE_COLORS: Record<Clearance, string> = {
  public: 'default',
  internal: 'blue',
  secret: 'orange',
  confidential: 'volcano',
  topSecret: 'red',
};

export function ClearanceTag({ value }: { value: Clearance }) {
  const t = useT();
  return <Tag color={CLEARANCE_COLORS[value]}>{t(`clearance.${value}`)}</Tag>;
}

export function useClearanceOptions() {
  const t = useT();
  return CLEARANCES.map((c) => ({ value: c, label: t(`clearance.${c}`) }));
}
