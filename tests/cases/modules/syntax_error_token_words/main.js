// Files that do not parse (bad/cN.js and the same text in bad/mN.mjs): the error names the
// unexpected token in V8's words (number, string, identifier, keyword, reserved word, call
// arguments), for require() and import().
const fs = require('fs');
const path = require('path');
(async () => {
  for (let i = 0; i < 17; i++) {
    const src = fs.readFileSync(path.join(__dirname, 'bad', `c${i}.js`), 'utf8').trim();
    let a, b;
    try { require(`./bad/c${i}.js`); } catch (e) { a = `${e.name}: ${e.message}`; }
    try { await import(`./bad/m${i}.mjs`); } catch (e) { b = `${e.name}: ${e.message}`; }
    console.log(JSON.stringify(src), '|', a, '|', b);
  }
})();
