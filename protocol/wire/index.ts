// Public surface of the wire layer; programs import from here.

export { afwire } from './generated/wire.js';
export { ProtocolError, isProtocolError, statusName } from './protocol-error.js';
export type { ProtocolErrorCode } from './protocol-error.js';
export { FrameType, FrameDecoder, FrameEncoder, DEFAULT_FRAME_LIMITS, FRAME_HEADER_SIZE, encodeFrameHeader } from './frame.js';
export type { Frame, FrameLimits } from './frame.js';
export { Connection, DEFAULT_HIGH_WATER_MARK, announcesData } from './connection.js';
export type { Inbound, ConnectionOptions, DataSink } from './connection.js';
export { InboundData, sendDataStream } from './data-stream.js';
export type { DataEndInfo, DataSource, InboundSink } from './data-stream.js';
export { loadKeyFile, checkClientId, ServerKeys, AuthFailureDelay, MIN_KEY_BYTES, MAX_CLIENT_ID_BYTES, NONCE_BYTES } from './auth.js';
export type { ServerKeyConfig, AuthDelayOptions } from './auth.js';
export type { PeerHello } from './handshake.js';
export { ProtocolClient, DEFAULT_PORT } from './client.js';
export type { ClientOptions, ClientTlsOptions, RequestOp, DataResponse } from './client.js';
export { ProtocolServer } from './server.js';
export type { ServerOptions, ServerTlsOptions } from './server.js';
export { ServerSession } from './session.js';
export type { IncomingRequest, RequestOpName, ResponseResult } from './session.js';
export { PIPELINED_CLOSE_MINOR, PROTOCOL_MAJOR, PROTOCOL_MINOR, programVersion } from './version.js';
export { u64, toNumber } from './codec.js';
export type { DecodedEnvelope, Long } from './codec.js';
export { defaultWireLogger } from './logger.js';
export type { WireLogger } from './logger.js';
