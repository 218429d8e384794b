/** The form contract, shared with the server (type-only imports: nothing of the server is bundled). */
export type { FieldType, FormDefinition, FormField, FormValues } from '@server/modules/workflow/forms/types';
export type { FieldRight } from '@server/modules/workflow/definition/types';

/** A date range value: 'YYYY-MM-DD' ends; days in workdays, computed by the server. */
export interface DateRangeValue {
  start: string;
  end: string;
  days?: number;
}

export type TableRow = Record<string, unknown>;
