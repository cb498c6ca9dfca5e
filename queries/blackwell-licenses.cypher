// ---
// title: Licenses for Blackwell build-outs
// question: Which countries' AI build-outs got licenses for Nvidia GB200 or GB300 systems, for whom, and when?
// description: >-
//   License decisions that authorize GB200 or GB300 exports, by destination country, with the recipients
//   named, the effective date, and the status of the authorization (the founding brief's "likely" AMD
//   licenses stay unclear).
// params:
//   as_of: {type: date, default: today, description: only decisions announced by this date}
// columns: [country, license, chips, recipients, effective, status, sources]
// lists: [chips, recipients, sources]
// ---
MATCH (meta:AikgMeta {key: 'aikg'})
WITH meta.current AS g
MATCH (lic:LicenseDecision {_gen: g})-[auth:AUTHORIZES_CHIP]->(c:Chip)
WHERE c.id IN ['chip/nvidia-gb200', 'chip/nvidia-gb300']
  AND auth.status IN ['confirmed', 'reported', 'alleged', 'unclear', 'forecast']
  AND (lic.announced IS NULL OR lic.announced <= $as_of)
MATCH (lic)-[:DESTINATION]->(countryNode)
OPTIONAL MATCH (lic)-[:RECIPIENT]->(rNode)
WITH countryNode.name AS country, lic.name AS license, toString(lic.effective) AS effective, c.name AS chip,
     rNode.name AS recipient, auth
UNWIND auth.sources AS src
WITH country, license, effective, collect(DISTINCT chip) AS chips, collect(DISTINCT recipient) AS recipients,
     max(CASE auth.status WHEN 'confirmed' THEN 6 WHEN 'reported' THEN 5 WHEN 'alleged' THEN 3
                          WHEN 'unclear' THEN 2 ELSE 1 END) AS rank,
     collect(DISTINCT src) AS sources
RETURN country, license, chips, recipients, effective,
       CASE rank WHEN 6 THEN 'confirmed' WHEN 5 THEN 'reported' WHEN 3 THEN 'alleged' WHEN 2 THEN 'unclear'
                 ELSE 'forecast' END AS status,
       sources
