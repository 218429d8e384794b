/// <reference types="pdfkit" />

/** 密级 as printed on a classified document (非密 and 内部 documents print none). */
export type SecretLevel = '秘密' | '机密' | '绝密';

/** 紧急程度 as printed; 普通 documents print none. */
export type UrgencyMark = '特急' | '加急';

/** A block of the 正文. Heading text carries its own ordinal ("一、", "（一）", "1.", "（1）"). */
export type BodyBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'table'; rows: string[][] };

/** An official document (公文) to lay out per GB/T 9704-2012. Dates are ISO `yyyy-mm-dd`. */
export interface FormalDocument {
  /** 份号: up to 6 digits, printed zero-padded to 6; required when `secret` is set. */
  copyNo?: string;
  secret?: { level: SecretLevel; term?: string };
  urgency?: UrgencyMark;
  /** 发文机关标志, the red mark, e.g. "示例市人民政府办公室文件". */
  organMark: string;
  /** 发文字号, e.g. "示政办发〔2026〕12号". */
  docNo: string;
  /** 签发人 of a 上行文, in the issuing organs' order. */
  signer?: string[];
  /** down: 下行文/平行文; up: 上行文 (mark 80 mm below the 版心 top, 签发人 beside the 文号). */
  direction: 'down' | 'up';
  title: string;
  /** 主送机关, printed joined by "、" and ended with "：". */
  mainRecipients: string[];
  blocks: BodyBlock[];
  /** 附件 names, without ordinals or final punctuation. */
  attachments?: string[];
  /** 落款: the issuing organ's name above the date. */
  issuer: string;
  /** 成文日期. */
  date: string;
  /** 附注 without the brackets, e.g. "此件公开发布". */
  note?: string;
  /** 抄送机关. */
  copyTo?: string[];
  /** 印发机关. */
  printedBy: string;
  /** 印发日期. */
  printedOn: string;
  /** Printed as a QR code above the 版记 of the last page (e.g. a verification link). */
  qrUrl?: string;
}

/** Draws the seal centred on `centre` (PDF points, origin top-left). */
export type SealPainter = (
  doc: PDFKit.PDFDocument,
  centre: { x: number; y: number },
  diameterPt: number,
) => void;

/** A font file; `postscriptName` picks the face inside a collection (.ttc). */
export interface FontSource {
  path: string;
  postscriptName?: string;
}

/**
 * The faces a 公文 uses: 仿宋 body, 宋体 (also the fallback for any character another face lacks,
 * and the punctuation of faces with centred, Traditional-style punctuation), 小标宋 title,
 * 黑体 and 楷体 headings.
 */
export type FontRole = 'fangSong' | 'song' | 'title' | 'hei' | 'kai';

export type FontChoice = Partial<Record<FontRole, FontSource>>;

export interface PdfRenderOptions {
  /** Font files to use instead of the installed ones found by default. */
  fonts?: FontChoice;
  seal?: SealPainter;
  /** Written into the PDF's information dictionary. */
  author?: string;
}

/** Font family names written into the DOCX; the reader's machine supplies the faces. */
export interface DocxFontNames {
  fangSong: string;
  title: string;
  hei: string;
  kai: string;
  song: string;
}

export interface DocxRenderOptions {
  fontNames?: Partial<DocxFontNames>;
}

/** One opinion (意见) given on a 发文 flow, with its signature. Times are ISO date-times. */
export interface FormOpinion {
  /** The flow step, e.g. "核稿", "会签", "签发". */
  step: string;
  person: string;
  /** The person's department, e.g. for 会签. */
  department?: string;
  opinion: string;
  time: string;
  /** A handwritten signature as PNG or JPEG, drawn beside the name. */
  signatureImage?: Buffer;
}

/** 发文稿纸 (发文处理单): the form a draft travels on until it is signed off. */
export interface ProcessingForm {
  /** The unit whose form this is: the header reads "<unitName>发文稿纸". */
  unitName: string;
  title: string;
  docNo?: string;
  classification?: { level: SecretLevel; term?: string };
  urgency?: UrgencyMark;
  draftingDepartment: string;
  drafter: string;
  phone?: string;
  mainRecipients: string[];
  copyTo?: string[];
  /** 印发份数. */
  copies?: number;
  attachments?: string[];
  /** Every opinion in the order given; 签发, 会签 and 核稿 boxes show those of their step. */
  opinions: FormOpinion[];
}

export interface ProcessingFormOptions {
  fonts?: FontChoice;
  /** Time zone the opinion times are shown in (default Asia/Shanghai). */
  timeZone?: string;
}
