import { Suspense, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageLoading } from '../components/PageLoading';
import { StatusPage } from '../components/StatusPage';
import { hasPermission, useAuth, type PendingStep } from './auth';

export const PENDING_PATHS: Record<Exclude<PendingStep, null>, string> = {
  changePassword: '/change-password',
  enrolTotp: '/enrol-totp',
};

/**
 * Lets only a logged-in person through; sends everyone else to /login, and a person with a pending
 * step (forced password change, required TOTP) to that step's page. `step` names the pending step
 * the wrapped page completes.
 */
export function RequireAuth({ children, step }: { children: ReactNode; step?: PendingStep }) {
  const { me, loading, signedOut } = useAuth();
  const location = useLocation();
  if (loading) return <PageLoading fullScreen />;
  if (!me) {
    const next = location.pathname === '/' || signedOut ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`;
    return <Navigate to={`/login${next}`} replace />;
  }
  if (me.pending && me.pending !== step) return <Navigate to={PENDING_PATHS[me.pending]} replace />;
  return <>{children}</>;
}

/** Shows the page only to people holding its permission; a 403 page otherwise. */
export function RequirePermission({ permission, children }: { permission?: string | string[]; children: ReactNode }) {
  const { me } = useAuth();
  if (!me || !hasPermission(me.permissions, permission)) return <StatusPage kind="forbidden" />;
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}
