// A CommonJS module run by import() from CommonJS: node's translator and ModuleJob.run frames below its own.
import('./dep.cjs').then(() => console.log('imported'));
