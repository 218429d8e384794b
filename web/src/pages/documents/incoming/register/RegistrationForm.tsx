import { useState } from 'react';
import { Alert, App, Button, Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../../api/client';
import { useT } from '../../../../app/i18n';
import { applyServerErrors } from '../../../../components/formErrors';
import { SECRET_LEVELS, URGENCIES, useKinds } from '../../api';
import { isClassified, URGENCY_KEYS } from '../../labels';
import { incomingPath, registerIncoming, type Registration } from '../api';
import { DateField, FilesField } from '../fields';
import { DuplicateAlert } from './DuplicateAlert';
import { SourceUnitInput } from './SourceUnitInput';

type Values = Omit<Registration, 'distributionId'>;

export const blankRegistration = (): Values => ({
  title: '',
  sourceUnit: '',
  sourceDocNo: '',
  receivedOn: dayjs().format('YYYY-MM-DD'),
  secretLevel: 'public',
  secretTerm: '',
  urgency: '',
  copies: 1,
  pages: 1,
  kind: 'notice',
  note: '',
  scanFileIds: [],
});

/**
 * 收文登记: what the 文书 copies from the document in hand (来文单位, 文号, 标题, 文种, 密级, 紧急程度,
 * 份数, 页数) and the scans. A 来文 already registered is pointed out while typing; the server refuses it.
 */
export function RegistrationForm({ initial, distributionId, phone }: { initial: Values; distributionId?: string; phone: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const kinds = useKinds();
  const [form] = Form.useForm<Values>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sourceUnit = Form.useWatch('sourceUnit', form) ?? '';
  const sourceDocNo = Form.useWatch('sourceDocNo', form) ?? '';
  const level = Form.useWatch('secretLevel', form) ?? initial.secretLevel;

  const submit = async (values: Values) => {
    setBusy(true);
    setRefusal(null);
    try {
      const trimmed = { ...values, title: values.title.trim(), sourceUnit: (values.sourceUnit ?? '').trim(), sourceDocNo: (values.sourceDocNo ?? '').trim() };
      const done = await registerIncoming({ ...trimmed, secretTerm: isClassified(values.secretLevel) ? (values.secretTerm ?? '').trim() : '', note: values.note ?? '', distributionId });
      message.success(t('incoming.register.done', { receiptNo: done.receiptNo }), 6);
      navigate(incomingPath(done.id));
    } catch (err) {
      setRefusal(err instanceof ApiError && err.code === 'INCOMING_DUPLICATE' ? err.message : applyServerErrors(form, err));
      setBusy(false);
    }
  };

  const half = { xs: 24, md: 12 };
  const quarter = { xs: 12, md: 6 };
  return (
    <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={submit} scrollToFirstError data-testid="registration-form">
      {refusal && (
        // Brought into view: the button that was pressed is at the far end of a long form on a phone.
        <div key={refusal} ref={(el) => el?.scrollIntoView({ block: 'center' })}>
          <Alert type="error" showIcon title={refusal} style={{ marginBottom: 16 }} data-testid="registration-refused" />
        </div>
      )}
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item name="sourceUnit" label={t('incoming.field.sourceUnit')} rules={[{ required: true, whitespace: true, message: t('incoming.register.sourceUnitRequired') }]}>
            <SourceUnitInput />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="sourceDocNo" label={t('incoming.field.sourceDocNo')} extra={t('incoming.register.sourceDocNoHelp')}>
            <Input maxLength={60} placeholder={t('incoming.register.sourceDocNoPlaceholder')} data-testid="source-doc-no" />
          </Form.Item>
        </Col>
      </Row>
      <DuplicateAlert sourceUnit={sourceUnit} sourceDocNo={sourceDocNo} />
      <Form.Item name="title" label={t('documents.field.title')} rules={[{ required: true, whitespace: true, message: t('incoming.register.titleRequired') }]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={200} data-testid="incoming-title" />
      </Form.Item>
      <Row gutter={16}>
        <Col {...quarter}>
          <Form.Item name="kind" label={t('documents.field.kind')} rules={[{ required: true }]}>
            <Select options={kinds.data?.map((k) => ({ value: k.kind, label: k.name }))} loading={kinds.isPending} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        </Col>
        <Col {...quarter}>
          <Form.Item name="receivedOn" label={t('incoming.field.receivedOn')} rules={[{ required: true }]}>
            <DateField />
          </Form.Item>
        </Col>
        <Col {...quarter}>
          <Form.Item name="copies" label={t('incoming.field.copies')} rules={[{ required: true }]}>
            <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...quarter}>
          <Form.Item name="pages" label={t('incoming.field.pages')} rules={[{ required: true }]}>
            <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={isClassified(level) ? 12 : 24} md={6}>
          <Form.Item name="secretLevel" label={t('documents.field.secretLevel')}>
            <Select options={SECRET_LEVELS.map((l) => ({ value: l, label: t(`documents.secret.${l}`) }))} />
          </Form.Item>
        </Col>
        {isClassified(level) && (
          <Col xs={12} md={6}>
            <Form.Item name="secretTerm" label={t('incoming.field.secretTerm')}>
              <Input maxLength={20} placeholder={t('incoming.register.secretTermPlaceholder')} />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={12}>
          <Form.Item name="urgency" label={t('documents.field.urgency')}>
            <Radio.Group optionType="button" options={URGENCIES.map((u) => ({ value: u, label: t(`documents.urgency.${URGENCY_KEYS[u]}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="note" label={t('documents.field.note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={200} showCount />
      </Form.Item>
      <Form.Item name="scanFileIds" label={t('incoming.field.scans')} extra={t('incoming.register.scansHelp')}>
        <FilesField />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} block={phone} size={phone ? 'large' : undefined} autoInsertSpace={false} data-testid="register-incoming">
        {t('incoming.register.submit')}
      </Button>
    </Form>
  );
}
