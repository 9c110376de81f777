global.count = (global.count || 0) + 1; module.exports = global.count;
