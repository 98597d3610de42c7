// Example questions for the kg-vnjp graph in Neo4j (load it with `kg neo4j push`).
// Each query starts with "// name:", then what it answers, then "// params:" with example
// parameters as JSON (in cypher-shell: `:param name => 'Bình Định'`; in Neo4j Browser: `:param name: 'Bình Định'`).
// Conventions: MET and AGREEMENT are stored in one direction with undirected = true, so match them
// without an arrow; dates are in dateText (YYYY[-MM[-DD]]), date (a Neo4j Date when the day is known)
// and year; evidence is in three parallel lists evidenceArticles / evidenceSentences / evidenceRules
// (MENTIONED_IN, entity → Article, keeps only evidenceSentences: the rest is its Article's).

// name: agreements
// Which Japanese localities have agreements with which Vietnamese localities, of what kind, since when.
// params: {}
MATCH (jp:Locality {country: 'JP'})-[a:AGREEMENT]-(vn:Locality {country: 'VN'})
RETURN jp.name AS japanese, vn.name AS vietnamese, a.kind AS kind, a.dateText AS since, a.dates AS dates
ORDER BY since, japanese, vietnamese;

// name: visits
// Every delegation visit between localities in date order, with the leaders named in the same articles.
// params: {}
MATCH (from:Locality)-[v:VISITED]->(to:Locality)
OPTIONAL MATCH (p:Person)-[pv:VISITED]->(to)
  WHERE any(article IN pv.articles WHERE article IN v.articles)
    AND (EXISTS { (p)-[:HOLDS_POSITION]->(from) } OR p.country = from.country)
WITH from, v, to, p ORDER BY p.name
RETURN v.dateText AS date, from.name AS visitor, to.name AS host, collect(DISTINCT p.name) AS leaders, v.articles AS articles
ORDER BY date, visitor, host;

// name: meetings
// The people who met each other most often (in the most articles).
// params: {"limit": 20}
MATCH (a:Person)-[m:MET]-(b:Person)
WHERE a.id < b.id
RETURN a.name AS person, b.name AS other, size(m.articles) AS articles, m.dates AS dates
ORDER BY articles DESC, person, other
LIMIT toInteger($limit);

// name: neighbourhood
// Everything directly connected to one locality (by its name), with the evidence sentences.
// params: {"name": "Bình Định"}
MATCH (l:Locality {name: $name})
MATCH (l)-[r]-(other)
WHERE NOT r:MENTIONED_IN
RETURN type(r) AS relation, CASE WHEN startNode(r) = l THEN 'out' ELSE 'in' END AS direction,
       labels(other)[0] AS kind, other.name AS other, r.dateText AS date, r.evidenceSentences AS evidence
ORDER BY relation, other;

// name: search
// Anything whose name matches words typed with or without diacritics ("binh dinh" finds Bình Định),
// through the full-text index on name and nameFolded; best matches first.
// params: {"words": "binh dinh"}
CALL db.index.fulltext.queryNodes('kg_names', $words) YIELD node, score
RETURN labels(node)[0] AS kind, node.name AS name, node.id AS id
ORDER BY score DESC, name
LIMIT 10;

// name: sources
// The articles behind one relation, each with the sentence it was read from and the rule that read it.
// params: {"from": "Izumisano", "to": "Bình Định", "type": "VISITED"}
MATCH (x:Locality|Person|Organization|Event {name: $from})-[r]-(y:Locality|Person|Organization|Event {name: $to})
WHERE type(r) = $type
UNWIND range(0, size(r.evidenceArticles) - 1) AS i
OPTIONAL MATCH (article:Article {id: 'article:' + r.evidenceArticles[i]})
RETURN r.evidenceArticles[i] AS article, article.title AS title, article.url AS url,
       r.evidenceSentences[i] AS sentence, r.evidenceRules[i] AS rule
ORDER BY article, sentence;

// name: partners
// Vietnamese localities ranked by the number of Japanese localities they visited, hosted or signed with.
// params: {}
MATCH (vn:Locality {country: 'VN'})-[:VISITED|AGREEMENT]-(jp:Locality {country: 'JP'})
WITH DISTINCT vn, jp ORDER BY jp.name
RETURN vn.name AS vietnamese, count(jp) AS partners, collect(jp.name) AS japanese
ORDER BY partners DESC, vietnamese;
