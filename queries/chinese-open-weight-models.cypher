// ---
// title: Open-weight models by labs of a country
// question: Which labs headquartered in a country have released open-weight models?
// description: >-
//   Models with open weights whose developer is headquartered in the given country (China by default),
//   released on or before the as-of date, with their license and the status and sources of the
//   developed-by statement.
// params:
//   country: {type: entity, class: Country, default: country/CN, description: the labs' home country}
//   as_of: {type: date, default: today, description: only models released by this date}
// columns: [lab, model, release_date, license, training_hardware, status, sources]
// lists: [training_hardware, sources]
// ---
MATCH (meta:AikgMeta {key: 'aikg'})
WITH meta.current AS g
MATCH (country:Entity {id: $country, _gen: g})
MATCH (labNode)-[hq:HEADQUARTERED_IN]->(country)
WHERE hq.status IN ['confirmed', 'reported']
WITH DISTINCT labNode
MATCH (m)-[dev:DEVELOPED_BY]->(labNode)
WHERE m.open_weights = true AND (m.release_date IS NULL OR m.release_date <= $as_of)
OPTIONAL MATCH (m)-[tr:TRAINED_ON]->(hwNode)
WITH labNode, m, dev, collect(DISTINCT hwNode.name + ' (' + tr.status + ')') AS hw
UNWIND dev.sources AS src
RETURN labNode.name AS lab, m.name AS model, toString(m.release_date) AS release_date, m.license AS license,
       hw AS training_hardware, dev.status AS status, collect(DISTINCT src) AS sources
