export type AdminKind = 'system' | 'security' | 'audit';
export type DataScope = 'self' | 'department' | 'departmentTree' | 'all';
export const DATA_SCOPES: DataScope[] = ['self', 'department', 'departmentTree', 'all'];

export interface Role {
  id: string;
  code: string;
  name: string;
  description: string;
  permissions: string[];
  dataScope: DataScope;
  adminKind: AdminKind | null;
  builtin: boolean;
  require2fa: boolean;
  grantCount: number;
}

export interface PermissionCatalogue {
  groups: { module: string; permissions: { code: string; adminKind: AdminKind | null }[] }[];
}

export interface Grant {
  id: string;
  roleId: string;
  roleCode: string;
  roleName: string;
  adminKind: AdminKind | null;
  granteeType: 'user' | 'post';
  granteeId: string;
  granteeName: string;
  expiresAt: string | null;
  createdAt: string;
}

export interface Account {
  id: string;
  username: string;
  displayName: string;
  personId: string | null;
  personName: string | null;
  departmentName: string | null;
  status: 'active' | 'disabled';
  locked: boolean;
  totpEnabled: boolean;
  lastLoginAt: string | null;
  roles: { id: string; code: string; name: string; via: 'user' | 'post'; expiresAt: string | null }[];
}
