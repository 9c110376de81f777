const show = (f) => { try { return f(); } catch (e) { return `${e.code}: ${e.message.split('\n')[0].replace(/\/[^ ]*\/require_hash_no_imports/g, '.')}`; } };
module.exports = [show(() => require('#own')), show(() => require('#legacy'))];
