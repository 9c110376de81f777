// Web-platform globals node provides: TextEncoder/TextDecoder, Event/EventTarget/CustomEvent,
// MessageEvent, AbortController/AbortSignal, DOMException, structuredClone (with transfer lists);
// plus the hooks node's NodeEventTarget (MessagePort, in worker_threads) builds on.
'use strict';

const { codes } = require('internal/errors');

// ---- TextEncoder / TextDecoder ------------------------------------------------------------------
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const isUint8Array = (v) => ArrayBuffer.isView(v) && !(v instanceof DataView) &&
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get.call(v) === 'Uint8Array';

// How util.inspect names an object past its depth: '[TextEncoder]', '[Sub [TextEncoder]]'.
function pastDepthName(obj, tag) {
  const name = (typeof obj.constructor === 'function' && obj.constructor.name) || 'Object';
  return name === tag ? `[${tag}]` : `[${name} [${tag}]]`;
}
let isTextEncoder;
class TextEncoder {
  #brand = true;
  get encoding() {
    if (!isTextEncoder(this)) throw new codes.ERR_INVALID_THIS('TextEncoder');
    return 'utf-8';
  }
  encode(input = '') {
    if (!isTextEncoder(this)) throw new codes.ERR_INVALID_THIS('TextEncoder');
    return internalBinding('encoding').encodeUtf8(`${input}`);
  }
  encodeInto(src, dest) {
    if (!isTextEncoder(this)) throw new codes.ERR_INVALID_THIS('TextEncoder');
    if (typeof src !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('src', 'string', src);
    if (!dest || !isUint8Array(dest)) throw new codes.ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const [read, written] = internalBinding('encoding').encodeIntoUtf8(src, dest);
    return { read, written };
  }
  [customInspectSymbol](depth, opts) {
    if (!isTextEncoder(this)) throw new codes.ERR_INVALID_THIS('TextEncoder');
    // node returns `this`, which inspect names as past its depth: node's instances have an own
    // symbol, so they never print as an empty `TextEncoder {}`.
    if (typeof depth === 'number' && depth < 0) return pastDepthName(this, 'TextEncoder');
    return require('internal/inspect').inspect({ encoding: this.encoding }, opts);
  }
  static {
    isTextEncoder = (v) => v !== null && typeof v === 'object' && #brand in v;
  }
}
for (const k of ['encoding', 'encode', 'encodeInto']) Object.defineProperty(TextEncoder.prototype, k, { enumerable: true });
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });

