export { startViewServer, DEFAULT_PORT, DEFAULT_VIEWER_DIST, GRAPH_PATH, type ViewServer, type ViewServerOptions } from './startViewServer.js';
export { ViewError } from './ViewError.js';
export { CONTENT_SECURITY_POLICY } from './internal/securityHeaders.js';
