import { createHash, randomBytes } from 'node:crypto';
import * as OTPAuth from 'otpauth';

const ISSUER = 'Tongban';

const totpFor = (secret: string, label: string) =>
  new OTPAuth.TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: 30, secret: OTPAuth.Secret.fromBase32(secret) });

export const newTotpSecret = () => new OTPAuth.Secret({ size: 20 }).base32;

/** RFC 6238 with one step of clock drift either way, as authenticator apps expect. */
export const totpValid = (secret: string, code: string) =>
  /^\d{6}$/.test(code) && totpFor(secret, 'x').validate({ token: code, window: 1 }) !== null;

/** qrcode is loaded on the first enrolment: most requests never draw one. */
export async function enrolmentQr(secret: string, username: string): Promise<{ uri: string; qr: string }> {
  const { default: QRCode } = await import('qrcode');
  const uri = totpFor(secret, username).toString();
  return { uri, qr: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}

export const hashRecoveryCode = (code: string) =>
  createHash('sha256').update(code.replace(/[^a-z0-9]/gi, '').toLowerCase()).digest('hex');

/** Ten one-time codes like "k3f9-x2p7", shown once at enrolment. */
export const newRecoveryCodes = () =>
  Array.from({ length: 10 }, () => {
    const raw = randomBytes(5).toString('hex').slice(0, 8);
    return `${raw.slice(0, 4)}-${raw.slice(4)}`;
  });
