export type LayoutErrorCode =
  | 'LAYOUT_NO_CJK_FONT'
  | 'LAYOUT_FONT_NOT_FOUND'
  | 'LAYOUT_FONT_UNREADABLE'
  | 'LAYOUT_INVALID_INPUT';

/** Thrown for a font that cannot be used or an input that cannot be laid out; `code` is stable. */
export class LayoutError extends Error {
  constructor(
    readonly code: LayoutErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'LayoutError';
  }
}
