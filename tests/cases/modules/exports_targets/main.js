// "exports"/"imports" target rules: array fallbacks skip only invalid targets, condition key
// order, patterns, targets without "./" (ERR_INVALID_PACKAGE_TARGET), mixed keys
// (ERR_INVALID_PACKAGE_CONFIG), ".." and node_modules segments (ERR_INVALID_MODULE_SPECIFIER).
const t = (f) => { try { console.log(f()); } catch (e) { console.log('ERR', e.name, e.code, String(e.message).split(__dirname).join('<D>').split('\n')[0]); } };
t(() => require('arr'));
t(() => require('arr/inv'));
t(() => require('order'));
t(() => require('star/sub/x'));
t(() => require('star/x/q/y'));
t(() => require('star/nope'));
t(() => require('invt'));
t(() => require('mixed'));
t(() => require('@s/p/sub'));
t(() => require('@s/p'));
t(() => require('@s'));
t(() => require('plain/other'));
t(() => require('plain/'));
t(() => require('plain/other.js'));
t(() => require('trav/a.js'));
t(() => require('trav/../order'));
t(() => require('trav/node_modules/x'));
t(() => require('esmonly'));
t(() => require.resolve('esmonly'));
import('./esm.mjs');
t(() => require('#star/sub/x'));
t(() => require('#bad'));
t(() => require('#rel/other'));
