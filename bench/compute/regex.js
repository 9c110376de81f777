// Regular expressions: test, exec with groups, global replace, split.
const lines = [];
for (let i = 0; i < 4000; i++) lines.push(`2024-0${1 + (i % 9)}-1${i % 10} user${i}@example.com GET /api/v${i % 3}/items/${i}?q=${i * 3}`);
const re = /^(\d{4})-(\d{2})-(\d{2}) (\w+)@([\w.]+) (GET|POST) (\/[^?\s]*)(?:\?(.*))?$/;
let count = 0;
let sum = 0;
for (const l of lines) {
  const m = re.exec(l);
  if (m) { count++; sum += Number(m[3]) + m[7].length; }
  sum += l.replace(/\d/g, '#').split(/[\/?]/).length;
  if (/v1\/items/.test(l)) sum++;
}
console.log(count, sum);