const encodingLabels = {
  'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8'],
  'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le'],
  'utf-16be': ['unicodefffe', 'utf-16be'],
  'windows-1252': ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100',
    'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252'],
  // The multi-byte legacy encodings, decoded natively (node/encoding.rs).
  'shift_jis': ['csshiftjis', 'ms932', 'ms_kanji', 'shift-jis', 'shift_jis', 'sjis', 'windows-31j', 'x-sjis'],
  'euc-jp': ['cseucpkdfmtjapanese', 'euc-jp', 'x-euc-jp'],
  'iso-2022-jp': ['csiso2022jp', 'iso-2022-jp'],
  'gbk': ['chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80', 'gbk', 'iso-ir-58', 'x-gbk'],
  'gb18030': ['gb18030'],
  'big5': ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5'],
  'euc-kr': ['cseuckr', 'csksc56011987', 'euc-kr', 'iso-ir-149', 'korean', 'ks_c_5601-1987', 'ks_c_5601-1989', 'ksc5601',
    'ksc_5601', 'windows-949'],
  // WHATWG's replacement encoding, which node does not decode (it names it in the error).
  'replacement': ['csiso2022kr', 'hz-gb-2312', 'iso-2022-cn', 'iso-2022-cn-ext', 'iso-2022-kr', 'replacement'],
};
// Decoded natively (node/encoding.rs), UTF-8 and UTF-16 too.
const kNativeEncodings = new Set(['utf-8', 'utf-16le', 'utf-16be', 'shift_jis', 'euc-jp', 'iso-2022-jp', 'gbk', 'gb18030', 'big5', 'euc-kr']);
const kBomEncodings = new Set(['utf-8', 'utf-16le', 'utf-16be']);
// The single-byte encodings node 20 (full ICU) decodes: [labels, bytes 0x80-0xff as ICU maps
// them ('~' is the byte's own code point, U+FFFD an unmapped byte)]. Tables generated from
// node's own TextDecoder output.
const kSingleByte = {
  'ibm866': ['866 cp866 csibm866 ibm866',
    '\u0410\u0411\u0412\u0413\u0414\u0415\u0416\u0417\u0418\u0419\u041a\u041b\u041c\u041d\u041e\u041f\u0420\u0421\u0422\u0423\u0424\u0425\u0426\u0427\u0428\u0429\u042a\u042b\u042c\u042d\u042e\u042f\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u0439\u043a\u043b\u043c\u043d\u043e\u043f\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255d\u255c\u255b\u2510\u2514\u2534\u252c\u251c\u2500\u253c\u255e\u255f\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044a\u044b\u044c\u044d\u044e\u044f\u0401\u0451\u0404\u0454\u0407\u0457\u040e\u045e°\u2219·\u221a\u2116¤\u25a0\u00a0'],
  'iso-8859-2': ['csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2',
    '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\u0104\u02d8\u0141~\u013d\u015a~~\u0160\u015e\u0164\u0179~\u017d\u017b~\u0105\u02db\u0142~\u013e\u015b\u02c7~\u0161\u015f\u0165\u017a\u02dd\u017e\u017c\u0154~~\u0102~\u0139\u0106~\u010c~\u0118~\u011a~~\u010e\u0110\u0143\u0147~~\u0150~~\u0158\u016e~\u0170~~\u0162~\u0155~~\u0103~\u013a\u0107~\u010d~\u0119~\u011b~~\u010f\u0111\u0144\u0148~~\u0151~~\u0159\u016f~\u0171~~\u0163\u02d9'],
  'iso-8859-3': ['csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3',
    '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\u0126\u02d8~~\ufffd\u0124~~\u0130\u015e\u011e\u0134~\ufffd\u017b~\u0127~~~~\u0125~~\u0131\u015f\u011f\u0135~\ufffd\u017c~~~\ufffd~\u010a\u0108~~~~~~~~~\ufffd~~~~\u0120~~\u011c~~~~\u016c\u015c~~~~\ufffd~\u010b\u0109~~~~~~~~~\ufffd~~~~\u0121~~\u011d~~~~\u016d\u015d\u02d9'],
  'iso-8859-4': ['csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4',
    '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\u0104\u0138\u0156~\u0128\u013b~~\u0160\u0112\u0122\u0166~\u017d~~\u0105\u02db\u0157~\u0129\u013c\u02c7~\u0161\u0113\u0123\u0167\u014a\u017e\u014b\u0100~~~~~~\u012e\u010c~\u0118~\u0116~~\u012a\u0110\u0145\u014c\u0136~~~~~\u0172~~~\u0168\u016a~\u0101~~~~~~\u012f\u010d~\u0119~\u0117~~\u012b\u0111\u0146\u014d\u0137~~~~~\u0173~~~\u0169\u016b\u02d9'],
  'iso-8859-5': ['csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988',
    '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\u0401\u0402\u0403\u0404\u0405\u0406\u0407\u0408\u0409\u040a\u040b\u040c~\u040e\u040f\u0410\u0411\u0412\u0413\u0414\u0415\u0416\u0417\u0418\u0419\u041a\u041b\u041c\u041d\u041e\u041f\u0420\u0421\u0422\u0423\u0424\u0425\u0426\u0427\u0428\u0429\u042a\u042b\u042c\u042d\u042e\u042f\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u0439\u043a\u043b\u043c\u043d\u043e\u043f\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044a\u044b\u044c\u044d\u044e\u044f\u2116\u0451\u0452\u0453\u0454\u0455\u0456\u0457\u0458\u0459\u045a\u045b\u045c§\u045e\u045f'],
  'iso-8859-6': ['arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987',
    '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\ufffd\ufffd\ufffd~\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\u060c~\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\u061b\ufffd\ufffd\ufffd\u061f\ufffd\u0621\u0622\u0623\u0624\u0625\u0626\u0627\u0628\u0629\u062a\u062b\u062c\u062d\u062e\u062f\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063a\ufffd\ufffd\ufffd\ufffd\ufffd\u0640\u0641\u0642\u0643\u0644\u0645\u0646\u0647\u0648\u0649\u064a\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd'],
  'iso-8859-7': ['csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek',
    '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\u2018\u2019~\u20ac\u20af~~~~\u037a~~~\ufffd\u2015~~~~\u0384\u0385\u0386~\u0388\u0389\u038a~\u038c~\u038e\u038f\u0390\u0391\u0392\u0393\u0394\u0395\u0396\u0397\u0398\u0399\u039a\u039b\u039c\u039d\u039e\u039f\u03a0\u03a1\ufffd\u03a3\u03a4\u03a5\u03a6\u03a7\u03a8\u03a9\u03aa\u03ab\u03ac\u03ad\u03ae\u03af\u03b0\u03b1\u03b2\u03b3\u03b4\u03b5\u03b6\u03b7\u03b8\u03b9\u03ba\u03bb\u03bc\u03bd\u03be\u03bf\u03c0\u03c1\u03c2\u03c3\u03c4\u03c5\u03c6\u03c7\u03c8\u03c9\u03ca\u03cb\u03cc\u03cd\u03ce\ufffd'],
  'iso-8859-8': ['csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 iso_8859-8 iso_8859-8:1988 visual',
    '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\ufffd~~~~~~~~×~~~~~~~~~~~~~~~÷~~~~\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\u2017\u05d0\u05d1\u05d2\u05d3\u05d4\u05d5\u05d6\u05d7\u05d8\u05d9\u05da\u05db\u05dc\u05dd\u05de\u05df\u05e0\u05e1\u05e2\u05e3\u05e4\u05e5\u05e6\u05e7\u05e8\u05e9\u05ea\ufffd\ufffd\u200e\u200f\ufffd'],
  'iso-8859-8-i': ['csiso88598i iso-8859-8-i logical',
    '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\ufffd~~~~~~~~×~~~~~~~~~~~~~~~÷~~~~\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\u2017\u05d0\u05d1\u05d2\u05d3\u05d4\u05d5\u05d6\u05d7\u05d8\u05d9\u05da\u05db\u05dc\u05dd\u05de\u05df\u05e0\u05e1\u05e2\u05e3\u05e4\u05e5\u05e6\u05e7\u05e8\u05e9\u05ea\ufffd\ufffd\u200e\u200f\ufffd'],
  'iso-8859-10': ['csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6',
    '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\u0104\u0112\u0122\u012a\u0128\u0136~\u013b\u0110\u0160\u0166\u017d~\u016a\u014a~\u0105\u0113\u0123\u012b\u0129\u0137~\u013c\u0111\u0161\u0167\u017e\u2015\u016b\u014b\u0100~~~~~~\u012e\u010c~\u0118~\u0116~~~~\u0145\u014c~~~~\u0168~\u0172~~~~~~\u0101~~~~~~\u012f\u010d~\u0119~\u0117~~~~\u0146\u014d~~~~\u0169~\u0173~~~~~\u0138'],
  'iso-8859-13': ['iso-8859-13 iso8859-13 iso885913',
    '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\u201d~~~\u201e~~Ø~\u0156~~~~Æ~~~~\u201c~~~ø~\u0157~~~~æ\u0104\u012e\u0100\u0106~~\u0118\u0112\u010c~\u0179\u0116\u0122\u0136\u012a\u013b\u0160\u0143\u0145~\u014c~~~\u0172\u0141\u015a\u016a~\u017b\u017d~\u0105\u012f\u0101\u0107~~\u0119\u0113\u010d~\u017a\u0117\u0123\u0137\u012b\u013c\u0161\u0144\u0146~\u014d~~~\u0173\u0142\u015b\u016b~\u017c\u017e\u2019'],
  'iso-8859-14': ['iso-8859-14 iso8859-14 iso885914',
    '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\u1e02\u1e03~\u010a\u010b\u1e0a~\u1e80~\u1e82\u1e0b\u1ef2~~\u0178\u1e1e\u1e1f\u0120\u0121\u1e40\u1e41~\u1e56\u1e81\u1e57\u1e83\u1e60\u1ef3\u1e84\u1e85\u1e61~~~~~~~~~~~~~~~~\u0174~~~~~~\u1e6a~~~~~~\u0176~~~~~~~~~~~~~~~~~\u0175~~~~~~\u1e6b~~~~~~\u0177~'],
  'iso-8859-15': ['csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9',
    '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\u20ac~\u0160~\u0161~~~~~~~~~~~\u017d~~~\u017e~~~\u0152\u0153\u0178~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~'],
  'koi8-r': ['cskoi8r koi koi8 koi8-r koi8_r',
    '\u2500\u2502\u250c\u2510\u2514\u2518\u251c\u2524\u252c\u2534\u253c\u2580\u2584\u2588\u258c\u2590\u2591\u2592\u2593\u2320\u25a0\u2219\u221a\u2248\u2264\u2265\u00a0\u2321°²·÷\u2550\u2551\u2552\u0451\u2553\u2554\u2555\u2556\u2557\u2558\u2559\u255a\u255b\u255c\u255d\u255e\u255f\u2560\u2561\u0401\u2562\u2563\u2564\u2565\u2566\u2567\u2568\u2569\u256a\u256b\u256c©\u044e\u0430\u0431\u0446\u0434\u0435\u0444\u0433\u0445\u0438\u0439\u043a\u043b\u043c\u043d\u043e\u043f\u044f\u0440\u0441\u0442\u0443\u0436\u0432\u044c\u044b\u0437\u0448\u044d\u0449\u0447\u044a\u042e\u0410\u0411\u0426\u0414\u0415\u0424\u0413\u0425\u0418\u0419\u041a\u041b\u041c\u041d\u041e\u041f\u042f\u0420\u0421\u0422\u0423\u0416\u0412\u042c\u042b\u0417\u0428\u042d\u0429\u0427\u042a'],
  'koi8-u': ['koi8-ru koi8-u',
    '\u2500\u2502\u250c\u2510\u2514\u2518\u251c\u2524\u252c\u2534\u253c\u2580\u2584\u2588\u258c\u2590\u2591\u2592\u2593\u2320\u25a0\u2219\u221a\u2248\u2264\u2265\u00a0\u2321°²·÷\u2550\u2551\u2552\u0451\u0454\u2554\u0456\u0457\u2557\u2558\u2559\u255a\u255b\u0491\u255d\u255e\u255f\u2560\u2561\u0401\u0404\u2563\u0406\u0407\u2566\u2567\u2568\u2569\u256a\u0490\u256c©\u044e\u0430\u0431\u0446\u0434\u0435\u0444\u0433\u0445\u0438\u0439\u043a\u043b\u043c\u043d\u043e\u043f\u044f\u0440\u0441\u0442\u0443\u0436\u0432\u044c\u044b\u0437\u0448\u044d\u0449\u0447\u044a\u042e\u0410\u0411\u0426\u0414\u0415\u0424\u0413\u0425\u0418\u0419\u041a\u041b\u041c\u041d\u041e\u041f\u042f\u0420\u0421\u0422\u0423\u0416\u0412\u042c\u042b\u0417\u0428\u042d\u0429\u0427\u042a'],
  'macintosh': ['csmacintosh mac macintosh x-mac-roman',
    'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü\u2020°~~§\u2022¶ß®~\u2122´¨\u2260ÆØ\u221e~\u2264\u2265¥~\u2202\u2211\u220f\u03c0\u222bªº\u03a9æø¿¡¬\u221a\u0192\u2248\u2206«»\u2026\u00a0ÀÃÕ\u0152\u0153\u2013\u2014\u201c\u201d\u2018\u2019÷\u25caÿ\u0178\u2044\u20ac\u2039\u203a\ufb01\ufb02\u2021·\u201a\u201e\u2030ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙ\u0131\u02c6\u02dc¯\u02d8\u02d9\u02da¸\u02dd\u02db\u02c7'],
  'windows-874': ['dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874',
    '\u20ac~~~~\u2026~~~~~~~~~~~\u2018\u2019\u201c\u201d\u2022\u2013\u2014~~~~~~~~~\u0e01\u0e02\u0e03\u0e04\u0e05\u0e06\u0e07\u0e08\u0e09\u0e0a\u0e0b\u0e0c\u0e0d\u0e0e\u0e0f\u0e10\u0e11\u0e12\u0e13\u0e14\u0e15\u0e16\u0e17\u0e18\u0e19\u0e1a\u0e1b\u0e1c\u0e1d\u0e1e\u0e1f\u0e20\u0e21\u0e22\u0e23\u0e24\u0e25\u0e26\u0e27\u0e28\u0e29\u0e2a\u0e2b\u0e2c\u0e2d\u0e2e\u0e2f\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\uf8c1\uf8c2\uf8c3\uf8c4\u0e3f\u0e40\u0e41\u0e42\u0e43\u0e44\u0e45\u0e46\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e\u0e4f\u0e50\u0e51\u0e52\u0e53\u0e54\u0e55\u0e56\u0e57\u0e58\u0e59\u0e5a\u0e5b\uf8c5\uf8c6\uf8c7\uf8c8'],
  'windows-1250': ['cp1250 windows-1250 x-cp1250',
    '\u20ac~\u201a~\u201e\u2026\u2020\u2021~\u2030\u0160\u2039\u015a\u0164\u017d\u0179~\u2018\u2019\u201c\u201d\u2022\u2013\u2014~\u2122\u0161\u203a\u015b\u0165\u017e\u017a~\u02c7\u02d8\u0141~\u0104~~~~\u015e~~~~\u017b~~\u02db\u0142~~~~~\u0105\u015f~\u013d\u02dd\u013e\u017c\u0154~~\u0102~\u0139\u0106~\u010c~\u0118~\u011a~~\u010e\u0110\u0143\u0147~~\u0150~~\u0158\u016e~\u0170~~\u0162~\u0155~~\u0103~\u013a\u0107~\u010d~\u0119~\u011b~~\u010f\u0111\u0144\u0148~~\u0151~~\u0159\u016f~\u0171~~\u0163\u02d9'],
  'windows-1251': ['cp1251 windows-1251 x-cp1251',
    '\u0402\u0403\u201a\u0453\u201e\u2026\u2020\u2021\u20ac\u2030\u0409\u2039\u040a\u040c\u040b\u040f\u0452\u2018\u2019\u201c\u201d\u2022\u2013\u2014~\u2122\u0459\u203a\u045a\u045c\u045b\u045f~\u040e\u045e\u0408~\u0490~~\u0401~\u0404~~~~\u0407~~\u0406\u0456\u0491~~~\u0451\u2116\u0454~\u0458\u0405\u0455\u0457\u0410\u0411\u0412\u0413\u0414\u0415\u0416\u0417\u0418\u0419\u041a\u041b\u041c\u041d\u041e\u041f\u0420\u0421\u0422\u0423\u0424\u0425\u0426\u0427\u0428\u0429\u042a\u042b\u042c\u042d\u042e\u042f\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u0439\u043a\u043b\u043c\u043d\u043e\u043f\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044a\u044b\u044c\u044d\u044e\u044f'],
  'windows-1253': ['cp1253 windows-1253 x-cp1253',
    '\u20ac~\u201a\u0192\u201e\u2026\u2020\u2021~\u2030~\u2039~~~~~\u2018\u2019\u201c\u201d\u2022\u2013\u2014~\u2122~\u203a~~~~~\u0385\u0386~~~~~~~~~~~~\u2015~~~~\u0384~~~\u0388\u0389\u038a~\u038c~\u038e\u038f\u0390\u0391\u0392\u0393\u0394\u0395\u0396\u0397\u0398\u0399\u039a\u039b\u039c\u039d\u039e\u039f\u03a0\u03a1\ufffd\u03a3\u03a4\u03a5\u03a6\u03a7\u03a8\u03a9\u03aa\u03ab\u03ac\u03ad\u03ae\u03af\u03b0\u03b1\u03b2\u03b3\u03b4\u03b5\u03b6\u03b7\u03b8\u03b9\u03ba\u03bb\u03bc\u03bd\u03be\u03bf\u03c0\u03c1\u03c2\u03c3\u03c4\u03c5\u03c6\u03c7\u03c8\u03c9\u03ca\u03cb\u03cc\u03cd\u03ce\ufffd'],
  'windows-1254': ['cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254',
    '\u20ac~\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152~~~~\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153~~\u0178~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\u011e~~~~~~~~~~~~\u0130\u015e~~~~~~~~~~~~~~~~~\u011f~~~~~~~~~~~~\u0131\u015f~'],
  'windows-1255': ['cp1255 windows-1255 x-cp1255',
    '\u20ac~\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030~\u2039~~~~~\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122~\u203a~~~~~~~~\u20aa~~~~~×~~~~~~~~~~~~~~~÷~~~~~\u05b0\u05b1\u05b2\u05b3\u05b4\u05b5\u05b6\u05b7\u05b8\u05b9\ufffd\u05bb\u05bc\u05bd\u05be\u05bf\u05c0\u05c1\u05c2\u05c3\u05f0\u05f1\u05f2\u05f3\u05f4\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\u05d0\u05d1\u05d2\u05d3\u05d4\u05d5\u05d6\u05d7\u05d8\u05d9\u05da\u05db\u05dc\u05dd\u05de\u05df\u05e0\u05e1\u05e2\u05e3\u05e4\u05e5\u05e6\u05e7\u05e8\u05e9\u05ea\ufffd\ufffd\u200e\u200f\ufffd'],
  'windows-1256': ['cp1256 windows-1256 x-cp1256',
    '\u20ac\u067e\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0679\u2039\u0152\u0686\u0698\u0688\u06af\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u06a9\u2122\u0691\u203a\u0153\u200c\u200d\u06ba~\u060c~~~~~~~~\u06be~~~~~~~~~~~~~~~\u061b~~~~\u061f\u06c1\u0621\u0622\u0623\u0624\u0625\u0626\u0627\u0628\u0629\u062a\u062b\u062c\u062d\u062e\u062f\u0630\u0631\u0632\u0633\u0634\u0635\u0636~\u0637\u0638\u0639\u063a\u0640\u0641\u0642\u0643~\u0644~\u0645\u0646\u0647\u0648~~~~~\u0649\u064a~~\u064b\u064c\u064d\u064e~\u064f\u0650~\u0651~\u0652~~\u200e\u200f\u06d2'],
  'windows-1257': ['cp1257 windows-1257 x-cp1257',
    '\u20ac~\u201a~\u201e\u2026\u2020\u2021~\u2030~\u2039~¨\u02c7¸~\u2018\u2019\u201c\u201d\u2022\u2013\u2014~\u2122~\u203a~¯\u02db~~\ufffd~~~\ufffd~~Ø~\u0156~~~~Æ~~~~~~~~ø~\u0157~~~~æ\u0104\u012e\u0100\u0106~~\u0118\u0112\u010c~\u0179\u0116\u0122\u0136\u012a\u013b\u0160\u0143\u0145~\u014c~~~\u0172\u0141\u015a\u016a~\u017b\u017d~\u0105\u012f\u0101\u0107~~\u0119\u0113\u010d~\u017a\u0117\u0123\u0137\u012b\u013c\u0161\u0144\u0146~\u014d~~~\u0173\u0142\u015b\u016b~\u017c\u017e\u02d9'],
  'windows-1258': ['cp1258 windows-1258 x-cp1258',
    '\u20ac~\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030~\u2039\u0152~~~~\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122~\u203a\u0153~~\u0178~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\u0102~~~~~~~~\u0300~~~\u0110~\u0309~~\u01a0~~~~~~~\u01af\u0303~~~~\u0103~~~~~~~~\u0301~~~\u0111~\u0323~~\u01a1~~~~~~~\u01b0\u20ab~'],
  'x-mac-cyrillic': ['x-mac-cyrillic x-mac-ukrainian',
    '\u0410\u0411\u0412\u0413\u0414\u0415\u0416\u0417\u0418\u0419\u041a\u041b\u041c\u041d\u041e\u041f\u0420\u0421\u0422\u0423\u0424\u0425\u0426\u0427\u0428\u0429\u042a\u042b\u042c\u042d\u042e\u042f\u2020°\u0490~§\u2022¶\u0406®~\u2122\u0402\u0452\u2260\u0403\u0453\u221e~\u2264\u2265\u0456~\u0491\u0408\u0404\u0454\u0407\u0457\u0409\u0459\u040a\u045a\u0458\u0405¬\u221a\u0192\u2248\u2206«»\u2026\u00a0\u040b\u045b\u040c\u045c\u0455\u2013\u2014\u201c\u201d\u2018\u2019÷\u201e\u040e\u045e\u040f\u045f\u2116\u0401\u0451\u044f\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u0439\u043a\u043b\u043c\u043d\u043e\u043f\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044a\u044b\u044c\u044d\u044e\u20ac'],
};
// windows-1252's bytes 0x80-0xff as ICU maps them (after a TextDecoder has streamed).
const kWindows1252High = '\u20ac~\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152~\u017d~~\u2018\u2019\u201c\u201d' +
  '\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153~\u017e\u0178' + '~'.repeat(96);
