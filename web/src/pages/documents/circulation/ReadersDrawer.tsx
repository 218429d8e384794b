import { Form, Input, Radio } from 'antd';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../org/shared/FormDrawer';
import { PeopleField } from '../../workflow/instance/PersonFields';
import { DOCS } from '../api';
import { INBOX_KEY, MODES, STARTED_KEY, circulationUrl, documentCirculationsUrl, type CirculationMode } from './api';

interface Values {
  mode: CirculationMode;
  readerIds: string[];
  note?: string;
}

const REFRESH = [DOCS, INBOX_KEY, STARTED_KEY];

/**
 * 发起传阅 of a document (mode, readers in the order picked, a note), or 增加传阅人 to a running
 * circulation (`circulationId`): a reader below the document's 密级 is refused by name.
 */
export function ReadersDrawer({ open, onClose, documentId, circulationId }: { open: boolean; onClose(): void; documentId: string; circulationId?: string }) {
  const t = useT();
  const adding = !!circulationId;
  const submit = (v: Values) =>
    adding
      ? post(circulationUrl(circulationId, 'readers'), { readerIds: v.readerIds })
      : post(documentCirculationsUrl(documentId), { mode: v.mode, readerIds: v.readerIds, note: v.note?.trim() ?? '' });
  return (
    <FormDrawer<Values>
      open={open}
      onClose={onClose}
      title={t(adding ? 'circulation.add.title' : 'circulation.start.title')}
      invalidate={REFRESH}
      initialValues={{ mode: 'sequential' }}
      onSubmit={submit}
    >
      {!adding && (
        <Form.Item name="mode" label={t('circulation.mode')} extra={t('circulation.modeHelp')}>
          <Radio.Group optionType="button" options={MODES.map((m) => ({ value: m, label: t(`circulation.mode.${m}`) }))} />
        </Form.Item>
      )}
      <Form.Item name="readerIds" label={t('circulation.readers')} extra={t('circulation.readersHelp')} rules={[{ required: true, message: t('circulation.readersRequired') }]}>
        <PeopleField />
      </Form.Item>
      {!adding && (
        <Form.Item name="note" label={t('circulation.note')}>
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
      )}
    </FormDrawer>
  );
}
