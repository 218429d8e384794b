import dayjs, { type Dayjs } from 'dayjs';

/** Form.Item props that keep a date field as 'YYYY-MM-DD' text while a DatePicker edits it. */
export const dateItemProps = {
  getValueProps: (value?: string | null) => ({ value: value ? dayjs(value) : undefined }),
  normalize: (value?: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined),
};

/** Drops empty text, null and undefined values, for create payloads whose optional fields reject ''. */
export function withoutEmpty<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Partial<T>;
}
