import { Col, Flex, Grid, Row } from 'antd';
import { LeftOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useT } from '../../../../app/i18n';
import { ErrorState } from '../../../../components/ErrorState';
import { PageLoading } from '../../../../components/PageLoading';
import { needsSecondFactor } from '../../api';
import { SecondFactorCard } from '../../paper/SecondFactorCard';
import { useIncoming, type IncomingView } from '../api';
import { CirculationCard } from '../../circulation/CirculationCard';
import { OpinionsCard } from './OpinionsCard';
import { ProgressCard } from './ProgressCard';
import { RegistrationFacts } from './RegistrationFacts';
import { SheetHeader } from './SheetHeader';
import { TaskCard } from './TaskCard';

function BackLink() {
  const t = useT();
  return (
    <Link to="/incoming">
      <LeftOutlined /> {t('incoming.list.heading')}
    </Link>
  );
}

/** The 收文处理单 (/incoming/:id): a 秘密+ one asks for the second factor first. */
export default function IncomingSheetPage() {
  const { id = '' } = useParams();
  const query = useIncoming(id);
  if (needsSecondFactor(query.error)) return <SecondFactorCard back={<BackLink />} />;
  if (query.error && !query.data) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (!query.data) return <PageLoading />;
  const doc = query.data;
  // A new step starts its forms afresh from the 收文 as it now is.
  return <Sheet key={`${doc.id}:${doc.status}:${doc.myTask?.taskId ?? ''}`} doc={doc} />;
}

/**
 * Header, then the document (registration, scans) and its 办理意见 beside the caller's step and the
 * 办理进展. Narrower, one column read from the top as on paper: the document, the opinions so far,
 * one's own step. The tree is the same at every width, so turning a phone keeps what was typed.
 */
function Sheet({ doc }: { doc: IncomingView }) {
  const phone = Grid.useBreakpoint().md === false;
  const gap = phone ? 12 : 16;
  return (
    <Flex vertical gap={gap}>
      <BackLink />
      <SheetHeader doc={doc} phone={phone} />
      <Row gutter={[16, gap]} align="top">
        <Col xs={24} xl={14}>
          <Flex vertical gap={gap}>
            <RegistrationFacts doc={doc} phone={phone} />
            <OpinionsCard doc={doc} phone={phone} />
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={gap}>
            <TaskCard doc={doc} phone={phone} />
            <ProgressCard doc={doc} phone={phone} />
            <CirculationCard documentId={doc.id} phone={phone} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
