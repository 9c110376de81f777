// An invalid URL's TypeError starts at node's frame (`new URL (node:internal/url:806:29)`), and a
// failed href assignment is node's JS-made ERR_INVALID_URL (`TypeError [ERR_INVALID_URL]`, with
// `input`) from `set href [as href]`, at full Error.stackTraceLimit.
const top = (e) => e.stack.split('\n').slice(0, 2).join('\n');
try { new URL('not a url'); } catch (e) { console.log(top(e), e.code, e.input, Object.keys(e)); }
try { new URL('/rel', 'also bad'); } catch (e) { console.log(top(e), e.input, e.base); }
const u = new URL('http://x/');
try { u.href = 'bad'; } catch (e) { console.log(top(e), e.name, e.code, e.input, Object.keys(e), String(e)); }
try { new URL('x'); } catch (e) { console.log(e.stack.split('\n').length); }
Error.stackTraceLimit = 1;
try { new URL('x'); } catch (e) { console.log(e.stack); }
Error.stackTraceLimit = 0;
try { u.href = 'y'; } catch (e) { console.log(e.stack); }
