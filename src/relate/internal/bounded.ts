/**
 * A regex for whole words: JS `\b` is ASCII-only, so `/\bsẽ\b/u` never matches "sẽ" (the
 * boundary after "ẽ" is not seen). Vietnamese words need letter-aware lookarounds instead.
 */
export function bounded(alternatives: string, flags = 'u'): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternatives})(?![\p{L}\p{N}])`, flags);
}
