import { Input, Select } from 'antd';
import { useT } from '../../../app/i18n';
import { useRoles } from '../../access/queries';
import { usePosts } from '../../org/shared/queries';

interface Props {
  value: string;
  onChange(value: string): void;
}

interface ListSelectProps extends Props {
  options: { value: string; label: string }[] | undefined;
  loading: boolean;
  /** The list could not be read (no right to it): the id is typed in instead. */
  failed: boolean;
}

function ListSelect({ value, onChange, options, loading, failed }: ListSelectProps) {
  const t = useT();
  if (failed)
    return (
      <>
        <Input value={value} onChange={(e) => onChange(e.target.value.trim())} placeholder={t('designer.assignee.idPlaceholder')} />
        <div style={{ color: '#8c8c8c', fontSize: 12, marginTop: 4 }}>{t('designer.assignee.noList')}</div>
      </>
    );
  return (
    <Select
      value={value || undefined}
      onChange={(v) => onChange(v ?? '')}
      options={options}
      loading={loading}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('designer.choose')}
      style={{ width: '100%' }}
    />
  );
}

/** Picks a role; a flow administrator without the right to list roles types its id. */
export function RoleSelect(props: Props) {
  const roles = useRoles();
  const options = roles.data?.map((r) => ({ value: r.id, label: r.name }));
  return <ListSelect {...props} options={options} loading={roles.isPending} failed={roles.isError} />;
}

/** Picks a post (enabled ones, and the one already chosen). */
export function PostSelect(props: Props) {
  const posts = usePosts();
  const options = posts.data?.filter((p) => p.enabled || p.id === props.value).map((p) => ({ value: p.id, label: p.name }));
  return <ListSelect {...props} options={options} loading={posts.isPending} failed={posts.isError} />;
}