let singleByteTables;
// The 256 code units an encoding maps bytes to, and whether any byte is unmapped.
function singleByteTable(enc) {
  singleByteTables ??= new Map();
  let t = singleByteTables.get(enc);
  if (t === undefined) {
    const units = new Uint16Array(256);
    for (let i = 0; i < 128; i++) units[i] = i;
    const high = enc === 'windows-1252' ? kWindows1252High : kSingleByte[enc][1];
    for (let i = 0; i < 128; i++) units[128 + i] = high[i] === '~' ? 128 + i : high.charCodeAt(i);
    if (enc === 'ibm866') { units[0x1a] = 0x1c; units[0x1c] = 0x7f; units[0x7f] = 0x1a; } // as ICU's cp866
    t = { units, unmapped: high.includes('\ufffd') };
    singleByteTables.set(enc, t);
  }
  return t;
}
function decodeSingleByte(s, bytes) {
  const { units, unmapped } = singleByteTable(s.encoding);
  const n = bytes.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) out[i] = units[bytes[i]];
  if (unmapped && s.fatal && out.includes(0xfffd)) throw invalidData(s.encoding);
  return unitsToString(out, n);
}

let labelMap;
function encodingFromLabel(label) {
  if (labelMap === undefined) {
    labelMap = new Map();
    for (const [enc, labels] of Object.entries(encodingLabels)) for (const l of labels) labelMap.set(l, enc);
    for (const [enc, [labels]] of Object.entries(kSingleByte)) for (const l of labels.split(' ')) labelMap.set(l, enc);
  }
  return labelMap.get(label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase());
}

