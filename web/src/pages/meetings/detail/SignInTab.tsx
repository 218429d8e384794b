import { useState } from 'react';
import { Button, Card, Checkbox, Flex, QRCode, Statistic, Typography } from 'antd';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { meetingUrl, useAttendance, useSignInCode, type MeetingView } from '../api';
import { useMeetingCommand } from './useMeetingCommand';

/** 签到: the figures; for the organiser the door's QR code (its token changes every 30 s); for the clerk signing in by hand. */
export function SignInTab({ m }: { m: MeetingView }) {
  const t = useT();
  const figures = useAttendance(m.id);
  const code = useSignInCode(m.id, m.can.signInQr);
  const { busy, run } = useMeetingCommand();
  const [chosen, setChosen] = useState<string[]>([]);
  const absent = m.attendees.filter((a) => !a.signedInAt && (a.reply === 'pending' || a.reply === 'accepted'));
  const signIn = () => run('manual', () => post(meetingUrl(m.id, 'sign-in/manual'), { userIds: chosen })).then(() => setChosen([]));
  return (
    <Flex vertical gap={16}>
      <Flex gap={24} wrap data-testid="attendance">
        {(['expected', 'signed', 'absent', 'late'] as const).map((k) => (
          <Statistic key={k} title={t(`meetings.attendance.${k}`)} value={figures.data?.[k] ?? '—'} />
        ))}
      </Flex>
      {m.can.signInQr && code.data && (
        <Card size="small" style={{ alignSelf: 'flex-start' }}>
          <Flex vertical align="center" gap={8}>
            <QRCode value={code.data.url} size={220} data-testid="sign-in-qr" />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('meetings.signIn.qrHelp')}
            </Typography.Text>
            <Typography.Text copyable={{ text: code.data.url }} style={{ fontSize: 12 }} data-testid="sign-in-url">
              {t('meetings.signIn.copyLink')}
            </Typography.Text>
          </Flex>
        </Card>
      )}
      {m.can.signInByHand && absent.length > 0 && (
        <Flex vertical gap={8}>
          <Typography.Text strong>{t('meetings.signIn.byHand')}</Typography.Text>
          <Checkbox.Group value={chosen} onChange={(v) => setChosen(v as string[])} options={absent.map((a) => ({ value: a.userId, label: a.name }))} />
          <Button size="small" disabled={!chosen.length} loading={busy === 'manual'} onClick={signIn} style={{ alignSelf: 'flex-start' }} autoInsertSpace={false}>
            {t('meetings.signIn.signChosen')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
