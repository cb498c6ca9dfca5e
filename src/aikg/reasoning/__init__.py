"""Rules as data: export-control rules plus facts → inferred, dated, sourced statements.

`rules` reads policies into typed Rule objects, `evaluate` decides a chip's control status for a destination on
any date (and as a piecewise timeline), `routes` finds a lab's access routes to a chip, `infer` writes both as
`inferred` statements into a build, `scenario` switches hypothetical policies on or off, and `explain` answers
`aikg why` and `aikg diff`. See docs/reasoning.md for the semantics and why they were chosen.
"""
