import type { Module } from '../index.js';

/** The notification centre (消息中心): in-app notices, each person's channels, deliveries. */
export const notificationsModule: Module = {
  name: 'notifications',
  routes: async () => {},
};

export { notify, type NoticeCategory, type NoticeInput } from './notify.js';
