"""The fuzz targets: every corpus input (the seeds and each input a fuzz run found failing) is
handled, and a brief fuzz run of each target finds nothing (`benchmarks/fuzz.py` runs longer)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from fuzz_targets import TARGETS, mutated, seeds

CASES = [(target, name) for target in TARGETS for name, _ in seeds(target)]


@pytest.mark.parametrize(("target", "name"), CASES, ids=[f"{t}/{n}" for t, n in CASES])
def test_corpus_input_is_handled(target: str, name: str) -> None:
    data = dict(seeds(target))[name]
    TARGETS[target](name, data)


def test_every_target_has_seeds() -> None:
    assert all(seeds(target) for target in TARGETS)


BRIEF = settings(
    max_examples=min(settings.default.max_examples, 15),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@BRIEF
@given(mutated(seeds("package")))
def test_fuzz_the_package_validator(case: tuple[str, bytes]) -> None:
    TARGETS["package"](*case)


@BRIEF
@given(mutated(seeds("corrections")))
def test_fuzz_the_corrections_loader(case: tuple[str, bytes]) -> None:
    TARGETS["corrections"](*case)


@BRIEF
@given(mutated(seeds("source")))
def test_fuzz_the_source_parser(case: tuple[str, bytes]) -> None:
    TARGETS["source"](*case)
