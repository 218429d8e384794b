import type { Db, Tx } from '../db/index.js';
import type { AdminKind, DataScope } from '../db/schema.js';
import { newId, nowIso } from '../util.js';
import type { Permission } from './permissions.js';

export interface BuiltinRole {
  code: string;
  name: string;
  description: string;
  permissions: Permission[];
  dataScope: DataScope;
  adminKind: AdminKind | null;
}

/** Roles every unit has. The three administrator roles are disjoint (三员分立). */
export const BUILTIN_ROLES: BuiltinRole[] = [
  {
    code: 'system-admin',
    name: '系统管理员',
    description: '账号、组织机构、系统设置；不能查看审计日志，不能授权',
    permissions: ['org.read', 'org.manage', 'user.manage', 'system.settings', 'system.diagnostics', 'calendar.manage'],
    dataScope: 'all',
    adminKind: 'system',
  },
  {
    code: 'security-admin',
    name: '安全保密管理员',
    description: '角色、授权、人员涉密等级、电子印章、公文知悉范围与涉密终端；不能管理账号',
    permissions: ['org.read', 'role.manage', 'grant.manage', 'clearance.manage', 'seal.manage', 'document.security'],
    dataScope: 'all',
    adminKind: 'security',
  },
  {
    code: 'auditor',
    name: '安全审计员',
    description: '查看并导出全部人员（含另两员）的审计日志；无其他权限',
    permissions: ['audit.read', 'audit.export'],
    dataScope: 'all',
    adminKind: 'audit',
  },
  {
    code: 'workflow-admin',
    name: '流程管理员',
    description: '设计、发布流程，干预流程实例',
    permissions: ['workflow.design', 'workflow.admin'],
    dataScope: 'all',
    adminKind: null,
  },
  {
    code: 'unit-leader',
    name: '单位领导',
    description: '查看全单位人员台账',
    permissions: ['org.read'],
    dataScope: 'all',
    adminKind: null,
  },
  {
    code: 'dept-head',
    name: '部门负责人',
    description: '查看本部门人员台账',
    permissions: ['org.read'],
    dataScope: 'department',
    adminKind: null,
  },
  {
    code: 'document-clerk',
    name: '文书',
    description: '公文编号、排版用印、分发，收文登记与签收',
    permissions: ['document.registry'],
    dataScope: 'all',
    adminKind: null,
  },
  {
    code: 'archivist',
    name: '档案员',
    description: '公文归档、借阅审批、档案检索与移交',
    permissions: ['document.archive'],
    dataScope: 'all',
    adminKind: null,
  },
  {
    code: 'room-admin',
    name: '会议室管理员',
    description: '会议室、维护时段，审批会议室预订与调整申请，查看使用反馈',
    permissions: ['room.manage'],
    dataScope: 'all',
    adminKind: null,
  },
  {
    code: 'meeting-admin',
    name: '会务管理员',
    description: '查看全单位会议，代为签到，催交纪要',
    permissions: ['meeting.manage'],
    dataScope: 'all',
    adminKind: null,
  },
  {
    code: 'supervisor',
    name: '督查员',
    description: '督办事项立项、催办、通报、整改与考核',
    permissions: ['supervision.manage'],
    dataScope: 'all',
    adminKind: null,
  },
];

/**
 * Sets the permissions of the built-in roles already in the database to their current definition
 * (a release may add codes to them); touches only roles that differ. Idempotent.
 */
export async function syncBuiltinPermissions(db: Db | Tx): Promise<void> {
  const rows = await db.selectFrom('roles').select(['id', 'code', 'permissions']).where('builtin', '=', 1).execute();
  for (const row of rows) {
    const role = BUILTIN_ROLES.find((r) => r.code === row.code);
    const permissions = role && JSON.stringify(role.permissions);
    if (!permissions || permissions === row.permissions) continue;
    await db.updateTable('roles').set({ permissions, updated_at: nowIso() }).where('id', '=', row.id).execute();
  }
}

/**
 * Creates the built-in roles that are missing and brings the permissions of existing ones up to
 * date; returns every built-in role's id by code. Idempotent.
 */
export async function ensureBuiltinRoles(db: Db | Tx): Promise<Record<string, string>> {
  await syncBuiltinPermissions(db);
  const now = nowIso();
  for (const role of BUILTIN_ROLES) {
    await db
      .insertInto('roles')
      .values({
        id: newId(),
        code: role.code,
        name: role.name,
        description: role.description,
        permissions: JSON.stringify(role.permissions),
        data_scope: role.dataScope,
        admin_kind: role.adminKind,
        builtin: 1,
        require_2fa: 0,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
  const rows = await db.selectFrom('roles').select(['id', 'code']).where('builtin', '=', 1).execute();
  return Object.fromEntries(rows.map((r) => [r.code, r.id]));
}
