console.log('a file under test/ with no tests');
console.error('and a line on stderr');
