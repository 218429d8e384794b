const MAX_TEXT = 200_000;

/**
 * The text of an attachment for full-text search: plain text as it is, a DOCX's paragraphs from its
 * word/document.xml. Other formats (scans, PDF) give '' — their titles still find them.
 */
export async function extractText(name: string, mime: string, read: () => Promise<Buffer>): Promise<string> {
  const lower = name.toLowerCase();
  if (mime.startsWith('text/plain') || lower.endsWith('.txt')) return (await read()).toString('utf8').slice(0, MAX_TEXT);
  if (lower.endsWith('.docx')) return docxText(await read());
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
