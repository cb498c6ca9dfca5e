// ---
// title: Offshore access to a chip
// question: Which labs could reach GB200s through data centers outside their home country?
// description: >-
//   A lab reaches a data center abroad when a source says the site is open to the lab, to its home
//   country or to a group its country belongs to, or that the lab uses the site; a site whose license
//   conditions close it to the lab's country (or a group the country belongs to) is left out. The route is
//   only as strong as its weakest step (the hosting and the access statements): confirmed > reported >
//   alleged > unclear > forecast. Statements must be valid on the as-of date. Rule-aware: where the hosting
//   and the access are established (confirmed or reported), the row needs the evaluator's inferred
//   offshore_rental route on that date, so a site whose country's rules bar the lab, or whose chips are not
//   lawfully there (no license for an export that needs one), drops out; `conditions` is the route's control
//   effect (e.g. approved_with_conditions) and `rules` the rules behind it. Weaker rows are "not evaluated".
// params:
//   chip: {type: entity, class: Chip, default: chip/nvidia-gb200, description: the chip to reach}
//   as_of: {type: date, default: today, description: the date the answer holds for}
// columns: [lab, lab_country, data_center, dc_country, operator, status, conditions, rules, sources]
// lists: [operator, conditions, rules, sources]
// ---
MATCH (meta:AikgMeta {key: 'aikg'})
WITH meta.current AS g
MATCH (chip:Entity {id: $chip, _gen: g})
MATCH (dc)-[host:HOSTS_CHIP]->(chip)
WHERE host.status IN ['confirmed', 'reported', 'alleged', 'unclear', 'forecast']
  AND (host.valid_from IS NULL OR host.valid_from <= $as_of) AND (host.valid_to IS NULL OR host.valid_to >= $as_of)
MATCH (dc)-[loc:LOCATED_IN]->(dcCountry)
WHERE loc.status IN ['confirmed', 'reported']
CALL (g, dc) {
  // the site is open to the lab, its country, or a group its country is in
  MATCH (dc)-[acc:OPEN_TO]->(who)
  MATCH (lab:Lab {_gen: g})-[hq:HEADQUARTERED_IN]->(home)
  WHERE hq.status IN ['confirmed', 'reported']
    AND (who = lab OR who = home
         OR EXISTS { MATCH (home)-[mo:MEMBER_OF]->(who) WHERE mo.status IN ['confirmed', 'reported', 'inferred'] })
  RETURN acc, lab, home
  UNION
  // a source says the lab uses the site
  MATCH (lab:Lab)-[acc:USES_DATA_CENTER]->(dc)
  MATCH (lab)-[hq:HEADQUARTERED_IN]->(home)
  WHERE hq.status IN ['confirmed', 'reported']
  RETURN acc, lab, home
}
WITH chip, dc, dcCountry, host, acc, lab, home
WHERE acc.status IN ['confirmed', 'reported', 'alleged', 'unclear', 'forecast']
  AND (acc.valid_from IS NULL OR acc.valid_from <= $as_of) AND (acc.valid_to IS NULL OR acc.valid_to >= $as_of)
  AND home <> dcCountry
  AND NOT EXISTS {
    MATCH (dc)-[closed:CLOSED_TO]->(barred)
    WHERE closed.status IN ['confirmed', 'reported']
      AND (barred = lab OR barred = home
           OR EXISTS { MATCH (home)-[mb:MEMBER_OF]->(barred) WHERE mb.status IN ['confirmed', 'reported', 'inferred'] })
      AND (closed.valid_from IS NULL OR closed.valid_from <= $as_of)
      AND (closed.valid_to IS NULL OR closed.valid_to >= $as_of)
  }
// the evaluator's verdict: an established row needs an open offshore route on the as-of date
OPTIONAL MATCH (lab)-[route:CAN_ACCESS]->(chip)
WHERE route.status = 'inferred' AND route.route = 'offshore_rental' AND route.via = dc.id
  AND (route.valid_from IS NULL OR route.valid_from <= $as_of) AND (route.valid_to IS NULL OR route.valid_to >= $as_of)
WITH dc, dcCountry, host, acc, lab, home, collect(route) AS routes,
     CASE host.status WHEN 'confirmed' THEN 6 WHEN 'reported' THEN 5 WHEN 'alleged' THEN 3 WHEN 'unclear' THEN 2
                      ELSE 1 END AS hrank,
     CASE acc.status WHEN 'confirmed' THEN 6 WHEN 'reported' THEN 5 WHEN 'alleged' THEN 3 WHEN 'unclear' THEN 2
                     ELSE 1 END AS arank
WHERE size(routes) > 0 OR hrank < 5 OR arank < 5
OPTIONAL MATCH (dc)-[ob:OPERATED_BY]->(opNode)
WHERE ob.status IN ['confirmed', 'reported', 'inferred']
WITH lab, home, dc, dcCountry, host, acc, routes, hrank, arank, collect(DISTINCT opNode.name) AS ops
WITH lab.name AS lab, home.name AS lab_country, dc.name AS data_center, dcCountry.name AS dc_country, ops,
     host.sources + acc.sources AS srcs, CASE WHEN hrank < arank THEN hrank ELSE arank END AS rank,
     CASE WHEN size(routes) > 0 THEN [r IN routes | coalesce(r.effect, 'no control')] ELSE ['not evaluated'] END
       AS conds,
     reduce(acc = [], r IN routes | acc + coalesce(r.derived_from_rules, [])) AS ruleIds
RETURN lab, lab_country, data_center, dc_country, reduce(acc = [], x IN collect(ops) | acc + x) AS operator,
       CASE max(rank) WHEN 6 THEN 'confirmed' WHEN 5 THEN 'reported' WHEN 3 THEN 'alleged' WHEN 2 THEN 'unclear'
                      ELSE 'forecast' END AS status,
       reduce(acc = [], x IN collect(conds) | acc + x) AS conditions,
       reduce(acc = [], x IN collect(ruleIds) | acc + x) AS rules,
       reduce(acc = [], x IN collect(srcs) | acc + x) AS sources
