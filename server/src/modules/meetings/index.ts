import type { Module } from '../index.js';

/** Meetings (会议): application and approval, notices and invitations, materials, sign-in, minutes and decisions. */
export const meetingsModule: Module = {
  name: 'meetings',
  routes: async () => {},
};
