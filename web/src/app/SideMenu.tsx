import { useMemo } from 'react';
import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useMe } from './auth';
import { useT } from './i18n';
import { menuFor } from './pages';

/** The side menu: every page the person may open, grouped by area. */
export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const { permissions } = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const sections = useMemo(() => menuFor(permissions), [permissions]);

  const items: MenuProps['items'] = sections.map((s) => ({
    type: 'group',
    key: s.group,
    label: t(`menu.group.${s.group}`),
    children: s.items.map((r) => ({ key: r.path, icon: r.menu.icon, label: t(r.menu.labelKey) })),
  }));
  // The entry whose path is the longest prefix of the current one stays highlighted on its sub-pages.
  const selected = sections
    .flatMap((s) => s.items.map((r) => r.path))
    .filter((p) => pathname === p || (p !== '/' && pathname.startsWith(p + '/')))
    .sort((a, b) => b.length - a.length)
    .slice(0, 1);

  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selected}
      style={{ borderInlineEnd: 'none' }}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
    />
  );
}
