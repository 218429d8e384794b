// The reference server of the HTTP benchmark: bare Fastify answering GET / with {"hello":"world"}.
// Listens on 127.0.0.1 at the port given in argv[2] (0 = any) and prints the port it got.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
await app.listen({ host: '127.0.0.1', port: Number(process.argv[2] ?? 0) });
console.log(String(app.server.address().port));
const stop = () => app.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
