from mfml.text import NBSP, best_time, best_times, print_error, sci


def test_sci_formats_with_superscripts_and_non_breaking_spaces():
    assert sci(4.076e5) == f"4.1{NBSP}×{NBSP}10⁵"
    assert sci(3.4e-13, 0) == f"3{NBSP}×{NBSP}10⁻¹³"
    assert sci(1.27e-14) == f"1.3{NBSP}×{NBSP}10⁻¹⁴"
    assert " " not in sci(0.0142)


def test_print_error_wraps_long_messages(capsys):
    print_error(ValueError("x" * 10 + " " + "y " * 80))
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("ValueError: ")
    assert len(out) > 1 and all(len(line) <= 76 for line in out)


def test_best_time_is_positive_and_takes_the_minimum():
    calls = []
    t = best_time(lambda: calls.append(1), repeat=4, number=2)
    assert t >= 0 and len(calls) == 8


def test_best_time_runs_on_one_blas_thread():
    from threadpoolctl import threadpool_info

    seen = []
    best_time(lambda: seen.append([i["num_threads"] for i in threadpool_info()]), repeat=1)
    assert seen and all(n == 1 for n in seen[0]), seen


def test_best_times_alternates_the_runs_and_keeps_each_minimum():
    order = []
    t_a, t_b = best_times(lambda: order.append("a"), lambda: order.append("b"), repeat=3)
    assert order == ["a", "b"] * 3
    assert 0 < t_a < 1 and 0 < t_b < 1
