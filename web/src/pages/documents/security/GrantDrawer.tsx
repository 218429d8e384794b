import { DatePicker, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../org/shared/FormDrawer';
import { dateItemProps, withoutEmpty } from '../../org/shared/formItems';
import { OnePersonField } from '../../workflow/instance/PersonFields';
import { DOCS } from '../api';
import { GRANTS_KEY } from './api';
import { DocumentPicker } from './DocumentPicker';

interface Values {
  documentId: string;
  userId: string;
  reason: string;
  expiresOn?: string;
}

/** 授权知悉: one person, one document, a reason and an optional last day; the clearance still applies. */
export function GrantDrawer({ open, onClose, documentId }: { open: boolean; onClose(): void; documentId?: string }) {
  const t = useT();
  const required = [{ required: true, whitespace: true }];
  return (
    <FormDrawer<Values>
      open={open}
      onClose={onClose}
      title={t('security.grant.title')}
      invalidate={[GRANTS_KEY, DOCS]}
      initialValues={{ documentId }}
      onSubmit={(v) => post('/api/document-grants', withoutEmpty({ ...v, reason: v.reason.trim() }))}
    >
      <Form.Item name="documentId" label={t('security.document')} rules={[{ required: true }]} extra={t('security.documentHelp')}>
        <DocumentPicker />
      </Form.Item>
      <Form.Item name="userId" label={t('security.person')} rules={[{ required: true }]} extra={t('security.personHelp')}>
        <OnePersonField />
      </Form.Item>
      <Form.Item name="reason" label={t('security.reason')} rules={required}>
        <Input.TextArea rows={2} maxLength={200} showCount />
      </Form.Item>
      <Form.Item name="expiresOn" label={t('security.expiresOn')} extra={t('security.expiresOnHelp')} {...dateItemProps}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} inputReadOnly />
      </Form.Item>
    </FormDrawer>
  );
}
