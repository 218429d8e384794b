import { PersonSelect } from '../forms/PersonSelect';

/** The person picker inside a Form.Item, which hands it value and onChange: one user id. */
export function OnePersonField({ value, onChange }: { value?: string; onChange?(v: string | undefined): void }) {
  return <PersonSelect value={value ? [value] : []} onChange={(ids) => onChange?.(ids?.[0])} />;
}

/** The same for several user ids. */
export function PeopleField({ value, onChange }: { value?: string[]; onChange?(v: string[] | undefined): void }) {
  return <PersonSelect multiple value={value} onChange={(ids) => onChange?.(ids)} />;
}
