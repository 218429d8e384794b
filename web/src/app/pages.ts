import type { MenuGroup, PageRoute } from './pageRoute';
import { hasPermission } from './auth';

/** Every `pages/<domain>/routes.tsx`, found at build time: adding a page folder never touches the shell. */
const modules = import.meta.glob<{ routes: PageRoute[] }>('../pages/*/routes.tsx', { eager: true });

export const pageRoutes: PageRoute[] = Object.values(modules).flatMap((m) => m.routes);

export const MENU_GROUPS: MenuGroup[] = ['home', 'workflow', 'documents', 'incoming', 'circulation', 'archive', 'meetings', 'rooms', 'schedule', 'supervision', 'org', 'access', 'audit', 'system', 'me'];

export interface MenuSection {
  group: MenuGroup;
  items: (PageRoute & { menu: NonNullable<PageRoute['menu']> })[];
}

/** The menu entries this person may open, grouped and ordered. */
export function menuFor(permissions: readonly string[]): MenuSection[] {
  const visible = pageRoutes.filter(
    (r): r is MenuSection['items'][number] => !!r.menu && hasPermission(permissions, r.permission),
  );
  return MENU_GROUPS.map((group) => ({
    group,
    items: visible.filter((r) => r.menu.group === group).sort((a, b) => a.menu.order - b.menu.order),
  })).filter((s) => s.items.length > 0);
}
