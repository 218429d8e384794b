import { useState } from 'react';
import { Alert, Button, DatePicker, Descriptions, Flex, Form, Input, List, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { post, put } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { applyServerErrors } from '../../../components/formErrors';
import { DepartmentSelect } from '../../workflow/forms/DepartmentSelect';
import { PersonSelect } from '../../workflow/forms/PersonSelect';
import { meetingUrl, useMinutes, type MeetingView, type MinutesSections, type MinutesView } from '../api';
import { useMeetingCommand } from './useMeetingCommand';

const SECTIONS = ['time', 'place', 'chair', 'present', 'observers', 'recorder', 'topics', 'resolutions'] as const;
const LONG = new Set(['present', 'observers', 'topics', 'resolutions']);

interface Values {
  sections: MinutesSections;
  decisions: { content: string; ownerUserId?: string[]; departmentId?: string[]; deadline?: Dayjs }[];
}

/** The recorder's form: the template's sections and the decisions with owner, department and deadline. */
function MinutesForm({ m, minutes }: { m: MeetingView; minutes: MinutesView }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useMeetingCommand();
  const [error, setError] = useState<string | null>(null);
  const save = async (v: Values) => {
    setError(null);
    const body = {
      sections: v.sections,
      decisions: (v.decisions ?? []).map((d) => ({ content: d.content, ownerUserId: d.ownerUserId?.[0], departmentId: d.departmentId?.[0], deadline: d.deadline?.format('YYYY-MM-DD') })),
    };
    try {
      await put(meetingUrl(m.id, 'minutes'), body);
    } catch (err) {
      setError(applyServerErrors(form, err));
      throw err;
    }
  };
  // Circulating and publishing take the minutes as they stand on the screen.
  const saveAnd = async (action: 'circulate' | 'publish') => {
    // What is missing is shown on the form itself.
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    await run(action, async () => {
      await save(values);
      return post(meetingUrl(m.id, `minutes/${action}`));
    }, t(`meetings.minutes.${action}Done`));
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(v) => run('save', () => save(v), t('meetings.minutes.saved'))}
      initialValues={{
        sections: minutes.sections ?? undefined,
        decisions: minutes.decisions.map((d) => ({ content: d.content, ownerUserId: [d.ownerUserId], departmentId: [d.departmentId], deadline: dayjs(d.deadline) })),
      }}
      data-testid="minutes-form"
    >
      {SECTIONS.map((s) => (
        <Form.Item key={s} name={['sections', s]} label={t(`meetings.minutes.${s}`)}>
          {LONG.has(s) ? <Input.TextArea autoSize={{ minRows: 2, maxRows: 12 }} data-testid={`minutes-${s}`} /> : <Input />}
        </Form.Item>
      ))}
      <Typography.Title level={5}>{t('meetings.minutes.decisions')}</Typography.Title>
      <Form.List name="decisions">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12}>
            {fields.map((f, i) => (
              <Flex key={f.key} vertical gap={4} style={{ borderLeft: '3px solid #1677ff', paddingLeft: 8 }} data-testid="decision">
                <Flex justify="space-between">
                  <Typography.Text strong>{t('meetings.minutes.decisionN', { n: i + 1 })}</Typography.Text>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                </Flex>
                <Form.Item name={[f.name, 'content']} rules={[{ required: true, whitespace: true }]} style={{ marginBottom: 4 }}>
                  <Input.TextArea autoSize placeholder={t('meetings.minutes.decisionContent')} data-testid="decision-content" />
                </Form.Item>
                <Flex gap={8} wrap>
                  <Form.Item name={[f.name, 'ownerUserId']} rules={[{ required: true }]} style={{ flex: '1 1 140px', marginBottom: 4 }}>
                    <PersonSelect placeholder={t('meetings.minutes.owner')} onChange={(v) => form.setFieldValue(['decisions', f.name, 'ownerUserId'], v)} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'departmentId']} rules={[{ required: true }]} style={{ flex: '1 1 140px', marginBottom: 4 }}>
                    <DepartmentSelect placeholder={t('meetings.minutes.department')} onChange={(v) => form.setFieldValue(['decisions', f.name, 'departmentId'], v)} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'deadline']} rules={[{ required: true }]} style={{ flex: '1 1 140px', marginBottom: 4 }}>
                    <DatePicker placeholder={t('meetings.minutes.deadline')} style={{ width: '100%' }} data-testid="decision-deadline" />
                  </Form.Item>
                </Flex>
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ content: '' })} data-testid="add-decision" autoInsertSpace={false}>
              {t('meetings.minutes.addDecision')}
            </Button>
          </Flex>
        )}
      </Form.List>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      <Flex gap={8} wrap style={{ marginTop: 16 }}>
        <Button htmlType="submit" loading={busy === 'save'} data-testid="minutes-save" autoInsertSpace={false}>
          {t('meetings.minutes.save')}
        </Button>
        {minutes.status === 'draft' && (
          <Button loading={busy === 'circulate'} onClick={() => saveAnd('circulate')} autoInsertSpace={false}>
            {t('meetings.minutes.circulate')}
          </Button>
        )}
        <Button type="primary" loading={busy === 'publish'} onClick={() => saveAnd('publish')} data-testid="minutes-publish" autoInsertSpace={false}>
          {t('meetings.minutes.publish')}
        </Button>
      </Flex>
    </Form>
  );
}

