import { glyphOutline, loadFont, type FontFile, type GlyphPlacement } from './font.js';

/** What a generated unit seal (公章) shows. */
export interface SealSpec {
  /** The unit's full name, set along the upper arc. */
  unitName: string;
  /** An optional horizontal line under the star, e.g. 公文专用章. */
  caption?: string;
  /** Seal red by default. */
  colour?: string;
}

export const SEAL_RED = '#E60012';
/** The usual diameter of a unit's seal; all lengths below are millimetres on such a seal. */
export const SEAL_DIAMETER_MM = 42;

const RADIUS = SEAL_DIAMETER_MM / 2;
const RING_WIDTH = 1.2;
const STAR_RADIUS = 7;
const ARC_SPAN_DEG = 240;
/** Short names are not stretched round the whole arc: characters stay at most this far apart. */
const ARC_MAX_STEP_DEG = 36;
const ARC_TEXT_SIZE = 6.6;
const ARC_GAP = 0.9;
/** Seal characters are narrower than they are tall. */
const ARC_WIDTH_SCALE = 0.78;
const CAPTION_SIZE = 4.6;
const CAPTION_CENTRE_Y = 10.6;
const CAPTION_MAX_WIDTH = 24;

/** The seal in millimetres, centred on (0, 0) with y pointing down; `text` is the outlines of every character. */
export interface SealDrawing {
  colour: string;
  ring: { radius: number; width: number };
  star: Array<[number, number]>;
  text: string;
}

function starPoints(): Array<[number, number]> {
  const inner = STAR_RADIUS * Math.sin(Math.PI / 10) / Math.sin((7 * Math.PI) / 10);
  return Array.from({ length: 10 }, (_, i) => {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? STAR_RADIUS : inner;
    return [r * Math.cos(angle), r * Math.sin(angle)];
  });
}

/** Characters evenly spread over the upper arc, each turned so that its top faces outwards. */
function arcPlacements(count: number): GlyphPlacement[] {
  const step = count > 1 ? Math.min(ARC_SPAN_DEG / (count - 1), ARC_MAX_STEP_DEG) : 0;
  const outerEdge = RADIUS - RING_WIDTH - ARC_GAP;
  const stepRad = (step * Math.PI) / 180;
  const roomPerCharacter = count > 1 ? 0.92 * (outerEdge - ARC_TEXT_SIZE / 2) * stepRad : Infinity;
  const size = Math.min(ARC_TEXT_SIZE, roomPerCharacter / ARC_WIDTH_SCALE);
  const radius = outerEdge - size / 2;
  return Array.from({ length: count }, (_, i) => {
    const angle = -((count - 1) * step) / 2 + i * step;
    const rad = (angle * Math.PI) / 180;
    return { x: radius * Math.sin(rad), y: -radius * Math.cos(rad), rotateDeg: angle, size, widthScale: ARC_WIDTH_SCALE };
  });
}

function captionPlacements(count: number): GlyphPlacement[] {
  const size = Math.min(CAPTION_SIZE, CAPTION_MAX_WIDTH / count);
  return Array.from({ length: count }, (_, i) => ({
    x: (i - (count - 1) / 2) * size,
    y: CAPTION_CENTRE_Y,
    rotateDeg: 0,
    size,
    widthScale: 1,
  }));
}

export function drawSeal(spec: SealSpec, fontFile: FontFile): SealDrawing {
  const font = loadFont(fontFile);
  const outline = (text: string, placements: (count: number) => GlyphPlacement[]) => {
    const chars = [...text.trim()];
    const at = placements(chars.length);
    return chars.map((char, i) => glyphOutline(font, char, at[i]!)).join('');
  };
  return {
    colour: spec.colour ?? SEAL_RED,
    ring: { radius: RADIUS - RING_WIDTH / 2, width: RING_WIDTH },
    star: starPoints(),
    text: outline(spec.unitName, arcPlacements) + outline(spec.caption ?? '', captionPlacements),
  };
}
