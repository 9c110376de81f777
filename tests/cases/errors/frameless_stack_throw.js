// An error whose stack the script replaced by its first line alone: node's report shows it as
// inspect does, in brackets (with its own properties).
const err = new Error('config invalid');
err.stack = 'Error: config invalid';
err.file = 'app.json';
console.log('loading');
throw err;
