"""Each class of bad input gets its own message naming file, line and record — and nothing is built."""

from __future__ import annotations

import pytest

from aikg.build import check, ensure_built
from aikg.errors import ValidationFailed

SRC = "sources: [src/test-a]"


def problems_for(data_dir, text, name="zz_bad.yaml"):
    (data_dir / name).write_text(text)
    _, problems = check()
    return [p for p in problems if p.severity == "error"]


def one(problems):
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def test_the_fixture_itself_is_clean(data_dir):
    assert problems_for(data_dir, "entities: []\n") == []


def test_malformed_yaml_names_file_and_line(data_dir):
    p = one(problems_for(data_dir, "entities:\n  - id: chip/x\n    name: [unclosed\n"))
    assert p.file.endswith("zz_bad.yaml") and p.line == 4 and "malformed YAML" in p.message


def test_duplicate_yaml_key(data_dir):
    p = one(problems_for(data_dir, f"entities:\n  - {{id: chip/x, type: Chip, name: X, {SRC}, name: Y}}\n"))
    assert "duplicate key 'name'" in p.message and p.line == 2


def test_unknown_type_suggests_a_class(data_dir):
    p = one(problems_for(data_dir, f"entities:\n  - {{id: chip/x, type: Chipp, name: X, {SRC}}}\n"))
    assert "unknown type 'Chipp'" in p.message and "Chip" in p.hint and p.record == "chip/x"


def test_role_used_as_type_is_explained(data_dir):
    p = one(problems_for(data_dir, f"entities:\n  - {{id: org/x, type: Lab, name: X, {SRC}}}\n"))
    assert "roles are not types" in p.hint


def test_unknown_property_suggests_the_right_one(data_dir):
    p = one(problems_for(data_dir, f"entities:\n  - {{id: chip/x, type: Chip, name: X, tflop_fp8: 5, {SRC}}}\n"))
    assert "unknown property 'tflop_fp8'" in p.message and "tflops_fp8" in p.hint


def test_computed_property_is_refused(data_dir):
    p = one(problems_for(data_dir, f"entities:\n  - {{id: chip/x, type: Chip, name: X, tpp: 5, {SRC}}}\n"))
    assert "computed by aikg" in p.message


def test_unknown_reference(data_dir):
    text = ("statements:\n  - {subject: org/lab-cn, predicate: uses_chip, object: chip/h10, status: reported, "
            f"{SRC}}}\n")
    p = one(problems_for(data_dir, text))
    assert "unknown object 'chip/h10'" in p.message and "chip/h100" in p.hint and p.line == 2


def test_unknown_predicate(data_dir):
    text = "statements:\n  - {subject: org/lab-cn, predicate: use_chip, object: chip/h100, status: reported, " + SRC + "}\n"
    p = one(problems_for(data_dir, text))
    assert "unknown predicate 'use_chip'" in p.message and "uses_chip" in p.hint


def test_wrong_domain_and_range(data_dir):
    text = ("statements:\n  - {subject: chip/h100, predicate: headquartered_in, object: country/CN, "
            f"status: reported, {SRC}}}\n  - {{subject: org/lab-cn, predicate: uses_chip, object: country/CN, "
            f"status: reported, {SRC}}}\n")
    msgs = sorted(p.message for p in problems_for(data_dir, text))
    assert any("cannot be the subject of headquartered_in" in m for m in msgs)
    assert any("needs a Chip" in m for m in msgs)


def test_duplicate_id_points_to_the_first(data_dir):
    p = one(problems_for(data_dir, f"entities:\n  - {{id: chip/h100, type: Chip, name: Other, {SRC}}}\n"))
    assert "duplicate id chip/h100" in p.message and "world.yaml" in p.message


def test_bad_date(data_dir):
    p = one(problems_for(data_dir, f"entities:\n  - {{id: chip/x, type: Chip, name: X, release_date: 2025-13-01, {SRC}}}\n"))
    assert "release_date" in p.message and "YYYY-MM-DD" in p.hint


def test_bad_statement_date_and_order(data_dir):
    text = ("statements:\n  - {subject: org/lab-cn, predicate: uses_chip, object: chip/h100, status: reported, "
            f"valid_from: 2025-06-01, valid_to: 2025-01-01, {SRC}}}\n")
    assert "after valid_to" in one(problems_for(data_dir, text)).message


def test_value_out_of_range(data_dir):
    p = one(problems_for(data_dir, f"entities:\n  - {{id: chip/x, type: Chip, name: X, memory_gb: -1, {SRC}}}\n"))
    assert "memory_gb" in p.message and "≥ 0" in p.hint


def test_bad_enum_lists_allowed_values(data_dir):
    text = ("statements:\n  - {subject: org/lab-cn, predicate: uses_chip, object: chip/h100, status: rumoured, "
            f"{SRC}}}\n")
    p = one(problems_for(data_dir, text))
    assert "status" in p.message and "confirmed" in p.hint


def test_statement_without_a_source(data_dir):
    text = "statements:\n  - {subject: org/lab-cn, predicate: uses_chip, object: chip/h100, status: reported}\n"
    p = one(problems_for(data_dir, text))
    assert "no sources" in p.message and p.line == 2


