// Intl.supportedValuesOf: node 20's time zone list (ICU's names, no Etc/ or UTC), currency codes
// and units; an unknown key is a RangeError.
const zones = Intl.supportedValuesOf('timeZone');
console.log(zones.length, zones.includes('Asia/Calcutta'), zones.includes('Asia/Kolkata'), zones.includes('UTC'));
console.log(zones.join(' '));
console.log(Intl.supportedValuesOf('currency').join(' '));
console.log(Intl.supportedValuesOf('unit').join(' '));
try { Intl.supportedValuesOf('colour'); } catch (e) { console.log(e.name, e.message); }
