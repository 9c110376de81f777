// atob follows node's forgiving-base64 checks: which malformed inputs are "Invalid character"
// and which are "not correctly encoded".
const inputs = ['', 'YQ==', 'YQ', 'YQ=', 'Y', 'YQ===', ' Y Q = = ', 'Y\tQ\n', 'YW\fJj', '@@@@', 'ab-_', 'YQ==YQ==',
  '=', '==', 'YWJjZA', 'YWJjZA=', 'YWJjZA==', 'YWJjZB==', 'AAA', 'AAAAA', 'AAAAA=', 'A=', 'AAAA=', 'AAAAAAA==', 'AA==AA', 'ÿÿ', null, 12];
for (const s of inputs) {
  try { console.log(JSON.stringify(s), JSON.stringify(atob(s))); } catch (e) { console.log(JSON.stringify(s), e.name, e.code, e.message); }
}
