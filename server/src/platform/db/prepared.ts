import type { Compilable, CompiledQuery } from 'kysely';
import type { Db, Tx } from './index.js';

/**
 * A statement built and compiled once per database, then run with fresh parameters: for the few
 * statements every request runs, where building and compiling Kysely's query tree costs more than
 * running it. `build` is given placeholder values; the parameters passed at each run replace all of
 * the compiled query's parameters, in order.
 */
export function preparedQuery<P extends unknown[], R>(build: (db: Db | Tx) => Compilable<R>) {
  const compiled = new WeakMap<Db | Tx, CompiledQuery<R>>();
  return async (db: Db | Tx, ...parameters: P): Promise<R[]> => {
    let query = compiled.get(db);
    if (!query) {
      query = build(db).compile();
      if (query.parameters.length !== parameters.length) {
        throw new Error(`prepared query takes ${query.parameters.length} parameters, was given ${parameters.length}: ${query.sql}`);
      }
      compiled.set(db, query);
    }
    return (await db.executeQuery({ ...query, parameters } as CompiledQuery<R>)).rows;
  };
}
