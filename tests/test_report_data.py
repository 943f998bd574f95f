"""The JSON report's findings carry their figures located (joined from the assertions), the batch's
diagnostics and a schema version; -o writes the report to a file."""
import json
from pathlib import Path

from checker.cli import main
from checker.report_data import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent


def _check_json(capsys, monkeypatch, *paths):
    monkeypatch.chdir(ROOT)
    code = main(["check", *paths, "--format", "json", "--jobs", "1", "--keep-going"])
    return code, json.loads(capsys.readouterr().out)


def test_seed_findings_carry_their_figures_with_places_quotes_dates_and_sources(capsys, monkeypatch):
    code, data = _check_json(capsys, monkeypatch, "seeds/")
    assert code == 1 and data["schema_version"] == SCHEMA_VERSION
    increment = data["findings"][0]
    assert increment["rule"] == "increment"
    figures = increment["figures"]
    assert [f["assertion"] for f in figures] == increment["assertions"]       # in the explanation's order
    first = figures[0]
    assert (first["path"], first["line"], first["column"]) == ("seeds/004_f831d786d1561823.txt", 4, 138)
    assert (first["quote"], first["figure"]) == ("envoyé environ 10 000 soldats", "environ 10 000")
    assert (first["date"], first["source"], first["place"], first["value"]) == ("2024-12-17", None, None,
                                                                                 "10 000 ± 5 %")
    start, end = first["span"]
    assert first["sentence"][start:end] == "environ 10 000" and first["sentence"].endswith("Vladimir Poutine.")
    increment_figure = figures[1]
    assert increment_figure["scope"] == "increment" and increment_figure["period"] == ["2025-01-01", "2025-02-28"]


def test_figures_are_the_extracted_assertions(capsys, monkeypatch):
    """Joined from the report's assertions: the same line, column and quote as `checker extract` gives."""
    _, data = _check_json(capsys, monkeypatch, "seeds/")
    assert main(["extract", "seeds/", "--format", "json", "--jobs", "1"]) == 0
    assertions = {a["id"]: a for a in json.loads(capsys.readouterr().out)["assertions"]}
    for finding in data["findings"]:
        for figure in finding["figures"]:
            expected = assertions[figure["assertion"]]
            assert [figure[k] for k in ("line", "column", "quote", "source", "place", "low", "high")] == \
                   [expected[k] for k in ("line", "column", "quote", "source", "place", "low", "high")]
            assert figure["date"] == expected["as_of"]


def test_diagnostics_of_the_batch_are_in_the_json(tmp_path, capsys, monkeypatch):
    undated = tmp_path / "sans_date.txt"
    undated.write_text("Selon le préfet, le séisme a fait 12 morts.\n", encoding="utf-8")
    _, data = _check_json(capsys, monkeypatch, str(undated), str(tmp_path / "missing.txt"))
    codes = {(d["code"], Path(d["path"]).name) for d in data["diagnostics"]}
    assert ("A301", "sans_date.txt") in codes and ("A101", "missing.txt") in codes
    assert set(data["diagnostics"][0]) == {"path", "line", "column", "code", "message"}


def test_output_option_writes_the_report_to_a_file(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    target = tmp_path / "report.json"
    assert main(["check", "seeds/", "--format", "json", "--jobs", "1", "-o", str(target)]) == 1
    assert capsys.readouterr().out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["errors"] == 1
