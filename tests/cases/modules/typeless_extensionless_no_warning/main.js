// A typeless package's extensionless ES module is detected without node's
// MODULE_TYPELESS_PACKAGE_JSON warning (that one is for .js files).
import('./noext-esm').then((m) => console.log(m.default));
