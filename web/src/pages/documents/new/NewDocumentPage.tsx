import { useState } from 'react';
import { Card, Col, Flex, Grid, Row, Spin, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { PageLoading } from '../../../components/PageLoading';
import { useShowError } from '../../org/shared/feedback';
import { useKinds, type Kind, type KindInfo } from '../api';
import '../documents.css';

/** The kinds drafted every week come first; the rest are rare in an office (公报, 令, 议案 …). */
const MAIN_KINDS: Kind[] = ['notice', 'request', 'report', 'letter', 'minutes', 'decision', 'opinion', 'reply'];

function KindTile({ kind, busy, onChoose }: { kind: KindInfo; busy: boolean; onChoose(): void }) {
  const t = useT();
  return (
    <Card
      hoverable
      size="small"
      role="button"
      tabIndex={0}
      aria-label={t('documents.new.draftKind', { name: kind.name })}
      data-testid={`kind-${kind.kind}`}
      className="tb-doc-kind"
      onClick={onChoose}
      onKeyDown={(e) => e.key === 'Enter' && onChoose()}
    >
      <Spin spinning={busy} size="small">
        <Flex vertical align="center" gap={4}>
          <span className="tb-doc-kind-name">{kind.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`documents.direction.${kind.direction}`)}
          </Typography.Text>
        </Flex>
      </Spin>
    </Card>
  );
}

function KindGrid({ kinds, busy, onChoose }: { kinds: KindInfo[]; busy: Kind | null; onChoose(kind: Kind): void }) {
  return (
    <Row gutter={[12, 12]}>
      {kinds.map((k) => (
        <Col key={k.kind} xs={8} sm={6} lg={4} xxl={3}>
          <KindTile kind={k} busy={busy === k.kind} onChoose={() => !busy && onChoose(k.kind)} />
        </Col>
      ))}
    </Row>
  );
}

/** 拟稿: choose the 文种; the draft starts from its template and opens on its 稿纸. */
export default function NewDocumentPage() {
  const t = useT();
  const navigate = useNavigate();
  const showError = useShowError();
  const phone = Grid.useBreakpoint().md === false;
  const kinds = useKinds();
  const [busy, setBusy] = useState<Kind | null>(null);
  if (kinds.error) return <ErrorState error={kinds.error} onRetry={() => kinds.refetch()} />;
  if (!kinds.data) return <PageLoading />;

  const create = async (kind: Kind) => {
    setBusy(kind);
    try {
      const { id } = await post<{ id: string }>('/api/documents', { kind });
      navigate(`/documents/${id}`);
    } catch (err) {
      showError(err);
      setBusy(null);
    }
  };
  const main = MAIN_KINDS.flatMap((k) => kinds.data.filter((d) => d.kind === k));
  const others = kinds.data.filter((d) => !MAIN_KINDS.includes(d.kind));
  const padding = { body: { padding: phone ? 12 : 16 } };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('documents.new.heading')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('documents.new.help')}</Typography.Text>
      <Card title={t('documents.new.common')} size="small" styles={padding}>
        <KindGrid kinds={main} busy={busy} onChoose={create} />
      </Card>
      {others.length > 0 && (
        <Card title={t('documents.new.others')} size="small" styles={padding}>
          <KindGrid kinds={others} busy={busy} onChoose={create} />
        </Card>
      )}
    </Flex>
  );
}
