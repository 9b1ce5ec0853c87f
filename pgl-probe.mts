import { PGlite } from "@electric-sql/pglite";
const c = new PGlite();
await c.query("create table t (key varchar(255) primary key, points int, expire bigint)");
await c.query("insert into t values ($1,$2,$3)", ["a", 1, Date.now()]);
const r = await c.query("select * from t");
console.log(r.rows, typeof (r.rows[0] as any).expire);
