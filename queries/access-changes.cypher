// ---
// title: Access gained or lost when a policy took effect
// question: Which labs lost or gained access to which chips, by which route, when a given policy took effect?
// description: >-
//   The evaluator's inferred access routes (aikg:can_access) around the policy's effective date: a route
//   gained opens on that day and is derived from the policy; a route lost ends the day before, while from
//   that day the policy controls the chip for the lab or its home country. Routes that merely continue across
//   the date are left out. Smuggling routes are allegations and are not listed.
// params:
//   policy: {type: entity, class: Policy, default: policy/oct-2022-rule, description: the policy}
//   as_of: {type: date, default: today, description: only a policy that had taken effect by this date}
// columns: [change, lab, lab_country, chip, route, via, date, effect, sources]
// lists: [sources]
// ---
MATCH (meta:AikgMeta {key: 'aikg'})
WITH meta.current AS g
MATCH (pol:Entity {id: $policy, _gen: g})
WHERE pol.effective IS NOT NULL AND pol.effective <= $as_of
WITH g, pol, pol.effective AS day
CALL (g, pol, day) {
  MATCH (labNode:Entity {_gen: g})-[r:CAN_ACCESS]->(c)
  WHERE r.status = 'inferred' AND r.valid_from = day AND r.route IS NOT NULL
    AND pol.id IN coalesce(r.derived_from_rules, [])
  RETURN labNode, r, c, 'gained' AS change
  UNION
  MATCH (labNode:Entity {_gen: g})-[r:CAN_ACCESS]->(c)
  WHERE r.status = 'inferred' AND r.valid_to = day - duration('P1D') AND r.route IS NOT NULL
    AND EXISTS {
      MATCH (c)-[s:EXPORT_CONTROL_STATUS]->(dest)
      WHERE s.valid_from = day AND pol.id IN coalesce(s.derived_from_rules, [])
        AND (dest = labNode OR EXISTS {
          MATCH (labNode)-[h:HEADQUARTERED_IN]->(dest) WHERE h.status IN ['confirmed', 'reported', 'inferred'] })
    }
  RETURN labNode, r, c, 'lost' AS change
}
WITH g, day, labNode, r, c, change
WHERE (change = 'lost' OR NOT EXISTS {
        MATCH (labNode)-[b:CAN_ACCESS]->(c)
        WHERE b.route = r.route AND b.valid_to = day - duration('P1D') AND coalesce(b.via, '-') = coalesce(r.via, '-')
      })
  AND (change = 'gained' OR NOT EXISTS {
        MATCH (labNode)-[a:CAN_ACCESS]->(c)
        WHERE a.route = r.route AND a.valid_from = day AND coalesce(a.via, '-') = coalesce(r.via, '-')
      })
MATCH (labNode)-[h:HEADQUARTERED_IN]->(home)
WHERE h.status IN ['confirmed', 'reported', 'inferred']
WITH DISTINCT g, day, labNode, r, c, change, home
OPTIONAL MATCH (vNode:Entity {id: r.via, _gen: g})
UNWIND r.sources AS src
RETURN change, labNode.name AS lab, home.name AS lab_country, c.name AS chip, r.route AS route,
       coalesce(vNode.name, '') AS via, toString(day) AS date, coalesce(r.effect, 'no control') AS effect,
       collect(DISTINCT src) AS sources
