// Built-ins that cannot work in the sandbox still export node's names, so named ESM imports
// link (calling them throws ERR_CHILD_PROCESS_UNAVAILABLE-style errors there).
import { spawn, exec, execSync, fork } from 'child_process';
import cluster from 'cluster';
import { createSocket } from 'dgram';
console.log(typeof spawn, typeof exec, typeof execSync, typeof fork, typeof createSocket);
console.log(cluster.isPrimary, cluster.isMaster, cluster.isWorker);
