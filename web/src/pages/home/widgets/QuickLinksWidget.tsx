import { useMemo } from 'react';
import { Button, Col, Empty, Row } from 'antd';
import { Link } from 'react-router';
import { useMe } from '../../../app/auth';
import { useT } from '../../../app/i18n';
import { menuFor } from '../../../app/pages';

/** 快捷入口: a tile for every page the person may open. */
export default function QuickLinksWidget() {
  const t = useT();
  const { permissions } = useMe();
  const links = useMemo(() => menuFor(permissions).flatMap((s) => s.items).filter((r) => r.path !== '/'), [permissions]);
  if (!links.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('widget.noQuickLinks')} />;
  return (
    <Row gutter={[8, 8]}>
      {links.map((r) => (
        <Col key={r.path} xs={12} sm={8}>
          <Link to={r.path}>
            <Button block icon={r.menu.icon} style={{ justifyContent: 'flex-start', overflow: 'hidden' }}>
              {t(r.menu.labelKey)}
            </Button>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
