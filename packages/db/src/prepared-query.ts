import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/** A query's SQL and, per parameter, either the name of the argument it takes or a constant. */
export interface QueryTemplate {
  sql: string;
  params: ({ arg: string } | { value: unknown })[];
}

const MARK = '\u0000arg:';

/** Stands in for any query's arguments: reading `a.accountId` gives the marker for accountId. */
const MARKERS = new Proxy({}, { get: (_target, name) => `${MARK}${String(name)}` }) as never;

/**
 * Builds and compiles a query once, with a marker in place of each argument, so it can be run again
 * by binding values by name. `build` must use its arguments only as values (Kysely passes them
 * through as parameters), never to decide the query's shape.
 */
export function queryTemplate<A>(
  db: Kysely<Database>,
  build: (db: Kysely<Database>, a: A) => Compilable,
): QueryTemplate {
  const compiled = build(db, MARKERS).compile();
  return {
    sql: compiled.sql,
    params: compiled.parameters.map((value) =>
      typeof value === 'string' && value.startsWith(MARK) ? { arg: value.slice(MARK.length) } : { value },
    ),
  };
}

export function bind(template: QueryTemplate, args: object): unknown[] {
  return template.params.map((p) => ('arg' in p ? (args as Record<string, unknown>)[p.arg] : p.value));
}

/**
 * A hot query without Kysely's per-call work: building and compiling an item read and its session
 * lookup took ~10% of the server's time per request (BENCHMARKS.md). The query is compiled once per
 * database handle; each call binds its arguments and runs the same SQL through the same driver.
 */
export function preparedQuery<A extends object, R>(
  build: (db: Kysely<Database>, a: A) => Compilable<R>,
): (db: Kysely<Database>, a: A) => Promise<R[]> {
  const templates = new WeakMap<Kysely<Database>, QueryTemplate>();
  return async (db, a) => {
    let template = templates.get(db);
    if (!template) {
      template = queryTemplate(db, build);
      templates.set(db, template);
    }
    const result = await db.executeQuery<R>(CompiledQuery.raw(template.sql, bind(template, a)));
    return result.rows;
  };
}
