// ---
// title: Chips in enforcement actions
// question: Which chips figure in the smuggling and export-control cases an authority brought, in what numbers and by which routes?
// description: >-
//   Enforcement actions issued by the given authority (the US Department of Justice by default), the chips
//   each concerns with quantities where public, the countries on the alleged route, and the status of the
//   chip claim (allegations stay alleged until a plea or verdict).
// params:
//   authority: {type: entity, class: Organization, default: org/us-doj, description: who brought the cases}
//   as_of: {type: date, default: today, description: only actions dated on or before this date}
// columns: [action, date, chip, quantity, route, status, sources]
// lists: [route, sources]
// ---
MATCH (meta:AikgMeta {key: 'aikg'})
WITH meta.current AS g
MATCH (authority:Entity {id: $authority, _gen: g})
MATCH (act:EnforcementAction)-[:ISSUED_BY]->(authority)
WITH DISTINCT act
WHERE act.event_date IS NULL OR act.event_date <= $as_of
MATCH (act)-[cc:CONCERNS_CHIP]->(c)
OPTIONAL MATCH (act)-[:ROUTED_THROUGH]->(country)
WITH act, cc, c, collect(DISTINCT country.name) AS vias
RETURN act.name AS action, toString(act.event_date) AS date, c.name AS chip, max(cc.quantity) AS quantity,
       reduce(acc = [], x IN collect(vias) | acc + x) AS route, cc.status AS status,
       reduce(acc = [], x IN collect(cc.sources) | acc + x) AS sources
