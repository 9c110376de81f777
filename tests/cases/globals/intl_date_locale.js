// Date locale formatting: ECMA-402 ToDateTimeOptions defaults per toLocaleString/DateString/
// TimeString (and their invalid-option TypeErrors), ' at ' joins for long dates, and en-GB order,
// 24-hour clock and padding.
function f(g) { try { return g(); } catch (e) { return e.name + ": " + e.message; } }
for (const h of [9, 19]) {
const d = new Date(Date.UTC(2024, 0, 5, h, 5, 9));
for (const o of [{},{hour12:false},{hour:"numeric"},{hour:"numeric",minute:"2-digit"},{hour:"numeric",minute:"2-digit",hour12:false},{hour:"numeric",minute:"2-digit",hour12:true},{hour:"2-digit",minute:"2-digit"},{hour:"numeric",minute:"2-digit",hourCycle:"h23"},{timeStyle:"short"},{timeStyle:"short",hour12:true},{dateStyle:"short",timeStyle:"medium"},{dateStyle:"full",timeStyle:"short"},{dateStyle:"long",timeStyle:"short"},{dateStyle:"medium",timeStyle:"short"},{dateStyle:"full"},{dateStyle:"long"},{dateStyle:"medium"},{dateStyle:"short"},{month:"numeric",day:"numeric"},{year:"numeric",month:"2-digit",day:"2-digit"},{year:"2-digit",month:"2-digit",day:"2-digit"},{weekday:"long",month:"long",day:"numeric"},{weekday:"long",year:"numeric",month:"long",day:"numeric"},{weekday:"short",day:"numeric",month:"short",year:"numeric"},{month:"short",day:"numeric"},{month:"long"},{year:"numeric",month:"short"},{weekday:"short"}])
  for (const loc of ['en-US', 'en-GB'])
    console.log(loc, JSON.stringify(o), '|', d.toLocaleString(loc, { timeZone: 'UTC', ...o }), '|', f(() => d.toLocaleDateString(loc, { timeZone: 'UTC', ...o })), '|', f(() => d.toLocaleTimeString(loc, { timeZone: 'UTC', ...o })), '|', new Intl.DateTimeFormat(loc, { timeZone: 'UTC', ...o }).format(d));
}
