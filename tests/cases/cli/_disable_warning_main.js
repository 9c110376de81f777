// --disable-warning=code-or-type: those warnings are not printed; 'warning' listeners still get
// them. (Printed warnings go to a file here, to compare them.)
const fs = require('fs');
process.on('warning', (w) => console.log('listener', w.name, w.code));
process.emitWarning('a', 'DeprecationWarning', 'DEP0001');
process.emitWarning('b', 'DeprecationWarning', 'DEP0002');
process.emitWarning('c', 'ExperimentalWarning');
process.emitWarning('d');
setTimeout(() => {
  const text = fs.readFileSync('_disabled_warnings.tmp', 'utf8');
  fs.unlinkSync('_disabled_warnings.tmp');
  console.log(text.replace(/\(node:\d+\)/g, '(node:PID)'));
}, 200);
