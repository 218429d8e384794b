import { Avatar, Card, Empty, Flex, List, Table, Typography } from 'antd';
import { MailOutlined, PhoneOutlined } from '@ant-design/icons';
import { useT } from '../../app/i18n';
import type { Contact } from './api';

interface Props {
  items: Contact[];
  loading: boolean;
  compact: boolean;
  pagination: { current: number; pageSize: number; total: number; onChange(page: number, size: number): void };
}

const phoneLink = (phone: string | null) => phone && <a href={`tel:${phone}`}>{phone}</a>;
const mailLink = (email: string | null) => email && <a href={`mailto:${email}`}>{email}</a>;

/** The contacts as a table, or as cards on a phone. */
export function ContactList({ items, loading, compact, pagination }: Props) {
  const t = useT();
  const paging = { ...pagination, showSizeChanger: !compact, showTotal: (total: number) => t('common.total', { total }) };
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('addressbook.empty')} />;

  if (compact) {
    return (
      <List
        loading={loading}
        dataSource={items}
        locale={{ emptyText: empty }}
        pagination={{ ...paging, size: 'small', align: 'center' }}
        renderItem={(c) => (
          <Card size="small" style={{ marginBottom: 8 }} data-testid="contact-card">
            <Flex gap={12} align="start">
              <Avatar style={{ background: '#1677ff', flex: 'none' }}>{c.name.slice(-2)}</Avatar>
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                <Typography.Text strong>
                  {c.name} <Typography.Text type="secondary">{c.postName}</Typography.Text>
                </Typography.Text>
                <Typography.Text type="secondary">{c.departmentName}</Typography.Text>
                {c.phone && <span><PhoneOutlined /> {phoneLink(c.phone)}</span>}
                {c.email && <Typography.Text ellipsis><MailOutlined /> {mailLink(c.email)}</Typography.Text>}
              </Flex>
            </Flex>
          </Card>
        )}
      />
    );
  }
  return (
    <Table<Contact>
      rowKey="id"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: empty }}
      scroll={{ x: 720 }}
      pagination={paging}
      columns={[
        { title: t('addressbook.name'), dataIndex: 'name', width: 120, render: (n: string) => <Typography.Text strong>{n}</Typography.Text> },
        { title: t('addressbook.departmentName'), dataIndex: 'departmentName', width: 180 },
        { title: t('addressbook.post'), dataIndex: 'postName', width: 120 },
        { title: t('addressbook.phone'), dataIndex: 'phone', width: 150, render: phoneLink },
        { title: t('addressbook.email'), dataIndex: 'email', render: mailLink },
      ]}
    />
  );
}
