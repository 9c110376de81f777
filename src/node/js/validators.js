// Argument validation shared by built-ins; throws node's ERR_* errors.
'use strict';

// internal/errors is loaded on the first failure only: path (and so every start-up) uses these.
const codes = () => require('internal/errors').codes;

function validateString(value, name) {
  if (typeof value !== 'string') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'string', value);
}
function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) || ((min != null || max != null) && Number.isNaN(value))) {
    throw new (codes().ERR_OUT_OF_RANGE)(name, `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`, value);
  }
}
// The bounds are literals and `value % 1 !== 0` is Number.isInteger's test for a number (NaN
// and infinities give NaN): half the cost of reading them through `Number` in the interpreter.
function validateInteger(value, name, min = -9007199254740991, max = 9007199254740991) {
  if (typeof value !== 'number') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'number', value);
  if (value % 1 !== 0) throw new (codes().ERR_OUT_OF_RANGE)(name, 'an integer', value);
  if (value < min || value > max) throw new (codes().ERR_OUT_OF_RANGE)(name, `>= ${min} && <= ${max}`, value);
}
function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  validateInteger(value, name, min, max);
}
function validateUint32(value, name, positive = false) {
  validateInteger(value, name, positive ? 1 : 0, 4294967295);
}
function validateFunction(value, name) {
  if (typeof value !== 'function') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'Function', value);
}
function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'boolean', value);
}
function validateObject(value, name, options) {
  const allowNull = options && options.allowNullable;
  const allowArray = options && options.allowArray;
  const allowFunction = options && options.allowFunction;
  if ((!allowNull && value === null) || (!allowArray && Array.isArray(value)) ||
      (typeof value !== 'object' && (!allowFunction || typeof value !== 'function'))) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'Object', value);
  }
}
function validateArray(value, name) {
  if (!Array.isArray(value)) throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'Array', value);
}
function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw new (codes().ERR_INVALID_ARG_VALUE)(name, value, 'must be one of: ' + allowed);
  }
}
function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'AbortSignal', signal);
  }
}

// The symbol util.promisify reads a callback's value names from (node's customPromisifyArgs):
// fs.read resolves { bytesRead, buffer }, fs.write { bytesWritten, buffer }, and so on.
const kCustomPromisifyArgs = Symbol('customPromisifyArgs');

module.exports = {
  kCustomPromisifyArgs,
  validateString, validateNumber, validateInteger, validateInt32, validateUint32, validateFunction, validateBoolean,
  validateObject, validateArray, validateOneOf, validateAbortSignal,
};
