/** Page geometry of GB/T 9704-2012 in PDF points (origin top-left, as pdfkit draws). */

const POINTS_PER_MM = 72 / 25.4;

export const mm = (millimetres: number): number => millimetres * POINTS_PER_MM;

export const PAGE_WIDTH = mm(210);
export const PAGE_HEIGHT = mm(297);

/** 版心: 156 × 225 mm, 天头 37 mm, 订口 28 mm. */
export const TYPE_AREA = {
  left: mm(28),
  top: mm(37),
  width: mm(156),
  height: mm(225),
  right: mm(28 + 156),
  bottom: mm(37 + 225),
} as const;

const LINES_PER_PAGE = 22;
const CHARS_PER_LINE = 28;

/** 22 lines fill the 225 mm 版心 exactly. */
export const LINE_PITCH = TYPE_AREA.height / LINES_PER_PAGE;

/** Chinese type sizes (字号) in points. */
export const TYPE_SIZE = { hao2: 22, hao3: 16, hao4: 14, xiao4: 12 } as const;

/** 28 body characters fill the 156 mm line, so each takes a little less than its 16 pt. */
export const BODY_CELL = TYPE_AREA.width / CHARS_PER_LINE;

export const RED = '#E60012';
export const BLACK = '#000000';

/** Where the top of the 发文机关标志 ink sits below the 版心 top. */
export const MARK_TOP_BELOW_TYPE_AREA = { down: mm(35), up: mm(80) } as const;

/** 初号: the 发文机关标志 is set this tall, then narrowed (and if need be made smaller) to fit. */
export const MARK_SIZE = 42;
const MARK_MAX_WIDTH = mm(150);
const MARK_MIN_SCALE = 0.5;

/**
 * How a mark `naturalWidth` wide at MARK_SIZE fits the 版心 (less a little air each side): a
 * horizontal scale down to one half, beyond which the size shrinks too.
 */
export function fitMark(naturalWidth: number): { scale: number; shrink: number } {
  const fit = MARK_MAX_WIDTH / naturalWidth;
  const scale = Math.max(Math.min(1, fit), MARK_MIN_SCALE);
  return { scale, shrink: Math.min(1, fit / scale) };
}

/** The red 版头 separator sits 4 mm below the 发文字号. */
export const SEPARATOR_GAP = mm(4);
export const SEPARATOR_THICKNESS = mm(0.7);

/** 版记 rules: the first and last thick, those between thin. */
export const RULE_THICK = mm(0.35);
export const RULE_THIN = mm(0.25);

export const SEAL_DIAMETER = mm(42);

/** The page number's dash sits 7 mm below the 版心. */
export const PAGE_NUMBER_GAP = mm(7);

export const QR_SIZE = mm(18);
