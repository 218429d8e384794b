import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');
const int = (def: number) => z.coerce.number().int().nonnegative().default(def);

const envSchema = z.object({
  TONGBAN_PORT: int(8080),
  TONGBAN_HOST: z.string().default('0.0.0.0'),
  TONGBAN_DATA_DIR: z.string().default('data'),
  TONGBAN_DATABASE_URL: z.string().optional(),
  TONGBAN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TONGBAN_SECURE_COOKIES: bool,
  TONGBAN_TRUST_PROXY: bool,
  TONGBAN_SESSION_IDLE_MINUTES: int(30),
  TONGBAN_SESSION_ABSOLUTE_HOURS: int(12),
  TONGBAN_LOCKOUT_THRESHOLD: int(5),
  TONGBAN_LOCKOUT_MINUTES: int(15),
  TONGBAN_LOGIN_RATE_PER_MINUTE: int(30),
  TONGBAN_PASSWORD_MIN_LENGTH: int(8),
  TONGBAN_PASSWORD_MIN_CLASSES: int(3),
  TONGBAN_PASSWORD_HISTORY: int(5),
  TONGBAN_JOB_POLL_MS: int(2000),
  TONGBAN_TIME_ZONE: z.string().default('Asia/Shanghai'),
  TONGBAN_DEMO_PASSWORD: z.string().default('Tongban@2026'),
  TONGBAN_BODY_LIMIT_BYTES: int(1_048_576),
  TONGBAN_PUBLIC_URL: z.url().default('http://localhost:8080'),
  TONGBAN_SMTP_URL: z.string().optional(),
  TONGBAN_SM4_KEY: z.string().optional(),
  TONGBAN_MAIL_FROM: z.string().default('通办 <tongban@localhost>'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  logLevel: string;
  secureCookies: boolean;
  trustProxy: boolean;
  session: { idleMs: number; absoluteMs: number };
  lockout: { threshold: number; durationMs: number; loginRatePerMinute: number };
  password: { minLength: number; minClasses: number; history: number };
  jobPollMs: number;
  timeZone: string;
  demoPassword: string;
  bodyLimit: number;
  /** The address people reach this server at, for links in e-mails and QR codes. */
  publicUrl: string;
  /** Outgoing mail: an smtp:// or smtps:// URL (user and password in it); none sends no mail. */
  mail: { smtpUrl?: string; from: string };
  /** SM4 master key (32 hex digits) for keys and classified files; else <data>/keys/sm4.key, created on first use. */
  sm4KeyHex?: string;
};

/** Reads every setting once from the environment; an invalid value stops start-up with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.TONGBAN_PORT,
    host: e.TONGBAN_HOST,
    dataDir: path.resolve(e.TONGBAN_DATA_DIR),
    databaseUrl: e.TONGBAN_DATABASE_URL || undefined,
    logLevel: e.TONGBAN_LOG_LEVEL,
    secureCookies: e.TONGBAN_SECURE_COOKIES,
    trustProxy: e.TONGBAN_TRUST_PROXY,
    session: { idleMs: e.TONGBAN_SESSION_IDLE_MINUTES * 60_000, absoluteMs: e.TONGBAN_SESSION_ABSOLUTE_HOURS * 3_600_000 },
    lockout: {
      threshold: e.TONGBAN_LOCKOUT_THRESHOLD,
      durationMs: e.TONGBAN_LOCKOUT_MINUTES * 60_000,
      loginRatePerMinute: e.TONGBAN_LOGIN_RATE_PER_MINUTE,
    },
    password: {
      minLength: e.TONGBAN_PASSWORD_MIN_LENGTH,
      minClasses: e.TONGBAN_PASSWORD_MIN_CLASSES,
      history: e.TONGBAN_PASSWORD_HISTORY,
    },
    jobPollMs: e.TONGBAN_JOB_POLL_MS,
    timeZone: e.TONGBAN_TIME_ZONE,
    demoPassword: e.TONGBAN_DEMO_PASSWORD,
    bodyLimit: e.TONGBAN_BODY_LIMIT_BYTES,
    publicUrl: e.TONGBAN_PUBLIC_URL.replace(/\/+$/, ''),
    mail: { smtpUrl: e.TONGBAN_SMTP_URL || undefined, from: e.TONGBAN_MAIL_FROM },
    sm4KeyHex: e.TONGBAN_SM4_KEY || undefined,
    ...overrides,
  };
}
