"""Baselines: findings the desk accepted, matched by fingerprints that survive moved lines and change
with a figure (issue 14, item 6)."""
import json
import shutil
from pathlib import Path

import pytest

from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTICLE_002 = "002_26d82495710c64fb.txt"


def run(capsys, *args):
    code = main([*map(str, args), "--no-config"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def baseline(tmp_path, capsys):
    path = tmp_path / "baseline.yaml"
    code, _, err = run(capsys, "check", SEEDS, "--write-baseline", path)
    assert code == 0 and "2 finding(s) written" in err
    return path


def copy_of_seeds(tmp_path, edit):
    folder = tmp_path / "copy"
    shutil.copytree(SEEDS, folder)
    target = folder / ARTICLE_002
    target.write_text(edit(target.read_text(encoding="utf-8")), encoding="utf-8")
    return folder


def test_the_seeds_against_their_own_baseline_exit_0(capsys, baseline):
    code, out, _ = run(capsys, "check", SEEDS, "--baseline", baseline, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["findings"] == []
    assert data["summary"]["baseline"] == {"accepted": 2, "gone": []}


def test_a_changed_figure_is_a_new_finding_and_its_old_entry_is_gone(capsys, baseline, tmp_path):
    copy = copy_of_seeds(tmp_path, lambda text: text.replace("environ 3000 soldats", "environ 9 000 soldats"))
    code, out, _ = run(capsys, "check", copy, "--baseline", baseline)
    assert code == 1
    assert "9 000" in out and "increment" in out
    assert "référence : 1 constat déjà accepté(s), non affiché(s)" in out
    assert "référence, entrée disparue : ligne 7, increment north_korean_troops / deployed" in out


@pytest.mark.parametrize("edit", [
    lambda text: "\n\nUn paragraphe ajouté en tête.\n\n" + text,                     # lines move
    lambda text: text.replace("Corée du Nord a envoyé", "Corée  du Nord  a\tenvoyé"),  # spaces change
    lambda text: text.replace("\n\n", "\n\n\n"),                                     # every paragraph moves
], ids=["paragraph_above", "spaces", "blank_lines"])
def test_moved_lines_and_spaces_keep_the_fingerprints(capsys, baseline, tmp_path, edit):
    copy = copy_of_seeds(tmp_path, edit)
    assert (copy / ARTICLE_002).read_text(encoding="utf-8") != (SEEDS / ARTICLE_002).read_text(encoding="utf-8")
    code, out, _ = run(capsys, "check", copy, "--baseline", baseline, "--format", "json")
    assert code == 0
    assert json.loads(out)["summary"]["baseline"] == {"accepted": 2, "gone": []}


def test_an_added_article_keeps_the_fingerprints(capsys, baseline, tmp_path):
    extra = tmp_path / "extra.md"
    extra.write_text("---\npublished: 2023-09-10\n---\n\nLe séisme a fait 2 012 morts.\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", SEEDS, extra, "--baseline", baseline, "--format", "json")
    assert code == 0 and json.loads(out)["summary"]["baseline"]["accepted"] == 2


def test_a_reason_is_kept_when_the_baseline_is_written_again(capsys, baseline, tmp_path):
    text = baseline.read_text(encoding="utf-8")
    assert text.startswith("# checker baseline")
    first = text.index("  rule: increment")
    baseline.write_text(text[:first] + "  reason: the desk checked with AP\n" + text[first:], encoding="utf-8")
    again = tmp_path / "again.yaml"
    assert run(capsys, "check", SEEDS, "--baseline", baseline, "--write-baseline", again)[0] == 0
    assert "reason: the desk checked with AP" in again.read_text(encoding="utf-8")


@pytest.mark.parametrize("text, where, code", [
    ("version: 1\nfindings:\n- fingerprint: abc\n  reasn: typo\n", ":4:3:", "B011 unknown key 'reasn'"),
    ("version: 1\nfindings:\n- rule: sum\n", ":3:3:", "B012 an entry without a fingerprint"),
    ("version: 2\nfindings: []\n", ":1:10:", "B012 expected version: 1"),
    ("version: 1\nfindings: []\nextra: 1\n", ":3:1:", "B011 unknown key 'extra'"),
    ("version: 1\nfindings:\n- !!python/object:os.system {}\n", ":3:3:", "B002"),
    ('{"version": 1, "findings": [{"fingerprint": "abc", "why": "x"}]}', ":1:52:", "B011 unknown key 'why'"),
], ids=["entry_key", "no_fingerprint", "version", "top_key", "python_tag", "json"])
def test_a_bad_baseline_is_refused_with_its_place_before_any_article(capsys, tmp_path, text, where, code):
    path = tmp_path / "b.yaml"
    path.write_text(text, encoding="utf-8")
    status, out, err = run(capsys, "check", tmp_path / "no-such-folder", "--baseline", path)
    assert status == 2 and out == ""
    assert err.startswith(f"{path}{where} {code}")
    assert "A101" not in err


def test_a_json_baseline_is_read(capsys, tmp_path, baseline):
    import yaml

    as_json = tmp_path / "b.json"
    data = yaml.safe_load(baseline.read_text(encoding="utf-8"))
    as_json.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert run(capsys, "check", SEEDS, "--baseline", as_json)[0] == 0


def test_the_baseline_file_holds_no_control_character_from_an_article(capsys, tmp_path):
    path = tmp_path / "a\x1b[31m.md"
    path.write_text("---\npublished: 2025-01-10\n---\nSelon le NIS, 300 soldats tués, 2 700 blessés, \x1b[2J1 000 pertes.\n",
                    encoding="utf-8")
    written = tmp_path / "b.yaml"
    assert run(capsys, "check", path, "--write-baseline", written)[0] == 0
    text = written.read_text(encoding="utf-8")
    assert "\x1b" not in text and "\\x1b[31m" in text
    assert run(capsys, "check", path, "--baseline", written)[0] == 0
