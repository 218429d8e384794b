/** Where a document opens: a 收文 has its own 处理单, a 发文 its 稿纸. */
export const documentPath = (d: { documentId: string; direction: 'outgoing' | 'incoming' }) =>
  d.direction === 'incoming' ? `/incoming/${d.documentId}` : `/documents/${d.documentId}`;
