import { useState, type ReactNode } from 'react';
import { Card, Empty, Flex, Tabs } from 'antd';
import { useT } from '../../../app/i18n';
import { Canvas } from './Canvas';
import { copyOf, fieldIds, insertAfter, move, newFieldId, removeField, replaceField } from './designerOps';
import { FieldProperties } from './FieldProperties';
import { newField } from './fieldTypes';
import { useElementWidth } from './narrow';
import { Palette } from './Palette';
import { PhonePreview } from './PhonePreview';
import type { FieldType, FormDefinition } from './types';
import './i18n';

export interface FormDesignerProps {
  value: FormDefinition;
  onChange(value: FormDefinition): void;
  /** Problems the server found ("fieldId" or "tableId.columnId" → message), shown on the fields. */
  errors?: Record<string, string>;
}

/** Below this width the panes stack; from the second one the preview gets a column of its own. */
const STACKED_BELOW = 768;
const FOUR_PANES_FROM = 1400;

function Pane({ title, width, children }: { title: ReactNode; width?: number; children: ReactNode }) {
  return (
    <Card size="small" title={title} style={{ flex: width ? `0 0 ${width}px` : '1 1 0', minWidth: 0 }}>
      {children}
    </Card>
  );
}

/** The form designer: palette → canvas → properties, with a live phone preview. */
export function FormDesigner({ value, onChange, errors = {} }: FormDesignerProps) {
  const t = useT();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const [picked, setPicked] = useState<number | null>(null);
  const fields = value.fields;
  const selected = picked !== null && picked < fields.length ? picked : null;
  const field = selected === null ? undefined : fields[selected];

  /** Applies a new field list; the selection follows the field it was on. */
  const apply = (next: FormDefinition, select?: number) => {
    onChange(next);
    const at = select ?? (field ? next.fields.findIndex((f) => f.id === field.id) : -1);
    setPicked(at < 0 ? null : at);
  };
  const add = (type: FieldType) => {
    const index = selected ?? -1;
    apply({ fields: insertAfter(fields, index, newField(t, type, newFieldId(fields))) }, index < 0 ? fields.length : index + 1);
  };
  const duplicate = (i: number) => {
    const copy = copyOf(fields[i], newFieldId(fields), t('wfForm.designer.copySuffix', { label: fields[i].label }).slice(0, 60));
    apply({ fields: insertAfter(fields, i, copy) }, i + 1);
  };

  const stacked = width > 0 && width < STACKED_BELOW;
  const fourPanes = width >= FOUR_PANES_FROM;
  const canvas = (
    <Canvas
      fields={fields}
      selected={selected}
      errors={errors}
      onSelect={setPicked}
      onMove={(from, to) => apply({ fields: move(fields, from, to) })}
      onDuplicate={duplicate}
      onRemove={(i) => apply(removeField(value, i))}
    />
  );
  const properties = field ? (
    <FieldProperties
      key={selected}
      field={field}
      siblings={fieldIds(fields).filter((_, j) => j !== selected)}
      definition={value}
      onChange={(f) => selected !== null && apply(replaceField(value, selected, f), selected)}
    />
  ) : (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('wfForm.designer.noSelection')} />
  );
  const preview = <PhonePreview definition={value} />;
  const tabs = (
    <Tabs
      items={[
        { key: 'properties', label: t('wfForm.designer.properties'), children: properties },
        { key: 'preview', label: t('wfForm.designer.preview'), children: preview },
      ]}
    />
  );

  return (
    <div ref={ref}>
      {stacked ? (
        <Flex vertical gap={12}>
          <Palette onAdd={add} compact />
          {canvas}
          {tabs}
        </Flex>
      ) : (
        <Flex gap={12} align="flex-start">
          <Pane title={t('wfForm.designer.palette')} width={236}>
            <Palette onAdd={add} />
          </Pane>
          <Pane title={t('wfForm.designer.canvas')}>{canvas}</Pane>
          {fourPanes ? (
            <>
              <Pane title={t('wfForm.designer.properties')} width={340}>{properties}</Pane>
              <Pane title={t('wfForm.designer.preview')} width={415}>{preview}</Pane>
            </>
          ) : (
            <Pane title={null} width={415}>{tabs}</Pane>
          )}
        </Flex>
      )}
    </div>
  );
}
