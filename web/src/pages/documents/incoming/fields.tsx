import { AttachmentInput } from '../../workflow/forms/AttachmentInput';
import { DateInput } from '../../workflow/forms/dateInputs';
import { DepartmentSelect } from '../../workflow/forms/DepartmentSelect';
// The upload button's and pickers' own strings.
import '../../workflow/forms/i18n';

/** Inputs as Form.Item children: the item hands each its value and onChange. */

/** A 'YYYY-MM-DD' date. */
export const DateField = ({ value, onChange }: { value?: string; onChange?(v?: string): void }) => <DateInput value={value} onChange={(v) => onChange?.(v)} />;

/** Stored files' ids, uploaded as they are chosen. */
export const FilesField = ({ value, onChange }: { value?: string[]; onChange?(v: string[]): void }) => <AttachmentInput value={value} onChange={(ids) => onChange?.(ids ?? [])} />;

/** One department of the org chart. */
export const DepartmentField = ({ value, onChange, placeholder }: { value?: string; onChange?(v?: string): void; placeholder?: string }) => (
  <DepartmentSelect value={value ? [value] : []} onChange={(ids) => onChange?.(ids?.[0])} placeholder={placeholder} />
);
