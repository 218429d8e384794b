import { createHash, createHmac } from 'node:crypto';

/** Bytes, or text hashed as UTF-8. */
export type Bytes = Buffer | Uint8Array | string;

export const sm3 = (data: Bytes): Buffer => createHash('sm3').update(data).digest();

export const sm3Hex = (data: Bytes): string => createHash('sm3').update(data).digest('hex');

export const hmacSm3 = (key: Bytes, data: Bytes): Buffer => createHmac('sm3', key).update(data).digest();
