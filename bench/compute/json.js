// JSON: stringify and parse a nested document repeatedly.
const doc = { users: [] };
for (let i = 0; i < 300; i++) {
  doc.users.push({ id: i, name: `user${i}`, tags: ['a', 'b', String(i)], active: i % 2 === 0,
    profile: { age: 20 + (i % 50), score: i * 1.5, address: { city: 'X' + (i % 10), zip: 10000 + i } } });
}
let n = 0;
for (let r = 0; r < 20; r++) {
  const text = JSON.stringify(doc);
  const back = JSON.parse(text);
  n += text.length + back.users[r].profile.address.zip;
}
console.log(n);
