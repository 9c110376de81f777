// module.register() resolves its hooks module as node does (against parentURL, 'data:' by default;
// an options object may carry parentURL): a specifier that does not resolve throws node's error.
// (Hooks themselves do not run in rjs.)
import { register } from 'node:module';
const t = (l, f) => { try { const r = f(); console.log(l, 'ok', r); } catch (e) { console.log(l, 'ERR', e.code, e.message.replace(import.meta.dirname, '<d>').replace(import.meta.dirname, '<d>')); } };
t('rel no parent', () => register('./nope.mjs'));
t('rel parent missing', () => register('./nope.mjs', import.meta.url));
t('rel parent obj', () => register('./nope.mjs', { parentURL: import.meta.url }));
t('bare missing', () => register('no-such-pkg', import.meta.url));
t('num', () => register(5, import.meta.url));
t('url obj', () => register(new URL('./nope2.mjs', import.meta.url)));
t('ok', () => register('./hooks.mjs', import.meta.url));
t('data', () => register('data:text/javascript,export {}'));