/** What attendees read: the sections, the decisions (with their 督办 once published), the confirmations; their own confirm or comment. */
function MinutesReading({ m, minutes }: { m: MeetingView; minutes: MinutesView }) {
  const t = useT();
  const { busy, run } = useMeetingCommand();
  const [comment, setComment] = useState('');
  const reply = (confirmed: boolean) => run(confirmed ? 'confirm' : 'comment', () => post(meetingUrl(m.id, 'minutes/reply'), { confirmed, comment }), t('meetings.minutes.replied'));
  return (
    <Flex vertical gap={16}>
      <Descriptions column={1} size="small" bordered>
        {SECTIONS.map((s) => (
          <Descriptions.Item key={s} label={t(`meetings.minutes.${s}`)}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{minutes.sections?.[s] || '—'}</span>
          </Descriptions.Item>
        ))}
      </Descriptions>
      <List
        header={<Typography.Text strong>{t('meetings.minutes.decisions')}</Typography.Text>}
        dataSource={minutes.decisions}
        data-testid="decision-list"
        renderItem={(d, i) => (
          <List.Item>
            <Flex vertical gap={2}>
              <Typography.Text>
                {i + 1}. {d.content}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {d.owner} · {d.department} · {t('meetings.minutes.dueBy', { date: d.deadline })}
                {d.supervisionItemId && <Tag color="blue" style={{ marginLeft: 8 }}>{t('meetings.minutes.supervised')}</Tag>}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      {minutes.replies.length > 0 && (
        <Typography.Text type="secondary">
          {minutes.replies.map((r) => `${r.name}${r.confirmed ? t('meetings.minutes.confirmedMark') : `：${r.comment}`}`).join('；')}
        </Typography.Text>
      )}
      {minutes.can.reply && (
        <Flex vertical gap={8}>
          <Input.TextArea value={comment} onChange={(e) => setComment(e.target.value)} placeholder={t('meetings.minutes.commentPlaceholder')} maxLength={2000} autoSize />
          <Flex gap={8}>
            <Button type="primary" loading={busy === 'confirm'} onClick={() => reply(true)} autoInsertSpace={false}>
              {t('meetings.minutes.confirm')}
            </Button>
            <Button disabled={!comment.trim()} loading={busy === 'comment'} onClick={() => reply(false)} autoInsertSpace={false}>
              {t('meetings.minutes.comment')}
            </Button>
          </Flex>
        </Flex>
      )}
    </Flex>
  );
}

/** 纪要与决议: due within 24 h after the meeting; the recorder writes, attendees confirm, publishing hands the decisions to 督办. */
export function MinutesTab({ m }: { m: MeetingView }) {
  const t = useT();
  const minutes = useMinutes(m.id);
  if (minutes.error) return <ErrorState error={minutes.error} onRetry={() => minutes.refetch()} />;
  if (!minutes.data) return null;
  const data = minutes.data;
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center" wrap>
        <Tag color={data.status === 'published' ? 'green' : 'default'} data-testid="minutes-status">{t(`meetings.minutes.status.${data.status}`)}</Tag>
        <Typography.Text type="secondary">{t('meetings.minutes.due', { time: dayjs(data.dueAt).format('YYYY-MM-DD HH:mm') })}</Typography.Text>
      </Flex>
      {data.status === 'none' ? null : data.can.edit ? <MinutesForm key={data.status} m={m} minutes={data} /> : <MinutesReading m={m} minutes={data} />}
    </Flex>
  );
}
