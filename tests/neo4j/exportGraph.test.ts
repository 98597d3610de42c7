import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCsv, exportGraph } from '../../src/neo4j/index.js';
import { fixtureGraph } from './fixtureGraph.js';

/** Golden files for the fixture (with the second article and the hostile organization). UPDATE_GOLDEN=1 rewrites them. */
const GOLDEN = join(import.meta.dirname, 'golden');
const FILES = [
  'import.cypher',
  'load-csv/nodes/Organization.csv',
  'load-csv/relationships/MENTIONED_IN-Organization-Article.csv',
  'neo4j-admin-import.sh',
  'nodes/Article.csv',
  'nodes/Event.csv',
  'nodes/Locality.csv',
  'nodes/Organization.csv',
  'nodes/Person.csv',
  'relationships/AGREEMENT-Locality-Locality.csv',
  'relationships/HELD_IN-Event-Locality.csv',
  'relationships/HOLDS_POSITION-Person-Locality.csv',
  'relationships/LOCATED_IN-Locality-Locality.csv',
  'relationships/MENTIONED_IN-Locality-Article.csv',
  'relationships/MENTIONED_IN-Organization-Article.csv',
  'relationships/MENTIONED_IN-Person-Article.csv',
  'relationships/MET-Person-Person.csv',
  'relationships/PARTICIPATED_IN-Person-Event.csv',
  'relationships/VISITED-Locality-Locality.csv',
  'relationships/VISITED-Person-Locality.csv',
  'schema.cypher',
];

describe('exportGraph', () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'kg-neo4j-export-'));
    await exportGraph(fixtureGraph({ second: true, hostile: true }), out);
  });
  afterAll(async () => rm(out, { recursive: true, force: true }));

  it('writes exactly the expected files', async () => {
    const listed = (await readdir(out, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(out.length + 1))
      .sort();
    expect(listed).toEqual([...FILES].sort());
  });

  it.each(FILES)('%s matches its golden file', async (name) => {
    const actual = await readFile(join(out, name), 'utf8');
    const golden = join(GOLDEN, name);
    if (process.env.UPDATE_GOLDEN) {
      await mkdir(dirname(golden), { recursive: true });
      await writeFile(golden, actual);
    }
    expect(actual).toBe(await readFile(golden, 'utf8'));
  });
});

describe('adminCsv', () => {
  it.each([
    ['nodes/Locality.csv', 'id:ID(Locality),:LABEL,name,nameFolded,kind,country,parent,currentUnit,lat:float,lng:float,location:point{crs:WGS-84},variants:string[],formerUnits:string[],articles:string[]'],
    ['nodes/Event.csv', 'id:ID(Event),:LABEL,name,nameFolded,kind,status,where,dateText,date:date,year:int,articles:string[]'],
    [
      'relationships/AGREEMENT-Locality-Locality.csv',
      ':START_ID(Locality),:END_ID(Locality),:TYPE,id,undirected:boolean,status,kind,title,role,dateText,date:date,year:int,dates:string[],articles:string[],rules:string[],evidenceArticles:string[],evidenceSentences:string[],evidenceRules:string[]',
    ],
  ])('%s has typed headers', (name, header) => {
    expect(adminCsv(fixtureGraph()).files.get(name)!.split('\n')[0]).toBe(header);
  });

  it('uses U+001F between list items when an item contains ";" (the seed\'s evidence sentences do)', () => {
    const csv = adminCsv(fixtureGraph());
    expect(csv.arrayDelimiter).toBe('\u001f');
    expect(csv.command).toContain('--array-delimiter=U+001F');
  });

  it('uses ";" between list items otherwise', () => {
    const graph = fixtureGraph({ second: true });
    graph.forEachEdge((edge, attrs) => graph.setEdgeAttribute(edge, 'evidence', attrs.evidence.map((e) => ({ ...e, sentence: e.sentence.replace(/;/g, ',') }))));
    const csv = adminCsv(graph);
    expect(csv.arrayDelimiter).toBe(';');
    expect(csv.command).toContain("--array-delimiter=';'");
    expect(csv.files.get('nodes/Person.csv')).toContain(',Phó Chủ tịch UBND tỉnh;Chủ tịch UBND tỉnh,');
  });
});