function bytesOf(input) {
  // A detached buffer (byteLength 0) decodes as empty, as node's; a view of it cannot be made.
  if (input.byteLength === 0) return new Uint8Array(0);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return new Uint8Array(input); // ArrayBuffer or SharedArrayBuffer
}
function isBufferSource(v) {
  if (ArrayBuffer.isView(v)) return true;
  const kind = internalBinding('native').internalType(v);
  return kind === 'ArrayBuffer' || kind === 'SharedArrayBuffer';
}
function badInput(name, list) {
  const err = new codes.ERR_INVALID_ARG_TYPE(name, 'ArrayBuffer', undefined);
  err.message = `The "${name}" argument must be an instance of ${list}.`;
  return err;
}
function invalidData(encoding) {
  const err = new TypeError(`The encoded data was not valid for encoding ${encoding}`);
  Object.defineProperty(err, 'code', { value: 'ERR_ENCODING_INVALID_ENCODED_DATA', enumerable: true, writable: true, configurable: true });
  return err;
}

// Code points to a string in chunks (String.fromCharCode has argument-count limits).
function unitsToString(units, n) {
  let s = '';
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + 8192)));
  return s;
}

let decoderState;
class TextDecoder {
  #s;
  constructor(encoding = 'utf-8', options = undefined) {
    encoding = `${encoding}`;
    // node 20's validateObject(kValidateObjectAllowObjectsAndNull): arrays and functions pass.
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    const enc = encodingFromLabel(encoding);
    if (enc === undefined || enc === 'replacement') {
      const err = new codes.ERR_ENCODING_NOT_SUPPORTED(enc || encoding);
      // Left uncaught, reported under the line of node's encoding.js that throws it.
      require('internal/loop').markThrow(err, 'node:internal/encoding:409\n        throw new ERR_ENCODING_NOT_SUPPORTED(encoding);\n        ^\n');
      throw err;
    }
    // node 20 reads fatal and ignoreBOM for its converter's flags, then ignoreBOM and fatal again.
    const option = (name) => options != null && Boolean(options[name]);
    option('fatal');
    option('ignoreBOM');
    const ignoreBOM = option('ignoreBOM');
    this.#s = {
      encoding: enc,
      fatal: option('fatal'),
      ignoreBOM,
      fastPath: enc === 'utf-8' || enc === 'windows-1252',
      bomSeen: false,
      // The native decoder of a multi-byte legacy encoding (it keeps its own stream state).
      native: kNativeEncodings.has(enc) ? internalBinding('encoding').decoder(enc) : undefined,
    };
  }
  decode(input = undefined, options = undefined) {
    const s = decoderState(this);
    if (s.fastPath && s.encoding === 'windows-1252' && !(options != null && options.stream)) {
      // node 20 decodes the latin1 labels as ISO-8859-1 (bytes 0x80-0x9f map to U+0080-U+009F)
      // until the decoder streams; from then on with ICU's windows-1252 table.
      if (input === undefined) return '';
      if (!isBufferSource(input)) throw badInput('input', 'ArrayBuffer, SharedArrayBuffer, or ArrayBufferView');
      const bytes = bytesOf(input);
      return unitsToString(bytes, bytes.length);
    }
    // node clears its one-shot fast path (which names the input "list" and validates no options)
    // before it looks at the input, and for good once a decode streams.
    if (s.fastPath && !(options != null && options.stream)) {
      if (input !== undefined && !isBufferSource(input)) throw badInput('list', 'SharedArrayBuffer, ArrayBuffer or ArrayBufferView');
    } else {
      s.fastPath = false;
      if (options != null && typeof options !== 'object' && typeof options !== 'function') {
        throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
      }
      if (input !== undefined && !isBufferSource(input)) throw badInput('input', 'SharedArrayBuffer, ArrayBuffer or ArrayBufferView');
    }
    if (kSingleByte[s.encoding] !== undefined || s.encoding === 'windows-1252') return input === undefined ? '' : decodeSingleByte(s, bytesOf(input));
    const stream = Boolean(options != null && options.stream);
    if (s.native !== undefined) {
      let out = internalBinding('encoding').decode(s.native, input === undefined ? undefined : bytesOf(input), stream, s.fatal);
      if (out === null) {
        s.bomSeen = false;
        throw invalidData(s.encoding);
      }
      if (kBomEncodings.has(s.encoding)) {
        // The first character decoded since the stream began drops a BOM (unless ignoreBOM).
        if (!s.ignoreBOM && !s.bomSeen && out.length > 0) {
          if (out.charCodeAt(0) === 0xfeff) out = out.slice(1);
          s.bomSeen = true;
        }
        if (!stream) s.bomSeen = false;
      }
      return out;
    }
    return ''; // (every encoding is single-byte or native)
  }
  get encoding() { return decoderState(this).encoding; }
  get fatal() { return decoderState(this).fatal; }
  get ignoreBOM() { return decoderState(this).ignoreBOM; }
  [customInspectSymbol](depth, opts) {
    const s = decoderState(this);
    if (typeof depth === 'number' && depth < 0) return pastDepthName(this, 'TextDecoder');
    const obj = { encoding: s.encoding, fatal: s.fatal, ignoreBOM: s.ignoreBOM };
    return `${this.constructor.name} ${require('internal/inspect').inspect(obj, opts)}`;
  }
  static {
    decoderState = (v) => {
      if (v === null || typeof v !== 'object' || !(#s in v)) throw new codes.ERR_INVALID_THIS('TextDecoder');
      return v.#s;
    };
  }
}
for (const k of ['decode', 'encoding', 'fatal', 'ignoreBOM']) Object.defineProperty(TextDecoder.prototype, k, { enumerable: true });
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

// ---- DOMException ---------------------------------------------------------------------------
const domCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1], [null, 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3], ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5], [null, 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7], ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9], ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11], ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13], ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15], [null, 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17], ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19], ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21], ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23], ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
];
const domCodeByName = new Map(domCodes.filter((c) => c[0]).map((c) => [c[0], c[2]]));

// node's per-context throwInvalidThisError: its own wording ("must be of DOMException") and
// toString, not the ERR_INVALID_THIS of internal/errors.
function invalidDOMExceptionThis() {
  const err = new TypeError();
  Object.defineProperties(err, {
    message: { value: 'Value of "this" must be of DOMException', enumerable: false, writable: true, configurable: true },
    toString: { value() { return `${this.name} [ERR_INVALID_THIS]: ${this.message}`; }, enumerable: false, writable: true, configurable: true },
  });
  err.code = 'ERR_INVALID_THIS';
  return err;
}

