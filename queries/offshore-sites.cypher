// ---
// title: Data centers abroad that could serve a country's labs
// question: Which data centers abroad could serve a country's labs on a date, with which chips and under what conditions?
// description: >-
//   Sites outside the country through which the evaluator finds an open offshore_rental route for labs
//   headquartered there on the as-of date (the site hosts the chip and is open to them, no license
//   condition closes it to them, the site country's own rules do not bar them, and the chip is lawfully
//   there), with the chips, the labs, the site's access policy and stated conditions, and the control
//   effect on the route.
// params:
//   country: {type: entity, class: Country, default: country/CN, description: the labs' home country}
//   as_of: {type: date, default: today, description: the date the answer holds for}
// columns: [data_center, dc_country, chips, labs, access_policy, conditions, effect, sources]
// lists: [chips, labs, effect, sources]
// ---
MATCH (meta:AikgMeta {key: 'aikg'})
WITH meta.current AS g
MATCH (country:Entity {id: $country, _gen: g})
MATCH (labNode)-[hq:HEADQUARTERED_IN]->(country)
WHERE hq.status IN ['confirmed', 'reported', 'inferred']
WITH DISTINCT g, labNode
MATCH (labNode)-[r:CAN_ACCESS]->(c)
WHERE r.status = 'inferred' AND r.route = 'offshore_rental'
  AND (r.valid_from IS NULL OR r.valid_from <= $as_of) AND (r.valid_to IS NULL OR r.valid_to >= $as_of)
MATCH (dc:Entity {id: r.via, _gen: g})
MATCH (dc)-[li:LOCATED_IN]->(site)
WHERE li.status IN ['confirmed', 'reported', 'inferred']
WITH DISTINCT dc, site, labNode, c, r
RETURN dc.name AS data_center, site.name AS dc_country, collect(DISTINCT c.name) AS chips,
       collect(DISTINCT labNode.name) AS labs, coalesce(dc.access_policy, '') AS access_policy,
       coalesce(dc.access_conditions, '') AS conditions, collect(DISTINCT coalesce(r.effect, 'no control')) AS effect,
       reduce(acc = [], x IN collect(r.sources) | acc + x) AS sources
