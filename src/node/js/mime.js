// util.MIMEType and util.MIMEParams: node 20's parser (WHATWG mimesniff), its error messages
// (ERR_INVALID_MIME_SYNTAX with the index of the first bad character) and serialization.
'use strict';

const { codes } = require('internal/errors');

const NOT_HTTP_TOKEN_CODE_POINT = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const NOT_HTTP_QUOTED_STRING_CODE_POINT = /[^\t\u0020-~\u0080-\u00FF]/;
const END_BEGINNING_WHITESPACE = /[^\r\n\t ]|$/;
const START_ENDING_WHITESPACE = /[\r\n\t ]*$/;
const EQUALS_SEMICOLON_OR_END = /[;=]|$/;
const QUOTED_VALUE_PATTERN = /^(?:([\\]$)|[\\][\s\S]|[^"])*(?:(")|$)/u;

function syntaxError(production, str, index) {
  const err = new codes.ERR_INVALID_MIME_SYNTAX(production, str, index);
  return err;
}

function toASCIILower(str) {
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : str[i];
  }
  return out;
}

function parseTypeAndSubtype(str) {
  let position = str.search(END_BEGINNING_WHITESPACE);
  const typeEnd = str.indexOf('/', position);
  const trimmedType = typeEnd === -1 ? str.slice(position) : str.slice(position, typeEnd);
  const invalidTypeIndex = trimmedType.search(NOT_HTTP_TOKEN_CODE_POINT);
  if (trimmedType === '' || invalidTypeIndex !== -1 || typeEnd === -1) throw syntaxError('type', str, invalidTypeIndex);
  position = typeEnd + 1;
  const type = toASCIILower(trimmedType);
  const subtypeEnd = str.indexOf(';', position);
  const rawSubtype = subtypeEnd === -1 ? str.slice(position) : str.slice(position, subtypeEnd);
  position += rawSubtype.length;
  if (subtypeEnd !== -1) position++;
  const trimmedSubtype = rawSubtype.slice(0, rawSubtype.search(START_ENDING_WHITESPACE));
  const invalidSubtypeIndex = trimmedSubtype.search(NOT_HTTP_TOKEN_CODE_POINT);
  if (trimmedSubtype === '' || invalidSubtypeIndex !== -1) throw syntaxError('subtype', str, invalidSubtypeIndex);
  return [type, toASCIILower(trimmedSubtype), position];
}

function removeBackslashes(str) {
  let ret = '';
  let i;
  for (i = 0; i < str.length - 1; i++) {
    const c = str[i];
    if (c === '\\') { i++; ret += str[i]; } else ret += c;
  }
  if (i === str.length - 1) ret += str[i];
  return ret;
}

function encode(value) {
  if (value.length === 0) return '""';
  if (value.search(NOT_HTTP_TOKEN_CODE_POINT) === -1) return value;
  let escaped = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    escaped += c === '"' || c === '\\' ? `\\${c}` : c;
  }
  return `"${escaped}"`;
}

class MIMEParams {
  #data = new Map();

  delete(name) { this.#data.delete(name); }
  get(name) { return this.#data.has(name) ? this.#data.get(name) : null; }
  has(name) { return this.#data.has(name); }
  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const invalidNameIndex = name.search(NOT_HTTP_TOKEN_CODE_POINT);
    if (name.length === 0 || invalidNameIndex !== -1) throw syntaxError('parameter name', name, invalidNameIndex);
    const invalidValueIndex = value.search(NOT_HTTP_QUOTED_STRING_CODE_POINT);
    if (invalidValueIndex !== -1) throw syntaxError('parameter value', value, invalidValueIndex);
    this.#data.set(name, value);
  }
  *entries() { yield* this.#data.entries(); }
  *keys() { yield* this.#data.keys(); }
  *values() { yield* this.#data.values(); }
  toString() {
    let ret = '';
    for (const [key, value] of this.#data) {
      if (ret.length) ret += ';';
      ret += `${key}=${encode(value)}`;
    }
    return ret;
  }

  // Fills `params` from `str` starting at `position` (node's parseParametersString).
  static parse(str, position, params) {
    const map = params.#data;
    const endOfSource = str.slice(position).search(START_ENDING_WHITESPACE) + position;
    while (position < endOfSource) {
      position += str.slice(position).search(END_BEGINNING_WHITESPACE);
      const afterName = str.slice(position).search(EQUALS_SEMICOLON_OR_END) + position;
      const name = toASCIILower(str.slice(position, afterName));
      position = afterName;
      if (position < endOfSource) {
        const c = str.charAt(position);
        position += 1;
        if (c === ';') continue;
      }
      if (position >= endOfSource) break;
      let value = null;
      if (str.charAt(position) === '"') {
        position += 1;
        const inside = QUOTED_VALUE_PATTERN.exec(str.slice(position));
        position += inside[0].length;
        const text = inside[1] || inside[2] ? inside[0].slice(0, -1) : inside[0];
        value = removeBackslashes(text);
        if (inside[1]) value += '\\';
      } else {
        const valueEnd = str.indexOf(';', position);
        const raw = valueEnd === -1 ? str.slice(position) : str.slice(position, valueEnd);
        position += raw.length;
        const trimmed = raw.slice(0, raw.search(START_ENDING_WHITESPACE));
        if (trimmed === '') continue;
        value = trimmed;
      }
      if (name !== '' && name.search(NOT_HTTP_TOKEN_CODE_POINT) === -1 &&
          value.search(NOT_HTTP_QUOTED_STRING_CODE_POINT) === -1 && !map.has(name)) {
        map.set(name, value);
      }
      position++;
    }
  }
}
Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  value: MIMEParams.prototype.entries, writable: true, configurable: true, enumerable: false,
});
Object.defineProperty(MIMEParams.prototype, 'toJSON', {
  value: MIMEParams.prototype.toString, writable: true, configurable: true, enumerable: false,
});
const parseParams = MIMEParams.parse;
delete MIMEParams.parse;

class MIMEType {
  #type;
  #subtype;
  #parameters;

  constructor(string) {
    string = `${string}`;
    const [type, subtype, position] = parseTypeAndSubtype(string);
    this.#type = type;
    this.#subtype = subtype;
    this.#parameters = new MIMEParams();
    parseParams(string, position, this.#parameters);
  }
  get type() { return this.#type; }
  set type(v) {
    v = `${v}`;
    const i = v.search(NOT_HTTP_TOKEN_CODE_POINT);
    if (v.length === 0 || i !== -1) throw syntaxError('type', v, i);
    this.#type = toASCIILower(v);
  }
  get subtype() { return this.#subtype; }
  set subtype(v) {
    v = `${v}`;
    const i = v.search(NOT_HTTP_TOKEN_CODE_POINT);
    if (v.length === 0 || i !== -1) throw syntaxError('subtype', v, i);
    this.#subtype = toASCIILower(v);
  }
  get essence() { return `${this.#type}/${this.#subtype}`; }
  get params() { return this.#parameters; }
  toString() {
    let ret = `${this.#type}/${this.#subtype}`;
    const params = this.#parameters.toString();
    if (params.length) ret += `;${params}`;
    return ret;
  }
}
Object.defineProperty(MIMEType.prototype, 'toJSON', {
  value: MIMEType.prototype.toString, writable: true, configurable: true, enumerable: false,
});

module.exports = { MIMEType, MIMEParams };
