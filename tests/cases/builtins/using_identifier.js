// `using` is an ordinary identifier in node 20 (no explicit resource management), as rxjs's
// `exports.using = using;` needs.
function using(resourceFactory) { return `using ${resourceFactory()}`; }
exports.using = using;
var x = using;
const o = { using: 1, f: using };
console.log(exports.using(() => 'r'), x === using, o.using, typeof o.f, [using].length);
let using2 = 2; console.log(using2);
