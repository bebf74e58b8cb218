import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.js';

describe('withStatementCache', () => {
  it('reuses one prepared statement per SQL text and still runs each with its own parameters', () => {
    const sqlite = new BetterSqlite3(':memory:');
    let prepared = 0;
    const counting = {
      close: () => sqlite.close(),
      prepare: (sql: string) => {
        prepared++;
        return sqlite.prepare(sql);
      },
    };
    const db = withStatementCache(counting);
    db.prepare('create table t (n integer)').run([]);
    for (let n = 0; n < 5; n++) db.prepare('insert into t (n) values (?)').run([n]);
    expect(db.prepare('select sum(n) as s from t where n > ?').all([1])).toEqual([{ s: 9 }]);
    expect(db.prepare('select sum(n) as s from t where n > ?').all([3])).toEqual([{ s: 4 }]);
    expect(prepared).toBe(3);
    db.close();
  });

  it('forgets the least recently used statement beyond its limit', () => {
    const sqlite = new BetterSqlite3(':memory:');
    let prepared = 0;
    const db = withStatementCache(
      { close: () => sqlite.close(), prepare: (sql: string) => (prepared++, sqlite.prepare(sql)) },
      2,
    );
    db.prepare('select 1');
    db.prepare('select 2');
    db.prepare('select 1');
    db.prepare('select 3');
    db.prepare('select 1');
    expect(prepared).toBe(3);
    db.prepare('select 2');
    expect(prepared).toBe(4);
    db.close();
  });
});
