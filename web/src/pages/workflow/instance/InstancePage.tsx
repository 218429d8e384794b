import { useState } from 'react';
import { Card, Col, Flex, Grid, Row } from 'antd';
import { LeftOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { PageLoading } from '../../../components/PageLoading';
import { FormRenderer, type FieldRight, type FormValues } from '../forms';
import { useInstance, type InstanceView } from '../api';
import type { Action } from './actions';
import { ActionBar } from './ActionBar';
import { FlowPanel } from './FlowPanel';
import { InstanceHeader } from './InstanceHeader';
import { OpinionTimeline } from './OpinionTimeline';

/** The rights to edit the form with now, or null when this person only reads it. */
function editRights(view: InstanceView): Record<string, FieldRight> | null {
  if (view.abilities.submit) return view.tree.fieldRights ?? {};
  if (!view.myTask) return null;
  return Object.values(view.rights).some((r) => r === 'editable' || r === 'required') ? view.rights : null;
}

/** An instance: header, form, flow drawing, opinion timeline, and the actions this person may take. */
export default function InstancePage() {
  const { id = '' } = useParams();
  const query = useInstance(id);
  if (query.error && !query.data) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (!query.data) return <PageLoading />;
  // A new version (someone acted) starts the page afresh with the values as they now are.
  return <InstanceBody key={`${query.data.instance.id}:${query.data.instance.lockVersion}`} view={query.data} />;
}

function InstanceBody({ view }: { view: InstanceView }) {
  const t = useT();
  const phone = Grid.useBreakpoint().md === false;
  const [values, setValues] = useState<FormValues>(view.values);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const rights = editRights(view);

  const formFor = (action: Action): Record<string, unknown> => {
    if (action === 'submit' || action === 'resubmit') return values;
    if ((action === 'approve' || action === 'handle') && rights)
      return Object.fromEntries(Object.entries(rights).filter(([, r]) => r === 'editable' || r === 'required').map(([f]) => [f, values[f]]));
    return {};
  };

  const form = (
    <Card title={t('workflow.instance.form')} styles={{ body: { padding: phone ? 12 : 24 } }}>
      <FormRenderer
        definition={view.form}
        value={rights ? values : view.values}
        onChange={rights ? setValues : undefined}
        rights={rights ?? view.rights}
        errors={errors}
        mode={rights ? 'edit' : 'view'}
      />
    </Card>
  );
  const timeline = (
    <Card title={t('workflow.instance.trace')} styles={{ body: { padding: phone ? '16px 12px 0' : '24px 24px 0' } }}>
      <OpinionTimeline view={view} />
    </Card>
  );

  return (
    <Flex vertical gap={phone ? 12 : 16}>
      <Link to="/workflow">
        <LeftOutlined /> {t('workflow.inbox.heading')}
      </Link>
      <InstanceHeader view={view} phone={phone} />
      {phone ? (
        <>
          {form}
          <FlowPanel view={view} phone />
          {timeline}
        </>
      ) : (
        <Row gutter={[16, 16]} align="top">
          <Col xs={24} xl={15}>
            <Flex vertical gap={16}>
              {form}
              <FlowPanel view={view} phone={false} />
            </Flex>
          </Col>
          <Col xs={24} xl={9}>
            {timeline}
          </Col>
        </Row>
      )}
      <ActionBar view={view} formFor={formFor} onFormErrors={setErrors} />
    </Flex>
  );
}
