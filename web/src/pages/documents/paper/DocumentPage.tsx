import { useState } from 'react';
import { Card, Col, Flex, Grid, Row } from 'antd';
import { LeftOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { PageLoading } from '../../../components/PageLoading';
import { FlowPanel } from '../../workflow/instance/FlowPanel';
import { OpinionTimeline } from '../../workflow/instance/OpinionTimeline';
import { needsSecondFactor, useDocument, type DocumentView } from '../api';
import { AnnotationsPanel } from './AnnotationsPanel';
import { AttachmentsCard } from './AttachmentsCard';
import type { Anchor } from './blocks';
import { BodySection, initialMode, type BodyMode } from './BodySection';
import { DocumentActions } from './DocumentActions';
import { DistributionBoard } from './DistributionBoard';
import { CirculationCard } from '../circulation/CirculationCard';
import { DocumentHeader } from './DocumentHeader';
import { HandlingPanel } from './handling/HandlingPanel';
import { ArchiveCard } from '../archive/ArchiveCard';
import { PaperFields } from './PaperFields';
import { PaperToolbar } from './PaperToolbar';
import { RevisionsPanel } from './RevisionsPanel';
import { SecondFactorCard } from './SecondFactorCard';
import { useDraft } from './useDraft';
import '../documents.css';

/**
 * The 稿纸 of one document: header, the work of the caller's step (编号, 用印排版, 分发, 归档) and
 * the 分发情况, the paper form and body, 批注, 修改痕迹, the flow and the actions.
 */
export default function DocumentPage() {
  const { id = '' } = useParams();
  const query = useDocument(id);
  // Asked even over the document on screen: a save that made it classified, or ten minutes gone by.
  if (needsSecondFactor(query.error)) return <SecondFactorCard back={<BackLink />} />;
  if (query.error && !query.data) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (!query.data) return <PageLoading />;
  const doc = query.data;
  // A save or an action elsewhere starts the page afresh from the document as it now is.
  return <Paper key={`${doc.id}:${doc.updatedAt}:${doc.flow?.instance.lockVersion ?? 0}`} doc={doc} />;
}

function BackLink() {
  const t = useT();
  return (
    <Link to="/documents">
      <LeftOutlined /> {t('documents.list.heading')}
    </Link>
  );
}

function Paper({ doc }: { doc: DocumentView }) {
  const t = useT();
  const phone = Grid.useBreakpoint().md === false;
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  const [mode, setMode] = useState<BodyMode>(() => initialMode(doc));
  const draft = useDraft(doc, setAnchor);
  const padding = { body: { padding: phone ? 12 : 24 } };

  const paper = (
    <Card title={t('documents.paper.heading', { kind: doc.kindName })} styles={padding} data-testid="paper">
      <Flex vertical gap={16}>
        {doc.can.edit && <PaperToolbar draft={draft} editing={mode === 'edit'} />}
        <PaperFields doc={doc} values={draft.values} onChange={doc.can.edit ? draft.change : undefined} errors={draft.errors} phone={phone} />
        <BodySection doc={doc} draft={draft} mode={mode} onMode={setMode} anchor={anchor} onSelect={setAnchor} />
      </Flex>
    </Card>
  );
  const flow = doc.flow && <FlowPanel view={doc.flow} phone={phone} />;
  const timeline = doc.flow && (
    <Card title={t('workflow.instance.trace')} size="small" styles={{ body: { padding: phone ? '16px 12px 0' : '24px 24px 0' } }}>
      <OpinionTimeline view={doc.flow} />
    </Card>
  );
  const side = (
    <>
      <CirculationCard documentId={doc.id} phone={phone} />
      <AttachmentsCard doc={doc} phone={phone} />
      <AnnotationsPanel doc={doc} phone={phone} />
      <RevisionsPanel doc={doc} phone={phone} />
    </>
  );

  return (
    <Flex vertical gap={phone ? 12 : 16}>
      <BackLink />
      <DocumentHeader doc={doc} phone={phone} />
      <HandlingPanel doc={doc} phone={phone} />
      <ArchiveCard doc={doc} phone={phone} />
      {doc.distributedAt && <DistributionBoard doc={doc} phone={phone} />}
      {phone ? (
        <>
          {paper}
          {side}
          {flow}
          {timeline}
        </>
      ) : (
        <Row gutter={[16, 16]} align="top">
          <Col xs={24} xl={16}>
            <Flex vertical gap={16}>
              {paper}
              {flow}
            </Flex>
          </Col>
          <Col xs={24} xl={8}>
            <Flex vertical gap={16}>
              {side}
              {timeline}
            </Flex>
          </Col>
        </Row>
      )}
      <DocumentActions doc={doc} draft={draft} />
    </Flex>
  );
}
