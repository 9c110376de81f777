console.log('x');
const = 5;
