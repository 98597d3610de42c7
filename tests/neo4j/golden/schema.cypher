// kg-vnjp constraints and indexes (as `kg neo4j push` creates them); run after neo4j-admin import.
CREATE CONSTRAINT kg_article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_locality_id IF NOT EXISTS FOR (n:Locality) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE FULLTEXT INDEX kg_names IF NOT EXISTS FOR (n:Article|Event|Locality|Organization|Person) ON EACH [n.name, n.nameFolded];
CREATE POINT INDEX kg_locality_location IF NOT EXISTS FOR (n:Locality) ON (n.location);
CREATE INDEX kg_article_name IF NOT EXISTS FOR (n:Article) ON (n.name);
CREATE INDEX kg_event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE INDEX kg_locality_name IF NOT EXISTS FOR (n:Locality) ON (n.name);
CREATE INDEX kg_organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX kg_person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX kg_locality_country IF NOT EXISTS FOR (n:Locality) ON (n.country);
CREATE INDEX kg_person_country IF NOT EXISTS FOR (n:Person) ON (n.country);
CREATE INDEX kg_organization_country IF NOT EXISTS FOR (n:Organization) ON (n.country);
CALL db.awaitIndexes(300);
