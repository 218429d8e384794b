/** Where to go after logging in: a path on this site, else home ('//host' and '/\host' name another host to a browser). */
export const safeNext = (next: string | null | undefined): string => (next && /^\/(?![/\\])/.test(next) ? next : '/');
