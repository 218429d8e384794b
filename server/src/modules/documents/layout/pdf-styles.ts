import type { FaceSet } from './fonts.js';
import { BLACK, BODY_CELL, MARK_SIZE, RED, TYPE_SIZE } from './geometry.js';
import type { TextStyle } from './text-fit.js';

/** The text styles of a 公文 page; the sizes and faces follow GB/T 9704-2012. */
export interface Styles {
  body: TextStyle;
  /** 一、 headings: 黑体. */
  heading1: TextStyle;
  /** （一） headings: 楷体. */
  heading2: TextStyle;
  /** 份号, 密级, 紧急程度: 3号黑体. */
  headNote: TextStyle;
  /** 签发人 names: 3号楷体. */
  signerName: TextStyle;
  title: TextStyle;
  /** The 发文机关标志 before it is sized to fit. */
  mark: TextStyle;
  /** 版记 and tables: 4号仿宋. */
  small: TextStyle;
  smallHei: TextStyle;
  /** Page numbers: 4号宋体. */
  pageNumber: TextStyle;
}

export function buildStyles(faces: FaceSet): Styles {
  const style = (primary: FaceSet[keyof FaceSet], size: number, cell = size, color = BLACK): TextStyle => ({
    primary,
    fallback: faces.song,
    size,
    cell,
    color,
  });
  return {
    body: style(faces.fangSong, TYPE_SIZE.hao3, BODY_CELL),
    heading1: style(faces.hei, TYPE_SIZE.hao3, BODY_CELL),
    heading2: style(faces.kai, TYPE_SIZE.hao3, BODY_CELL),
    headNote: style(faces.hei, TYPE_SIZE.hao3, BODY_CELL),
    signerName: style(faces.kai, TYPE_SIZE.hao3, BODY_CELL),
    title: style(faces.title, TYPE_SIZE.hao2),
    mark: style(faces.title, MARK_SIZE, MARK_SIZE, RED),
    small: style(faces.fangSong, TYPE_SIZE.hao4),
    smallHei: style(faces.hei, TYPE_SIZE.hao4),
    pageNumber: style(faces.song, TYPE_SIZE.hao4),
  };
}