def test_entity_citing_an_unknown_source(data_dir):
    p = one(problems_for(data_dir, "entities:\n  - {id: chip/x, type: Chip, name: X, sources: [src/nope]}\n"))
    assert "unknown source 'src/nope'" in p.message


def test_source_without_url(data_dir):
    p = one(problems_for(data_dir, "sources:\n  - {id: src/x, title: T, publisher: P}\n"))
    assert "url" in p.message


def test_inferred_status_is_reserved(data_dir):
    text = ("statements:\n  - {subject: org/lab-cn, predicate: uses_chip, object: chip/h100, status: inferred, "
            f"{SRC}}}\n")
    assert "reserved" in one(problems_for(data_dir, text)).message


def test_near_identical_names_warn_but_never_merge(data_dir):
    (data_dir / "zz_near.yaml").write_text(f"entities:\n  - {{id: chip/h200, type: Chip, name: H200, {SRC}}}\n")
    data, problems = check()
    warnings = [p for p in problems if p.severity == "warning"]
    assert any("one character from chip/h100" in p.message for p in warnings)
    assert {"chip/h100", "chip/h200"} <= set(data.entities)


def test_errors_stop_the_build_and_keep_the_previous_one(data_dir, build_dir):
    good = ensure_built()
    (data_dir / "zz_bad.yaml").write_text("entities:\n  - {id: chip/x, type: Chip}\n")
    with pytest.raises(ValidationFailed) as exc:
        ensure_built()
    assert "validation error" in str(exc.value)
    # the previous build is still current and nothing half-written is left behind
    from aikg.build import current

    assert current().hash == good.hash
    assert [p.name for p in build_dir.iterdir() if p.name.startswith("tmp-")] == []


def test_strict_refuses_checkable_facts_sourced_only_to_the_brief(data_dir):
    from aikg.report import strict_problems

    (data_dir / "zz.yaml").write_text(
        "statements:\n"
        "  - {subject: org/lab-cn, predicate: uses_chip, object: chip/h100, status: confirmed, sources: [src/brief]}\n"
        "  - {subject: org/lab-us, predicate: uses_chip, object: chip/h100, status: forecast, sources: [src/brief]}\n"
        "  - {subject: org/lab-us, predicate: uses_chip, object: chip/gb200, status: reported, sources: [src/brief],"
        " claimed_by: org/lab-cn}\n")
    data, problems = check()
    assert not [p for p in problems if p.severity == "error"]
    strict = [p for p in strict_problems(data) if "founding brief" in p.message]
    assert [(p.record, p.line) for p in strict] == [("org/lab-cn uses_chip chip/h100", 2)]


def test_strict_flags_dangling_and_duplicate_entities(data_dir):
    from aikg.report import strict_problems

    (data_dir / "zz.yaml").write_text(
        "entities:\n  - {id: chip/lonely, type: Chip, name: Lonely, sources: [src/test-a]}\n"
        "  - {id: org/lab-cn-2, type: Organization, roles: [Lab], name: Lab CN, sources: [src/test-a]}\n")
    data, _ = check()
    messages = {(p.record, p.message.split(":")[0]) for p in strict_problems(data)}
    assert ("chip/lonely", "dangling entity") in messages
    assert ("org/lab-cn-2", "duplicate entity") in messages


def test_a_reviewed_pair_in_the_decisions_file_no_longer_warns(data_dir, tmp_path, monkeypatch):
    (data_dir / "zz_near.yaml").write_text(f"entities:\n  - {{id: chip/h200, type: Chip, name: H200, {SRC}}}\n")
    decisions = tmp_path / "decisions.yaml"
    decisions.write_text("distinct:\n  - {dataset: curated, type: Chip, name: H200, id: chip/h100}\n")
    monkeypatch.setenv("AIKG_DECISIONS", str(decisions))
    _, problems = check()
    assert not [p for p in problems if "one character from" in p.message]


@pytest.mark.parametrize(("a", "b", "near"), [
    ("h100", "h200", True),     # one substitution
    ("nvidia", "nvida", True),  # one deletion
    ("nvida", "nvidia", True),  # one insertion
    ("abc", "abcd", True),      # at the end
    ("abc", "xabc", True),      # at the start
    ("h100", "h100", False),    # the same name is reported as such, not as one edit
    ("h100", "h210", False),    # two substitutions
    ("abc", "acbd", False),     # a swap and an insertion
    ("abc", "abcde", False),    # two longer
])
def test_one_edit_apart(a, b, near):
    from aikg.validate import _one_edit

    assert _one_edit(a, b) is near
    assert _one_edit(b, a) is near


def test_the_cyclic_gc_is_paused_during_a_build_and_restored(data_dir, build_dir, monkeypatch):
    import gc

    import aikg.reasoning.infer as infer

    seen = []
    real = infer.add_inferred
    monkeypatch.setattr(infer, "add_inferred", lambda data: (seen.append(gc.isenabled()), real(data))[1])
    assert gc.isenabled()
    ensure_built(force=True)
    assert seen == [False]
    assert gc.isenabled()
    (data_dir / "zz_bad.yaml").write_text("entities:\n  - {id: chip/x, type: Chip}\n")
    with pytest.raises(ValidationFailed):
        ensure_built()
    assert gc.isenabled()  # restored when the build fails too
