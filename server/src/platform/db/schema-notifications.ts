/** Row types of the notification centre (消息中心). */

/** One in-app notice to one person; its other channels are deliveries of it. */
export interface NotificationTable {
  id: string;
  user_id: string;
  /** What area it comes from, for the person's channel choices and the list filter: meeting, room, schedule, supervision, workflow, document, system. */
  category: string;
  /** The event it tells of, e.g. meeting.invited. */
  kind: string;
  /** Rendered in the recipient's language when created. */
  title: string;
  body: string;
  /** Web path to open, e.g. /meetings/<id>. */
  link: string;
  created_at: string;
  read_at: string | null;
}

export interface NotificationTables {
  notifications: NotificationTable;
}
