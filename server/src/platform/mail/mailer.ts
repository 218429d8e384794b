import type { Transporter } from 'nodemailer';
import type { Config } from '../../config.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
  /** A calendar invitation: sent as a text/calendar alternative with this method, which Outlook and Thunderbird offer to accept. */
  icalEvent?: { method: 'REQUEST' | 'CANCEL'; content: string };
}

/** An outgoing mail server as set in the system settings (the environment's URL is the fallback). */
export interface SmtpServer {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user?: string;
  password?: string;
  from?: string;
}

const transports = new Map<string, Transporter>();

async function transportFor(key: string, options: string | object): Promise<Transporter> {
  let transport = transports.get(key);
  if (!transport) {
    const { default: nodemailer } = await import('nodemailer');
    // A dead server must fail an attempt quickly: the job queue retries it later.
    transport = nodemailer.createTransport(
      typeof options === 'string' ? options : { ...options, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 },
    );
    transports.set(key, transport);
  }
  return transport;
}

/**
 * Sends one message over `server`, else the configured SMTP URL. Callers send from a job, after the
 * commit that decided to send, so a slow or failing server delays mail without holding a
 * transaction; the job queue retries a failure.
 */
export async function sendMail(config: Config, mail: Mail, server?: SmtpServer): Promise<void> {
  let transport: Transporter;
  let from = config.mail.from;
  if (server) {
    const options = { host: server.host, port: server.port, secure: server.secure, ...(server.user ? { auth: { user: server.user, pass: server.password ?? '' } } : {}) };
    transport = await transportFor(JSON.stringify(options), options);
    from = server.from || from;
  } else {
    const url = config.mail.smtpUrl;
    if (!url) throw new Error('TONGBAN_SMTP_URL is not set: no outgoing mail server');
    transport = await transportFor(url, url);
  }
  await transport.sendMail({ from, ...mail });
}
