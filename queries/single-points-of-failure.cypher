// ---
// title: Single points of failure
// question: Which chips depend on one foundry, one HBM maker or one packager, and which labs depend on one chip vendor?
// description: >-
//   A chip whose established (confirmed or reported) fabrication, memory or packaging statements valid on the
//   as-of date name exactly one supplier; a lab whose chips in use (uses_chip, or the training hardware of its
//   models) all come from one designer. Statuses and sources are those of the dependency statements.
// params:
//   as_of: {type: date, default: today, description: the date the answer holds for}
// columns: [dependent, kind, stage, supplier, status, sources]
// lists: [sources]
// ---
MATCH (meta:AikgMeta {key: 'aikg'})
WITH meta.current AS g
CALL (g) {
  MATCH (x:Entity {_gen: g})-[s:FABRICATED_BY|MEMORY_SUPPLIED_BY|PACKAGED_BY]->(o)
  WHERE s.status IN ['confirmed', 'reported']
    AND (s.valid_from IS NULL OR s.valid_from <= $as_of) AND (s.valid_to IS NULL OR s.valid_to >= $as_of)
    AND NOT EXISTS {
      MATCH (x)-[s2]->(o2)
      WHERE type(s2) = type(s) AND o2 <> o AND s2.status IN ['confirmed', 'reported']
        AND (s2.valid_from IS NULL OR s2.valid_from <= $as_of) AND (s2.valid_to IS NULL OR s2.valid_to >= $as_of)
    }
  RETURN x, o, s, 'chip' AS kind,
         CASE type(s) WHEN 'FABRICATED_BY' THEN 'foundry' WHEN 'MEMORY_SUPPLIED_BY' THEN 'memory (HBM)'
                      ELSE 'packaging' END AS stage
  UNION
  MATCH (x:Lab {_gen: g})
  CALL (x) {
    MATCH (x)-[s:USES_CHIP]->(c)
    RETURN s, c
    UNION
    MATCH (m)-[dv:DEVELOPED_BY]->(x)
    WHERE dv.status IN ['confirmed', 'reported', 'inferred']
    MATCH (m)-[s:TRAINED_ON]->(c)
    RETURN s, c
  }
  WITH x, s, c
  WHERE s.status IN ['confirmed', 'reported']
    AND (s.valid_from IS NULL OR s.valid_from <= $as_of) AND (s.valid_to IS NULL OR s.valid_to >= $as_of)
  MATCH (c)-[db:DESIGNED_BY]->(o)
  WHERE db.status IN ['confirmed', 'reported', 'inferred']
  WITH DISTINCT x, s, o
  WHERE NOT EXISTS {
      MATCH (x)-[u:USES_CHIP]->()-[d2:DESIGNED_BY]->(o2)
      WHERE u.status IN ['confirmed', 'reported', 'inferred'] AND d2.status IN ['confirmed', 'reported', 'inferred']
        AND o2 <> o
    }
    AND NOT EXISTS {
      MATCH (x)<-[dv2:DEVELOPED_BY]-()-[t2:TRAINED_ON]->()-[d2:DESIGNED_BY]->(o2)
      WHERE dv2.status IN ['confirmed', 'reported', 'inferred'] AND t2.status IN ['confirmed', 'reported', 'inferred']
        AND d2.status IN ['confirmed', 'reported', 'inferred'] AND o2 <> o
    }
  RETURN x, o, s, 'lab' AS kind, 'chip vendor' AS stage
}
UNWIND s.sources AS src
RETURN x.name AS dependent, kind, stage, o.name AS supplier, s.status AS status, collect(DISTINCT src) AS sources
