// A CommonJS file that declares a name twice at its top level: node refuses to run it (the
// module wrapper's body is a function body, which has the same early errors as a script).
console.log('not printed');
let x = 1;
let x = 2;
