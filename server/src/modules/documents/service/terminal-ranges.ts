import { BlockList, isIP } from 'node:net';
import type { Db, Tx } from '../../../platform/db/index.js';

/** An address as written, without the IPv4-in-IPv6 wrapping a dual-stack socket reports ("::ffff:10.0.0.5"). */
export const plainAddress = (ip: string) => {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return mapped ? mapped[1]! : ip;
};

/** A single address or a CIDR range, or null when it is neither. */
export function parseRange(text: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | null {
  const [raw = '', bits, ...rest] = text.trim().split('/');
  const address = plainAddress(raw);
  const version = isIP(address);
  if (!version || rest.length) return null;
  const max = version === 4 ? 32 : 128;
  if (bits !== undefined && !/^\d{1,3}$/.test(bits)) return null;
  const prefix = bits === undefined ? max : Number(bits);
  if (prefix > max) return null;
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}

/** Whether `ip` lies within one of the ranges (CIDR or single addresses). */
export function withinRanges(ip: string, ranges: readonly string[]): boolean {
  const address = plainAddress(ip);
  const version = isIP(address);
  if (!version) return false;
  const list = new BlockList();
  for (const range of ranges) {
    const r = parseRange(range);
    if (r) list.addSubnet(r.address, r.prefix, r.family);
  }
  return list.check(address, version === 4 ? 'ipv4' : 'ipv6');
}

/** Whether the request comes from an active approved range (涉密终端). */
export async function fromApprovedTerminal(db: Db | Tx, ip: string): Promise<boolean> {
  const rows = await db.selectFrom('approved_terminals').select('cidr').where('active', '=', 1).execute();
  return withinRanges(ip, rows.map((r) => r.cidr));
}
