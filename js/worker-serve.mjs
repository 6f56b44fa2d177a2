// The worker's half of the worker-backed checker (worker-client.mjs): loads the checker on `init` and
// answers each {id, op, args} with {id, ok, value} or {id, ok: false, error: {name, message}}.
// Build note: scripts/build-js.mjs also inlines this file into the classic worker dist/worker.js;
// keep it free of imports and its one export an `export function` declaration.
const SERVED = ['check', 'extract', 'checkFile', 'extractFile', 'previousFrom', 'render', 'format', 'rules', 'version', 'memoryBytes'];

export function serveChecker(endpoint, createChecker) {
  let checker = null;
  endpoint.listen(async (m) => {
    if (!m || typeof m.id !== 'number') return;
    try {
      let value;
      if (m.op === 'init') {
        checker = await createChecker(m.args[0] || {});
        value = true;
      } else if (!checker) {
        throw new Error('nianbao: the worker has no checker yet');
      } else if (SERVED.indexOf(m.op) < 0) {
        throw new TypeError(`nianbao: unknown method ${m.op}`);
      } else {
        value = await checker[m.op](...m.args);
      }
      endpoint.post({ id: m.id, ok: true, value });
    } catch (e) {
      endpoint.post({ id: m.id, ok: false, error: { name: (e && e.name) || 'Error', message: String((e && e.message) || e) } });
    }
  });
}
