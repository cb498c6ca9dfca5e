// ---
// title: Reports alleging risks of a country's AI firms
// question: Which reports allege risks of Chinese AI firms or their models, who published them, and whom do they target?
// description: >-
//   Reports that target (or are about) organizations headquartered in the given country, or their models,
//   with the publisher, the date and the status of the claim — allegations stay alleged, with who makes them.
// params:
//   country: {type: entity, class: Country, default: country/CN, description: the targets' home country}
//   as_of: {type: date, default: today, description: only reports dated on or before this date}
// columns: [report, publisher, date, target, how, status, sources]
// lists: [publisher, sources]
// ---
MATCH (meta:AikgMeta {key: 'aikg'})
WITH meta.current AS g
MATCH (r:Report {_gen: g})-[t:TARGETS|ABOUT]->(tNode)
WHERE (r.event_date IS NULL OR r.event_date <= $as_of)
  AND (EXISTS { MATCH (tNode)-[h:HEADQUARTERED_IN]->({id: $country})
               WHERE h.status IN ['confirmed', 'reported', 'inferred'] }
   OR EXISTS { MATCH (tNode)-[dv:DEVELOPED_BY]->()-[h:HEADQUARTERED_IN]->({id: $country})
               WHERE dv.status IN ['confirmed', 'reported', 'inferred']
                 AND h.status IN ['confirmed', 'reported', 'inferred'] })
OPTIONAL MATCH (r)-[pb:PUBLISHED_BY]->(pNode)
WHERE pb.status IN ['confirmed', 'reported', 'inferred']
WITH r, t, tNode, collect(DISTINCT pNode.name) AS pubs
RETURN r.name AS report, reduce(acc = [], x IN collect(pubs) | acc + x) AS publisher,
       toString(r.event_date) AS date, tNode.name AS target,
       CASE type(t) WHEN 'TARGETS' THEN 'targets' ELSE 'about' END AS how, t.status AS status,
       reduce(acc = [], x IN collect(t.sources) | acc + x) AS sources
