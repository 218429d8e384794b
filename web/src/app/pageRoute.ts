import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';

export type MenuGroup = 'home' | 'workflow' | 'documents' | 'incoming' | 'circulation' | 'archive' | 'meetings' | 'rooms' | 'schedule' | 'supervision' | 'org' | 'access' | 'audit' | 'system' | 'me';

/**
 * Every page folder exports `routes: PageRoute[]` from `pages/<domain>/routes.tsx`; the shell finds
 * them with import.meta.glob, so adding a page never touches the shell.
 */
export interface PageRoute {
  path: string;
  component: LazyExoticComponent<ComponentType>;
  /** Shown only to people holding this permission code (any of them, when a list). */
  permission?: string | string[];
  menu?: { group: MenuGroup; labelKey: string; icon?: ReactNode; order: number };
}
