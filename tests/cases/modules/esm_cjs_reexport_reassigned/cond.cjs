if (process.env.RJS_CASE_NEVER_SET === 'yes') {
  module.exports = require('./o.js');
} else {
  module.exports = require('./p.js');
}
