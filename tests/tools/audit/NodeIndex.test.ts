import { describe, expect, it } from 'vitest';
import { NodeIndex } from '../../../tools/audit/NodeIndex.js';
import type { EntityType } from '../../../src/types.js';

function index(nodes: Array<[EntityType, string, string | null, number]>): NodeIndex {
  const idx = new NodeIndex();
  for (const [type, name, country, articles] of nodes) {
    const e = { id: `${type}:${country}:${name}`, type, name, aliases: [], mentions: [], country };
    for (let i = 0; i < articles; i++) idx.add(e, `a${i}`, () => 'sentence');
  }
  return idx;
}

describe('audit node checks', () => {
  it.each([
    [[['Person', 'Nguyễn Văn An', 'VN', 3], ['Person', 'Nguyễn Văn An Theo', 'VN', 1], ['Person', 'Tại Lê Lợi', 'VN', 2]],
      [['Tại Lê Lợi', 'starts with “Tại”'], ['Nguyễn Văn An Theo', 'ends with “Theo”']]],
    [[['Person', 'Nguyễn Văn PRIME', 'VN', 1], ['Locality', 'Theo', null, 5]], [['Nguyễn Văn PRIME', 'a word in capitals']]],
  ] as const)('person names with function words %#', (nodes, expected) => {
    expect(index(nodes.map((n) => [...n])).personFunctionWords().map((f) => [f.node.name, f.why])).toEqual(expected);
  });

  it('short single-word localities, most articles first', () => {
    const idx = index([['Locality', 'Con', 'VN', 2], ['Locality', 'Mỹ Tho', 'VN', 9], ['Locality', 'Tại', 'VN', 6], ['Locality', 'Huế', 'VN', 1], ['Locality', 'Vinh', 'VN', 4]]);
    expect(idx.shortLocalities().map((f) => [f.node.name, f.node.articles])).toEqual([['Tại', 6], ['Con', 2], ['Huế', 1]]);
  });

  it.each([
    [['Nguyễn Văn An', 'Nguyễn Văn An Theo'], ['Nguyễn Văn An Theo']],
    [['Donald Trump', 'Ông Donald Trump', 'Trump'], ['Donald Trump', 'Ông Donald Trump']],
    [['Nguyễn Văn An', 'Nguyễn Văn Bình'], []],
  ])('persons that extend another person: %j', (names, expected) => {
    const idx = index(names.map((n) => ['Person', n, null, 1] as [EntityType, string, null, number]));
    expect(idx.extendedPersons().map((f) => f.node.name).sort()).toEqual(expected.sort());
  });

  it('the same locality name under two countries', () => {
    const idx = index([['Locality', 'California', 'US', 1], ['Locality', 'California', null, 3], ['Locality', 'Gifu', 'JP', 2]]);
    expect(idx.sameNameCountries().map((g) => [g.name, g.nodes.map((n) => n.country)])).toEqual([['California', [null, 'US']]]);
  });

  it('counts articles per node, not mentions', () => {
    const idx = index([['Person', 'Nguyễn Văn An', 'VN', 4], ['Organization', 'UBND tỉnh Gifu', null, 1]]);
    expect([idx.count('Person'), idx.count('Organization'), idx.nodes.get('Person:VN:Nguyễn Văn An')!.articles]).toEqual([1, 1, 4]);
  });
});
