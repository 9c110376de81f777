require('./hb.js');
