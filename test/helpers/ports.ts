import { type AddressInfo, createServer, type Server } from 'node:net';

/** Ports this process has handed out: never handed out twice, so two servers started together do not collide. */
const handedOut = new Set<number>();

/**
 * Returns a TCP port on 127.0.0.1 that was free a moment ago (bind port 0, read it, close) and
 * that this process has not handed out before. There is an unavoidable small race until the
 * caller binds it; helpers that start servers on such a port retry on "address already in use".
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await boundPort();
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    return port;
  }
}

function boundPort(): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0, exclusive: true }, () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('freePort: could not determine the bound port'));
        return;
      }
      const { port } = address;
      server.close((err) => (err ? reject(err) : resolve(port)));
    });
  });
}

/** Binds an in-process server to a random port on 127.0.0.1 (unref'd) and returns the port. */
export async function listenOnLoopback(server: Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.unref();
  return (server.address() as AddressInfo).port;
}
