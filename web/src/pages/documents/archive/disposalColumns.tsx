import { Flex, type TableColumnsType } from 'antd';
import type { T } from '../../../app/i18n';
import { formatTime } from '../../workflow/labels';
import { SecretTag } from '../labels';
import type { Disposal } from './api';
import { DisposalActions } from './DisposalActions';
import { DisposalKindTag, DisposalStatusTag } from './labels';

const person = (name: string | null, time: string | null) => (name ? `${name} ${formatTime(time)}` : '—');

export function disposalColumns(t: T, onRecord: (row: Disposal) => void): TableColumnsType<Disposal> {
  return [
    { title: t('archive.field.docNo'), dataIndex: 'docNo', width: 180, render: (v: string) => v || '—' },
    {
      title: t('archive.field.title'),
      key: 'title',
      render: (_, d) => (
        <Flex gap={6} align="center" wrap>
          {d.title}
          <SecretTag level={d.secretLevel} />
        </Flex>
      ),
    },
    { title: t('archive.disposal.kindLabel'), dataIndex: 'kind', width: 80, render: (_, d) => <DisposalKindTag kind={d.kind} /> },
    { title: t('documents.field.status'), dataIndex: 'status', width: 90, render: (_, d) => <DisposalStatusTag status={d.status} /> },
    { title: t('archive.record.requested'), key: 'requested', width: 170, render: (_, d) => person(d.requestedBy, d.requestedAt) },
    { title: t('archive.disposal.executedColumn'), key: 'executed', width: 170, render: (_, d) => person(d.executedBy, d.executedAt) },
    { title: t('admin.actions'), key: 'actions', width: 190, render: (_, d) => <DisposalActions row={d} onRecord={onRecord} /> },
  ];
}
