import { Col, Row, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import type { DiffPart } from '../api';

function Part({ part }: { part: DiffPart }) {
  const t = useT();
  if (part.type === 'insert') return <ins title={t('documents.diff.inserted')}>{part.text}</ins>;
  if (part.type === 'delete') return <del title={t('documents.diff.deleted')}>{part.text}</del>;
  return <>{part.text}</>;
}

/** The parts in reading order; the body's blocks are separated by line breaks, kept as such. */
function Parts({ parts }: { parts: DiffPart[] }) {
  return (
    <div className="tb-doc-diff" data-testid="diff">
      {parts.map((p, i) => (
        <Part key={i} part={p} />
      ))}
    </div>
  );
}

/**
 * A comparison of two revisions: inline (insertions underlined green, deletions struck through red),
 * or side by side (the older text with its deletions, the newer with its insertions).
 */
export function DiffText({ parts, sideBySide = false, from, to }: { parts: DiffPart[]; sideBySide?: boolean; from: number; to: number }) {
  const t = useT();
  if (!sideBySide) return <Parts parts={parts} />;
  return (
    <Row gutter={[16, 12]}>
      {[
        { revision: from, parts: parts.filter((p) => p.type !== 'insert') },
        { revision: to, parts: parts.filter((p) => p.type !== 'delete') },
      ].map((side) => (
        <Col key={side.revision} xs={24} md={12}>
          <Typography.Text type="secondary">{t('documents.revision.nth', { revision: side.revision })}</Typography.Text>
          <Parts parts={side.parts} />
        </Col>
      ))}
    </Row>
  );
}
