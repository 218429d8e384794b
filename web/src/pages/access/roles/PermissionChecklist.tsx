import { Checkbox, Divider, Space, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { AdminKindTag } from '../AdminKindTag';
import type { PermissionCatalogue } from '../types';

interface Props {
  catalogue: PermissionCatalogue;
  value?: string[];
  onChange?(value: string[]): void;
  disabled?: boolean;
}

/** The permission codes as checkboxes, one group per module, each code with its administrator kind. */
export function PermissionChecklist({ catalogue, value = [], onChange, disabled }: Props) {
  const t = useT();
  const toggle = (code: string, on: boolean) => onChange?.(on ? [...value, code] : value.filter((c) => c !== code));
  return (
    <div>
      {catalogue.groups.map((group) => (
        <div key={group.module}>
          <Divider titlePlacement="start" plain style={{ margin: '8px 0' }}>
            <Typography.Text type="secondary">{t(`access.module.${group.module}`)}</Typography.Text>
          </Divider>
          <Space orientation="vertical" size={4}>
            {group.permissions.map((p) => (
              <Checkbox key={p.code} checked={value.includes(p.code)} disabled={disabled} onChange={(e) => toggle(p.code, e.target.checked)}>
                {t(`perm.${p.code}`)} <Typography.Text type="secondary" code>{p.code}</Typography.Text> <AdminKindTag kind={p.adminKind} />
              </Checkbox>
            ))}
          </Space>
        </div>
      ))}
    </div>
  );
}
