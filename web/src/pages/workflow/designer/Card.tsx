import type { CSSProperties, KeyboardEvent, ReactNode } from 'react';
import { Tag } from 'antd';
import { CheckCircleFilled, CloseOutlined, RightOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { useCanvas } from './canvasContext';

interface Props {
  /** The id its highlight and error are looked up by. */
  id: string;
  color: string;
  variant: 'step' | 'branch';
  title: ReactNode;
  note?: ReactNode;
  summary: string;
  /** The summary is a placeholder ("请设置条件"), drawn grey. */
  muted?: boolean;
  extra?: ReactNode;
  /** Taken on the instance's path: set from the branch's chain, not only from the id. */
  passed?: boolean;
  onOpen?(): void;
  onDelete?(): void;
}

/** One card of the drawing: a coloured head with the title, a one-line summary, the step's state. */
export function Card({ id, color, variant, title, note, summary, muted, extra, passed, onOpen, onDelete }: Props) {
  const t = useT();
  const c = useCanvas();
  const isPassed = passed ?? c.passed.has(id);
  const isCurrent = c.current.has(id);
  const error = c.errors[id];
  const classes = ['tb-flow-card', variant === 'branch' && 'branch', onOpen && 'clickable', error && 'error'];
  if (isCurrent) classes.push('current');
  else if (isPassed) classes.push('passed');
  else if (c.highlighting) classes.push('faded');
  const onKey = (e: KeyboardEvent) => {
    if (onOpen && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      onOpen();
    }
  };

  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      style={{ '--tb-card-color': color } as CSSProperties}
      role={onOpen ? 'button' : undefined}
      tabIndex={onOpen ? 0 : undefined}
      onClick={onOpen}
      onKeyDown={onKey}
      data-testid={`flow-card-${id}`}
    >
      <div className="tb-flow-card-head">
        <span className="tb-flow-card-title">{title}</span>
        {note && <span className="tb-flow-card-note">{note}</span>}
        {isCurrent && <Tag color="blue" style={{ margin: 0 }}>{t('designer.current')}</Tag>}
        {isPassed && !isCurrent && (
          <CheckCircleFilled style={{ color: '#52c41a', background: '#fff', borderRadius: '50%' }} aria-label={t('designer.passed')} />
        )}
        {onDelete && !c.readOnly && (
          <button
            type="button"
            className="tb-flow-card-delete"
            aria-label={t('designer.delete')}
            onClick={(e) => {
              e.stopPropagation();
              onDelete();
            }}
          >
            <CloseOutlined />
          </button>
        )}
      </div>
      <div className="tb-flow-card-body">
        <span className={`tb-flow-card-summary${muted ? ' muted' : ''}`} title={summary}>
          {summary}
        </span>
        {onOpen && !c.readOnly && <RightOutlined style={{ fontSize: 11, color: '#bfbfbf' }} />}
      </div>
      {extra && <div className="tb-flow-card-extra">{extra}</div>}
      {error && <div className="tb-flow-card-error">{error}</div>}
    </div>
  );
}
