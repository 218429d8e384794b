import { useState } from 'react';
import { App, Button, Card, Collapse, Flex, Input, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { PageLoading } from '../../../components/PageLoading';
import { FlowCanvas } from '../designer';
import { FormRenderer, type FormValues } from '../forms';
import { newKey, postOnce, refreshWorkflow, useStartForm, type StartForm } from '../api';
import { BottomBar } from '../instance/BottomBar';
import { ChooseAssignees, missingChoices, type Chosen } from './ChooseAssignees';
import { FlowIcon } from './FlowIcon';

/** 发起审批 of one flow: its form with the start step's field rights, the people to choose, 提交 and 保存草稿. */
export default function StartFormPage() {
  const { definitionId = '' } = useParams();
  const startForm = useStartForm(definitionId);
  if (startForm.error) return <ErrorState error={startForm.error} onRetry={() => startForm.refetch()} />;
  if (!startForm.data) return <PageLoading />;
  return <StartFormBody data={startForm.data} />;
}

function StartFormBody({ data }: { data: StartForm }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const flowKey = data.key;
  const resolveName = (id: string) => data.names[id];
  const [title, setTitle] = useState('');
  const [values, setValues] = useState<FormValues>({});
  const [chosen, setChosen] = useState<Chosen>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<'submit' | 'draft' | null>(null);
  // One key per button for the life of the page: a retry after a lost reply starts nothing twice.
  const [keys] = useState(() => ({ submit: newKey(), draft: newKey() }));

  const send = async (mode: 'submit' | 'draft') => {
    const missing = mode === 'submit' ? missingChoices(data.chooseSteps, chosen, t('workflow.choose.required')) : {};
    setErrors(missing);
    if (Object.keys(missing).length) return;
    setBusy(mode);
    try {
      const body = { definitionId: data.id, title: title.trim() || undefined, form: values, chosenAssignees: chosen, draft: mode === 'draft' || undefined };
      const result = await postOnce<{ id: string }>('/api/workflow/instances', body, keys[mode]);
      await refreshWorkflow(client);
      message.success(t(mode === 'draft' ? 'workflow.start.drafted' : 'workflow.start.submitted'));
      navigate(`/workflow/instances/${result.id}`, { replace: true });
    } catch (err) {
      if (err instanceof ApiError) setErrors(err.fields);
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Flex gap={12} align="center">
        <FlowIcon flowKey={flowKey} name={data.name} size={40} />
        <Flex vertical style={{ minWidth: 0 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {data.name}
          </Typography.Title>
          {data.description && <Typography.Text type="secondary">{data.description}</Typography.Text>}
        </Flex>
      </Flex>
      <Card>
        <Typography.Text strong>{t('workflow.start.title')}</Typography.Text>
        <Input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={120}
          placeholder={t('workflow.start.titlePlaceholder')}
          style={{ margin: '8px 0 20px' }}
        />
        <FormRenderer definition={data.form} value={values} onChange={setValues} rights={data.rights} errors={errors} mode="edit" />
        <ChooseAssignees steps={data.chooseSteps} value={chosen} onChange={setChosen} errors={errors} />
      </Card>
      <Collapse
        items={[{ key: 'flow', label: t('workflow.instance.flow'), children: <FlowCanvas tree={data.tree} readOnly form={data.form} resolveName={resolveName} /> }]}
      />
      <BottomBar>
        <Button onClick={() => send('draft')} loading={busy === 'draft'} disabled={!!busy}>
          {t('workflow.start.saveDraft')}
        </Button>
        <Button type="primary" onClick={() => send('submit')} loading={busy === 'submit'} disabled={!!busy} autoInsertSpace={false}>
          {t('workflow.btn.submit')}
        </Button>
      </BottomBar>
    </Flex>
  );
}
