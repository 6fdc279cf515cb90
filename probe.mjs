import { PGlite } from '@electric-sql/pglite'
let t0=Date.now()
const db = new PGlite(); await db.waitReady
console.log('open', Date.now()-t0)
t0=Date.now(); const dump = await db.dumpDataDir('none'); console.log('dump', Date.now()-t0, dump.size)
t0=Date.now(); const db2 = new PGlite({loadDataDir: dump}); await db2.waitReady; console.log('load', Date.now()-t0)
console.log((await db2.query('select 1 as x')).rows)
