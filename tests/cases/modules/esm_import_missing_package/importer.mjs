console.log('not reached');
import 'no-such-package-anywhere';
