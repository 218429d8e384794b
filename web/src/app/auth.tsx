import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { hashKey, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, get, post, setCsrfToken } from '../api/client';

export type Channel = 'inApp' | 'email' | 'sms' | 'wecom' | 'dingtalk';
export type PendingStep = 'changePassword' | 'enrolTotp' | null;
export type AdminKind = 'system' | 'security' | 'audit';

/** The reply of GET /api/auth/me (and of POST /api/auth/login). */
export interface Me {
  user: {
    id: string;
    username: string;
    displayName: string;
    locale: 'zh-CN' | 'en';
    totpEnabled: boolean;
    channels: Channel[];
    lastLoginAt: string | null;
  };
  person: { id: string; name: string; clearance: string; departmentName: string | null; postName: string | null } | null;
  permissions: string[];
  roles: { id: string; code: string; name: string }[];
  adminKinds: AdminKind[];
  pending: PendingStep;
  csrfToken: string;
}

export const ME_KEY = ['auth', 'me'] as const;

/** Loads the caller; resolves to null when nobody is logged in (401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await get<Me>('/api/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

/** True when the holder has the permission code (or any of them, when a list; none asked → true). */
export const hasPermission = (permissions: readonly string[], required?: string | string[]): boolean =>
  required === undefined || (Array.isArray(required) ? required : [required]).some((p) => permissions.includes(p));

interface AuthState {
  me: Me | null;
  loading: boolean;
  /** Replaces the cached caller, e.g. with the login reply. */
  setMe(me: Me | null): void;
  refresh(): Promise<Me | null>;
  logout(): Promise<void>;
  /** True after the person logged out here, so the login page does not send the next person back. */
  signedOut: boolean;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const query = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000 });
  const [signedOut, setSignedOut] = useState(false);
  const setMe = useCallback(
    (me: Me | null) => {
      if (me) {
        setCsrfToken(me.csrfToken);
        setSignedOut(false);
      }
      client.setQueryData(ME_KEY, me);
    },
    [client],
  );
  const refresh = useCallback(async () => {
    const me = await fetchMe();
    client.setQueryData(ME_KEY, me);
    return me;
  }, [client]);
  const logout = useCallback(async () => {
    await post('/api/auth/logout').catch(() => undefined);
    setCsrfToken('');
    setSignedOut(true);
    client.setQueryData(ME_KEY, null);
    // Nothing of the last person may linger for the next one; the caller query itself stays observed.
    client.removeQueries({ predicate: (q) => q.queryHash !== hashKey(ME_KEY) });
  }, [client]);
  const value = useMemo<AuthState>(
    () => ({ me: query.data ?? null, loading: query.isPending, setMe, refresh, logout, signedOut }),
    [query.data, query.isPending, setMe, refresh, logout, signedOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

export type MeView = Me & { can(permission: string | string[]): boolean };

/**
 * The logged-in caller and a `can(permission)` check. Only use inside the authenticated layout,
 * where a caller always exists.
 */
export function useMe(): MeView {
  const { me } = useAuth();
  const view = useMemo(() => me && { ...me, can: (p: string | string[]) => hasPermission(me.permissions, p) }, [me]);
  if (!view) throw new Error('useMe outside the authenticated layout');
  return view;
}

/** `const can = useCan(); can('org.manage')`. */
export const useCan = () => useMe().can;
