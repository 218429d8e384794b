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

export type DeliveryChannel = 'email' | 'sms' | 'wecom' | 'dingtalk';
/** held: waiting for the end of the person's quiet hours; pending: queued or being retried. */
export type DeliveryStatus = 'pending' | 'held' | 'sent' | 'failed';

/** One notice sent (or to be sent) over one external channel: the delivery log. */
export interface NotificationDeliveryTable {
  id: string;
  notification_id: string | null;
  user_id: string | null;
  channel: DeliveryChannel;
  /** E-mail address or mobile number ('' for a robot post that mentions no one). */
  address: string;
  subject: string;
  body: string;
  /** Web path the message points to (made absolute with the public URL when sent). */
  link: string;
  /** An iCalendar invitation sent with an e-mail (text/calendar). */
  ics: string | null;
  ics_method: string | null;
  status: DeliveryStatus;
  /** 1: sent even in the person's quiet hours. */
  urgent: number;
  attempts: number;
  last_error: string | null;
  hold_until: string | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
}

/** A person's quiet hours ('HH:MM' in the unit's time zone). */
export interface NotificationPreferenceTable {
  user_id: string;
  quiet_start: string | null;
  quiet_end: string | null;
  updated_at: string;
}

export interface NotificationTables {
  notifications: NotificationTable;
  notification_deliveries: NotificationDeliveryTable;
  notification_preferences: NotificationPreferenceTable;
}
