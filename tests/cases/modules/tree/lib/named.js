exports.name = 'internal via pattern';
