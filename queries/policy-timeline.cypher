// ---
// title: Policy timeline
// question: When were the policies on a chip or a country announced, in force, suspended, rescinded or ended?
// description: >-
//   Policies that name the target (a chip or a country, directly or through a country group it belongs to)
//   in an established statement, or that the evaluator applied to it (export_control_status of the chip, or
//   of any chip for the country), with each dated change up to the as-of date: announced, effective, ended,
//   and rescission or suspension by another policy.
// params:
//   target: {type: entity, default: country/CN, description: a chip or a country}
//   as_of: {type: date, default: today, description: only changes up to this date}
// columns: [date, change, policy, effect, policy_status]
// ---
MATCH (meta:AikgMeta {key: 'aikg'})
WITH meta.current AS g
MATCH (t:Entity {id: $target, _gen: g})
CALL (g, t) {
  MATCH (p)-[s:APPLIES_TO|DESTINATION|COVERS_CHIP|AUTHORIZES_CHIP|EXEMPTS|LISTS_ENTITY|RECIPIENT]->(t)
  WHERE s.status IN ['confirmed', 'reported']
  RETURN p
  UNION
  MATCH (t)-[mo:MEMBER_OF]->(grp)
  WHERE mo.status IN ['confirmed', 'reported', 'inferred']
  MATCH (p)-[s:APPLIES_TO|DESTINATION|EXEMPTS]->(grp)
  WHERE s.status IN ['confirmed', 'reported']
  RETURN p
  UNION
  MATCH (t)-[s:EXPORT_CONTROL_STATUS]->()
  UNWIND coalesce(s.derived_from_rules, []) AS pid
  MATCH (p:Entity {id: pid, _gen: g})
  RETURN p
  UNION
  MATCH ()-[s:EXPORT_CONTROL_STATUS]->(t)
  UNWIND coalesce(s.derived_from_rules, []) AS pid
  MATCH (p:Entity {id: pid, _gen: g})
  RETURN p
}
WITH DISTINCT p
CALL (p) {
  UNWIND [['announced', p.announced], ['effective', p.effective], ['ended', p.ended]] AS pair
  WITH pair
  WHERE pair[1] IS NOT NULL
  RETURN pair[1] AS d, pair[0] AS change
  UNION
  MATCH (ender)-[e:RESCINDS|SUSPENDS]->(p)
  WHERE e.status IN ['confirmed', 'reported'] AND ender.effective IS NOT NULL AND ender.name IS NOT NULL
  RETURN ender.effective AS d,
         CASE type(e) WHEN 'RESCINDS' THEN 'rescinded by ' ELSE 'suspended by ' END + ender.name AS change
}
WITH p, d, change
WHERE d <= $as_of
RETURN DISTINCT toString(d) AS date, change, p.name AS policy, coalesce(p.effect, '') AS effect,
       coalesce(p.policy_status, '') AS policy_status
