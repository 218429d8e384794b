import { useEffect, useRef, useState } from 'react';
import { Button, Card, Flex, Result, Spin } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { meetingPath, meetingUrl } from '../api';

type Outcome = { topic: string; signedInAt: string; already: boolean; late: boolean };

/**
 * 扫码签到 (/m/signin/:id?token=…), opened on the phone from the QR code at the door: the logged-in
 * attendee is signed in at once (the shell sends a visitor to log in and back here first).
 */
export default function SignInPage() {
  const t = useT();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const sent = useRef(false);
  useEffect(() => {
    // Once per visit, also under React's double effects in development.
    if (sent.current) return;
    sent.current = true;
    post<Outcome>(meetingUrl(id, 'sign-in'), { token }).then(setOutcome, (err: Error) => setError(err.message));
  }, [id, token]);
  const back = (
    <Link to={meetingPath(id)}>
      <Button block>{t('meetings.signIn.openMeeting')}</Button>
    </Link>
  );
  return (
    <Flex justify="center" style={{ padding: '24px 0' }}>
      <Card style={{ width: '100%', maxWidth: 420 }} data-testid="sign-in-page">
        {!outcome && !error && (
          <Flex justify="center">
            <Spin />
          </Flex>
        )}
        {outcome && (
          <Result
            status="success"
            title={t(outcome.already ? 'meetings.signIn.already' : 'meetings.signIn.done')}
            subTitle={`${outcome.topic} · ${new Date(outcome.signedInAt).toLocaleTimeString()}${outcome.late ? ` · ${t('meetings.signIn.late')}` : ''}`}
            extra={back}
            data-testid="sign-in-done"
          />
        )}
        {error && <Result status="warning" title={t('meetings.signIn.failed')} subTitle={error} extra={back} data-testid="sign-in-failed" />}
      </Card>
    </Flex>
  );
}
