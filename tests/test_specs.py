from aikg.specs import enrich_chip, performance_density, tpp


def test_tpp_is_dense_tops_times_bit_length_at_the_best_precision():
    # H100 SXM: 1979 dense FP8 TFLOPS and 989.5 dense BF16 both give 15,832 (its published TPP ≈ 15,832)
    assert tpp({"tflops_fp8": 1979, "tflops_bf16": 989.5}) == (15832.0, "tflops_bf16")  # ties: higher precision
    assert tpp({"tflops_fp8": 2000, "tflops_bf16": 989.5}) == (16000.0, "tflops_fp8")
    # A100: 312 dense FP16 TFLOPS × 16 = 4992 beats 624 INT8 TOPS × 8 = 4992 only by order; both equal
    assert tpp({"tflops_fp16": 312, "tops_int8": 624})[0] == 4992.0
    assert tpp({"tflops_fp64": 10})[0] == 640.0
    assert tpp({}) is None


def test_performance_density_divides_by_die_area():
    assert performance_density(15832.0, 814) == 19.45
    assert performance_density(15832.0, None) is None
    assert performance_density(None, 814) is None


def test_enrich_chip_adds_both_metrics_only_when_inputs_allow():
    chip = enrich_chip({"tflops_fp8": 1979, "die_area_mm2": 814})
    assert chip["tpp"] == 15832.0 and chip["performance_density"] == 19.45
    assert "performance_density" not in enrich_chip({"tflops_fp8": 1979})
    assert "tpp" not in enrich_chip({"memory_gb": 80})


def test_oct_2023_threshold_separates_h100_from_h20():
    # 3A090.a: TPP >= 4800. H20 (Nvidia: 148 dense FP16/BF16 TFLOPS, 296 FP8) has TPP 2368: below it.
    assert tpp({"tflops_bf16": 148, "tflops_fp8": 296})[0] == 2368.0 < 4800 <= tpp({"tflops_fp8": 1979})[0]
