import { useParams } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { PageLoading } from '../../../components/PageLoading';
import { useMeeting } from '../api';
import { MeetingForm } from './MeetingForm';

/** 修改会议 (/meetings/:id/edit): the form filled from the meeting. */
export default function EditMeetingPage() {
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  if (meeting.error) return <ErrorState error={meeting.error} onRetry={() => meeting.refetch()} />;
  if (!meeting.data) return <PageLoading />;
  return <MeetingForm key={meeting.data.id} meeting={meeting.data} />;
}
