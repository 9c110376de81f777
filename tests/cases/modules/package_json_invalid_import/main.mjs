// An unparsable package.json of an imported package: node's report starts at package_json_reader's throw.
import 'badpkg';
