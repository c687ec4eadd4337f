"""Broken submissions: each gives its own code at the right file, nothing crashes, nothing is written."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from engagements.convert import convert_sources
from engagements.errors import EngagementsError
from engagements.package.rules import CODES
from engagements.submission.checkout import validate_checkout
from submission_repo import Repo, base_correction, snapshot


def _sidecar(content: bytes | str, name: str = "mauritania.meta.json") -> Callable[[Repo], None]:
    def write(repo: Repo) -> None:
        data = content.encode("utf-8") if isinstance(content, str) else content
        (repo.sources / name).write_bytes(data)

    return write


def _source(name: str, content: bytes) -> Callable[[Repo], None]:
    return lambda repo: (repo.sources / name).write_bytes(content)


def _corrections_text(text: str | bytes, name: str = "broken.yaml") -> Callable[[Repo], None]:
    def write(repo: Repo) -> None:
        data = text.encode("utf-8") if isinstance(text, str) else text
        (repo.corrections / name).write_bytes(data)

    return write


def _correction(**changes: object) -> Callable[[Repo], None]:
    """Replace the base correction with a changed one (None deletes a key)."""

    def write(repo: Repo) -> None:
        correction = {k: v for k, v in base_correction(repo, **changes).items() if v is not None}
        repo.write_corrections("base.yaml", [correction])

    return write


def _span(repo: Repo, **changes: object) -> list[dict[str, object]]:
    return [{**repo.person_span()[1], **changes}]


def _edit_package(name: str, edit: Callable[[str], str]) -> Callable[[Repo], None]:
    def write(repo: Repo) -> None:
        path = repo.package / name
        path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8", newline="")

    return write


def _symlink_out(repo: Repo) -> None:
    (repo.sources / "outside.txt").symlink_to("/etc/hostname")


def _duplicate_id(repo: Repo) -> None:
    correction = base_correction(repo)
    repo.write_corrections("base.yaml", [correction])
    repo.write_corrections("again.yaml", [correction])


def _add_existing(repo: Repo) -> None:
    person = next(p for p in repo.dataset.persons)
    span = next(e for e in repo.dataset.evidence if e.subject_id == person.id)
    evidence = {"article_id": span.article_id, "start": span.start, "end": span.end, "quote": span.quote}
    addition = {
        "id": "cor-add",
        "action": "add",
        "table": "persons",
        "record": {"name": person.name},
        "author": "tester",
        "reason": "missed",
        "evidence": [evidence],
    }
    repo.write_corrections("base.yaml", [addition])


def _target_elsewhere(repo: Repo) -> None:
    """A correction whose target is not extracted from the article its span quotes."""
    _person, span = repo.person_span()
    other = next(a for a in repo.dataset.articles if a.id != span["article_id"])
    quote = other.text.split()[0]
    evidence = {"article_id": other.id, "start": 0, "end": len(quote), "quote": quote}
    repo.write_corrections("base.yaml", [base_correction(repo, evidence=[evidence])])


def _invalid_value(repo: Repo) -> None:
    meeting = repo.dataset.meetings[0]
    span = repo.person_span()[1]
    fix = {
        **base_correction(repo),
        "target": meeting.id,
        "values": {"date": "2024-13", "date_precision": "month"},
    }
    fix["evidence"] = [span]
    repo.write_corrections("base.yaml", [fix])


def _new_article_not_converted(repo: Repo) -> None:
    (repo.sources / "nouveau.txt").write_text(
        "Visite à Dakar\n\nLe ministre Omar Talbi a reçu mardi le général Henrik Sande à Dakar.\n",
        encoding="utf-8",
    )


def _root_package_instead_of_sources(repo: Repo) -> None:
    """The bypass: sources moved away, a root descriptor over the committed CSVs, a cell edited."""
    shutil.move(repo.sources, repo.root / "elsewhere")
    descriptor = json.loads((repo.package / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        resource["path"] = "datasets/engagements/" + resource["path"]
    (repo.root / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    repo.edit_a_cell()


def _sources_replaced_by_a_file(repo: Repo) -> None:
    shutil.rmtree(repo.sources)
    repo.sources.write_text("nothing here\n", encoding="utf-8")


def _package_linked_out(repo: Repo) -> None:
    outside = repo.root.parent / "outside-package"
    shutil.move(repo.package, outside)
    repo.package.symlink_to(outside, target_is_directory=True)


def _link_loop(folder: str, name: str) -> Callable[[Repo], None]:
    def write(repo: Repo) -> None:
        one = repo.root / folder / name
        two = one.with_name(f"other-{one.name}")
        one.unlink(missing_ok=True)
        one.symlink_to(two.name)
        two.symlink_to(one.name)

    return write


def _fifo(folder: str, name: str) -> Callable[[Repo], None]:
    def write(repo: Repo) -> None:
        path = repo.root / folder / name
        path.unlink(missing_ok=True)
        os.mkfifo(path)

    return write


def _in_base_correction(old: str, new: str, name: str = "base.yaml") -> Callable[[Repo], None]:
    """Rewrite part of the valid correction as written, to slip in what a dump would escape."""

    def write(repo: Repo) -> None:
        path = repo.corrections / "base.yaml"
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.unlink()
        (repo.corrections / name).write_text(text.replace(old, new, 1), encoding="utf-8")

    return write


def _correction_as_json(change: Callable[[str], str]) -> Callable[[Repo], None]:
    def write(repo: Repo) -> None:
        (repo.corrections / "base.yaml").unlink()
        text = json.dumps({"corrections": [base_correction(repo)]})
        (repo.corrections / "base.json").write_text(change(text), encoding="utf-8")

    return write


def _deep_yaml(repo: Repo) -> None:
    (repo.corrections / "deep.yaml").write_text("a: " + "[" * 40 + "]" * 40 + "\n", encoding="utf-8")


BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n" for p, n in zip("abcdefg", "bcdefgh", strict=False)
)

CASES: list[tuple[str, Callable[[Repo], None], str, str]] = [
    # the layout of a checkout
    ("sources moved, root descriptor added", _root_package_instead_of_sources, "checkout_layout", "sources"),
    ("root descriptor beside the package", _root_package_instead_of_sources, "unexpected_package", "datapa"),
    ("sources replaced by a file", _sources_replaced_by_a_file, "checkout_layout", "datasets/sources"),
    (
        "package folder linked out of the repository",
        _package_linked_out,
        "path_outside_repository",
        "datasets/engagements",
    ),
    (
        "package folder linked inside the repository",
        lambda r: (shutil.move(r.package, r.root / "pkg"), r.package.symlink_to(r.root / "pkg")),
        "checkout_layout",
        "datasets/engagements",
    ),
    (
        "second package under datasets/",
        lambda r: shutil.copytree(r.package, r.root / "datasets" / "copy"),
        "unexpected_package",
        "datasets/copy/datapackage.json",
    ),
    (
        "descriptor among the sources",
        lambda r: shutil.copy(r.package / "datapackage.json", r.sources / "datapackage.json"),
        "unexpected_package",
        "sources/datapackage.json",
    ),
    (
        "leftover folder in datasets/",
        lambda r: (r.root / "datasets" / ".engagements.tmp-x").mkdir(),
        "unexpected_file",
        "datasets/.engagements.tmp-x",
    ),
    # link loops, special files, limits before reading
    ("link loop among sources", _link_loop("datasets/sources", "boucle.txt"), "source_unreadable", "boucle"),
    (
        "link loop among corrections",
        _link_loop("datasets/corrections", "boucle.yaml"),
        "source_unreadable",
        "boucle.yaml",
    ),
    (
        "link loop among package files",
        _link_loop("datasets/engagements", "data/persons.csv"),
        "unsafe_path",
        "data/persons.csv",
    ),
    ("FIFO among sources", _fifo("datasets/sources", "tube.txt"), "special_file", "tube.txt"),
    ("FIFO as a sidecar", _fifo("datasets/sources", "ghana.meta.json"), "special_file", "ghana.meta.json"),
    ("FIFO among corrections", _fifo("datasets/corrections", "tube.yaml"), "special_file", "tube.yaml"),
    ("FIFO as a package file", _fifo("datasets/engagements", "data/persons.csv"), "special_file", "persons"),
    ("FIFO as the descriptor", _fifo("datasets/engagements", "datapackage.json"), "special_file", "datapa"),
    (
        "integer of 5,000 digits in a sidecar",
        _sidecar('{"published": ' + "9" * 5000 + "}"),
        "number_too_long",
        "mauritania.meta.json",
    ),
    (
        "integer of 5,000 digits in a correction",
        _in_base_correction("country: MR", "country: " + "9" * 5000),
        "number_too_long",
        "base.yaml",
    ),
    (
        "integer of 5,000 digits in a JSON correction",
        _correction_as_json(lambda t: t.replace('"MR"', "9" * 5000)),
        "number_too_long",
        "base.json",
    ),
    (
        "lone surrogate in a correction value",
        _in_base_correction("country: MR", 'country: MR\n    titles: ["g\\ud800n"]'),
        "encoding_error",
        "base.yaml",
    ),
    (
        "lone surrogate in a JSON correction",
        _correction_as_json(lambda t: t.replace('"MR"', '"M\\udc00R"')),
        "encoding_error",
        "base.json",
    ),
    ("lone surrogate in a sidecar", _sidecar('{"publisher": "A\\ud800B"}'), "encoding_error", "meta.json"),
    (
        "key twice in a sidecar (one hides a future date)",
        _sidecar('{"published": "2999-01-01", "published": "2020-01-01"}'),
        "repeated_key",
        "mauritania.meta.json",
    ),
    (
        "key twice in a YAML correction",
        _in_base_correction("country: MR", "country: MR\n    country: SN"),
        "repeated_key",
        "base.yaml",
    ),
    (
        "key twice in a JSON correction",
        _correction_as_json(lambda t: t.replace('"country": "MR"', '"country": "MR", "country": "SN"')),
        "repeated_key",
        "base.json",
    ),
    (
        "file name that is not UTF-8",
        lambda r: (r.sources / os.fsdecode(b"caf\xe9.txt")).write_text("Titre\n\nTexte.\n"),
        "bad_file_name",
        "caf",
    ),
    # what does not show: flagged in sources, sidecars and corrections, never removed
    (
        "bidi override in a source",
        _source("bidi.txt", "Titre\n\nLe ministre a reçu \u202eeil\u202c le général.\n".encode()),
        "invisible_character",
        "bidi.txt",
    ),
    (
        "bidi isolate in a sidecar",
        _sidecar('{"publisher": "APA \\u2066News"}'),
        "sidecar_invalid",
        "meta.json",
    ),
    (
        "zero-width joiner in a correction",
        _in_base_correction("reason: the text says so", "reason: the text says \u200dso"),
        "correction_invalid",
        "base.yaml",
    ),
    # sidecars
    ("sidecar not JSON", _sidecar("{url: nope"), "sidecar_invalid", "mauritania.meta.json"),
    ("sidecar a list", _sidecar("[]"), "sidecar_invalid", "mauritania.meta.json"),
    ("sidecar unknown key", _sidecar('{"colour": "blue"}'), "sidecar_invalid", "mauritania.meta.json"),
    ("unknown language code", _sidecar('{"language": "xx"}'), "sidecar_invalid", "mauritania.meta.json"),
    ("impossible date", _sidecar('{"published": "2024-02-30"}'), "sidecar_invalid", "mauritania.meta.json"),
    ("url not http", _sidecar('{"url": "ftp://example.org/a"}'), "sidecar_invalid", "mauritania.meta.json"),
    ("sidecar value not text", _sidecar('{"publisher": 12}'), "sidecar_invalid", "mauritania.meta.json"),
    (
        "sidecar non-UTF-8",
        _sidecar('{"publisher": "Agência"}'.encode("latin-1")),
        "encoding_error",
        "meta.json",
    ),
    ("sidecar oversized", _sidecar('{"publisher": "' + "x" * 70_000 + '"}'), "file_too_large", "meta.json"),
    (
        "publication date in the future",
        _sidecar('{"published": "2999-01-01"}'),
        "published_in_future",
        "meta",
    ),
    (
        "sidecar nested too deep",
        _sidecar("[" * 30000 + "]" * 30000),
        "sidecar_invalid",
        "mauritania.meta.json",
    ),
    (
        "descriptor nested too deep",
        _edit_package("datapackage.json", lambda t: "[" * 100000 + "]" * 100000),
        "descriptor_not_json",
        "datapackage.json",
    ),
    ("orphan sidecar", _sidecar("{}", "absent.meta.json"), "orphan_sidecar", "absent.meta.json"),
    # articles
    (
        "same text under two names",
        lambda r: (r.sources / "copie.txt").write_bytes((r.sources / "ghana.txt").read_bytes()),
        "duplicate_text",
        "sources/",
    ),
    (
        "duplicate article (same url)",
        _sidecar('{"url": "https://example.org/ghana"}'),
        "duplicate_url",
        "sources/",
    ),
    ("binary article", _source("image.txt", b"\x89PNG\x00\x00\x00\rIHDR"), "binary_file", "image.txt"),
    ("empty article", _source("vide.txt", b"  \n"), "empty_file", "vide.txt"),
    ("oversized article", _source("long.txt", b"Titre\n" + b"x" * 2_100_000), "file_too_large", "long.txt"),
    ("page furniture only", _source("menu.txt", b"0 9\n12 partages\n"), "no_text", "menu.txt"),
    ("unexpected file type", _source("notes.docx", b"PK\x03\x04"), "unexpected_file", "notes.docx"),
    ("unsafe file name", _source("-rf article.txt", b"Titre\n\nTexte."), "bad_file_name", "-rf article.txt"),
    (
        "names differing by case",
        _source("Ghana.txt", b"Autre titre\n\nAutre texte."),
        "name_collision",
        "hana.txt",
    ),
    ("path traversal by link", _symlink_out, "path_outside_repository", "outside.txt"),
    (
        "broken link",
        lambda r: (r.sources / "perdu.txt").symlink_to("absent.txt"),
        "source_unreadable",
        "perdu.txt",
    ),
    # corrections files
    ("YAML syntax", _corrections_text("corrections: [\n  - {id: "), "corrections_syntax", "broken.yaml"),
    (
        "JSON syntax",
        _corrections_text('{"corrections": [}', "broken.json"),
        "corrections_syntax",
        "broken.json",
    ),
    ("YAML alias bomb", _corrections_text(BOMB), "yaml_alias_limit", "broken.yaml"),
    (  # found by benchmarks/fuzz.py: counting the expansion exhausted the stack
        "YAML alias inside its own anchor",
        _corrections_text("corrections: &a [x, *a]\n"),
        "yaml_alias_limit",
        "broken.yaml",
    ),
    (
        "YAML object tag",
        _corrections_text("corrections: !!python/object/apply:os.getcwd []\n"),
        "yaml_unsafe_tag",
        "broken.yaml",
    ),
    ("YAML nested too deep", _deep_yaml, "nesting_too_deep", "deep.yaml"),
    (
        "JSON nested too deep",
        _corrections_text('{"corrections": [' + "[" * 5000 + "]" * 5000 + "]}", "deep.json"),
        "nesting_too_deep",
        "deep.json",
    ),
    (
        "corrections non-UTF-8",
        _corrections_text(b"corrections: []\n# \xe9t\xe9\n"),
        "encoding_error",
        "broken.yaml",
    ),
    (
        "corrections oversized",
        _corrections_text("#" + "x" * 1_100_000 + "\ncorrections: []\n"),
        "file_too_large",
        "broken.yaml",
    ),
    ("correction without author", _correction(author=None), "correction_invalid", "base.yaml"),
    ("unknown action", _correction(action="rename"), "correction_invalid", "base.yaml"),
    (
        "span that ends before it starts",
        lambda r: _correction(evidence=_span(r, start=9, end=3))(r),
        "correction_invalid",
        "base.yaml",
    ),
    ("duplicate correction id", _duplicate_id, "duplicate_correction", "corrections/"),
    # corrections against the extraction
    (
        "correction pointing at a missing entity",
        _correction(target="per-nobody-at-all"),
        "correction_target_missing",
        "base.yaml",
    ),
    (
        "correction span not matching the text",
        lambda r: _correction(evidence=_span(r, quote="Quelqu’un"))(r),
        "correction_span_mismatch",
        "base.yaml",
    ),
    (
        "correction quoting an unknown article",
        lambda r: _correction(evidence=_span(r, article_id="art-0"))(r),
        "correction_article_missing",
        "base.yaml",
    ),
    ("correction adding what is extracted", _add_existing, "correction_redundant", "base.yaml"),
    ("correction target from another article", _target_elsewhere, "correction_target_mismatch", "base.yaml"),
    ("correction value breaking the model", _invalid_value, "correction_invalid", "base.yaml"),
    # the committed package against a rebuild
    (
        "generated CSV cell edited by hand",
        Repo.edit_a_cell,
        "rebuild_cell_differs",
        "data/persons.csv",
    ),
    (
        "row added by hand",
        _edit_package("data/persons.csv", lambda t: t + "per-ajout,Ajout,[],[],,automatic\n"),
        "rebuild_extra_row",
        "data/persons.csv",
    ),
    (
        "row deleted by hand",
        _edit_package("data/persons.csv", lambda t: "\n".join(t.split("\n")[:1] + t.split("\n")[2:])),
        "rebuild_missing_row",
        "data/persons.csv",
    ),
    (
        "generated file deleted",
        lambda r: (r.package / "engagements.json").unlink(),
        "rebuild_missing_file",
        "engagements.json",
    ),
    (
        "file added to the package",
        lambda r: (r.package / "notes.txt").write_text("x"),
        "rebuild_extra_file",
        "notes.txt",
    ),
    (
        "JSON output edited",
        _edit_package("engagements.json", lambda t: t.replace("automatic", "reviewed", 1)),
        "rebuild_file_differs",
        "engagements.json",
    ),
    (
        "descriptor path leaving the package",
        _edit_package("datapackage.json", lambda t: t.replace('"data/persons.csv"', '"../../persons.csv"')),
        "unsafe_path",
        "datapackage.json",
    ),
    (
        "package file linked out of the repository",
        lambda r: (
            (r.package / "data/persons.csv").unlink(),
            (r.package / "data/persons.csv").symlink_to("/etc/hostname"),
        ),
        "unsafe_path",
        "data/persons.csv",
    ),
    (
        "descriptor linked out of the repository",
        lambda r: (
            shutil.move(r.package / "datapackage.json", r.root.parent / "outside.json"),
            (r.package / "datapackage.json").symlink_to(r.root.parent / "outside.json"),
        ),
        "unsafe_path",
        "datasets/engagements/datapackage.json",
    ),
    (
        "package not committed",
        lambda r: shutil.rmtree(r.package),
        "rebuild_missing_file",
        "datasets/engagements/",
    ),
    (
        "package not committed, sources broken",
        lambda r: (shutil.rmtree(r.package), (r.sources / "vide.txt").write_text("")),
        "rebuild_missing_file",
        "datasets/engagements",
    ),
    (
        "article added without converting",
        _new_article_not_converted,
        "rebuild_missing_row",
        "data/articles.csv",
    ),
]


def test_at_least_thirty_cases_with_distinct_names() -> None:
    names = [name for name, *_ in CASES]
    assert len(names) >= 30 and len(set(names)) == len(names)


@pytest.mark.parametrize(("name", "breaks", "code", "where"), CASES, ids=[c[0] for c in CASES])
def test_broken_submission_gives_its_code(
    name: str, breaks: Callable[[Repo], None], code: str, where: str, repo: Repo
) -> None:
    assert validate_checkout(repo.root, repo.cache).valid, "the base checkout must be valid"
    breaks(repo)
    before = snapshot(repo.root)
    report = validate_checkout(repo.root, repo.cache)
    assert code in CODES
    assert code in report.codes(), f"{name}: expected {code}, got {sorted(report.codes())}"
    located = [i.location.file for i in report.issues if i.code == code]
    assert any(where in file for file in located), f"{name}: {code} reported at {located}"
    assert all(issue.message for issue in report.issues)
    assert snapshot(repo.root) == before, "validation must not write into the checkout"


@pytest.mark.parametrize("flag", [[], ["--checkout"]])
def test_a_moved_sources_folder_never_turns_a_checkout_into_a_plain_package(
    flag: list[str], repo: Repo
) -> None:
    from click.testing import CliRunner

    from engagements.cli import main

    _root_package_instead_of_sources(repo)
    result = CliRunner().invoke(
        main, ["validate", str(repo.root), "--format", "json", "--cache", str(repo.cache), *flag]
    )
    assert result.exit_code == 1, result.output
    codes = {issue["code"] for issue in json.loads(result.stdout)["issues"]}
    assert {"checkout_layout", "unexpected_package"} <= codes


def test_checkout_flag_requires_the_layout_even_without_datasets(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from engagements.cli import main

    (tmp_path / "datapackage.json").write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(tmp_path), "--checkout", "--format", "json"])
    assert result.exit_code == 1, result.output
    codes = {issue["code"] for issue in json.loads(result.stdout)["issues"]}
    assert {"checkout_layout", "unexpected_package"} <= codes


def test_corrections_in_a_sub_folder_are_read_by_convert_as_by_validate(repo: Repo) -> None:
    (repo.corrections / "2026").mkdir()
    shutil.move(repo.corrections / "base.yaml", repo.corrections / "2026" / "base.yaml")
    assert validate_checkout(repo.root, repo.cache).valid  # the package was built with it
    result = convert_sources([repo.sources], repo.package, corrections=repo.corrections, cache_dir=repo.cache)
    assert not result.stale and "cor-country" in (repo.package / "data/reviews.csv").read_text()


def test_convert_refuses_the_same_article_twice_and_its_sidecar(repo: Repo) -> None:
    before = (repo.package / "engagements.json").read_bytes()
    shutil.copy(repo.sources / "ghana.txt", repo.sources / "ghana2.txt")
    (repo.sources / "ghana2.meta.json").write_text('{"publisher": "Autre Agence"}', encoding="utf-8")
    result = convert_sources([repo.sources], repo.package, corrections=repo.corrections, cache_dir=repo.cache)
    assert [f for f in result.failures if "ghana2.txt" in f and "same text as ghana.txt" in f]
    assert (repo.package / "engagements.json").read_bytes() == before  # nothing of the copy's sidecar
    assert "duplicate_text" in validate_checkout(repo.root, repo.cache).codes()


def test_invalid_corrections_stop_convert_before_anything_is_written(repo: Repo) -> None:
    (repo.corrections / "broken.yaml").write_text("corrections: [{id: cor-x}]\n", encoding="utf-8")
    before = snapshot(repo.root)
    with pytest.raises(EngagementsError, match=r"broken\.yaml"):
        convert_sources([repo.sources], repo.package, corrections=repo.corrections, cache_dir=repo.cache)
    assert snapshot(repo.root) == before


def test_stale_correction_is_listed_by_convert_and_the_rest_applies(repo: Repo) -> None:
    _correction(target="per-nobody-at-all")(repo)
    result = convert_sources([repo.sources], repo.package, corrections=repo.corrections, cache_dir=repo.cache)
    assert result.report.valid
    assert len(result.stale) == 1 and "correction_target_missing" in result.stale[0]
    assert "base.yaml:" in result.stale[0]  # with its line


def test_records_say_whether_they_are_reviewed(base: Repo) -> None:
    data = json.loads((base.package / "engagements.json").read_text(encoding="utf-8"))
    person, _ = base.person_span()
    by_id = {p["id"]: p for p in data["persons"]}
    assert by_id[person]["provenance"] == "reviewed" and by_id[person]["country"] == "MR"
    assert {p["provenance"] for pid, p in by_id.items() if pid != person} == {"automatic"}
    [review] = data["reviews"]
    assert (review["id"], review["subject_id"], review["author"]) == ("cor-country", person, "tester")
    cited = [e for e in data["evidence"] if e["correction_id"] == "cor-country"]
    assert cited and all(e["provenance"] == "reviewed" and e["subject_id"] == person for e in cited)


def test_the_cache_serves_unchanged_articles(repo: Repo, tmp_path: Path) -> None:
    result = convert_sources(
        [repo.sources], tmp_path / "out", corrections=repo.corrections, cache_dir=repo.cache
    )
    assert result.cached == 2
    again = convert_sources([repo.sources], tmp_path / "fresh", corrections=repo.corrections, cache_dir=None)
    assert again.cached == 0
    for name in ("engagements.json", "data/evidence.csv"):
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes()


def test_a_changed_article_is_extracted_again(repo: Repo, tmp_path: Path) -> None:
    path = repo.sources / "ghana.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("Takoradi", "Sekondi"), encoding="utf-8")
    result = convert_sources([repo.sources], tmp_path / "out", cache_dir=repo.cache)
    assert result.cached == 1
    assert "Sekondi" in (tmp_path / "out" / "engagements.json").read_text(encoding="utf-8")


def test_a_corrupt_cache_entry_is_recomputed(base: Repo, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    convert_sources([base.sources], tmp_path / "one", cache_dir=cache)
    entries = sorted(cache.rglob("*.json"))
    assert len(entries) == 2
    entries[0].write_text("{not json", encoding="utf-8")
    result = convert_sources([base.sources], tmp_path / "two", cache_dir=cache)
    assert result.cached == 1
    assert (tmp_path / "one" / "engagements.json").read_bytes() == (
        tmp_path / "two" / "engagements.json"
    ).read_bytes()


def test_cli_lists_a_stale_correction_and_exits_1(repo: Repo) -> None:
    from click.testing import CliRunner

    from engagements.cli import main

    _correction(target="per-nobody-at-all")(repo)
    result = CliRunner().invoke(
        main,
        ["convert", str(repo.sources), "-o", str(repo.package), "-c", str(repo.corrections),
         "--cache", str(repo.cache)],
    )  # fmt: skip
    assert result.exit_code == 1
    assert "cor-country not applied (correction_target_missing)" in result.output
    assert "1 correction(s) not applied" in result.output


def test_span_command_prints_spans_that_a_correction_accepts(base: Repo) -> None:
    import yaml
    from click.testing import CliRunner

    from engagements.cli import main
    from engagements.models.correction import CorrectionSpan

    source = base.sources / "mauritania.txt"
    result = CliRunner().invoke(main, ["span", str(source), "Burkhard", "--field", "names"])
    assert result.exit_code == 0, result.output
    spans = [CorrectionSpan.model_validate(s) for s in yaml.safe_load(result.output)]
    article = next(a for a in base.dataset.articles if a.source_file == "mauritania.txt")
    assert len(spans) == article.text.count("Burkhard") >= 2
    assert all(article.text[s.start : s.end] == "Burkhard" and s.article_id == article.id for s in spans)
    missing = CliRunner().invoke(main, ["span", str(source), "Quelqu’un d’autre"])
    assert missing.exit_code == 1 and "not in" in missing.output


def test_a_cached_article_is_extracted_without_the_language_model(
    base: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    import engagements.extraction.nlp
    from engagements.cli import main

    source = str(base.sources / "ghana.txt")
    first = CliRunner().invoke(main, ["extract", source, "--cache", str(base.cache)])

    def no_model(name: str = "") -> None:
        raise AssertionError("the language model was loaded for a cached article")

    monkeypatch.setattr(engagements.extraction.nlp, "load", no_model)
    second = CliRunner().invoke(main, ["extract", source, "--cache", str(base.cache)])
    assert first.exit_code == second.exit_code == 0, second.output
    assert json.loads(second.stdout) == json.loads(first.stdout)
    uncached = CliRunner().invoke(main, ["extract", source, "--no-cache"])
    assert uncached.exit_code != 0 and isinstance(uncached.exception, AssertionError)
