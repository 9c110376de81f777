// --redirect-warnings=FILE: warnings are appended to the file instead of stderr.
const fs = require('fs');
process.emitWarning('first');
process.emitWarning('second', 'DeprecationWarning', 'DEP0999');
setTimeout(() => {
  const text = fs.readFileSync('_redirected_warnings.tmp', 'utf8');
  fs.unlinkSync('_redirected_warnings.tmp');
  console.log(text.replace(/\(node:\d+\)/g, '(node:PID)'));
}, 200);
