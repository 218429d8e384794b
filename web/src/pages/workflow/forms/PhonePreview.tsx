import { useState } from 'react';
import { theme } from 'antd';
import { FormRenderer } from './FormRenderer';
import type { FormDefinition, FormValues } from './types';

/** A 375 px phone frame showing the form as a clerk will fill it in (the values typed here go nowhere). */
export function PhonePreview({ definition }: { definition: FormDefinition }) {
  const { token } = theme.useToken();
  const [values, setValues] = useState<FormValues>({});
  return (
    <div
      style={{
        width: 375,
        maxWidth: 'calc(100% - 16px)',
        boxSizing: 'content-box',
        margin: '0 auto',
        border: `8px solid ${token.colorTextSecondary}`,
        borderRadius: 28,
        background: token.colorBgContainer,
        overflow: 'hidden',
      }}
    >
      <div style={{ height: 640, overflowY: 'auto', padding: 16 }}>
        <FormRenderer definition={definition} value={values} onChange={setValues} />
      </div>
    </div>
  );
}