let isDOMException;
class DOMException {
  #name;
  #message;
  constructor(message = '', options = 'Error') {
    this.#message = `${message}`;
    // an options object's name is read as is (a missing one is 'undefined'), as node's
    const withOptions = options !== null && typeof options === 'object';
    this.#name = withOptions ? `${options.name}` : `${options}`;
    // Like Error.captureStackTrace: an own stack, but no [[ErrorData]] (isNativeError is false).
    // The frames are captured now and formatted on first read (formatting is the costly part:
    // aborts and atob failures make many of these).
    const holder = new Error();
    const head = `${this.#name}: ${this.#message}`;
    const define = (obj, value) => Object.defineProperty(obj, 'stack', { value, configurable: true, writable: true, enumerable: false });
    Object.defineProperty(this, 'stack', {
      get() {
        const frames = String(holder.stack).split('\n').slice(1).join('\n');
        const value = `${head}${frames ? `\n${frames}` : ''}`;
        define(this, value);
        return value;
      },
      set(v) { define(this, v); },
      configurable: true, enumerable: false,
    });
    if (withOptions && 'cause' in options) {
      Object.defineProperty(this, 'cause', { value: options.cause, configurable: true, writable: true, enumerable: false });
    }
  }
  get name() {
    if (!isDOMException(this)) throw invalidDOMExceptionThis();
    return this.#name;
  }
  get message() {
    if (!isDOMException(this)) throw invalidDOMExceptionThis();
    return this.#message;
  }
  get code() {
    if (!isDOMException(this)) throw invalidDOMExceptionThis();
    return domCodeByName.get(this.#name) || 0;
  }
  static {
    isDOMException = (v) => v !== null && typeof v === 'object' && #name in v;
  }
}
for (const [, constName, value] of domCodes) {
  const desc = { value, enumerable: true, writable: false, configurable: false };
  Object.defineProperty(DOMException, constName, desc);
  Object.defineProperty(DOMException.prototype, constName, desc);
}
Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
for (const k of ['name', 'message', 'code']) {
  Object.defineProperty(DOMException.prototype, k, { ...Object.getOwnPropertyDescriptor(DOMException.prototype, k), enumerable: true });
}

// ---- Event ------------------------------------------------------------------------------------
function inspectNested(value, name, depth, options, shown) {
  if (depth < 0) return name;
  const { inspect } = require('internal/inspect');
  const opts = { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth };
  return `${name} ${inspect(shown, opts)}`;
}
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kTrusted = Symbol('kTrusted');
let isEvent, eventState;

class Event {
  #s;
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    // (node's validateObject with nullable: arrays and functions are not options objects)
    if (options != null && (typeof options !== 'object' || Array.isArray(options))) {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    const o = options || {};
    this.#s = {
      type: `${type}`,
      bubbles: !!o.bubbles,
      cancelable: !!o.cancelable,
      composed: !!o.composed,
      defaultPrevented: false,
      timeStamp: internalBinding('native').hrtime() / 1e6, // performance.now(), without loading perf_hooks
      propagationStopped: false,
      stop: false,
      target: null,
      dispatching: false,
      trusted: !!(options && options[kTrusted]),
    };
  }
  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    const s = eventState(this);
    if (s.dispatching) return;
    s.type = `${type}`;
    s.bubbles = !!bubbles;
    s.cancelable = !!cancelable;
  }
  [customInspect](depth, options) {
    const s = eventState(this);
    return inspectNested(this, this.constructor.name, depth, options, {
      type: s.type, defaultPrevented: s.defaultPrevented, cancelable: s.cancelable, timeStamp: s.timeStamp,
    });
  }
  stopImmediatePropagation() {
    // sets the "stop propagation" flag too (cancelBubble), as the DOM spec and node
    const s = eventState(this);
    s.propagationStopped = true;
    s.stop = true;
  }
  preventDefault() { eventState(this).defaultPrevented = true; }
  get target() { return eventState(this).target; }
  get currentTarget() { const s = eventState(this); return s.dispatching ? s.target : null; }
  get srcElement() { return eventState(this).target; }
  get type() { return eventState(this).type; }
  get cancelable() { return eventState(this).cancelable; }
  get defaultPrevented() { const s = eventState(this); return s.cancelable && s.defaultPrevented; }
  get timeStamp() { return eventState(this).timeStamp; }
  composedPath() { const s = eventState(this); return s.dispatching ? [s.target] : []; }
  get returnValue() { const s = eventState(this); return !(s.cancelable && s.defaultPrevented); }
  get bubbles() { return eventState(this).bubbles; }
  get composed() { return eventState(this).composed; }
  get eventPhase() { return eventState(this).dispatching ? 2 : 0; }
  get cancelBubble() { return eventState(this).propagationStopped; }
  set cancelBubble(value) { if (value) eventState(this).propagationStopped = true; }
  stopPropagation() { eventState(this).propagationStopped = true; }
  get isTrusted() { return eventState(this).trusted; }
  static {
    isEvent = (v) => v !== null && typeof v === 'object' && #s in v;
    eventState = (v) => {
      if (v === null || typeof v !== 'object' || !(#s in v)) throw new codes.ERR_INVALID_THIS('Event');
      return v.#s;
    };
  }
}
for (const [i, k] of ['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'].entries()) {
  Object.defineProperty(Event, k, { value: i, enumerable: true, writable: false, configurable: false });
}
for (const k of Object.getOwnPropertyNames(Event.prototype)) {
  if (k !== 'constructor') Object.defineProperty(Event.prototype, k, { enumerable: true });
}
// (as node's isTrustedDescriptor: not configurable)
Object.defineProperty(Event.prototype, 'isTrusted', { configurable: false });
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });

