const MAX_TEXT = 200_000;

/**
 * The text of an attachment for full-text search: plain text as it is, a DOCX's paragraphs from its
 * word/document.xml, a PDF's text layer (PDF.js). Other formats, and scans without a text layer,
 * give '' — their names still find them.
 */
export async function extractText(name: string, mime: string, read: () => Promise<Buffer>): Promise<string> {
  const lower = name.toLowerCase();
  if (mime.startsWith('text/plain') || lower.endsWith('.txt')) return (await read()).toString('utf8').slice(0, MAX_TEXT);
  if (lower.endsWith('.docx')) return docxText(await read());
  if (mime === 'application/pdf' || lower.endsWith('.pdf')) return pdfText(await read());
  return '';
}

async function docxText(data: Buffer): Promise<string> {
  const [{ unzipSync }, { parseDocument, DomUtils }] = await Promise.all([import('fflate'), import('htmlparser2')]);
  let xml: Uint8Array | undefined;
  try {
    xml = unzipSync(new Uint8Array(data), { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'];
  } catch {
    return '';
  }
  if (!xml) return '';
  const dom = parseDocument(Buffer.from(xml).toString('utf8'), { xmlMode: true });
  return DomUtils.getElementsByTagName('w:p', dom)
    .map((p) => DomUtils.textContent(p))
    .filter((line) => line.trim())
    .join('\n')
    .slice(0, MAX_TEXT);
}

async function pdfText(data: Buffer): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    const pdf = await getDocument({ data: new Uint8Array(data), isEvalSupported: false, verbosity: 0 }).promise;
    const pages: string[] = [];
    let length = 0;
    for (let n = 1; n <= pdf.numPages && length < MAX_TEXT; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
      pages.push(text);
      length += text.length;
    }
    await pdf.destroy();
    return pages.join('\n').slice(0, MAX_TEXT);
  } catch {
    return '';
  }
}
