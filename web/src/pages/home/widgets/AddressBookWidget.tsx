import { Input } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n';

/** 通讯录: a search box that opens the address book with the query. */
export default function AddressBookWidget() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Input.Search
      placeholder={t('widget.searchPlaceholder')}
      enterButton={t('common.search')}
      allowClear
      maxLength={64}
      onSearch={(q) => navigate(`/addressbook?q=${encodeURIComponent(q.trim())}`)}
    />
  );
}
