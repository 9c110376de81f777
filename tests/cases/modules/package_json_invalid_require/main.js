// An unparsable package.json of a required package: node's report starts at package_json_reader's rethrow.
require('badpkg');
