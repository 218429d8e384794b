import type { Transporter } from 'nodemailer';
import type { Config } from '../../config.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

const transports = new Map<string, Transporter>();

/**
 * Sends one message over the configured SMTP server. Callers send from a job, after the commit that
 * decided to send, so a slow or failing server delays mail without holding a transaction; the job
 * queue retries a failure.
 */
export async function sendMail(config: Config, mail: Mail): Promise<void> {
  const url = config.mail.smtpUrl;
  if (!url) throw new Error('TONGBAN_SMTP_URL is not set: no outgoing mail server');
  let transport = transports.get(url);
  if (!transport) {
    const { default: nodemailer } = await import('nodemailer');
    transport = nodemailer.createTransport(url);
    transports.set(url, transport);
  }
  await transport.sendMail({ from: config.mail.from, ...mail });
}
