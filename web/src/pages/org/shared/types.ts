/** Shapes of the org, access and audit API replies, named as the server names them. */
export type Clearance = 'public' | 'internal' | 'secret' | 'confidential' | 'topSecret';
export const CLEARANCES: Clearance[] = ['public', 'internal', 'secret', 'confidential', 'topSecret'];

export interface Paged<T> {
  items: T[];
  total: number;
  page?: number;
  pageSize?: number;
}

export interface Department {
  id: string;
  parentId: string | null;
  name: string;
  code: string | null;
  sortOrder: number;
  enabled: boolean;
  peopleCount: number;
  children: Department[];
}

export interface Post {
  id: string;
  name: string;
  code: string;
  description: string;
  sortOrder: number;
  enabled: boolean;
}

export interface PartTime {
  departmentId: string;
  departmentName?: string;
  postId: string | null;
  postName?: string | null;
}

export interface Person {
  id: string;
  name: string;
  employeeNo: string;
  gender: 'male' | 'female' | null;
  departmentId: string;
  departmentName: string;
  postId: string | null;
  postName: string | null;
  phone: string;
  email: string;
  clearance: Clearance;
  status: 'active' | 'left';
  joinedOn: string | null;
  leftOn: string | null;
  partTime: PartTime[];
  username: string | null;
}
