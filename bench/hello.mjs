// The reference servers of the HTTP benchmarks: bare Fastify answering GET / with {"hello":"world"},
// and, given a file, GET /body with that file's bytes as JSON (the same bytes a Tongban route sent).
// Listens on 127.0.0.1 at the port given in argv[2] (0 = any) and prints the port it got.
import fs from 'node:fs';
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
if (process.argv[3]) {
  const body = fs.readFileSync(process.argv[3]);
  app.get('/body', (_req, reply) => reply.type('application/json; charset=utf-8').send(body));
}
await app.listen({ host: '127.0.0.1', port: Number(process.argv[2] ?? 0) });
console.log(String(app.server.address().port));
const stop = () => app.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
