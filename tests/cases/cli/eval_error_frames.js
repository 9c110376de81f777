// @cli: -e "function f() { return new Error('in f').stack; } console.log(f()); console.log(new Error('top').stack); try { null.x; } catch (e) { console.log(e.stack); }"
// Errors made by -e code: below its frames, node's frames of the run of [eval] (runScriptInThisContext ... eval_string).
