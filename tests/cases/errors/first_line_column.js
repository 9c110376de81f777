const e = new Error('x'); console.log('first-line column', /:1:(\d+)\)?$/.exec(e.stack.split('\n')[1])[1]);
// A stack frame on a CommonJS file's first line counts columns from the file's own text, not
// from the module wrapper rjs compiles it in.
function f() { return new Error('y'); } console.log('second line', /:4:(\d+)\)?$/.exec(f().stack.split('\n')[1])[1]);
