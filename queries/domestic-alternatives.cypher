// ---
// title: Domestic alternatives to Nvidia
// question: Which domestically designed accelerators can a country's labs turn to instead of Nvidia's?
// description: >-
//   Chips designed by companies headquartered in the given country (China by default), the chips they
//   are reported as alternatives to, and the labs that use them or train on them — each user with the
//   status of that claim, since many are forecasts.
// params:
//   country: {type: entity, class: Country, default: country/CN, description: the designers' country}
//   as_of: {type: date, default: today, description: only chips released by this date}
// columns: [chip, designer, alternative_to, used_by, status, sources]
// lists: [alternative_to, used_by, sources]
// ---
MATCH (meta:AikgMeta {key: 'aikg'})
WITH meta.current AS g
MATCH (country:Entity {id: $country, _gen: g})
MATCH (org)-[hq:HEADQUARTERED_IN]->(country)
WHERE hq.status IN ['confirmed', 'reported']
WITH DISTINCT org
MATCH (c:Chip)-[d:DESIGNED_BY]->(org)
WHERE c.release_date IS NULL OR c.release_date <= $as_of
OPTIONAL MATCH (c)-[:ALTERNATIVE_TO]->(altNode)
WITH c, org, d, collect(DISTINCT altNode.name) AS alts
OPTIONAL MATCH (lab1)-[u1:USES_CHIP]->(c)
WITH c, org, d, alts, collect(DISTINCT lab1.name + ' (' + u1.status + ')') AS users1
OPTIONAL MATCH (m2)-[u2:TRAINED_ON]->(c), (m2)-[dv:DEVELOPED_BY]->(lab2)
WHERE dv.status IN ['confirmed', 'reported', 'inferred']
WITH c, org, d, alts, users1, collect(DISTINCT lab2.name + ' (' + u2.status + ')') AS users2
RETURN c.name AS chip, org.name AS designer,
       reduce(acc = [], x IN collect(alts) | acc + x) AS alternative_to,
       reduce(acc = [], x IN collect(users1 + users2) | acc + x) AS used_by,
       d.status AS status,
       reduce(acc = [], x IN collect(d.sources) | acc + x) AS sources
