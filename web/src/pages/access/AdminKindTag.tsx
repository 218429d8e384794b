import { Tag } from 'antd';
import { useT } from '../../app/i18n';
import type { AdminKind } from './types';

const COLORS: Record<AdminKind, string> = { system: 'blue', security: 'purple', audit: 'gold' };

/** 系统管理员 / 安全保密管理员 / 安全审计员: which of the three administrators a role belongs to. */
export function AdminKindTag({ kind }: { kind: AdminKind | null }) {
  const t = useT();
  return kind ? <Tag color={COLORS[kind]}>{t(`access.adminKind.${kind}`)}</Tag> : null;
}
