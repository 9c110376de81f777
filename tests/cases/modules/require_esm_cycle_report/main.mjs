// An ES module whose CommonJS import require()s it back, uncaught: ERR_REQUIRE_CYCLE_MODULE
// reported at node's esm/loader:376 (first stderr line), exit code 1.
import result from './b.cjs';
export default 'hello';
console.log('import b.cjs from a.mjs', result);
