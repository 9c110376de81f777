exports.y = 'y from cjs';
