// Bootstrap: runs once per runtime with the native `binding`; sets up the internal module
// system, `process`, the globals node has (most of them lazily) and returns the entry points
// the Rust side drives: runMain, turn, drainTicks, fatal, exit.
'use strict';

const builtinCache = Object.create(null);
const internalBindings = Object.create(null);

function internalBinding(name) {
  if (name === 'native') return binding;
  if (name in internalBindings) return internalBindings[name];
  throw new Error(`No such binding: ${name}`);
}

// Loads a built-in (or internal) module from its embedded source, once.
function requireBuiltin(name) {
  const cached = builtinCache[name];
  if (cached !== undefined) return cached.exports;
  const src = binding.builtinSource(name);
  if (src === undefined) return undefined;
  const mod = { exports: {}, id: name, loaded: false };
  builtinCache[name] = mod;
  const fn = binding.compileFunction(src, 'exports, require, module, internalBinding, process',
    'node:' + name);
  fn.call(mod.exports, mod.exports, requireBuiltin, mod, internalBinding, process);
  mod.loaded = true;
  return mod.exports;
}
internalBindings.requireBuiltin = requireBuiltin;

// `process` must exist before any built-in runs (they receive it as a parameter).
var process = {};
internalBindings.process = process;
const loop = requireBuiltin('internal/loop');
requireBuiltin('internal/process');

Object.defineProperty(globalThis, 'process', { value: process, writable: true, configurable: true, enumerable: false });
Object.defineProperty(globalThis, 'global', { value: globalThis, writable: true, configurable: true, enumerable: false });

// Globals node defines as plain functions.
function defineGlobal(name, value) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: true });
}
defineGlobal('setTimeout', loop.setTimeout);
defineGlobal('clearTimeout', loop.clearTimeout);
defineGlobal('setInterval', loop.setInterval);
defineGlobal('clearInterval', loop.clearInterval);
defineGlobal('setImmediate', loop.setImmediate);
defineGlobal('clearImmediate', loop.clearImmediate);
defineGlobal('queueMicrotask', function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'function', callback);
  }
  Promise.resolve().then(() => {
    try { callback(); } catch (e) { loop.fatal(e); }
  });
});

// Globals loaded on first use. They stay accessors: replacing an accessor with a data property
// from inside its own getter confuses Boa 0.22's property caches (a later call through the
// same bytecode reads the wrong slot), so the getter caches the value instead.
function lazyGlobal(name, load, enumerable = false) {
  let value;
  let loaded = false;
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable,
    get() {
      if (!loaded) { value = load(); loaded = true; }
      return value;
    },
    set(v) { value = v; loaded = true; },
  });
}
lazyGlobal('console', () => requireBuiltin('console'));
lazyGlobal('Buffer', () => requireBuiltin('buffer').Buffer);
lazyGlobal('URL', () => requireBuiltin('url').URL);
lazyGlobal('URLSearchParams', () => requireBuiltin('url').URLSearchParams);
lazyGlobal('TextEncoder', () => requireBuiltin('internal/web').TextEncoder);
lazyGlobal('TextDecoder', () => requireBuiltin('internal/web').TextDecoder);
lazyGlobal('AbortController', () => requireBuiltin('internal/web').AbortController);
lazyGlobal('AbortSignal', () => requireBuiltin('internal/web').AbortSignal);
lazyGlobal('Event', () => requireBuiltin('internal/web').Event);
lazyGlobal('EventTarget', () => requireBuiltin('internal/web').EventTarget);
lazyGlobal('CustomEvent', () => requireBuiltin('internal/web').CustomEvent);
lazyGlobal('DOMException', () => requireBuiltin('internal/web').DOMException);
lazyGlobal('structuredClone', () => requireBuiltin('internal/web').structuredClone, true);
lazyGlobal('atob', () => requireBuiltin('buffer').atob, true);
lazyGlobal('btoa', () => requireBuiltin('buffer').btoa, true);
lazyGlobal('performance', () => requireBuiltin('perf_hooks').performance, true);

// Node's Error.prototype.stack starts with "Name: message"; Boa's accessor gives frames only.
{
  const desc = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
  if (desc && desc.get) {
    const frames = desc.get;
    Object.defineProperty(Error.prototype, 'stack', {
      configurable: true,
      enumerable: false,
      get() {
        let head;
        try { head = Error.prototype.toString.call(this); } catch { head = 'Error'; }
        const f = frames.call(this);
        if (f === undefined) return head;
        // Drop the frames of the bootstrap itself and of native call trampolines.
        const lines = f.split('\n').filter((l) => l && !l.includes('(node:internal/bootstrap') && !/^ {4}at (call|apply) \(native\)$/.test(l));
        return lines.length ? head + '\n' + lines.join('\n') : head;
      },
      set(v) {
        Object.defineProperty(this, 'stack', { value: v, writable: true, configurable: true, enumerable: false });
      },
    });
  }
  if (!Error.captureStackTrace) {
    Object.defineProperty(Error, 'captureStackTrace', {
      value: function captureStackTrace(obj) {
        if (obj === null || typeof obj !== 'object') {
          const { codes } = requireBuiltin('internal/errors');
          throw new codes.ERR_INVALID_ARG_TYPE('object', 'object', obj);
        }
        const stack = new Error().stack;
        const rest = stack.split('\n').slice(2);
        let head;
        try { head = Error.prototype.toString.call(obj); } catch { head = 'Error'; }
        Object.defineProperty(obj, 'stack', { value: [head, ...rest].join('\n'), writable: true, configurable: true, enumerable: false });
      },
      writable: true, configurable: true, enumerable: false,
    });
  }
  if (Error.stackTraceLimit === undefined) Error.stackTraceLimit = 10;
}

const cjs = requireBuiltin('internal/cjs_loader');
internalBindings.module = cjs.Module;

return {
  runMain: cjs.runMain,
  turn: loop.turn,
  drainTicks: loop.drainTicks,
  fatal: loop.fatal,
  exit: loop.exit,
};
