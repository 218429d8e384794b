import { pino, type Logger } from 'pino';
import type { Core } from '../../../platform/context.js';
import type { SmsProviderName } from '../settings.js';

/** A text-message gateway. A real one (a carrier's or a cloud SMS API) implements this. */
export interface SmsProvider {
  send(core: Core, mobile: string, text: string): Promise<void>;
}

let logger: Logger | undefined;

/** Writes the message to the server log instead of sending it (the default: no gateway contracted). */
const loggingProvider: SmsProvider = {
  async send(core, mobile, text) {
    logger ??= pino({ level: core.config.logLevel, name: 'sms' });
    logger.info({ mobile, text }, 'SMS (logging provider: not sent to a gateway)');
  },
};

export const SMS: Record<SmsProviderName, SmsProvider> = { log: loggingProvider };
