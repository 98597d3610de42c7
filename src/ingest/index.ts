export { decodeText } from './decodeText.js';
export { htmlToText, type HtmlText } from './htmlToText.js';
export { IngestError } from './IngestError.js';
export { inputKind, listInputs, SUPPORTED_EXTENSIONS, type InputFile, type InputKind } from './listInputs.js';
export { parseArticleLine } from './parseArticleLine.js';
export { readInputs, type ReadInputsOptions } from './readInputs.js';
export { readJsonLines } from './readJsonLines.js';
export { articleId, readTextFile } from './readTextFile.js';
