import type { Core, Ctx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import { forbidden, invalid, notFound } from '../../../platform/errors.js';
import type { Access } from '../../../platform/access/resolve.js';
import { newId, nowIso } from '../../../platform/util.js';
import { bodyBlockTexts } from '../body.js';
import { readerOf, visibleDocument } from '../policy.js';

export interface AnnotationInput {
  revision: number;
  block: number;
  start: number;
  end: number;
  body: string;
}

/**
 * A 批注 on a range of one revision's text (block, start, end in that block's characters); the
 * quoted text is kept, so the note still shows what it was about after later revisions.
 */
export async function annotate(core: Core, ctx: Ctx, access: Access, documentId: string, input: AnnotationInput): Promise<{ id: string }> {
  if (!ctx.actor) throw forbidden();
  const userId = ctx.actor.userId;
  return command(core, ctx, async (w) => {
    await visibleDocument(w.tx, await readerOf(w.tx, access), documentId);
    const rev = await w.tx
      .selectFrom('document_revisions')
      .select('body_html')
      .where('document_id', '=', documentId)
      .where('revision', '=', input.revision)
      .executeTakeFirst();
    if (!rev) throw notFound();
    const block = bodyBlockTexts(rev.body_html)[input.block];
    if (block === undefined || input.start >= input.end || input.end > block.length) {
      throw invalid('ANNOTATION_RANGE', 'error.validation', {}, { start: { key: 'document.annotationRange' } });
    }
    const id = newId();
    await w.tx
      .insertInto('document_annotations')
      .values({
        id,
        document_id: documentId,
        parent_id: null,
        revision: input.revision,
        block: input.block,
        start_offset: input.start,
        end_offset: input.end,
        quote: block.slice(input.start, input.end),
        body: input.body,
        author_user_id: userId,
        created_at: nowIso(),
        resolved_by: null,
        resolved_at: null,
      })
      .execute();
    w.audit({ action: 'document.annotate', targetType: 'document', targetId: documentId, summary: '添加批注', detail: { annotationId: id } });
    return { id };
  });
}

async function thread(w: { tx: Parameters<typeof visibleDocument>[0] }, documentId: string, annotationId: string) {
  const root = await w.tx
    .selectFrom('document_annotations')
    .selectAll()
    .where('id', '=', annotationId)
    .where('document_id', '=', documentId)
    .where('parent_id', 'is', null)
    .executeTakeFirst();
  if (!root) throw notFound();
  return root;
}

/** A reply under a 批注. */
export async function replyToAnnotation(core: Core, ctx: Ctx, access: Access, documentId: string, annotationId: string, body: string): Promise<{ id: string }> {
  if (!ctx.actor) throw forbidden();
  const userId = ctx.actor.userId;
  return command(core, ctx, async (w) => {
    await visibleDocument(w.tx, await readerOf(w.tx, access), documentId);
    const root = await thread(w, documentId, annotationId);
    const id = newId();
    await w.tx
      .insertInto('document_annotations')
      .values({ ...root, id, parent_id: root.id, body, author_user_id: userId, created_at: nowIso(), resolved_by: null, resolved_at: null })
      .execute();
    w.audit({ action: 'document.annotation.reply', targetType: 'document', targetId: documentId, summary: '回复批注', detail: { annotationId } });
    return { id };
  });
}

/** Marks a 批注 resolved (or open again); its author and the drafter may. */
export async function resolveAnnotation(core: Core, ctx: Ctx, access: Access, documentId: string, annotationId: string, resolved: boolean): Promise<void> {
  if (!ctx.actor) throw forbidden();
  const userId = ctx.actor.userId;
  await command(core, ctx, async (w) => {
    const doc = await visibleDocument(w.tx, await readerOf(w.tx, access), documentId);
    const root = await thread(w, documentId, annotationId);
    if (root.author_user_id !== userId && doc.drafter_user_id !== userId) throw forbidden();
    await w.tx
      .updateTable('document_annotations')
      .set(resolved ? { resolved_by: userId, resolved_at: nowIso() } : { resolved_by: null, resolved_at: null })
      .where('id', '=', annotationId)
      .execute();
    w.audit({ action: resolved ? 'document.annotation.resolve' : 'document.annotation.reopen', targetType: 'document', targetId: documentId, summary: resolved ? '批注已解决' : '批注重新打开', detail: { annotationId } });
  });
}
