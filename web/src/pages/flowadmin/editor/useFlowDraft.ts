import { useMemo, useState } from 'react';
import { App } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { useShowError } from '../../org/shared/feedback';
import { splitPublishErrors, validateTreeClient, type FlowErrors } from '../../workflow/designer';
import { marksOfBody } from './bodyErrors';
import { DEFINITIONS_KEY, publishDefinition, updateDefinition, validateDefinition, type FlowDetail, type FlowDraft } from '../api';

/** The server's verdict on the draft as it was when checked. */
interface Check {
  /** publish: a refused publish; save: a draft the server would not store; check: problems of a saved draft. */
  kind: 'publish' | 'save' | 'check';
  fields: Record<string, string>;
  tree: string;
  form: string;
}

export interface Marks {
  kind: Check['kind'];
  flow: FlowErrors;
  form: Record<string, string>;
}

/** What was refused, split between the drawing and the form. */
export type Refusal = ReturnType<typeof splitPublishErrors>;

const draftOf = (d: FlowDetail): FlowDraft => ({
  name: d.name,
  category: d.category,
  description: d.description,
  adminUserId: d.adminUserId,
  starters: d.starters,
  tree: d.tree,
  form: d.form,
});

/**
 * The editor's working copy of a flow: what changed since the last save, saving, publishing, and
 * the problems to mark. The server's marks stay until the drawing or the form changes; from then
 * on the designer's own quick checks keep the marks current until the next save or publish.
 */
export function useFlowDraft(detail: FlowDetail) {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const showError = useShowError();
  const [draft, setDraft] = useState<FlowDraft>(() => draftOf(detail));
  const [saved, setSaved] = useState(() => JSON.stringify(draftOf(detail)));
  const [check, setCheck] = useState<Check | null>(null);
  const [busy, setBusy] = useState<'save' | 'publish' | null>(null);

  const json = JSON.stringify(draft);
  const dirty = json !== saved;
  const treeJson = JSON.stringify(draft.tree);
  const formJson = JSON.stringify(draft.form);

  const marks = useMemo<Marks | null>(() => {
    if (!check) return null;
    const server = splitPublishErrors(check.fields);
    const unchanged = check.tree === treeJson && check.form === formJson;
    return {
      kind: check.kind,
      flow: unchanged ? server.flow : validateTreeClient(draft.tree, draft.form),
      form: check.form === formJson ? server.form : {},
    };
  }, [check, treeJson, formJson, draft.tree, draft.form]);

  const update = (patch: Partial<FlowDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const store = async () => {
    await updateDefinition(detail.id, draft);
    setSaved(json);
  };
  const remember = (kind: Check['kind'], fields: Record<string, string>) =>
    setCheck(Object.keys(fields).length ? { kind, fields, tree: treeJson, form: formJson } : null);
  const refresh = () => client.invalidateQueries({ queryKey: [DEFINITIONS_KEY] });

  /** Marks what the server refused (an invalid flow, or a draft it would not store); other errors are shown. */
  const refused = (err: unknown): Refusal | null => {
    const invalid = err instanceof ApiError && err.code === 'FLOW_INVALID';
    const fields = invalid ? err.fields : err instanceof ApiError && err.code === 'VALIDATION_FAILED' ? marksOfBody(err.fields, draft) : {};
    if (!Object.keys(fields).length) {
      showError(err);
      return null;
    }
    remember(invalid ? 'publish' : 'save', fields);
    return splitPublishErrors(fields);
  };

  /**
   * Saves the draft, then asks the server what would stop it from being published. Returns the
   * marks of a refused save (for the editor to open the faulty tab).
   */
  const save = async (): Promise<Refusal | null> => {
    setBusy('save');
    try {
      await store();
      const verdict = await validateDefinition(detail.id);
      const fields: Record<string, string> = {};
      for (const p of verdict.problems) fields[p.at] ??= p.message;
      remember('check', fields);
      message.success(t('flowadmin.saved'));
      await refresh();
      return null;
    } catch (err) {
      return refused(err);
    } finally {
      setBusy(null);
    }
  };

  /** Saves, then publishes; returns the marks of a refusal, as save does. */
  const publish = async (): Promise<Refusal | null> => {
    setBusy('publish');
    try {
      await store();
      const { version } = await publishDefinition(detail.id);
      setCheck(null);
      message.success(t('flowadmin.published', { version }));
      await refresh();
      return null;
    } catch (err) {
      void refresh();
      return refused(err);
    } finally {
      setBusy(null);
    }
  };

  return { draft, update, dirty, marks, busy, save, publish };
}
