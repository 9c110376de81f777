// Strings: concatenation, slicing, case changes, split/join, indexOf, template literals.
let total = 0;
const words = [];
for (let i = 0; i < 30000; i++) {
  const s = `item-${i}-${(i * 7919) % 1000}`;
  const up = s.toUpperCase();
  total += up.indexOf('-') + s.length + s.slice(2, 6).charCodeAt(1);
  words.push(s.split('-').reverse().join('+'));
}
const joined = words.join(',');
console.log(total, joined.length, joined.slice(0, 40));
