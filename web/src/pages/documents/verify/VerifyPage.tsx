import { useState } from 'react';
import { App, Card, Flex, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { uploadFile } from '../../workflow/forms/api';
import { errorText, type Verification } from '../api';
import { VerificationResult } from './VerificationResult';

/** Uploads the PDF, then asks the server to check the SM2 signatures of its seals. */
async function verify(file: File): Promise<Verification & { fileName: string }> {
  const stored = await uploadFile(file);
  return { ...(await post<Verification>('/api/seals/verify', { fileId: stored.id })), fileName: file.name };
}

/** 签章核验: anyone checks whether a PDF's electronic seals are intact, and whose they are. */
export default function VerifyPage() {
  const t = useT();
  const { message } = App.useApp();
  const [result, setResult] = useState<Awaited<ReturnType<typeof verify>> | null>(null);
  const check = useMutation({ mutationFn: verify, onSuccess: setResult, onError: (err) => message.error(errorText(err)) });
  return (
    <Card title={t('documents.menu.verify')}>
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{t('documents.verify.help')}</Typography.Text>
        <Upload.Dragger
          accept=".pdf,application/pdf"
          multiple={false}
          showUploadList={false}
          disabled={check.isPending}
          beforeUpload={(file) => {
            setResult(null);
            check.mutate(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t(check.isPending ? 'documents.verify.checking' : 'documents.verify.choose')}</p>
        </Upload.Dragger>
        {result && <VerificationResult result={result} fileName={result.fileName} />}
      </Flex>
    </Card>
  );
}
