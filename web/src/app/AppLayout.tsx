import { Suspense, useState } from 'react';
import { Drawer, Grid, Layout } from 'antd';
import { Outlet } from 'react-router';
import { PageLoading } from '../components/PageLoading';
import { useT } from './i18n';
import { HeaderBar } from './HeaderBar';
import { SideMenu } from './SideMenu';

/** The authenticated frame: header, side menu (a drawer below 768 px) and the page. */
export function AppLayout() {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);
  // useBreakpoint is empty on the very first render; treat that as desktop to avoid a flash.
  const mobile = screens.md === false;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ position: 'sticky', top: 0, zIndex: 10, borderBottom: '1px solid #f0f0f0' }}>
        <HeaderBar onOpenMenu={mobile ? () => setDrawerOpen(true) : undefined} />
      </Layout.Header>
      <Layout>
        {mobile ? (
          <Drawer
            placement="left"
            size={260}
            title={<span style={{ color: '#1677ff', letterSpacing: 2 }}>{t('app.name')}</span>}
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            styles={{ body: { padding: '8px 0' } }}
          >
            <SideMenu onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        ) : (
          <Layout.Sider width={220} style={{ borderInlineEnd: '1px solid #f0f0f0', paddingTop: 8 }}>
            <SideMenu />
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: mobile ? 12 : 24, minWidth: 0 }}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
