import { Button, Card, DatePicker, Flex, Form, Grid, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { useShowError } from '../../org/shared/feedback';
import { DepartmentSelect } from '../../workflow/forms/DepartmentSelect';
import { PersonSelect } from '../../workflow/forms/PersonSelect';
import { itemPath, useRefresh } from '../api';

interface Values {
  kind: 'item' | 'rectification';
  source: 'instruction' | 'manual';
  title: string;
  content?: string;
  leadDepartmentId: string[];
  coDepartmentIds?: string[];
  ownerUserId: string[];
  deadline: Dayjs;
  milestones?: { title: string; dueOn: Dayjs }[];
  reportSchedule: 'none' | 'weekly' | 'workdays';
  reportInterval?: number;
}

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** 督办立项: a 督查员 enters an item (or 整改) with its owner, deadline, milestones and report schedule. */
export default function NewItemPage() {
  const t = useT();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md === false;
  const [form] = Form.useForm<Values>();
  // 新增整改 from an item's page: a rectification item under it.
  const parentId = useSearchParams()[0].get('parent');
  const refresh = useRefresh();
  const showError = useShowError();
  const schedule = Form.useWatch('reportSchedule', form);
  const create = useMutation({
    mutationFn: (v: Values) =>
      post<{ id: string }>('/api/supervision/items', {
        kind: v.kind,
        ...(parentId ? { parentId } : {}),
        source: v.source,
        title: v.title,
        content: v.content ?? '',
        leadDepartmentId: v.leadDepartmentId[0],
        coDepartmentIds: v.coDepartmentIds ?? [],
        ownerUserId: v.ownerUserId[0],
        deadline: day(v.deadline),
        milestones: (v.milestones ?? []).map((m) => ({ title: m.title, dueOn: day(m.dueOn) })),
        reportSchedule: v.reportSchedule,
        ...(v.reportSchedule === 'workdays' ? { reportInterval: v.reportInterval ?? 5 } : {}),
      }),
    onSuccess: async ({ id }) => {
      await refresh();
      navigate(itemPath(id));
    },
    onError: (err) => showError(err, form),
  });
  const required = { required: true, message: t('supervision.form.required') };
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('supervision.new.heading')}
      </Typography.Title>
      <Card styles={{ body: { padding: phone ? 12 : 24 } }} style={{ maxWidth: 760 }}>
        <Form<Values> form={form} layout="vertical" initialValues={{ kind: parentId ? 'rectification' : 'item', source: 'manual', reportSchedule: 'weekly', reportInterval: 5 }} onFinish={(v) => create.mutate(v)}>
          <Flex gap={16} wrap>
            <Form.Item name="kind" label={t('supervision.field.kind')}>
              <Radio.Group optionType="button" options={(['item', 'rectification'] as const).map((k) => ({ value: k, label: t(`supervision.kind.${k}`) }))} />
            </Form.Item>
            <Form.Item name="source" label={t('supervision.field.source')}>
              <Radio.Group optionType="button" options={(['manual', 'instruction'] as const).map((s) => ({ value: s, label: t(`supervision.source.${s}`) }))} />
            </Form.Item>
          </Flex>
          <Form.Item name="title" label={t('supervision.field.title')} rules={[{ ...required, whitespace: true }]}>
            <Input maxLength={200} data-testid="new-title" />
          </Form.Item>
          <Form.Item name="content" label={t('supervision.field.content')}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={4000} />
          </Form.Item>
          <Form.Item name="leadDepartmentId" label={t('supervision.field.leadDepartment')} rules={[required]}>
            <DepartmentSelect onChange={(v) => form.setFieldValue('leadDepartmentId', v)} />
          </Form.Item>
          <Form.Item name="coDepartmentIds" label={t('supervision.field.coDepartments')}>
            <DepartmentSelect multiple onChange={(v) => form.setFieldValue('coDepartmentIds', v)} />
          </Form.Item>
          <Form.Item name="ownerUserId" label={t('supervision.field.owner')} rules={[required]}>
            <PersonSelect onChange={(v) => form.setFieldValue('ownerUserId', v)} />
          </Form.Item>
          <Form.Item name="deadline" label={t('supervision.field.deadline')} rules={[required]}>
            <DatePicker style={{ width: '100%' }} inputReadOnly disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="new-deadline" />
          </Form.Item>
          <Form.Item label={t('supervision.field.milestones')}>
            <Form.List name="milestones">
              {(fields, { add, remove }) => (
                <Flex vertical gap={8}>
                  {fields.map((f) => (
                    <Flex key={f.key} gap={8} align="start">
                      <Form.Item name={[f.name, 'title']} rules={[{ ...required, whitespace: true }]} style={{ flex: 2, margin: 0 }}>
                        <Input placeholder={t('supervision.new.milestoneTitle')} maxLength={100} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'dueOn']} rules={[required]} style={{ flex: 1, margin: 0 }}>
                        <DatePicker placeholder={t('supervision.new.milestoneDue')} inputReadOnly style={{ width: '100%' }} />
                      </Form.Item>
                      <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label="remove" />
                    </Flex>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} block={phone} autoInsertSpace={false}>
                    {t('supervision.new.addMilestone')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Form.Item>
          <Flex gap={16} wrap>
            <Form.Item name="reportSchedule" label={t('supervision.field.reportSchedule')} style={{ minWidth: 200 }}>
              <Select
                options={[
                  { value: 'none', label: t('supervision.schedule.none') },
                  { value: 'weekly', label: t('supervision.schedule.weekly') },
                  { value: 'workdays', label: t('supervision.schedule.workdaysOption') },
                ]}
              />
            </Form.Item>
            {schedule === 'workdays' && (
              <Form.Item name="reportInterval" label={t('supervision.field.reportInterval')}>
                <InputNumber min={1} max={60} />
              </Form.Item>
            )}
          </Flex>
          <Button type="primary" htmlType="submit" loading={create.isPending} block={phone} autoInsertSpace={false} data-testid="new-submit">
            {t('supervision.new.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
