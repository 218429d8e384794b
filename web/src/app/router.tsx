import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, useSearchParams } from 'react-router';
import { PageLoading } from '../components/PageLoading';
import { StatusPage } from '../components/StatusPage';
import { AppLayout } from './AppLayout';
import { safeNext } from './nextPath';
import { useAuth } from './auth';
import { RequireAuth, RequirePermission } from './guards';
import { pageRoutes } from './pages';

const LoginPage = lazy(() => import('../pages/auth/LoginPage'));
const ChangePasswordPage = lazy(() => import('../pages/auth/ChangePasswordPage'));
const EnrolTotpPage = lazy(() => import('../pages/auth/EnrolTotpPage'));

const Loading = ({ children }: { children: ReactNode }) => <Suspense fallback={<PageLoading fullScreen />}>{children}</Suspense>;

/** /login is for people not logged in; a logged-in person goes straight on (back where they were sent from). */
function PublicOnly({ children }: { children: ReactNode }) {
  const { me, loading } = useAuth();
  const next = useSearchParams()[0].get('next');
  if (loading) return <PageLoading fullScreen />;
  if (me) return <Navigate to={safeNext(next)} replace />;
  return <Loading>{children}</Loading>;
}

export const router = createBrowserRouter([
  { path: '/login', element: <PublicOnly><LoginPage /></PublicOnly> },
  {
    path: '/change-password',
    element: <RequireAuth step="changePassword"><Loading><ChangePasswordPage /></Loading></RequireAuth>,
  },
  {
    path: '/enrol-totp',
    element: <RequireAuth step="enrolTotp"><Loading><EnrolTotpPage /></Loading></RequireAuth>,
  },
  {
    element: <RequireAuth><AppLayout /></RequireAuth>,
    children: [
      ...pageRoutes.map((r) => {
        const Page = r.component;
        return { path: r.path, element: <RequirePermission permission={r.permission}><Page /></RequirePermission> };
      }),
      { path: '*', element: <StatusPage kind="notFound" /> },
    ],
  },
]);
