import { useState } from 'react';
import { Popover } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { useCanvas } from './canvasContext';
import { KIND_LOOK, NEW_KINDS } from './stepKinds';

interface Props {
  /** The step or branch after which a new step goes. */
  holderId: string;
  /** Draw an arrow head: a card follows. */
  arrow: boolean;
}

/** The line from one step to the next; in edit mode its "+" offers the kinds of step to add. */
export function Link({ holderId, arrow }: Props) {
  const t = useT();
  const { readOnly, insert } = useCanvas();
  const [open, setOpen] = useState(false);
  const className = `tb-flow-link${readOnly ? ' readonly' : ''}${arrow ? ' arrow' : ''}`;
  if (readOnly) return <div className={className} />;

  const menu = (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 84px)', gap: 8 }}>
      {NEW_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          data-testid={`add-${kind}`}
          onClick={() => {
            setOpen(false);
            insert(holderId, kind);
          }}
          style={{
            display: 'flex',
            flexDirection: 'column',
            alignItems: 'center',
            gap: 4,
            padding: '8px 0',
            border: '1px solid #f0f0f0',
            borderRadius: 8,
            background: '#fff',
            cursor: 'pointer',
            fontSize: 13,
          }}
        >
          <span style={{ fontSize: 20, color: KIND_LOOK[kind].color }}>{KIND_LOOK[kind].icon}</span>
          {t(`designer.kind.${kind}`)}
        </button>
      ))}
    </div>
  );
  return (
    <div className={className}>
      <Popover content={menu} trigger="click" open={open} onOpenChange={setOpen} placement="bottom">
        <button type="button" className="tb-flow-add" aria-label={t('designer.add')} data-testid="flow-add">
          <PlusOutlined />
        </button>
      </Popover>
    </div>
  );
}
