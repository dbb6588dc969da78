// A small standalone HTTP server for the service routes, for adapters that have no HTTP
// endpoint of their own (Slack in Socket Mode).

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { routeListener, type Route } from './response.js';

export interface HttpServer {
  port: number;
  close(): Promise<void>;
}

/** Listens on `port` (0: any free port); rejects when the port cannot be had. */
export function listenRoutes(port: number, routes: readonly Route[]): Promise<HttpServer> {
  const server: Server = createServer(routeListener(routes));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
