export { writeFileAtomic } from './writeFileAtomic.js';
export { writeGraphJson, graphToJson, graphJsonParts, type WriteGraphOptions } from './writeGraphJson.js';
export { toGexf, gexfParts, defaultFormatNode, defaultFormatEdge } from './toGexf.js';
export type { GexfOptions, GexfNode, GexfEdge, GexfValue } from './toGexf.js';
export { writeGexf } from './writeGexf.js';
export { createJsonlWriter } from './createJsonlWriter.js';
export type { JsonlWriter } from './createJsonlWriter.js';
export { writeReport, renderReport } from './writeReport.js';
export { dateRange } from './internal/dateRange.js';
