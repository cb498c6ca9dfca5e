// ---
// title: Rescinded and suspended policies
// question: Which policies have been rescinded or suspended, by what, and since when?
// description: >-
//   Policies another policy rescinds or suspends (or whose own status says so), with the policy that ended
//   them, the date it took effect and the status of that claim, as of a date.
// params:
//   as_of: {type: date, default: today, description: the date the answer holds for}
// columns: [policy, policy_status, ended_by, how, since, status, sources]
// lists: [sources]
// ---
MATCH (meta:AikgMeta {key: 'aikg'})
WITH meta.current AS g
MATCH (ender:Entity {_gen: g})-[s:RESCINDS|SUSPENDS]->(p)
WITH ender, s, p, CASE type(s) WHEN 'RESCINDS' THEN 'rescinded' ELSE 'suspended' END AS how,
     coalesce(s.valid_from, ender.effective, ender.announced) AS start
WHERE start IS NULL OR start <= $as_of
UNWIND s.sources AS src
RETURN p.name AS policy, coalesce(p.policy_status, '') AS policy_status, ender.name AS ended_by, how,
       toString(start) AS since, s.status AS status, collect(DISTINCT src) AS sources
