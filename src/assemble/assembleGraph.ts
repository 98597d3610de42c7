import type { Extraction, KgGraph } from '../types.js';
import { GraphAssembler } from './GraphAssembler.js';

export function assembleGraph(list: Iterable<Extraction>): KgGraph {
  const assembler = new GraphAssembler();
  for (const extraction of list) assembler.add(extraction);
  return assembler.finish();
}
