// An exception rethrown from a catch block survives a finally block that calls an async function (functions, generators, async functions and generators).
async function close() { }
async function* g() {
  try { yield 1; throw new Error('boom'); }
  catch (e) { throw e; }
  finally { close(); }
}
(async () => { try { for await (const x of g()) console.log('x', x); console.log('done'); } catch (e) { console.log('caught', e.message); } })();
async function* g2() {
  try { throw new Error('boom2'); }
  catch (e) { throw e; }
  finally { close(); }
}
g2().next().then((r) => console.log('resolved', r), (e) => console.log('rejected', e.message));
async function f3() {
  try { throw new Error('boom3'); }
  catch (e) { throw e; }
  finally { close(); }
}
f3().then((r) => console.log('resolved3', r), (e) => console.log('rejected3', e.message));
function* g4() {
  try { throw new Error('boom4'); }
  catch (e) { throw e; }
  finally { close(); }
}
try { g4().next(); console.log('no throw 4'); } catch (e) { console.log('caught4', e.message); }
function f5() {
  try { throw new Error('boom5'); }
  catch (e) { throw e; }
  finally { close(); }
}
try { f5(); console.log('no throw 5'); } catch (e) { console.log('caught5', e.message); }
function id() {}
function f6() {
  try { throw new Error('boom6'); }
  catch (e) { throw e; }
  finally { id(); }
}
try { f6(); console.log('no throw 6'); } catch (e) { console.log('caught6', e.message); }
function* g7() { try { yield 1; } catch (e) { throw e; } finally { close(); console.log('finally 7'); } }
const it7 = g7(); it7.next(); console.log(it7.return(5));
function f8() { try { throw 1; } catch (e) { throw 2; } finally { try { throw 3; } catch {} } }
try { f8(); } catch (e) { console.log('caught8', e); }
