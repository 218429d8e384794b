import type { Module } from '../index.js';
import { DELIVER_JOB, deliverJob } from './deliveries.js';
import { notificationRoutes } from './routes.js';

/** The notification centre (消息中心): in-app notices, each person's channels, deliveries. */
export const notificationsModule: Module = {
  name: 'notifications',
  routes: notificationRoutes,
  jobs: { [DELIVER_JOB]: deliverJob },
};

export { notify, type NoticeCategory, type NoticeInput } from './notify.js';
export { notifyTask, type TaskNoticeEvent } from './workflow-notices.js';
export { outgoingMailServer } from './settings.js';
