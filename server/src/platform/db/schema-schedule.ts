/** Row types of 日程 (personal and shared schedules, subscriptions). */

export interface ScheduleTables {}
