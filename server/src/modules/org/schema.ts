import { z } from 'zod';
import { pageQuery, text } from '../../platform/http/validation.js';

export const CLEARANCES = ['public', 'internal', 'secret', 'confidential', 'topSecret'] as const;
export const CLEARANCE_LABELS: Record<(typeof CLEARANCES)[number], string> = {
  public: '非密',
  internal: '内部',
  secret: '秘密',
  confidential: '机密',
  topSecret: '绝密',
};
export const GENDERS = ['male', 'female'] as const;
export const GENDER_LABELS: Record<(typeof GENDERS)[number], string> = { male: '男', female: '女' };

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const code = text(64, 1).regex(/^[A-Za-z0-9._-]+$/);
const sortOrder = z.number().int().min(0).max(1_000_000);
const phone = text(32).regex(/^[0-9+\- ]*$/);
const email = z.union([z.literal(''), z.email().max(128)]);
const date = z.iso.date();

export const treeQuery = z.strictObject({ includeDisabled: flag.optional() });

export const departmentCreateBody = z.strictObject({
  parentId: z.uuid().nullable(),
  name: text(64, 1),
  code: code.optional(),
  sortOrder: sortOrder.optional(),
});
export const departmentUpdateBody = z.strictObject({
  name: text(64, 1).optional(),
  code: code.nullable().optional(),
  sortOrder: sortOrder.optional(),
});
export const departmentMoveBody = z.strictObject({ parentId: z.uuid().nullable(), sortOrder: sortOrder.optional() });

export const postListQuery = z.strictObject({ includeDisabled: flag.optional() });
export const postCreateBody = z.strictObject({
  name: text(64, 1),
  code,
  description: text(500).optional(),
  sortOrder: sortOrder.optional(),
});
export const postUpdateBody = postCreateBody.partial();

export const partTimeItem = z.strictObject({ departmentId: z.uuid(), postId: z.uuid().nullable().optional() });
const partTime = z.array(partTimeItem).max(10);

export const peopleFilters = {
  q: text(64).optional(),
  departmentId: z.uuid().optional(),
  includeSub: flag.optional(),
  postId: z.uuid().optional(),
  status: z.enum(['active', 'left']).optional(),
  clearance: z.enum(CLEARANCES).optional(),
};
export const peopleQuery = z.strictObject({ ...pageQuery, ...peopleFilters });
export const exportQuery = z.strictObject(peopleFilters);
export type PeopleFilters = z.output<typeof exportQuery>;

export const personJoinBody = z.strictObject({
  name: text(32, 1),
  employeeNo: text(32, 1),
  gender: z.enum(GENDERS).nullable().optional(),
  departmentId: z.uuid(),
  postId: z.uuid().nullable().optional(),
  phone: phone.optional(),
  email: email.optional(),
  joinedOn: date.optional(),
  partTime: partTime.optional(),
  username: text(64, 2).regex(/^[a-z][a-z0-9._-]*$/).optional(),
});
export type JoinInput = z.output<typeof personJoinBody>;

export const personUpdateBody = z.strictObject({
  name: text(32, 1).optional(),
  gender: z.enum(GENDERS).nullable().optional(),
  phone: phone.optional(),
  email: email.optional(),
  employeeNo: text(32, 1).optional(),
  partTime: partTime.optional(),
});
export type UpdateInput = z.output<typeof personUpdateBody>;

export const transferBody = z.strictObject({ departmentId: z.uuid(), postId: z.uuid().nullable(), partTime: partTime.optional() });
export type TransferInput = z.output<typeof transferBody>;
export const leaveBody = z.strictObject({ leftOn: date.optional(), reason: text(500).optional() });
export const clearanceBody = z.strictObject({ clearance: z.enum(CLEARANCES) });

export const addressBookQuery = z.strictObject({ ...pageQuery, q: text(64).optional(), departmentId: z.uuid().optional() });
/** `ids` names users to show (e.g. those already picked), comma-separated. */
export const directoryUsersQuery = z.strictObject({
  ...pageQuery,
  q: text(64).optional(),
  ids: z
    .string()
    .max(3700)
    .transform((v) => v.split(',').filter(Boolean))
    .pipe(z.array(z.uuid()).max(100))
    .optional(),
});

/** One row of an import file, after the cells are read as text. */
export const importRow = z.strictObject({
  name: text(32, 1),
  employeeNo: text(32, 1),
  gender: z.enum(GENDERS).nullable(),
  department: text(64, 1),
  post: text(64).nullable(),
  phone,
  email,
  clearance: z.enum(CLEARANCES),
  joinedOn: date.nullable(),
});
export type ImportRow = z.output<typeof importRow>;
