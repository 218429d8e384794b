import { MeetingForm } from './MeetingForm';

/** 申请会议 (/meetings/new). */
export default function ApplyMeetingPage() {
  return <MeetingForm />;
}
