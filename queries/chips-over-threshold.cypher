// ---
// title: Chips over an export-control threshold
// question: Which accelerators reach a given Total Processing Performance, and what are their performance densities?
// description: >-
//   TPP and performance density are computed by aikg from each chip's dense throughput and die area
//   (ECCN 3A090); 4800 is the October 2023 threshold of 3A090.a. Chips without published throughput are
//   not listed.
// params:
//   min_tpp: {type: number, default: 4800, description: minimum TPP}
//   as_of: {type: date, default: today, description: only chips released by this date}
// columns: [chip, designer, tpp, performance_density, release_date]
// lists: [designer]
// ---
MATCH (meta:AikgMeta {key: 'aikg'})
WITH meta.current AS g
MATCH (c:Chip {_gen: g})
WHERE c.tpp >= $min_tpp AND (c.release_date IS NULL OR c.release_date <= $as_of)
OPTIONAL MATCH (c)-[d:DESIGNED_BY]->(o)
WHERE d.status IN ['confirmed', 'reported', 'inferred']
RETURN c.name AS chip, collect(DISTINCT o.name) AS designer, c.tpp AS tpp,
       c.performance_density AS performance_density, toString(c.release_date) AS release_date
