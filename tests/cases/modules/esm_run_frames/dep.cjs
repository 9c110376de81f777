console.log(new Error('dep cjs').stack); module.exports = 1;
