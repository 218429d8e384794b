import { Button, Flex, Input, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { del, post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { useApiMutation } from '../../org/shared/feedback';
import { usePhrases, WF } from '../api';

interface Props {
  value?: string;
  onChange?(value: string): void;
  placeholder?: string;
}

/** The opinion box with the person's common phrases as tags: a click adds one, × deletes it, + saves the text as one. */
export function OpinionInput({ value = '', onChange, placeholder }: Props) {
  const t = useT();
  const phrases = usePhrases();
  const add = useApiMutation((text: string) => post('/api/workflow/phrases', { text }), [WF]);
  const remove = useApiMutation((id: string) => del(`/api/workflow/phrases/${id}`), [WF]);
  const text = value.trim();
  const saved = phrases.data?.items.some((p) => p.text === text);

  return (
    <Flex vertical gap={8}>
      <Input.TextArea
        value={value}
        onChange={(e) => onChange?.(e.target.value)}
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={2000}
        showCount
        placeholder={placeholder ?? t('workflow.opinion.placeholder')}
      />
      <Flex gap={6} wrap align="center">
        {phrases.data?.items.map((p) => (
          <Tag
            key={p.id}
            closable
            onClose={(e) => {
              e.preventDefault();
              remove.mutate(p.id);
            }}
            onClick={() => onChange?.(value ? `${value}${p.text}` : p.text)}
            style={{ cursor: 'pointer', marginInlineEnd: 0 }}
          >
            {p.text}
          </Tag>
        ))}
        <Button size="small" type="dashed" icon={<PlusOutlined />} disabled={!text || saved || text.length > 200} loading={add.isPending} onClick={() => add.mutate(text)}>
          {t('workflow.opinion.savePhrase')}
        </Button>
      </Flex>
    </Flex>
  );
}
