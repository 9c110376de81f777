// A syntax error report keeps the tabs of the source line before its caret (node writes a tab
// under each tab), so the caret lines up with the code however tabs are shown.
const show = (e) => console.log(JSON.stringify(String(e.stack).split('\n').slice(0, 3).join('\n').split(__dirname).join('<dir>')));
try { require('./bad.js'); } catch (e) { show(e); }
try { require('./mixed.js'); } catch (e) { show(e); }
