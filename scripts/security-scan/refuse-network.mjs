// Imported first by a process that must not use the network: every TCP or TLS connection it opens
// fails at once, before any DNS lookup, with a code HTTP clients (got, undici) do not retry.
import net from 'node:net';

const OFFLINE_ERROR_CODE = 'ERR_TICKMARK_OFFLINE';

net.Socket.prototype.connect = function refuseConnection() {
  const error = Object.assign(new Error('this process may not use the network'), { code: OFFLINE_ERROR_CODE });
  process.nextTick(() => this.destroy(error));
  return this;
};
