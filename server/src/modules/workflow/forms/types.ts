import { z } from 'zod';

/**
 * A form definition: an ordered list of fields. Values are stored by field id:
 * text → string; number → number; money → integer fen; date → 'YYYY-MM-DD'; datetime → ISO string;
 * dateRange → {start, end, days} (days counted in workdays); select/radio → string;
 * checkbox → string[]; person → user ids (string[]); department → department ids (string[]);
 * attachment → file ids (string[]); table → row objects keyed by column id;
 * computed → number (the server computes it; submitted values are ignored); description → none.
 */
export const FIELD_TYPES = [
  'text', 'textarea', 'number', 'money', 'date', 'datetime', 'dateRange', 'select', 'radio', 'checkbox',
  'person', 'department', 'attachment', 'table', 'description', 'computed',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

const option = z.strictObject({ label: z.string().min(1).max(60), value: z.string().min(1).max(60) });

export interface FormField {
  id: string;
  type: FieldType;
  label: string;
  required?: boolean;
  placeholder?: string;
  /** Help text under the field, or the text itself for a description field. */
  description?: string;
  options?: { label: string; value: string }[];
  min?: number;
  max?: number;
  maxLength?: number;
  /** number: at most this many decimal places (0 = whole numbers); any when absent. */
  decimals?: number;
  /** person/department: several allowed. */
  multiple?: boolean;
  /** table: its columns (no nested tables); number/money columns get a sum row. */
  columns?: FormField[];
  /** computed: sum or product of number/money fields, or of a table column as "tableId.columnId". */
  compute?: { op: 'sum' | 'product'; fields: string[] };
}

export const formField: z.ZodType<FormField> = z.lazy(() =>
  z.strictObject({
    id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/),
    type: z.enum(FIELD_TYPES),
    label: z.string().trim().min(1).max(60),
    required: z.boolean().optional(),
    placeholder: z.string().max(100).optional(),
    description: z.string().max(2000).optional(),
    options: z.array(option).max(100).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    maxLength: z.number().int().positive().max(20_000).optional(),
    decimals: z.number().int().min(0).max(6).optional(),
    multiple: z.boolean().optional(),
    columns: z.array(formField).max(30).optional(),
    compute: z.strictObject({ op: z.enum(['sum', 'product']), fields: z.array(z.string()).min(1).max(20) }).optional(),
  }),
) as z.ZodType<FormField>;

export const formDefinition = z.strictObject({ fields: z.array(formField).max(100) });
export type FormDefinition = z.infer<typeof formDefinition>;
export type FormValues = Record<string, unknown>;
