import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of a dependency (PostgreSQL, the schema registry) that a fault drill can
 * cut: `cut()` resets every open connection and refuses new ones (closed at once) until
 * `restore()`. The shared stack is never touched; only the services pointed at the proxy see the
 * outage.
 */
export class TcpProxy {
  private constructor(
    private readonly server: Server,
    /** The port the proxy listens on (127.0.0.1). */
    readonly port: number,
    private readonly sockets: Set<Socket>,
    private readonly state: { cut: boolean },
  ) {}

  /** Listens on a free port of 127.0.0.1 and forwards each connection to `host:port`. */
  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const sockets = new Set<Socket>();
    const state = { cut: false };
    const server = createServer((client) => {
      if (state.cut) {
        client.resetAndDestroy();
        return;
      }
      const upstream = connect(target.port, target.host);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    return new TcpProxy(
      server,
      typeof address === 'object' && address !== null ? address.port : 0,
      sockets,
      state,
    );
  }

  get isCut(): boolean {
    return this.state.cut;
  }

  /** Resets every open connection (RST) and refuses new ones until `restore()`. */
  cut(): void {
    this.state.cut = true;
    for (const socket of this.sockets) socket.resetAndDestroy();
    this.sockets.clear();
  }

  restore(): void {
    this.state.cut = false;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
