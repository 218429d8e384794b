import { Descriptions, Tag } from 'antd';
import { useMe } from '../../../app/auth';
import { useT } from '../../../app/i18n';
import { formatDateTime } from '../../../components/loginHistory';

/** 我的信息: name, department, post, roles, last login. */
export default function ProfileWidget() {
  const t = useT();
  const me = useMe();
  const none = t('common.none');
  return (
    <Descriptions column={1} size="small" colon={false} styles={{ label: { whiteSpace: 'nowrap', paddingInlineEnd: 16 } }}>
      <Descriptions.Item label={t('widget.name')}>{me.person?.name ?? me.user.displayName}</Descriptions.Item>
      <Descriptions.Item label={t('widget.department')}>{me.person?.departmentName ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('widget.post')}>{me.person?.postName ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('widget.roles')}>
        {me.roles.length ? me.roles.map((r) => <Tag key={r.id} color="blue">{r.name}</Tag>) : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('widget.lastLogin')}>{formatDateTime(me.user.lastLoginAt) || none}</Descriptions.Item>
    </Descriptions>
  );
}
