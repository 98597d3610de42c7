export { startViewServer, DEFAULT_PORT, DEFAULT_VIEWER_DIST, GRAPH_PATH, VIEW_PATHS, type ViewServer, type ViewServerOptions } from './startViewServer.js';
export { ViewData, CORPUS_SCALE_NODES, type SerializedGraphFile } from './ViewData.js';
export type { EvidenceReply, FirstView, GraphPatch } from './ViewPayload.js';
export { ViewError } from './ViewError.js';
export { CONTENT_SECURITY_POLICY } from './internal/securityHeaders.js';
