import { useState } from 'react';
import { Button, Flex, Modal, Typography } from 'antd';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { PersonSelect } from '../../workflow/forms/PersonSelect';
import { meetingUrl, type MeetingView } from '../api';
import { ReplyTag } from '../labels';
import { useMeetingCommand } from './useMeetingCommand';

/** 我的回复: accept, decline, or delegate my place to someone else. */
export function ReplyBar({ m }: { m: MeetingView }) {
  const t = useT();
  const { busy, run } = useMeetingCommand();
  const [delegating, setDelegating] = useState(false);
  const [to, setTo] = useState<string[]>([]);
  if (!m.myReply) return null;
  const reply = (body: Record<string, unknown>) => run(String(body.reply), () => post(meetingUrl(m.id, 'reply'), body), t('meetings.reply.sent'));
  return (
    <Flex gap={8} align="center" wrap data-testid="reply-bar">
      <Typography.Text type="secondary">{t('meetings.field.myReply')}</Typography.Text>
      <ReplyTag reply={m.myReply} />
      {m.can.reply && (
        <>
          <Button type="primary" size="small" loading={busy === 'accepted'} onClick={() => reply({ reply: 'accepted' })} data-testid="reply-accept" autoInsertSpace={false}>
            {t('meetings.reply.accept')}
          </Button>
          <Button size="small" loading={busy === 'declined'} onClick={() => reply({ reply: 'declined' })} autoInsertSpace={false}>
            {t('meetings.reply.decline')}
          </Button>
          <Button size="small" onClick={() => setDelegating(true)} autoInsertSpace={false}>
            {t('meetings.reply.delegate')}
          </Button>
        </>
      )}
      <Modal
        open={delegating}
        title={t('meetings.reply.delegateTitle')}
        okButtonProps={{ disabled: !to.length, loading: busy === 'delegated' }}
        onOk={async () => {
          if ((await reply({ reply: 'delegated', toUserId: to[0] })) !== undefined) setDelegating(false);
        }}
        onCancel={() => setDelegating(false)}
      >
        <PersonSelect value={to} onChange={(v) => setTo(v ?? [])} />
      </Modal>
    </Flex>
  );
}
