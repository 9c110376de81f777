exports.name = 'dep';
