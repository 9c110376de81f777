// vm: contexts as separate realms whose global is the contextified object, as node 20.
const vm = require('vm');
const log = (...a) => console.log(...a);
log(Object.keys(vm), Object.keys(vm.constants), typeof vm.constants.DONT_CONTEXTIFY);

// globals the code creates appear on the object; the object's properties read as globals
const ctx = { a: 1, list: [1, 2] };
log(vm.createContext(ctx) === ctx, vm.isContext(ctx), vm.isContext({}), vm.isContext([]));
log(vm.runInContext('x = a + 1; var y = 2; function f() { return a; } list.length', ctx));
log(JSON.stringify(Object.keys(ctx)), ctx.x, ctx.y, typeof ctx.f);
log(JSON.stringify(Object.getOwnPropertyDescriptor(ctx, 'y')), JSON.stringify(Object.getOwnPropertyDescriptor(ctx, 'x')));
ctx.a = 10;
log(ctx.f(), vm.runInContext('a', ctx), vm.runInContext('typeof later', ctx));
ctx.later = 'set outside';
log(vm.runInContext('later', ctx));
log(vm.runInContext('this.viaThis = 3; viaThis + globalThis.viaThis', ctx), ctx.viaThis);
log(vm.runInContext('let z = 5; z', ctx), vm.runInContext('z', ctx), ctx.z);
log(vm.runInContext('typeof console + typeof console.log + typeof setTimeout + typeof require + typeof process', ctx));
log(vm.runInContext('console.log("not printed"); 1', ctx));
log(vm.runInContext('Array = 5; Array', ctx), ctx.Array, vm.runInContext('undefined = 5; typeof undefined', ctx));
log(vm.runInContext('delete a; typeof a', ctx), 'a' in ctx);
log(vm.runInContext('Object.keys(globalThis).join()', ctx));
log(vm.runInContext('typeof constructor + (constructor === Object)', ctx));

// realms: values cross them as in node
const arr = vm.runInNewContext('[1, 2, 3]');
log(arr instanceof Array, Array.isArray(arr), arr.constructor === Array, JSON.stringify(arr));
log(vm.runInNewContext('o instanceof Object', { o: {} }), vm.runInNewContext('new Date(0) instanceof Date') === true);
log(vm.runInNewContext('Object.getPrototypeOf(fn) === Function.prototype', { fn() {} }));
const c2 = vm.createContext({});
log(vm.runInContext('Array', c2) === Array, vm.runInContext('Array', c2) === vm.runInContext('Array', c2));
log(vm.runInContext('[].constructor === Array && ({}).constructor === Object', c2));
log(vm.runInNewContext('typeof globalThis.Array + typeof Math.max + JSON.stringify({ q: [1] }) + parseInt("12px") + encodeURIComponent("a b")'));
log(vm.runInNewContext('typeof Intl'), vm.runInNewContext('typeof Buffer'));

// errors are the context's
try { vm.runInContext('nope', c2); } catch (e) {
  log(e instanceof ReferenceError, e instanceof vm.runInContext('ReferenceError', c2), e.name, e.message);
  log(e.stack.split('\n').slice(0, 3));
}
try { vm.runInContext('null.x', c2); } catch (e) { log(e instanceof TypeError, e.name, e.constructor === vm.runInContext('TypeError', c2)); }
try { vm.runInContext('throw new RangeError("r")', c2); } catch (e) { log(e instanceof RangeError, e.name, e.message, e.stack.split('\n')[0]); }
try { vm.runInContext('null.x', c2, { filename: 'nul.js', displayErrors: false }); } catch (e) { log(e.stack.split(':')[0]); }
try { vm.runInContext('\n\nfunction f() { return missing; }\nf()', c2, { filename: 'multi.js' }); } catch (e) { log(e.stack.split('\n').slice(0, 2)); }
try { new vm.Script('x = 1\nnull.x', { filename: 'off.vm', lineOffset: 2 }).runInThisContext(); } catch (e) { log(e.stack.split('\n').slice(0, 2)); }
try { vm.runInContext('throw 42', c2); } catch (e) { log('thrown', e); }
try { vm.runInContext('(', c2); } catch (e) { log('syntax in context', e instanceof SyntaxError, e.name); }
try { vm.runInNewContext('let let = 1'); } catch (e) { log('syntax in new context', e instanceof SyntaxError, e.name); }
try { new vm.Script('('); } catch (e) { log('syntax at construction', e instanceof SyntaxError, e.name); }
try { vm.runInThisContext('a b'); } catch (e) { log('syntax in this context', e instanceof SyntaxError, e.name, e.stack.split('\n').slice(0, 3)); }
try { vm.runInThisContext('\n\n  1x', { filename: 'bad.js', lineOffset: 1 }); } catch (e) { log(e.stack.split('\n').slice(0, 2)); }

// runInThisContext sees the real global, not the module scope
globalThis.shared = 'global';
const local = 'module';
log(vm.runInThisContext('typeof local + " " + shared + " " + typeof require'));
log(vm.runInThisContext('var thisCtxVar = 1; thisCtxVar'), globalThis.thisCtxVar);
log(vm.runInThisContext('[]') instanceof Array);

// Script
const script = new vm.Script('count = (typeof count === "number" ? count : 0) + 1; count * k', { filename: 'counter.vm' });
const s1 = vm.createContext({ k: 10 });
log(script.runInContext(s1), script.runInContext(s1), s1.count, script.runInNewContext({ k: 3 }));
log(script.runInThisContext.length, typeof script.createCachedData, Buffer.isBuffer(script.createCachedData()));
const s2 = new vm.Script('1', { cachedData: Buffer.alloc(0), produceCachedData: true });
log(s2.cachedDataRejected, s2.cachedDataProduced, Buffer.isBuffer(s2.cachedData));
log(new vm.Script('2', { cachedData: Buffer.from('junk') }).cachedDataRejected, 'cachedDataRejected' in new vm.Script('3'));
log(vm.createScript('6 * 7').runInThisContext(), new vm.Script('2+2', 'name.js').runInNewContext());
log(vm.runInNewContext('var q = 1; q + 1', { }, 'file.js'), vm.runInNewContext('sb', { sb: 'from sandbox' }, { filename: 'f.js' }));

// compileFunction
const fn = vm.compileFunction('return a + b + (typeof c === "undefined" ? 0 : c)', ['a', 'b']);
log(fn(1, 2), fn.name, fn.length, typeof fn);
const withExt = vm.compileFunction('return a + c + d', ['a'], { contextExtensions: [{ c: 100 }, { d: 1000 }] });
log(withExt(1));
const inCtx = vm.compileFunction('return [] instanceof Array ? v : -1', [], { parsingContext: vm.createContext({ v: 'ctx value' }) });
log(inCtx(), inCtx() instanceof Object);
log(vm.compileFunction('"use strict"; return this')(), vm.compileFunction('return arguments.length')(1, 2, 3));

// DONT_CONTEXTIFY: the context is an ordinary global object
const g = vm.createContext(vm.constants.DONT_CONTEXTIFY);
log(vm.isContext(g), vm.runInContext('var w = 1; globalThis.w + typeof Array', g), g.w, typeof g.Array, g.Array === Array);

// promises from a context resolve through the same loop
vm.runInNewContext('Promise.resolve(5).then((v) => report(v * 2))', { report: (v) => log('promise in context', v) });
log('sync end');
