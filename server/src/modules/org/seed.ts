import type { Core } from '../../platform/context.js';

// Placeholder until the org module lands in this session: the real demo unit replaces it.
export async function seedDemo(_core: Core): Promise<{ departments: number; people: number }> {
  return { departments: 0, people: 0 };
}
