// The page's half of the worker-backed checker: every method of the checker becomes a message to the
// worker (worker-serve.mjs) and a Promise of its answer. Platform-neutral: browser.mjs hands it a Web
// Worker, index.mjs a worker_threads Worker, through the small `endpoint` below.
//   endpoint = { post(message), listen(onMessage, onError), terminate(), busy?(on) }

const METHODS = ['check', 'extract', 'checkFile', 'extractFile', 'previousFrom', 'render', 'format', 'rules', 'version', 'memoryBytes'];
const ERRORS = { TypeError, RangeError };

// Options that can cross to the worker: functions cannot, so locateFile is asked here, once.
export function workerOptions(options) {
  const o = {};
  for (const k of ['wasmUrl', 'wasmBinary', 'wasmModule']) if (options[k]) o[k] = options[k];
  if (!o.wasmUrl && typeof options.locateFile === 'function') o.wasmUrl = options.locateFile('nianbao-core.wasm', '');
  if (o.wasmUrl) o.wasmUrl = String(o.wasmUrl);
  if (options.moduleFactory) throw new TypeError('nianbao: createWorkerChecker cannot take moduleFactory (functions do not reach a worker); use wasmUrl');
  return o;
}

function errorOf(e) {
  const E = ERRORS[e && e.name] || Error;
  return new E(e && e.message || 'nianbao: the worker failed');
}

export function connectWorker(endpoint, initOptions) {
  const pending = new Map();
  let next = 1;
  let dead = null;

  function settle(id, fn) {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    if (pending.size === 0 && endpoint.busy) endpoint.busy(false);
    fn(p);
  }
  function fail(why) {
    if (dead) return;
    dead = new Error(`nianbao: the checker's worker stopped: ${why}`);
    for (const id of [...pending.keys()]) settle(id, (p) => p.reject(dead));
  }
  endpoint.listen((m) => {
    if (!m || typeof m.id !== 'number') return;
    settle(m.id, (p) => (m.ok ? p.resolve(m.value) : p.reject(errorOf(m.error))));
  }, fail);

  function call(op, args) {
    if (dead) return Promise.reject(dead);
    return new Promise((resolve, reject) => {
      const id = next++;
      if (pending.size === 0 && endpoint.busy) endpoint.busy(true);
      pending.set(id, { resolve, reject });
      try {
        endpoint.post({ id, op, args });
      } catch (e) {
        settle(id, (p) => p.reject(e));  // e.g. an argument that cannot be cloned
      }
    });
  }

  const checker = {};
  for (const m of METHODS) checker[m] = (...args) => call(m, args);
  checker.terminate = () => {
    fail('terminated');
    endpoint.terminate();
  };
  return call('init', [initOptions]).then(() => Object.freeze(checker), (e) => {
    checker.terminate();
    throw e;
  });
}
