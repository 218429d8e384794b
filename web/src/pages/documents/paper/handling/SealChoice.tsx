import { Alert, Flex, Radio, Skeleton } from 'antd';
import { useT } from '../../../../app/i18n';
import { errorText, useActiveSeals } from '../../api';
import { SealPicture } from '../../seals/SealPicture';

interface Props {
  value?: string;
  onChange(sealId: string): void;
  phone: boolean;
}

/** The seals in use, each with its impression, to choose one from. */
export function SealChoice({ value, onChange, phone }: Props) {
  const t = useT();
  const seals = useActiveSeals();
  if (seals.error) return <Alert type="error" showIcon title={errorText(seals.error)} />;
  if (!seals.data) return <Skeleton.Avatar active size={phone ? 72 : 96} shape="circle" />;
  if (!seals.data.length) return <Alert type="warning" showIcon title={t('documents.layout.noSeal')} />;
  return (
    <Radio.Group value={value} onChange={(e) => onChange(e.target.value as string)} aria-label={t('documents.layout.seal')}>
      <Flex gap={16} wrap>
        {seals.data.map((s) => (
          <Radio key={s.id} value={s.id}>
            <Flex vertical align="center" gap={4}>
              <SealPicture seal={s} size={phone ? 72 : 96} />
              {`${s.unit}${s.name}`}
            </Flex>
          </Radio>
        ))}
      </Flex>
    </Radio.Group>
  );
}
