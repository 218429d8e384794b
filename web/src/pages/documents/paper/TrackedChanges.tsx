import { Skeleton, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { useComparison, type DocumentView } from '../api';
import { BodyView } from './BodyView';
import { DiffText } from './DiffText';

/** The body with every change since the first revision marked: what the reader toggles to from 清稿. */
export function TrackedChanges({ doc }: { doc: DocumentView }) {
  const t = useT();
  const query = useComparison(doc.id, 1, doc.revision);
  if (doc.revision === 1)
    return (
      <>
        <Typography.Paragraph type="secondary">{t('documents.body.firstRevision')}</Typography.Paragraph>
        <BodyView html={doc.body} />
      </>
    );
  if (query.error) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (!query.data) return <Skeleton active paragraph={{ rows: 6 }} />;
  return (
    <>
      <Typography.Paragraph type="secondary">{t('documents.body.trackedSince', { revision: doc.revision })}</Typography.Paragraph>
      <div className="tb-doc-paper">
        <DiffText parts={query.data.body} from={1} to={doc.revision} />
      </div>
    </>
  );
}
