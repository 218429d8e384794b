import { useMemo, useRef, useState } from 'react';
import { App, Button, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { fileUrl, uploadFile, useFileInfos, type FileInfo } from './api';

interface Props {
  value?: string[];
  onChange(value: string[] | undefined): void;
}

/** Uploads files to POST /api/files as they are chosen; the value is the stored files' ids. */
export function AttachmentInput({ value = [], onChange }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const infos = useFileInfos(value);
  const [uploaded, setUploaded] = useState<Record<string, FileInfo>>({});
  const [pending, setPending] = useState<UploadFile[]>([]);
  // Several uploads may finish before the next render: each adds to the latest list, not a stale one.
  const latest = useRef(value);
  latest.current = value;
  const commit = (ids: string[]) => {
    latest.current = ids;
    onChange(ids.length ? ids : undefined);
  };

  const fileList = useMemo<UploadFile[]>(() => {
    const names = new Map((infos.data?.items ?? []).map((f) => [f.id, f.name]));
    const stored = value.map((id) => ({
      uid: id,
      name: uploaded[id]?.name ?? names.get(id) ?? id,
      status: 'done' as const,
      url: fileUrl(id),
    }));
    return [...stored, ...pending];
  }, [value, infos.data, uploaded, pending]);

  const without = (uid: string) => setPending((list) => list.filter((f) => f.uid !== uid));
  const upsert = (file: UploadFile) => setPending((list) => [...list.filter((f) => f.uid !== file.uid), file]);

  return (
    <Upload
      fileList={fileList}
      multiple
      customRequest={({ file, onSuccess, onError }) => {
        uploadFile(file as File).then(
          (info) => onSuccess?.(info),
          (err: Error) => onError?.(err),
        );
      }}
      onChange={({ file }) => {
        if (file.status === 'uploading') upsert(file);
        else if (file.status === 'error') {
          upsert(file);
          message.error(t('wfForm.uploadFailed', { name: file.name }));
        } else if (file.status === 'done') {
          const info = file.response as FileInfo;
          without(file.uid);
          setUploaded((m) => ({ ...m, [info.id]: info }));
          commit([...latest.current, info.id]);
        } else if (file.status === 'removed') {
          if (pending.some((f) => f.uid === file.uid)) without(file.uid);
          else commit(latest.current.filter((id) => id !== file.uid));
        }
      }}
    >
      <Button icon={<UploadOutlined />}>{t('wfForm.upload')}</Button>
    </Upload>
  );
}
