// ---
// title: Chips that may ship to a country
// question: Which chips may ship to a given country on a date, and under which rule?
// description: >-
//   Every chip released by the as-of date, with its control status for exports to the country on that date
//   as the rule evaluator inferred it (aikg:export_control_status statements): the effect (no control,
//   license_required, presumption_of_denial, case_by_case, approved_with_conditions, ...), whether it may
//   ship (yes; conditional = case by case or under license conditions; no = not without a license the graph
//   does not record), the rules and their sources, and the date range the status holds. The rules of the
//   chip's home country and those of a transit country that hosts the chip are separate rows.
// params:
//   country: {type: entity, class: Country, default: country/CN, description: the destination}
//   as_of: {type: date, default: today, description: the date the answer holds for}
// columns: [chip, tpp, effect, may_ship, rules, since, until, sources]
// lists: [rules, sources]
// ---
MATCH (meta:AikgMeta {key: 'aikg'})
WITH meta.current AS g
MATCH (c:Chip {_gen: g})
WHERE c.release_date IS NULL OR c.release_date <= $as_of
OPTIONAL MATCH (c)-[s:EXPORT_CONTROL_STATUS]->(dest {id: $country})
WHERE s.effect IS NOT NULL
  AND (s.valid_from IS NULL OR s.valid_from <= $as_of) AND (s.valid_to IS NULL OR s.valid_to >= $as_of)
WITH c, s, coalesce(s.effect, 'no control') AS effect
WITH c, s, effect,
     CASE WHEN effect IN ['no control', 'allowed'] THEN 'yes'
          WHEN effect IN ['license_required', 'presumption_of_denial', 'prohibited'] THEN 'no'
          ELSE 'conditional' END AS may_ship
RETURN c.name AS chip, c.tpp AS tpp, effect, may_ship,
       reduce(acc = [], x IN collect(coalesce(s.derived_from_rules, [])) | acc + x) AS rules,
       coalesce(toString(s.valid_from), '') AS since, coalesce(toString(s.valid_to), '') AS until,
       reduce(acc = [], x IN collect(coalesce(s.sources, [])) | acc + x) AS sources
