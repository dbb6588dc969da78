// A small standalone HTTP server for the service routes, for chat modes that have no HTTP
// endpoint of their own (Slack in Socket Mode, Discord).

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StartupError } from '../lifecycle.js';
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

/** The one line for a port that cannot be had, or null when the error is about something else. */
export function listenError(error: unknown, port: number): StartupError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') return new StartupError(`PORT ${port} is already in use; set PORT to a free port`);
  if (code === 'EACCES') return new StartupError(`PORT ${port} needs privileges; use a port above 1023`);
  return null;
}