class CustomEvent extends Event {
  #detail;
  constructor(type, options = {}) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options && options.detail !== undefined ? options.detail : null;
  }
  get detail() {
    if (!(this !== null && typeof this === 'object' && #detail in this)) throw new codes.ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}
Object.defineProperty(CustomEvent.prototype, 'detail', { enumerable: true });
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', configurable: true });

let messageEventState;
class MessageEvent extends Event {
  #m;
  constructor(type, init = undefined) {
    if (init === null) throw new TypeError("Cannot read properties of null (reading 'data')");
    const o = init === undefined ? {} : init;
    const { data = null, origin = '', lastEventId = '', source = null } = o;
    let { ports = [] } = o;
    super(type);
    if (ports === null || typeof ports[Symbol.iterator] !== 'function') throw new TypeError('ports is not iterable');
    ports = [...ports];
    this.#m = { data, origin: `${origin}`, lastEventId: `${lastEventId}`, source, ports };
    if (source !== null || ports.length > 0) {
      const { MessagePort } = require('worker_threads');
      const check = (v, name) => {
        if (!(v instanceof MessagePort)) {
          const err = new codes.ERR_INVALID_ARG_TYPE(name, 'MessagePort', v);
          err.message = err.message.replace(/^The "[^"]*" argument/, `The "${name}" property`);
          throw err;
        }
      };
      if (source !== null) check(source, 'init.source');
      for (let i = 0; i < ports.length; i++) check(ports[i], `init.ports[${i}]`);
    }
  }
  get data() { return messageEventState(this).data; }
  get origin() { return messageEventState(this).origin; }
  get lastEventId() { return messageEventState(this).lastEventId; }
  get source() { return messageEventState(this).source; }
  get ports() { return messageEventState(this).ports; }
  static {
    messageEventState = (v) => {
      if (v === null || typeof v !== 'object' || !(#m in v)) throw new codes.ERR_INVALID_THIS('MessageEvent');
      return v.#m;
    };
  }
}
for (const k of ['data', 'origin', 'lastEventId', 'source', 'ports']) Object.defineProperty(MessageEvent.prototype, k, { enumerable: true });

// ---- EventTarget -----------------------------------------------------------------------------
const kIsEventTarget = Symbol.for('nodejs.event_target');
let eventsOf;
function lazyEvents() { return require('events'); }

// Internal listener option: a NodeEventTarget `on()` listener, called with the node value
// (a message's data) instead of the Event. Hooks a target may define, called with the new
// listener count after a listener is added / removed: [kNewListener](size, type, listener),
// [kRemoveListener](size, type, listener).
const kNodeStyle = Symbol('kIsNodeStyleListener');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');

// node's internal option for listeners that run even after stopImmediatePropagation (the
// abort listeners of events.once/on, addAbortListener, timers/promises, `signal` options).
const kResistStopPropagation = Symbol('kResistStopPropagation');

function normalizeListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options, once: false, passive: false, signal: undefined, nodeStyle: false, resist: false };
  if (options === null || options === undefined) return { capture: false, once: false, passive: false, signal: undefined, nodeStyle: false, resist: false };
  if (typeof options !== 'object' && typeof options !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
  return { capture: !!options.capture, once: !!options.once, passive: !!options.passive, signal: options.signal, nodeStyle: options[kNodeStyle] === true, resist: options[kResistStopPropagation] === true };
}
// true: usable; false: null/undefined (ignored with a warning); throws for other primitives.
function checkEventListener(listener) {
  if (typeof listener === 'function' || (listener != null && typeof listener.handleEvent === 'function')) return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw new codes.ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}
// node's webidl DOMString conversion of an event type.
function toDOMString(v) {
  if (typeof v === 'symbol') throw new codes.ERR_INVALID_ARG_VALUE('value', v);
  return `${v}`;
}
function emitUncaught(err) { process.nextTick(() => { throw err; }); }

class EventTarget {
  #events = new Map();
  constructor() {
    const events = lazyEvents();
    this[events.kMaxEventTargetListeners] = events.defaultMaxListeners;
    this[events.kMaxEventTargetListenersWarned] = false;
  }
  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new codes.ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('type', 'listener');
    const { capture, once, passive, signal, nodeStyle, resist } = normalizeListenerOptions(options);
    if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
    }
    if (!checkEventListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = toDOMString(type);
    if (signal) {
      if (signal.aborted) return;
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, options), { once: true, [kResistStopPropagation]: true });
    }
    let list = this.#events.get(type);
    if (list === undefined) {
      list = [];
      this.#events.set(type, list);
    } else if (list.some((h) => h.listener === listener && h.capture === capture)) {
      return;
    }
    list.push({ listener, capture, once, passive, nodeStyle, resist, removed: false });
    if (this[kNewListener] !== undefined) this[kNewListener](list.length, type, listener);
    const events = lazyEvents();
    const max = this[events.kMaxEventTargetListeners];
    if (max > 0 && list.length > max && !this[events.kMaxEventTargetListenersWarned]) {
      this[events.kMaxEventTargetListenersWarned] = true;
      const { inspect } = require('internal/inspect');
      const w = new Error('Possible EventTarget memory leak detected. ' +
        `${list.length} ${type} listeners added to ${inspect(this, { depth: -1 })}. ` +
        `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = list.length;
      process.emitWarning(w);
    }
  }
  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new codes.ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('type', 'listener');
    if (!checkEventListener(listener)) return;
    type = toDOMString(type);
    // node 20 reads only an options object here: a boolean `true` still removes the non-capture listener
    const capture = options?.capture === true;
    const list = this.#events.get(type);
    if (list === undefined) return;
    const i = list.findIndex((h) => h.listener === listener && h.capture === capture);
    if (i === -1) return;
    unlink(list, i);
    if (list.length === 0) this.#events.delete(type);
    if (this[kRemoveListener] !== undefined) this[kRemoveListener](list.length, type, listener);
  }
  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new codes.ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new codes.ERR_INVALID_ARG_TYPE('event', 'Event', event);
    const s = eventState(event);
    if (s.dispatching) throw new codes.ERR_EVENT_RECURSION(s.type);
    s.target = this;
    s.dispatching = true;
    dispatchTo(this, this.#events, s.type, event, s, event, undefined); // v8 frame: EventTarget.dispatchEvent (node:internal/event_target:766:26)
    s.dispatching = false;
    return s.defaultPrevented !== true || !s.cancelable;
  }
  [customInspect](depth, options) {
    return inspectNested(this, this.constructor.name, depth, options, {});
  }
  static {
    eventsOf = (t) => t.#events;
  }
}

// Removes list[i], remembering its successor as node's unlinked list node keeps its `next`.
function unlink(list, i) {
  const h = list[i];
  h.removed = true;
  h.after = list[i + 1];
  list.splice(i, 1);
}

// Runs the listeners of `type`: node-style ones get `nodeValue`, the others `event`, made by
// `makeEvent` on first need when not given (node's kHybridDispatch).
function dispatchTo(target, events, type, event, s, nodeValue, makeEvent) {
  const list = events.get(type);
  let next;
  // As node's linked list: the next listener is taken before each call, so one added while the
  // last listener runs does not run; removed ones do not run.
  for (let i = 0; list !== undefined && i < list.length; i++) {
    const h = list[i];
    // after stopImmediatePropagation only the resisting (internal) listeners run
    if (s !== undefined && s.stop && !h.resist) continue;
    if (h.removed) continue;
    if (h.once) {
      unlink(list, i--);
      if (list.length === 0 && events.get(type) === list) events.delete(type);
      if (target[kRemoveListener] !== undefined) target[kRemoveListener](list.length, type, h.listener);
    }
    try {
      let arg;
      if (h.nodeStyle) {
        arg = nodeValue;
      } else {
        if (event === undefined) {
          event = makeEvent();
          s = eventState(event);
          s.target = target;
          s.dispatching = true;
        }
        arg = event;
      }
      next = list[i + 1];
      let result;
      if (typeof h.listener === 'function') {
        result = h.listener.call(target, arg); // v8 frame: [nodejs.internal.kHybridDispatch] (node:internal/event_target:831:20)
      } else if (typeof h.listener.handleEvent === 'function') {
        result = h.listener.handleEvent(arg); // v8 frame: [nodejs.internal.kHybridDispatch] (node:internal/event_target:831:20)
      }
      // node clears the dispatch flag after the first listener has run
      if (s !== undefined) s.dispatching = false;
      if (result !== undefined && result !== null && typeof result.then === 'function') {
        result.then(undefined, emitUncaught);
      }
    } catch (err) {
      emitUncaught(err);
    }
    // A removed listener still leads to the one that followed it when it was removed.
    while (next !== undefined && next.removed) next = next.after;
    if (next === undefined) break;
    if (list[i + 1] !== next) {
      const j = list.indexOf(next);
      if (j !== -1) i = j - 1;
    }
    next = undefined;
  }
}
function hybridDispatch(target, type, nodeValue, makeEvent) {
  const events = eventsOf(target);
  if (events.has(type)) dispatchTo(target, events, type, undefined, undefined, nodeValue, makeEvent);
}
function isEventTarget(v) { return v != null && v.constructor != null && v.constructor[kIsEventTarget] === true; }
EventTarget[kIsEventTarget] = true;
for (const k of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  Object.defineProperty(EventTarget.prototype, k, { enumerable: true });
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });

// events.getEventListeners for EventTargets.
function eventTargetListeners(target, type) {
  const list = eventsOf(target).get(`${type}`);
  return list === undefined ? [] : list.map((h) => h.listener);
}

// ---- AbortSignal / AbortController -------------------------------------------------------------
const kCreate = Symbol('kCreate');
let signalState;
class AbortSignal extends EventTarget {
  #state;
  constructor(key = undefined) {
    if (key !== kCreate) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    super();
    // composite: made by any(); sources: the plain signals it follows; dependants: the any()
    // signals following this one (held strongly: one with listeners must not be collected)
    this.#state = { aborted: false, reason: undefined, composite: false, sources: undefined, dependants: undefined };
  }
  get aborted() { return signalState(this).aborted; }
  get reason() { return signalState(this).reason; }
  throwIfAborted() {
    const s = signalState(this);
    if (s.aborted) throw s.reason;
  }
  [customInspect](depth, options) {
    // past the depth node shows the signal itself, which has (internal) keys: [AbortSignal]
    if (depth < 0) return '[AbortSignal]';
    return inspectNested(this, 'AbortSignal', depth, options, { aborted: signalState(this).aborted });
  }
  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) { // v8 frame: AbortSignal.abort (node:internal/abort_controller:177:14)
    const signal = new AbortSignal(kCreate);
    const s = signalState(signal);
    s.aborted = true;
    s.reason = reason;
    return signal;
  }
  static timeout(delay) {
    const { validateUint32 } = require('internal/validators');
    if (validateUint32) validateUint32(delay, 'delay', false);
    else validateDelay(delay);
    const signal = new AbortSignal(kCreate);
    const t = setTimeout(() => abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError')), delay);
    if (t && typeof t.unref === 'function') t.unref();
    return signal;
  }
  static any(signals) {
    if (!Array.isArray(signals)) throw new codes.ERR_INVALID_ARG_TYPE('signals', 'Array', signals);
    signals.forEach((sig, i) => {
      if (!(sig instanceof AbortSignal)) throw new codes.ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', sig);
    });
    // As node's: the result follows the plain signals (those behind a composite one in its
    // place); each source aborts its dependants after its own 'abort' event.
    const result = new AbortSignal(kCreate);
    const rs = signalState(result);
    rs.composite = true;
    if (signals.length === 0) return result;
    rs.sources = new Set();
    for (const sig of signals) {
      const s = signalState(sig);
      if (s.aborted) {
        abortSignal(result, s.reason);
        return result;
      }
      for (const source of s.composite ? s.sources ?? [] : [sig]) {
        rs.sources.add(source);
        const ss = signalState(source);
        (ss.dependants ??= new Set()).add(result);
      }
    }
    return result;
  }
  static {
    signalState = (v) => {
      if (v === null || typeof v !== 'object' || !(#state in v)) throw new codes.ERR_INVALID_THIS('AbortSignal');
      return v.#state;
    };
  }
}
function validateDelay(delay) {
  if (typeof delay !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('delay', 'number', delay);
  if (!Number.isInteger(delay)) throw new codes.ERR_OUT_OF_RANGE('delay', 'an integer', delay);
  if (delay < 0 || delay > 4294967295) throw new codes.ERR_OUT_OF_RANGE('delay', '>= 0 && <= 4294967295', delay);
}
// on<type> attributes as node's defineEventHandler: the first assignment (even of null) registers
// one listener, which keeps its place and calls whatever function the attribute holds when the
// event fires; any value is stored and read back (undefined reads as null). Any EventTarget is
// a receiver, as node's validateInternalField.
const eventHandlerSlots = new WeakMap();
function defineEventHandler(proto, type) {
  const check = (self) => {
    if (!isEventTarget(self)) throw new codes.ERR_INVALID_ARG_TYPE('this', 'EventTarget', self);
  };
  const slotOf = (target) => {
    let slots = eventHandlerSlots.get(target);
    if (slots === undefined) eventHandlerSlots.set(target, (slots = new Map()));
    return slots;
  };
  function get() {
    check(this);
    const slot = slotOf(this).get(type);
    return slot === undefined ? null : slot.value ?? null;
  }
  function set(value) {
    check(this);
    const slots = slotOf(this);
    const slot = slots.get(type);
    if (slot !== undefined) {
      slot.value = value;
      return;
    }
    const created = { value };
    slots.set(type, created);
    this.addEventListener(type, function eventHandler(...args) {
      if (typeof created.value === 'function') return Reflect.apply(created.value, this, args); // v8 frame: EventTarget.eventHandler (node:internal/event_target:1115:12)
    });
  }
  Object.defineProperty(get, 'name', { value: `get on${type}` });
  Object.defineProperty(set, 'name', { value: `set on${type}` });
  Object.defineProperty(proto, `on${type}`, { get, set, enumerable: true, configurable: true });
}
defineEventHandler(AbortSignal.prototype, 'abort');
// (as node 20: only aborted and the onabort handler are enumerable; reason and throwIfAborted are not)
for (const k of ['aborted', 'onabort']) {
  Object.defineProperty(AbortSignal.prototype, k, { enumerable: true });
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });

function abortSignal(signal, reason) {
  const s = signalState(signal);
  if (s.aborted) return;
  s.aborted = true;
  s.reason = reason;
  signal.dispatchEvent(new Event('abort', { [kTrusted]: true })); // v8 frame: abortSignal (node:internal/abort_controller:370:10)
  s.dependants?.forEach((d) => abortSignal(d, reason));
}

// node's AbortController reads a private field: V8's messages for a foreign receiver.
function privateSignalRead(self) {
  if (self == null) return new TypeError(`Cannot read properties of ${self} (reading '#signal')`);
  return new TypeError('Cannot read private member #signal from an object whose class did not declare it');
}
class AbortController {
  #signal = new AbortSignal(kCreate);
  get signal() {
    if (!(this !== null && typeof this === 'object' && #signal in this)) throw privateSignalRead(this);
    return this.#signal;
  }
  abort(reason = new DOMException('This operation was aborted', 'AbortError')) { // v8 frame: AbortController.abort (node:internal/abort_controller:391:18)
    if (!(this !== null && typeof this === 'object' && #signal in this)) throw privateSignalRead(this);
    abortSignal(this.#signal, reason); // v8 frame: AbortController.abort (node:internal/abort_controller:392:5)
  }
  [customInspect](depth, options) {
    if (depth < 0) return this; // shown as a plain object: AbortController {}
    return inspectNested(this, 'AbortController', depth, options, { signal: this.signal });
  }
}
for (const k of ['signal', 'abort']) Object.defineProperty(AbortController.prototype, k, { enumerable: true });
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

// ---- structured clone ------------------------------------------------------------------------
// MessagePort support is registered by worker_threads when it loads (no port exists before):
// { isPort(v), isDetached(port), create() -> new port, move(from, to) }.
let portSupport = null;
function transferPorts(support) { portSupport = support; }
// node's clone protocol for cloneable host objects (Blob, histograms): obj[kClone]() returns
// { data, deserializeInfo }, and the copy is a new object on deserializeInfo's prototype filled
// by copy[kDeserialize](data). `data` is handed over as-is: it holds shareable state, as the
// native handles in node's do. kClone answers undefined for an object that only inherits it
// (not a real host object), which then copies as a plain object, as node's.
const kClone = Symbol('messaging_clone_symbol');
const kDeserialize = Symbol('messaging_deserialize_symbol');
// ArrayBuffers given to worker_threads.markAsUntransferable: copied, never moved.
const untransferable = new WeakSet();
// Transferred ArrayBuffers are detached natively (Boa has no ArrayBuffer.prototype.transfer).
const detachBuffer = (b) => {
  const native = internalBinding('buffer');
  if (typeof native.detach === 'function') native.detach(b);
};

const typedArrayTag = (v) => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get.call(v);
const typedCtors = { Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array };
if (typeof Float16Array === 'function') typedCtors.Float16Array = Float16Array;
// A copy keeps a resizable buffer resizable (with its maxByteLength), as V8's.
function copyArrayBuffer(b) {
  if (!b.resizable) return b.slice(0);
  const out = new ArrayBuffer(b.byteLength, { maxByteLength: b.maxByteLength });
  new Uint8Array(out).set(new Uint8Array(b));
  return out;
}
function dataCloneError(message) { return new DOMException(message, 'DataCloneError'); }
// The TypeErrors node's C++ throws: "TypeError: message" with a `code` property.
function nodeTypeError(code, message) {
  const err = new TypeError(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  return err;
}
// The items of an iterable object, or undefined when `v` is not one (node's ReadIterable).
function readIterable(v) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return undefined;
  if (typeof v[Symbol.iterator] !== 'function') return undefined;
  return Array.isArray(v) ? v : [...v];
}
// V8's GetDataProperty: a data property found along the prototype chain (accessors and
// proxies give undefined; nothing user-defined runs).
function dataProperty(v, key) {
  const t = internalBinding('native').internalType;
  for (let o = v; o !== null && t(o) !== 'Proxy'; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d !== undefined) return 'value' in d ? d.value : undefined;
  }
  return undefined;
}
// V8's NoSideEffectsToString, which names the value in a DataCloneError: a function's source
// (long ones elided), a proxy's target, '#<Ctor>' for objects with the default toString, else
// '[object Tag]'.
function cloneDescription(v) {
  if (typeof v === 'symbol') return String(v);
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return String(v);
  const native = internalBinding('native');
  if (native.internalType(v) === 'Proxy') return cloneDescription(native.proxyDetails(v)[0]);
  if (typeof v === 'function') {
    const src = Function.prototype.toString.call(v);
    return src.length > 128 ? `${src.slice(0, 111)}...<omitted>...${src.slice(-2)}` : src;
  }
  if (dataProperty(v, 'toString') === Object.prototype.toString) {
    const ctor = dataProperty(v, 'constructor');
    const name = typeof ctor === 'function' ? dataProperty(ctor, 'name') : undefined;
    if (typeof name === 'string' && name !== '') return `#<${name}>`;
  }
  const tag = dataProperty(v, Symbol.toStringTag);
  return `[object ${typeof tag === 'string' ? tag : Array.isArray(v) ? 'Array' : 'Object'}]`;
}
function uncloneable(v) {
  return dataCloneError(`${cloneDescription(v)} could not be cloned.`);
}
// Objects V8 refuses that would otherwise copy as plain objects: the global object, arguments,
// generators, collection iterators, WeakRef and FinalizationRegistry (brand checks only for
// objects off the plain prototypes).
function isUncloneableObject(v, type) {
  if (v === globalThis || type === 'Generator' || type === 'AsyncGenerator' || type === 'MapIterator' || type === 'SetIterator') return true;
  if (require('util/types').isArgumentsObject(v)) return true;
  const proto = Object.getPrototypeOf(v);
  if (proto === null || proto === Object.prototype || proto === Array.prototype) return false;
  if (isIntlObject(v)) return true;
  return hasBrand(v, WeakRef.prototype.deref) || hasBrand(v, FinalizationRegistry.prototype.unregister, {});
}
// An Intl service object (their prototypes' tags start with 'Intl.'; internal/intl loads lazily).
function isIntlObject(v) {
  const tag = dataProperty(v, Symbol.toStringTag);
  return typeof tag === 'string' && tag.startsWith('Intl.') && require('internal/intl').isIntlObject(v);
}
// Whether a built-in method's brand check accepts `v` (the methods used have no side effects).
function hasBrand(v, method, ...args) {
  try {
    method.call(v, ...args);
    return true;
  } catch {
    return false;
  }
}

// ---- transferable web streams (node's kTransfer) ----
// A transferred stream's copy is a new stream of the same kind fed by (or feeding) the
// original, which stays locked to it; chunks cross as structured clones, as through node's
// cross-realm MessagePort pair. stream/web is loaded only once a non-plain object is met.
function streamKindOf(v) {
  const proto = Object.getPrototypeOf(v);
  if (proto === null || proto === Object.prototype || proto === Array.prototype) return undefined;
  const S = require('stream/web');
  for (const kind of ['ReadableStream', 'WritableStream', 'TransformStream']) if (v instanceof S[kind]) return kind;
  return undefined;
}
const cloneChunk = (chunk) => cloneMessage(chunk, [], undefined)[0];
// What reaches the copy for a value or failure that cannot cross: node's DataCloneError.
const internalStreamError = (kind) => dataCloneError(`Internal transferred ${kind} error`);
function crossChunk(chunk, kind) {
  try {
    return cloneChunk(chunk);
  } catch {
    throw internalStreamError(kind);
  }
}
function crossReason(reason, kind) {
  try {
    return cloneChunk(reason);
  } catch {
    return internalStreamError(kind);
  }
}
// Each returns [copy, connect]: connect() locks the original once the whole message cloned.
function transferReadable(original) {
  let reader;
  const copy = new (require('stream/web').ReadableStream)({
    pull(c) {
      return reader.read().then(({ value, done }) => {
        if (done) c.close();
        else c.enqueue(crossChunk(value, 'ReadableStream'));
      }, (reason) => { throw crossReason(reason, 'ReadableStream'); }).catch((err) => c.error(err));
    },
    cancel(reason) { return reader.cancel(reason); },
  }, { highWaterMark: 0 });
  return [copy, () => { reader = original.getReader(); }];
}
// Writes and close settle once handed over (the next write waits for the original to be
// ready), as node's port-backed sink; a failure of the original errors the copy.
function transferWritable(original) {
  let writer;
  let controller;
  const fail = (err) => controller.error(crossReason(err, 'WritableStream'));
  const copy = new (require('stream/web').WritableStream)({
    start(c) { controller = c; },
    write(chunk) {
      const value = cloneChunk(chunk);
      return writer.ready.then(() => { writer.write(value).catch(fail); });
    },
    close() { writer.close().catch(fail); },
    abort(reason) { return writer.abort(reason); },
  });
  return [copy, () => { writer = original.getWriter(); }];
}
// A TransformStream's copy writes into the original's writable side and reads its readable
// side; its flush waits until everything readable has come across.
function transferTransform(original) {
  let writer;
  let pumped;
  let controller;
  const pump = (reader) => reader.read().then(({ value, done }) => {
    if (done) return;
    controller.enqueue(crossChunk(value, 'ReadableStream'));
    return pump(reader);
  }, (reason) => { throw crossReason(reason, 'ReadableStream'); });
  const copy = new (require('stream/web').TransformStream)({
    start(c) { controller = c; },
    transform(chunk) { return writer.write(cloneChunk(chunk)); },
    flush() { return writer.close().then(() => pumped); },
    cancel(reason) { return writer.abort(reason); },
  });
  return [copy, () => {
    writer = original.writable.getWriter();
    pumped = pump(original.readable.getReader()).catch((err) => controller.error(err));
  }];
}
// AbortSignals marked by util.transferableAbortSignal (node's kTransferable mode): the copy
// follows the original, its abort arriving a turn later as through node's port.
const transferableSignals = new WeakSet();
function markTransferableSignal(signal) {
  transferableSignals.add(signal);
  return signal;
}
function transferSignal(original) {
  const copy = new AbortSignal(kCreate);
  if (original.aborted) {
    abortSignal(copy, cloneChunk(original.reason));
    return [copy, () => {}];
  }
  const forward = () => setImmediate(() => abortSignal(copy, cloneChunk(original.reason)));
  return [copy, () => original.addEventListener('abort', forward, { once: true })];
}
const streamTransfers = { ReadableStream: transferReadable, WritableStream: transferWritable, TransformStream: transferTransform };
function lockedSide(kind, v) {
  if (kind === 'TransformStream') return v.readable.locked ? 'ReadableStream' : v.writable.locked ? 'WritableStream' : undefined;
  return v.locked ? kind : undefined;
}

// Clones `value` as a message with transfer list `transfer` (an array) posted from port
// `source`. Transferred ArrayBuffers are moved (detached where the engine allows) and
// transferred MessagePorts are replaced by new ports entangled in their place, once the whole
// value has cloned. Returns [clone, new ports in transfer-list order].
function cloneMessage(value, transfer, source) {
  const t = internalBinding('native').internalType;
  const moved = new Map();
  const buffers = [];
  const oldPorts = [];
  const newPorts = [];
  const connects = [];
  const cloneables = new Set();
  for (let i = 0; i < transfer.length; i++) {
    const item = transfer[i];
    if (item !== null && typeof item === 'object') {
      if (t(item) === 'ArrayBuffer') {
        if (moved.has(item) || buffers.includes(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
        if (untransferable.has(item)) continue;
        buffers.push(item);
        continue;
      }
      if (portSupport !== null && portSupport.isPort(item)) {
        if (item === source) throw dataCloneError('Transfer list contains source port');
        // a port marked untransferable stays unlisted: met in the message, it fails as unlisted
        if (untransferable.has(item)) continue;
        if (moved.has(item)) throw dataCloneError('Transfer list contains duplicate MessagePort');
        if (portSupport.isDetached(item)) throw dataCloneError('MessagePort in transfer list is already detached');
        const np = portSupport.create();
        moved.set(item, np);
        oldPorts.push(item);
        newPorts.push(np);
        continue;
      }
      // cloneable host objects may be listed: they still clone
      if (typeof item[kClone] === 'function' && item[kClone]() !== undefined) {
        if (cloneables.has(item)) throw dataCloneError(`Transfer list contains duplicate ${item.constructor.name}`);
        cloneables.add(item);
        continue;
      }
      if (transferableSignals.has(item)) {
        if (moved.has(item)) throw dataCloneError('Transfer list contains duplicate AbortSignal');
        const [copy, connect] = transferSignal(item);
        moved.set(item, copy);
        connects.push(connect);
        continue;
      }
      const kind = streamKindOf(item);
      if (kind !== undefined) {
        if (moved.has(item)) throw dataCloneError(`Transfer list contains duplicate ${kind}`);
        const locked = lockedSide(kind, item);
        if (locked !== undefined) throw dataCloneError(`Cannot transfer a locked ${locked}`);
        const [copy, connect] = streamTransfers[kind](item);
        moved.set(item, copy);
        connects.push(connect);
        continue;
      }
    }
    throw nodeTypeError('ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
  }
  const seen = new Map(moved);
  function clone(v) {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) {
      if (typeof v === 'symbol') throw uncloneable(v);
      return v;
    }
    if (typeof v === 'function') throw uncloneable(v);
    if (seen.has(v)) return seen.get(v);
    const type = t(v);
    if (type === 'Proxy') throw uncloneable(v);
    let out;
    if (Array.isArray(v)) { out = new Array(v.length); seen.set(v, out); for (const k of Object.keys(v)) out[k] = clone(v[k]); return out; }
    if (type === 'Date') { out = new Date(v.getTime()); seen.set(v, out); return out; }
    if (type === 'RegExp') { out = new RegExp(v.source, v.flags); seen.set(v, out); return out; }
    if (type === 'Map') { out = new Map(); seen.set(v, out); for (const [k, x] of v) out.set(clone(k), clone(x)); return out; }
    if (type === 'Set') { out = new Set(); seen.set(v, out); for (const x of v) out.add(clone(x)); return out; }
    if (type === 'ArrayBuffer') { out = copyArrayBuffer(v); seen.set(v, out); return out; }
    // A SharedArrayBuffer's clone is a new object over the same memory.
    if (type === 'SharedArrayBuffer') { out = internalBinding('buffer').cloneShared(v); seen.set(v, out); return out; }
    if (type === 'TypedArray') { out = new typedCtors[typedArrayTag(v)](clone(v.buffer), v.byteOffset, v.length); seen.set(v, out); return out; }
    if (type === 'DataView') { out = new DataView(clone(v.buffer), v.byteOffset, v.byteLength); seen.set(v, out); return out; }
    if (type === 'Number' || type === 'String' || type === 'Boolean' || type === 'BigInt') { out = Object(v.valueOf()); seen.set(v, out); return out; }
    // Only real errors (V8's IsJSError): a DOMException or an object on Error.prototype clones
    // as a plain object.
    if (type === 'Error') {
      const C = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError }[v.name] || Error;
      out = Reflect.construct(C, []); // a real error ([[ErrorData]]), as V8's deserializer makes
      seen.set(v, out);
      Object.defineProperty(out, 'stack', { value: v.stack, writable: true, configurable: true });
      Object.defineProperty(out, 'message', { value: String(v.message), writable: true, configurable: true });
      if ('cause' in v) Object.defineProperty(out, 'cause', { value: clone(v.cause), writable: true, configurable: true });
      return out;
    }
    if (type === 'Promise' || type === 'WeakMap' || type === 'WeakSet' || type === 'Symbol') throw uncloneable(v);
    if (isUncloneableObject(v, type)) throw uncloneable(v);
    if ((portSupport !== null && portSupport.isPort(v)) || transferableSignals.has(v) || streamKindOf(v) !== undefined) {
      throw nodeTypeError('ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST', 'Object that needs transfer was found in message but not listed in transferList');
    }
    const cloned = typeof v[kClone] === 'function' ? v[kClone]() : undefined;
    if (cloned !== undefined) {
      const { data, deserializeInfo } = cloned;
      out = Object.create(deserializeInfo.prototype);
      seen.set(v, out);
      out[kDeserialize](data);
      return out;
    }
    out = {};
    seen.set(v, out);
    for (const k of Object.keys(v)) out[k] = clone(v[k]);
    return out;
  }
  const result = clone(value);
  for (const b of buffers) detachBuffer(b);
  for (const connect of connects) connect();
  for (let i = 0; i < oldPorts.length; i++) portSupport.move(oldPorts[i], newPorts[i]);
  return [result, newPorts];
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) throw nodeTypeError('ERR_MISSING_ARGS', 'The value argument must be specified');
  let transfer = [];
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' && typeof options !== 'function') {
      throw nodeTypeError('ERR_INVALID_ARG_TYPE', 'The options argument must be either an object or undefined');
    }
    const list = options.transfer;
    if (list !== undefined && list !== null) {
      if (typeof list !== 'object' && typeof list !== 'function') {
        throw nodeTypeError('ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
      }
      transfer = readIterable(list) || [];
    }
  }
  return cloneMessage(value, transfer, undefined)[0];
}
Object.defineProperty(structuredClone, 'length', { value: 0 });

// URL.createObjectURL's registry (blob:nodedata:<uuid> -> Blob), read by buffer.resolveObjectURL.
const blobUrlStore = new Map();
// The id of a blob:nodedata:<id> URL (undefined for anything else), from its pathname as node's.
function blobUrlId(url) {
  const { URL } = require('url');
  const parsed = URL.parse(url);
  const split = parsed === null ? [] : parsed.pathname.split(':');
  return split.length === 2 && split[0] === 'nodedata' ? split[1] : undefined;
}

module.exports = {
  blobUrlStore, blobUrlId,
  TextEncoder, TextDecoder, DOMException, Event, CustomEvent, MessageEvent, EventTarget, AbortSignal, AbortController,
  structuredClone, eventTargetListeners, isEventTarget, defineEventHandler, kTrusted,
  kNodeStyle, kNewListener, kRemoveListener, kResistStopPropagation, hybridDispatch, eventsOf: (t) => eventsOf(t),
  cloneMessage, transferPorts, untransferable, readIterable, nodeTypeError, kClone, kDeserialize, markTransferableSignal,
};
