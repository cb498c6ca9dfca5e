"""Export-control metrics computed from a chip's published specs (ECCN 3A090, as amended in Oct 2023).

TPP (Total Processing Performance) = 2 × MacTOPS × bit length, i.e. dense TOPS × bit length, taken at the
precision that gives the largest value. Performance density = TPP / die area (mm²). The inputs are stored on
the chip; the results are computed here, never typed by hand, so they cannot drift from their inputs.
TF32 is left out: its "bit length" is ambiguous (19 significant bits in a 32-bit container) and on every
listed chip it runs at half the FP16 rate, so it never gives the maximum.
"""

from __future__ import annotations

from typing import Any

# dense-throughput property -> bit length of the operation
BIT_LENGTH = {
    "tflops_fp64": 64,
    "tflops_fp32": 32,
    "tflops_fp16": 16,
    "tflops_bf16": 16,
    "tflops_fp8": 8,
    "tops_int8": 8,
    "tflops_fp4": 4,
}


def tpp(props: dict[str, Any]) -> tuple[float, str] | None:
    """(TPP, the property it came from), or None when no throughput is known. Ties go to the higher precision.

    >>> tpp({"tflops_fp8": 1979, "tflops_bf16": 989.5})  # H100 SXM, dense
    (15832.0, 'tflops_bf16')
    """
    best: tuple[float, str] | None = None
    for key, bits in BIT_LENGTH.items():
        value = props.get(key)
        if value is None:
            continue
        score = float(value) * bits
        if best is None or score > best[0]:
            best = (round(score, 1), key)
    return best


def performance_density(tpp_value: float | None, die_area_mm2: float | None) -> float | None:
    """TPP per mm² of die area.

    >>> performance_density(15832.0, 814)
    19.45
    """
    if tpp_value is None or not die_area_mm2:
        return None
    return round(tpp_value / float(die_area_mm2), 2)


def enrich_chip(props: dict[str, Any]) -> dict[str, Any]:
    """The chip's properties with `tpp` and `performance_density` added where the inputs allow."""
    out = dict(props)
    result = tpp(props)
    if result is not None:
        out["tpp"] = result[0]
        density = performance_density(result[0], props.get("die_area_mm2"))
        if density is not None:
            out["performance_density"] = density
    return out
