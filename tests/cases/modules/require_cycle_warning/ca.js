class Parent {}
module.exports = class Child extends Parent {};
require('./cb.js');
