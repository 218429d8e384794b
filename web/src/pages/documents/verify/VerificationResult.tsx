import { Descriptions, Flex, Result, Tag } from 'antd';
import { MinusCircleOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { formatTime } from '../../workflow/labels';
import type { Verification } from '../api';

type SealCheck = Verification['seals'][number];

/** intact: green, altered: red, unsigned: grey. */
const RESULT_STATUS = { intact: 'success', altered: 'error' } as const;

/** One seal found in the file: whether its signature still covers the file, who signed with it, and whether the key is registered here. */
function SealFacts({ seal }: { seal: SealCheck }) {
  const t = useT();
  const items = [
    { key: 'status', label: t('documents.verify.sealStatus'), children: <Tag color={seal.status === 'intact' ? 'green' : 'red'}>{t(`documents.verify.seal.${seal.status}`)}</Tag> },
    { key: 'seal', label: t('documents.verify.sealName'), children: `${seal.unit}${seal.sealName}` },
    { key: 'signer', label: t('documents.verify.signer'), children: seal.signer },
    { key: 'signedAt', label: t('documents.verify.signedAt'), children: formatTime(seal.signedAt) },
    {
      key: 'registered',
      label: t('documents.verify.registered'),
      children: seal.registered ? <Tag color="green">{t('documents.verify.registeredYes')}</Tag> : <Tag color="orange">{t('documents.verify.registeredNo')}</Tag>,
    },
  ];
  return <Descriptions size="small" bordered column={1} items={items} />;
}

/** The outcome of a check, in colour, and the seals found. */
export function VerificationResult({ result, fileName }: { result: Verification; fileName: string }) {
  const t = useT();
  const grey = result.status === 'unsigned' ? { icon: <MinusCircleOutlined style={{ color: '#8c8c8c' }} /> } : { status: RESULT_STATUS[result.status] };
  return (
    <Flex vertical gap={12} data-testid="verification">
      <Result {...grey} title={t(`documents.verify.result.${result.status}`)} subTitle={fileName} style={{ padding: '16px 0' }} />
      {result.seals.map((s, i) => (
        <SealFacts key={i} seal={s} />
      ))}
    </Flex>
  );
}
