/** The flow designer's public face: the drawing, the step drawer, the quick checks. */
export { FlowCanvas, type FlowCanvasProps } from './FlowCanvas';
export { FlowDesigner, type FlowDesignerProps } from './FlowDesigner';
export { StepDrawer, type StepDrawerProps } from './StepDrawer';
export { useFlowNames } from './names';
export { splitPublishErrors, validateTreeClient } from './validate';
export type { FlowErrors, Highlight, Selection } from './types';
