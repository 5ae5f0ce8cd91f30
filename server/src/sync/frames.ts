/**
 * WebSocket frames built once and written to each socket's connection as they are.
 *
 * ws frames every send on its own: a header, then a cork and a two-buffer write per socket, about
 * 1 kB of short-lived objects each time. A change goes to five or more sockets, so at 200 busy
 * meetings that was a third of everything the server allocated (README, Performance). Here a message
 * becomes one unmasked binary frame (RFC 6455, 5.2: a server never masks) in one buffer, and every
 * socket it goes to is written those same bytes.
 *
 * Writing beside ws keeps the order of frames only while ws itself writes each frame at once, in call
 * order: that holds when no extension is negotiated. The server never enables permessage-deflate
 * (ws's default), and a socket that negotiated one anyway is refused (`writesDirectly`).
 */
import type { WebSocket } from 'ws';

const FIN_BINARY = 0x82;

/** One final binary frame carrying `message`. */
export function frame(message: Uint8Array): Buffer {
  const length = message.byteLength;
  const header = length < 126 ? 2 : length < 65536 ? 4 : 10;
  const out = Buffer.allocUnsafe(header + length);
  out[0] = FIN_BINARY;
  if (length < 126) {
    out[1] = length;
  } else if (length < 65536) {
    out[1] = 126;
    out.writeUInt16BE(length, 2);
  } else {
    out[1] = 127;
    out.writeBigUInt64BE(BigInt(length), 2);
  }
  out.set(message, header);
  return out;
}

/** Whether frames may be written to this socket's connection beside ws (no extension negotiated). */
export function writesDirectly(socket: WebSocket): boolean {
  return socket.extensions === '';
}
