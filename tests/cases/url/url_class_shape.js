// URL's static methods and URL/URLSearchParams prototype members are enumerable as in node (console.log(URL) lists them).
console.log(URL);
console.log(Object.keys(URL), Object.keys(URL.prototype));
console.log(URLSearchParams, Object.keys(URLSearchParams.prototype));
