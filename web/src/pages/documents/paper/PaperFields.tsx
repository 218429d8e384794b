import type { ReactNode } from 'react';
import { Descriptions, Flex, Input, InputNumber, Radio, Select, Typography, type DescriptionsProps } from 'antd';
import { useT } from '../../../app/i18n';
import { DepartmentSelect } from '../../workflow/forms/DepartmentSelect';
import { formatTime } from '../../workflow/labels';
import { SECRET_LEVELS, URGENCIES, type DocumentView } from '../api';
import { isClassified, SecretTag, URGENCY_KEYS, UrgencyTag } from '../labels';

/** The 发文稿纸's fields as they are edited and saved. */
export interface PaperValues {
  title: string;
  mainTo: string;
  copyTo: string[];
  secretLevel: DocumentView['secretLevel'];
  secretTerm: string;
  urgency: string;
  phone: string;
  countersignDepartmentIds: string[];
  countersignMode: DocumentView['countersignMode'];
  copies: number;
  issuer: string;
  note: string;
}

export const valuesOf = (doc: DocumentView): PaperValues => ({
  title: doc.title,
  mainTo: doc.mainTo,
  copyTo: doc.copyTo,
  secretLevel: doc.secretLevel,
  secretTerm: doc.secretTerm,
  urgency: doc.urgency,
  phone: doc.phone,
  countersignDepartmentIds: doc.countersignDepartments.map((d) => d.id),
  countersignMode: doc.countersignMode,
  copies: doc.copies,
  issuer: doc.issuer,
  note: doc.note,
});

interface Props {
  doc: DocumentView;
  values: PaperValues;
  /** Absent when the person only reads the 稿纸. */
  onChange?(patch: Partial<PaperValues>): void;
  errors: Record<string, string>;
  phone: boolean;
}

function WithError({ error, children }: { error?: string; children: ReactNode }) {
  return (
    <Flex vertical gap={2}>
      {children}
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </Flex>
  );
}

/** The 发文稿纸 laid out as the paper form: bordered rows, each field where the printed form has it. */
export function PaperFields({ doc, values: v, onChange, errors, phone }: Props) {
  const t = useT();
  const label = (key: string) => t(`documents.field.${key}`);
  const edit = onChange;
  const text = (key: 'title' | 'mainTo' | 'secretTerm' | 'phone' | 'issuer' | 'note', max: number, placeholder?: string) =>
    edit ? (
      <WithError error={errors[key]}>
        <Input value={v[key]} onChange={(e) => edit({ [key]: e.target.value })} maxLength={max} aria-label={label(key)} placeholder={placeholder} status={errors[key] ? 'error' : undefined} />
      </WithError>
    ) : (
      v[key] || '—'
    );
  const level = edit ? (
    <Flex gap={8} wrap>
      <Select
        value={v.secretLevel}
        onChange={(secretLevel) => edit({ secretLevel })}
        options={SECRET_LEVELS.map((l) => ({ value: l, label: t(`documents.secret.${l}`) }))}
        aria-label={label('secretLevel')}
        style={{ width: 100 }}
      />
      {isClassified(v.secretLevel) && text('secretTerm', 20, t('documents.field.secretTermPlaceholder'))}
    </Flex>
  ) : v.secretLevel === 'public' ? (
    t('documents.secret.public')
  ) : (
    <SecretTag level={v.secretLevel} term={v.secretTerm} />
  );
  const urgency = edit ? (
    <Radio.Group
      value={v.urgency}
      onChange={(e) => edit({ urgency: e.target.value })}
      aria-label={label('urgency')}
      optionType="button"
      size="small"
      options={URGENCIES.map((u) => ({ value: u, label: t(`documents.urgency.${URGENCY_KEYS[u]}`) }))}
    />
  ) : v.urgency ? (
    <UrgencyTag urgency={v.urgency} />
  ) : (
    t('documents.urgency.normal')
  );
  const countersign = edit ? (
    <Flex vertical gap={8}>
      <DepartmentSelect multiple value={v.countersignDepartmentIds} onChange={(ids) => edit({ countersignDepartmentIds: ids ?? [] })} placeholder={t('documents.field.countersignPlaceholder')} />
      <Radio.Group
        value={v.countersignMode}
        onChange={(e) => edit({ countersignMode: e.target.value })}
        aria-label={label('countersignMode')}
        options={(['parallel', 'serial'] as const).map((m) => ({ value: m, label: t(`documents.countersign.${m}`) }))}
      />
    </Flex>
  ) : doc.countersignDepartments.length ? (
    `${doc.countersignDepartments.map((d) => d.name).join('、')}（${t(`documents.countersign.${doc.countersignMode}`)}）`
  ) : (
    t('documents.countersign.none')
  );
  const copyTo = edit ? (
    <Select
      mode="tags"
      value={v.copyTo}
      onChange={(copyTo: string[]) => edit({ copyTo })}
      tokenSeparators={['、', '，', ',']}
      open={false}
      suffixIcon={null}
      aria-label={label('copyTo')}
      placeholder={t('documents.field.copyToPlaceholder')}
      style={{ width: '100%' }}
    />
  ) : (
    v.copyTo.join('、') || '—'
  );
  const copies = edit ? <InputNumber min={1} max={100000} precision={0} value={v.copies} onChange={(n) => n && edit({ copies: n })} aria-label={label('copies')} /> : v.copies;

  const items: DescriptionsProps['items'] = [
    ...(doc.signer ? [{ key: 'signer', label: label('signer'), span: 'filled' as const, children: `${doc.signer}　${doc.signOpinion ?? ''}　${formatTime(doc.signedAt)}` }] : []),
    ...(doc.docNo ? [{ key: 'docNo', label: label('docNo'), span: 'filled' as const, children: doc.docNo }] : []),
    { key: 'title', label: label('title'), span: 'filled', children: text('title', 200) },
    { key: 'mainTo', label: label('mainTo'), span: 'filled', children: text('mainTo', 500) },
    { key: 'copyTo', label: label('copyTo'), span: 'filled', children: copyTo },
    { key: 'secretLevel', label: label('secretLevel'), children: level },
    { key: 'urgency', label: label('urgency'), children: urgency },
    { key: 'drafterDepartment', label: label('drafterDepartment'), children: doc.drafterDepartment },
    { key: 'drafter', label: label('drafter'), children: doc.drafter },
    { key: 'phone', label: label('phone'), children: text('phone', 40) },
    { key: 'copies', label: label('copies'), children: copies },
    { key: 'countersign', label: label('countersign'), span: 'filled', children: countersign },
    { key: 'issuer', label: label('issuer'), children: text('issuer', 100) },
    { key: 'note', label: label('note'), children: text('note', 200) },
  ];
  return (
    <Descriptions
      bordered
      size="small"
      column={phone ? 1 : 2}
      items={items}
      className="tb-doc-form"
      styles={{ label: { width: phone ? 84 : 112, whiteSpace: 'nowrap' } }}
    />
  );
}
