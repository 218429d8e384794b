import { useQuery } from '@tanstack/react-query';
import { get } from '../../../api/client';
import type { Department, Post } from './types';

/** The whole department tree, disabled branches included (they are marked). */
export const useDepartmentTree = () =>
  useQuery({ queryKey: ['departments', 'tree'], queryFn: () => get<Department[]>('/api/departments/tree?includeDisabled=true') });

export const usePosts = () => useQuery({ queryKey: ['posts'], queryFn: () => get<Post[]>('/api/posts') });

/** Every department of the tree in depth-first order. */
export function flattenDepartments(tree: Department[]): Department[] {
  return tree.flatMap((d) => [d, ...flattenDepartments(d.children)]);
}
