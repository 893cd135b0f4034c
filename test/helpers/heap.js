'use strict';
// What the process holds after a full garbage collection: the V8 heap plus the
// memory outside it (Buffers), so a test can tell memory that is kept from
// garbage not yet collected. `gc` is exposed for this process at run time
// (the mocha command line stays as it is).
const v8 = require('v8');
const vm = require('vm');

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

/** Bytes still reachable after collecting twice (the second pass frees what finalizers let go). */
function retainedBytes() {
  gc();
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
}

module.exports = { retainedBytes };
