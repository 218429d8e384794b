import { useParams } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { PageLoading } from '../../../components/PageLoading';
import { useDefinition } from '../api';
import { FlowEditor } from './FlowEditor';
import '../i18n';

/** /flows/:id — loads the flow, then hands it to the editor (a fresh editor for each flow). */
export default function FlowEditorPage() {
  const { id = '' } = useParams();
  const flow = useDefinition(id);
  // A failed refresh keeps the data it had: the editor (and its unsaved changes) stays.
  if (flow.data) return <FlowEditor key={flow.data.id} detail={flow.data} />;
  if (flow.isError) return <ErrorState error={flow.error} onRetry={() => flow.refetch()} />;
  return <PageLoading />;
}
