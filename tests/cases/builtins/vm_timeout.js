// vm's `timeout`: a running loop is stopped, nothing inside the script can catch it (no catch
// or finally runs), the caller gets node's ERR_SCRIPT_EXECUTION_TIMEOUT error, nested timeouts
// report the one that expired, and code that finishes in time is unaffected.
const vm = require('vm');
function show(label, e) {
  console.log(label, e.name, e.code, e.message, Object.keys(e), e.stack.split('\n')[0]);
}
try { vm.runInNewContext('while (true) {}', {}, { timeout: 50 }); } catch (e) { show('loop', e); }
try {
  vm.runInThisContext('try { for (;;) {} } catch (e) { console.log("caught inside") } finally { console.log("finally inside") }', { timeout: 20 });
} catch (e) { show('this', e); console.log(e instanceof Error); }
const s = new vm.Script('let n = 0; for (let i = 0; i < 1e5; i++) n += i; n');
console.log(s.runInNewContext({}, { timeout: 1000 }));
try { vm.runInNewContext('function f() { for (const x of [1].values()) { while (x) {} } } f()', {}, { timeout: 30 }); } catch (e) { show('fn', e); }
try { vm.runInNewContext('vm.runInNewContext("for(;;){}", {}, { timeout: 100000 })', { vm }, { timeout: 30 }); } catch (e) { show('outer first', e); }
console.log(vm.runInNewContext('try { vm.runInNewContext("for(;;){}", {}, { timeout: 20 }) } catch (e) { e.message }', { vm }, { timeout: 100000 }));
try { vm.runInNewContext('1', {}, { timeout: 0 }); } catch (e) { console.log(e.code, e.message); }
try { vm.runInNewContext('1', {}, { timeout: 'x' }); } catch (e) { console.log(e.code); }
let n = 0;
for (let i = 0; i < 10000; i++) n++;
console.log('main loops still run', n);
