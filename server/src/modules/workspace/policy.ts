import type { Access } from '../../platform/access/resolve.js';
import { can } from '../../platform/access/resolve.js';
import type { Widget } from './widgets.js';

/** A widget needing no permission is everyone's; others follow the permission they show. */
export const mayUseWidget = (access: Access, widget: Widget) => !widget.permission || can(access, widget.permission);
