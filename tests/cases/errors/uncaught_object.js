// An uncaught thrown plain object is shown with util.inspect under the throw statement.
console.log("before");
throw { code: 42, detail: [1, 2] };
