import { useState } from 'react';
import { Button, Form } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { useT } from '../../../../app/i18n';
import { DepartmentSelect } from '../../../workflow/forms/DepartmentSelect';
import type { DocumentView } from '../../api';
import { useDocumentCommand } from '../../useDocumentCommand';
import { ExternalUnitChoice } from './ExternalUnitChoice';

/** 分发: departments get it in their 收文签收; external units by e-mail or on paper. Sending again adds recipients. */
export function DistributeStep({ doc }: { doc: DocumentView }) {
  const t = useT();
  const [departmentIds, setDepartmentIds] = useState<string[]>([]);
  const [externalUnitIds, setExternalUnitIds] = useState<string[]>([]);
  const send = useDocumentCommand('documents.distribute.done');
  return (
    <Form layout="vertical" style={{ width: '100%' }}>
      <Form.Item label={t('documents.distribute.departments')}>
        <DepartmentSelect multiple value={departmentIds} onChange={(ids) => setDepartmentIds(ids ?? [])} placeholder={t('documents.distribute.departmentsPlaceholder')} />
      </Form.Item>
      <Form.Item label={t('documents.distribute.units')}>
        <ExternalUnitChoice value={externalUnitIds} onChange={setExternalUnitIds} />
      </Form.Item>
      <Button
        type="primary"
        icon={<SendOutlined />}
        disabled={!departmentIds.length && !externalUnitIds.length}
        loading={send.isPending}
        onClick={() => send.mutate({ url: `/api/documents/${doc.id}/distribute`, body: { departmentIds, externalUnitIds } })}
        autoInsertSpace={false}
        data-testid="distribute"
      >
        {t('documents.distribute.send')}
      </Button>
    </Form>
  );
}
