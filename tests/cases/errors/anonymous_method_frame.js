// An anonymous function's frame is named by the property it was called through (V8's
// method name): `Timeout._onTimeout`, `Object.handler`.
const obj = { handler: function () { return new Error('m').stack.split('\n')[1].replace(/\(.*\)/, '(X)'); } };
console.log(obj.handler());
setTimeout(function () { console.log(new Error('t').stack.split('\n')[1].replace(/\(.*\)/, '(X)')); }, 1);
