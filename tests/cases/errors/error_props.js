const e = new Error('msg', { cause: 'why' });
console.log(e.message, e.name, e.cause, e instanceof Error);
console.log(typeof e.stack, e.stack.split('\n')[0]);
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; this.code = 'E_MINE'; } }
try { throw new MyErr('mine'); } catch (err) { console.log(err.name, err.code, String(err)); }
const o = {};
Error.captureStackTrace(o);
console.log(typeof o.stack);
try { null.x; } catch (err) { console.log(err.constructor.name); }
try { undefinedVar; } catch (err) { console.log(err.name); }
