module.exports = 'dir/x';
