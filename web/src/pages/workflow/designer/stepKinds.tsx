import type { ReactNode } from 'react';
import { ApartmentOutlined, AuditOutlined, BranchesOutlined, SendOutlined, SolutionOutlined, UserOutlined } from '@ant-design/icons';
import type { NewStepKind, Step } from './types';

/** The colour and icon of each kind of step, shared by the cards and the "+" menu. */
export const KIND_LOOK: Record<Step['type'], { color: string; icon: ReactNode }> = {
  start: { color: '#576a95', icon: <UserOutlined /> },
  approval: { color: '#ff943e', icon: <AuditOutlined /> },
  handle: { color: '#7a5af8', icon: <SolutionOutlined /> },
  cc: { color: '#3296fa', icon: <SendOutlined /> },
  condition: { color: '#15bc83', icon: <BranchesOutlined /> },
  parallel: { color: '#13a8a8', icon: <ApartmentOutlined /> },
};

export const NEW_KINDS: NewStepKind[] = ['approval', 'handle', 'cc', 'condition', 'parallel'];
