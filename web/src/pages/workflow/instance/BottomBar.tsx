import type { ReactNode } from 'react';
import { Flex, Grid } from 'antd';
import '../workflow.css';

/** The action buttons under a form: sticky at the bottom of the page; on a phone fixed to the screen's bottom edge. */
export function BottomBar({ children }: { children: ReactNode }) {
  const phone = Grid.useBreakpoint().md === false;
  return (
    <>
      {phone && <div className="tb-wf-bar-spacer" />}
      <div className={phone ? 'tb-wf-bar tb-wf-bar-phone' : 'tb-wf-bar'} data-testid="action-bar">
        <Flex gap={8} wrap justify="flex-end">
          {children}
        </Flex>
      </div>
    </>
  );
}
