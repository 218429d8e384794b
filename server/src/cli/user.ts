import type { Core } from '../platform/context.js';
import { UsageError } from './usage.js';

// Placeholder until the access module lands in this session.
export async function userCommand(_core: Core, args: string[]): Promise<number> {
  throw new UsageError(`user: unknown subcommand ${args[0] ?? ''}`);
}
