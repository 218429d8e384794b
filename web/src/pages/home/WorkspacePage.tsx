import { useState } from 'react';
import { App, Button, Col, Empty, Flex, Row, Select, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMe } from '../../app/auth';
import { useT } from '../../app/i18n';
import { ErrorState } from '../../components/ErrorState';
import { PageLoading } from '../../components/PageLoading';
import { WidgetCard } from './WidgetCard';
import { useWorkspace } from './useWorkspace';
import { isKnownWidget, widgetRegistry } from './widgets/registry';
import './i18n';

/** 工作台: the person's widgets, which they add, remove and reorder in edit mode. */
export default function WorkspacePage() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const { query, save } = useWorkspace();
  const [draft, setDraft] = useState<string[] | null>(null);

  if (query.error) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (!query.data) return <PageLoading />;

  const editing = draft !== null;
  const ids = (draft ?? query.data.widgets).filter(isKnownWidget);
  const addable = query.data.available.filter((w) => isKnownWidget(w.id) && !ids.includes(w.id));

  const move = (index: number, delta: -1 | 1) => {
    const next = [...ids];
    [next[index], next[index + delta]] = [next[index + delta]!, next[index]!];
    setDraft(next);
  };
  const submit = () =>
    save.mutate(ids, {
      onSuccess: () => {
        setDraft(null);
        message.success(t('home.saved'));
      },
      onError: (err) => message.error(err.message),
    });

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('home.greeting', { name: me.person?.name ?? me.user.displayName })}
        </Typography.Title>
        {editing ? (
          <Flex gap={8} wrap>
            <Select
              value={null}
              placeholder={<><PlusOutlined /> {t('home.addPlaceholder')}</>}
              aria-label={t('home.add')}
              style={{ minWidth: 200 }}
              options={addable.map((w) => ({ value: w.id, label: t(widgetRegistry[w.id]!.titleKey) }))}
              onChange={(id: string) => setDraft([...ids, id])}
              disabled={!addable.length}
            />
            <Button onClick={() => setDraft(null)}>{t('home.cancel')}</Button>
            <Button type="primary" loading={save.isPending} onClick={submit}>
              {t('home.save')}
            </Button>
          </Flex>
        ) : (
          <Button icon={<EditOutlined />} onClick={() => setDraft(query.data.widgets.filter(isKnownWidget))}>
            {t('home.edit')}
          </Button>
        )}
      </Flex>
      {ids.length === 0 ? (
        <Empty description={t('home.empty')} />
      ) : (
        <Row gutter={[16, 16]}>
          {ids.map((id, i) => (
            <Col key={id} xs={24} lg={12} xxl={8}>
              <WidgetCard
                id={id}
                def={widgetRegistry[id]!}
                editing={editing}
                first={i === 0}
                last={i === ids.length - 1}
                onMove={(delta) => move(i, delta)}
                onRemove={() => setDraft(ids.filter((x) => x !== id))}
              />
            </Col>
          ))}
        </Row>
      )}
    </Flex>
  );
}
