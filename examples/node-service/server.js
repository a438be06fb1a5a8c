// Starts the service on PORT (default 8080) and HOST (default all interfaces). Exec-form
// CMD ["server.js"] makes node PID 1, so SIGTERM reaches it: in-flight requests finish first.
import { createApp } from './app.js';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '0.0.0.0';
const server = createApp().listen(port, host, () => {
  const address = server.address();
  console.log(`node-service listening on ${address.address}:${address.port}`);
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
  });
}
