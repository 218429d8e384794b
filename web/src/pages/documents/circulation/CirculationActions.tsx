import { useState } from 'react';
import { Button, Flex, Tooltip } from 'antd';
import { useT } from '../../../app/i18n';
import { useDocumentCommand } from '../useDocumentCommand';
import { circulationUrl, type CirculationView } from './api';
import { ReadButton } from './ReadButton';
import { ReadersDrawer } from './ReadersDrawer';

/** What the caller may do on a circulation: 阅毕 (its reader now), 催阅 and 增加传阅人 (its starter, while it runs). */
export function CirculationActions({ c }: { c: Pick<CirculationView, 'id' | 'documentId' | 'can'> }) {
  const t = useT();
  const remind = useDocumentCommand('circulation.remind.done');
  const [adding, setAdding] = useState(false);
  if (!c.can.read && !c.can.addReaders) return null;
  return (
    <Flex gap={8} wrap>
      {c.can.read && <ReadButton circulationId={c.id} size="small" />}
      {c.can.addReaders && (
        <>
          <Tooltip title={c.can.remind ? undefined : t('circulation.remind.wait')}>
            <Button size="small" disabled={!c.can.remind} loading={remind.isPending} onClick={() => remind.mutate({ url: circulationUrl(c.id, 'remind') })} autoInsertSpace={false} data-testid="circulation-remind">
              {t('circulation.remind')}
            </Button>
          </Tooltip>
          <Button size="small" onClick={() => setAdding(true)} autoInsertSpace={false}>
            {t('circulation.add')}
          </Button>
          <ReadersDrawer open={adding} onClose={() => setAdding(false)} documentId={c.documentId} circulationId={c.id} />
        </>
      )}
    </Flex>
  );
}
