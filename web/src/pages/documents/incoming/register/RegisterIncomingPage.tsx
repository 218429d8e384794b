import { Alert, Card, Flex, Grid, Typography } from 'antd';
import { FilePdfOutlined, LeftOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../../../app/i18n';
import { ErrorState } from '../../../../components/ErrorState';
import { PageLoading } from '../../../../components/PageLoading';
import { fileUrl } from '../../../workflow/forms/api';
import { isClassified } from '../../labels';
import { usePrefill, type Prefill, type Registration } from '../api';
import { blankRegistration, RegistrationForm } from './RegistrationForm';

/**
 * A copy from our own 分发 comes with its facts (the sent document's kind and urgency are the same
 * words); the server attaches its formal PDF as the scan by itself.
 */
const fromPrefill = (p: Prefill) => ({
  ...blankRegistration(),
  title: p.title,
  sourceUnit: p.sourceUnit,
  sourceDocNo: p.sourceDocNo,
  secretLevel: p.secretLevel,
  secretTerm: p.secretTerm,
  urgency: p.urgency as Registration['urgency'],
  copies: p.copies,
  kind: p.kind as Registration['kind'],
});

function PrefilledNote({ prefill }: { prefill: Prefill }) {
  const t = useT();
  // A state secret's formal file stays with the sent document (encrypted); only its facts come over.
  const attached = prefill.formalPdfFileId && !isClassified(prefill.secretLevel);
  return (
    <Alert
      type="info"
      showIcon
      title={t('incoming.register.prefilled')}
      description={
        attached && (
          <>
            {t('incoming.register.formalAttached')}
            <a href={fileUrl(prefill.formalPdfFileId ?? '')} target="_blank" rel="noreferrer" data-testid="formal-scan">
              <FilePdfOutlined /> {t('incoming.register.formalFile')}
            </a>
          </>
        )
      }
      data-testid="prefilled"
    />
  );
}

/** 收文登记 (/incoming/new); ?distribution=<id> registers a copy signed for on 收文签收. */
export default function RegisterIncomingPage() {
  const t = useT();
  const phone = Grid.useBreakpoint().md === false;
  const distributionId = useSearchParams()[0].get('distribution');
  const prefill = usePrefill(distributionId);
  const ready = !distributionId || prefill.data;
  return (
    <Flex vertical gap={16}>
      <Link to={distributionId ? '/documents/receipts?tab=signed' : '/incoming'}>
        <LeftOutlined /> {t(distributionId ? 'documents.receipts.heading' : 'incoming.list.heading')}
      </Link>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('incoming.register.heading')}
      </Typography.Title>
      <Card styles={{ body: { padding: phone ? 12 : 24 } }} style={{ maxWidth: 960 }}>
        {prefill.error ? (
          <ErrorState error={prefill.error} onRetry={() => prefill.refetch()} />
        ) : !ready ? (
          <PageLoading />
        ) : (
          <Flex vertical gap={16}>
            {prefill.data && <PrefilledNote prefill={prefill.data} />}
            <RegistrationForm initial={prefill.data ? fromPrefill(prefill.data) : blankRegistration()} distributionId={distributionId ?? undefined} phone={phone} />
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
