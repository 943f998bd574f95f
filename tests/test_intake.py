"""Never a silent pass: articles not in French, front matter YAML cannot read, other field names, missing paths."""
import json
from datetime import date
from pathlib import Path

import pytest
from test_cli import article as write
from test_cli import run

from checker.ingest import read_batch
from checker.intake import load_intake

ENGLISH = ("Ukraine said on Tuesday that more than 3,000 North Korean soldiers had been killed or wounded in "
           "Russia's Kursk region, according to the president. The troops were sent last autumn and have since "
           "suffered heavy losses, officials said. It is not clear how many of them are still fighting, but the "
           "country has sent more than 11,000 troops, which would be a large share of the force.\n")
SPANISH = ("Ucrania afirmó el martes que más de 3.000 soldados norcoreanos han muerto o resultado heridos en la "
           "región rusa de Kursk, según el presidente. Las tropas fueron enviadas el otoño pasado y desde entonces "
           "han sufrido grandes pérdidas, dijeron los funcionarios. No está claro cuántos de ellos siguen "
           "combatiendo, pero el país ha enviado más de 11.000 soldados, lo que sería una gran parte de la fuerza.\n")
GERMAN = ("Die Ukraine hat am Dienstag erklärt, dass mehr als 3.000 nordkoreanische Soldaten in der russischen "
          "Region Kursk getötet oder verwundet wurden, so der Präsident. Die Truppen wurden im vergangenen Herbst "
          "entsandt und haben seitdem schwere Verluste erlitten, sagten Beamte. Es ist nicht klar, wie viele von "
          "ihnen noch kämpfen, aber das Land hat mehr als 11.000 Soldaten geschickt.\n")
FRENCH = ("---\npublished: 2023-09-10\n---\nLe séisme a fait 2 012 morts et 2 059 blessés, selon le ministère de "
          "l'Intérieur, qui précise que les secours sont toujours à pied d'œuvre dans les villages de montagne. "
          "Les routes sont coupées et les habitants dorment dehors depuis vendredi soir.\n")


@pytest.mark.parametrize("text, language, count", [(ENGLISH, "English", 28), (SPANISH, "Spanish", 18),
                                                   (GERMAN, "German", 18)], ids=["en", "es", "de"])
def test_an_article_in_another_language_is_named_and_not_checked(capsys, tmp_path, text, language, count):
    other = write(tmp_path, "other.md", f"---\npublished: 2025-01-10\n---\n{text}")
    french = write(tmp_path, "fr.md", FRENCH)
    code, out, err = run(capsys, "check", other, french, "--report-lang", "en")
    assert code == 0                                    # the French article was checked and is clean
    (line,) = err.splitlines()
    assert line.startswith(f"{other}:0:0: A502 reads as {language} ({count} {language} small words, ")
    assert line.endswith("French in its first 400 words), not French; article not checked")
    assert out.splitlines()[2] == "1 article, 2 assertions: 0 errors, 0 warnings, 0 info"
    assert f"- not read: {other} ({language}, not French)" in " ".join(out.split())     # however wrapped


def test_only_articles_in_another_language_exit_2(capsys, tmp_path):
    other = write(tmp_path, "en.md", f"---\npublished: 2025-01-10\n---\n{ENGLISH}")
    code, out, _ = run(capsys, "check", other, "--keep-going", "--report-lang", "en")
    assert code == 2 and out.splitlines()[2].startswith("0 articles, 0 assertions")


def test_a_front_matter_language_is_believed(capsys, tmp_path):
    path = write(tmp_path, "it.md", "---\nlanguage: it\npublished: 2025-01-10\n---\nIl terremoto ha fatto 12 morti.\n")
    french = write(tmp_path, "fr.md", FRENCH)
    code, out, err = run(capsys, "check", path, french, "--format", "json")
    assert code == 0
    assert err.splitlines() == [f"{path}:0:0: A501 language 'it' (a language the checker does not know) in its "
                                "metadata, not French; article not checked"]
    summary = json.loads(out)["summary"]
    assert summary["articles"] == 1
    assert summary["not_checked"] == [{"path": path, "reason": "'it' in its metadata, not French"}]


def test_french_codes_and_regions_are_french(tmp_path):
    for given in ("fr", "fr-FR", "French", "français"):
        path = write(tmp_path, "a.md", f"---\nlanguage: {given}\npublished: 2023-09-10\n---\n{FRENCH.split('---')[2]}")
        assert [a.id for a in read_batch([path]).articles] == ["a"], given


def test_a_french_article_quoting_english_stays_french(tmp_path):
    quoted = FRENCH + '« It is not clear how many of them are still fighting », a déclaré un responsable.\n'
    assert len(read_batch([write(tmp_path, "a.md", quoted)]).articles) == 1


def test_the_seeds_and_the_word_lists_are_sound():
    intake = load_intake()
    words = [word for language in intake.languages for word in language.words]
    assert len(words) == len(set(words)), "a small word listed for two languages counts for both"
    assert len(read_batch(["seeds"]).articles) == 5


def test_articles_without_a_figure_are_counted(capsys, tmp_path):
    empty = write(tmp_path, "vide.md", "---\npublished: 2025-01-10\n---\nLa séance est levée à midi.\n")
    french = write(tmp_path, "fr.md", FRENCH)
    code, out, _ = run(capsys, "check", empty, french, "--report-lang", "en")
    assert code == 0
    assert out.splitlines()[2] == "2 articles, 2 assertions: 0 errors, 0 warnings, 0 info"
    assert "- no figure to check: vide" in out.splitlines()
    code, out, _ = run(capsys, "check", empty, french)                       # French, the default
    assert out.splitlines()[2] == "2 articles, 2 chiffres : 0 erreur, 0 avertissement, 0 info"
    assert "- sans chiffre à vérifier : vide" in out.splitlines()


# --- front matter -------------------------------------------------------------------------------


def test_a_title_with_an_unquoted_colon_is_recovered_line_by_line(capsys, tmp_path):
    path = write(tmp_path, "crue.md", "---\ntitle: Inondations : 12 morts\npublished: 2024-10-18\n---\n"
                                      "Les inondations ont fait 12 morts, selon la préfecture.\n")
    code, out, err = run(capsys, "extract", path, "--format", "json")
    assert code == 0
    assert err.splitlines() == [f"{path}:2:20: A206 front matter is not valid YAML (mapping values are not allowed "
                                "here); read line by line as 'key: value' (quote a value that holds ': ')"]
    data = json.loads(out)
    (info,) = data["articles"]
    assert (info["title"], info["published"], info["published_basis"]) == \
        ("Inondations : 12 morts", "2024-10-18", "front matter")
    title = [a for a in data["assertions"] if a["role"] == "title"]
    assert [(a["quote"], a["line"]) for a in title] == [("12 morts", 2)]


def test_line_by_line_recovery_refuses_what_is_not_key_value(tmp_path):
    path = write(tmp_path, "b.md", "---\ntitle: Crue : 12 morts\n- une liste\n---\nTexte.\n")
    batch = read_batch([path])
    assert batch.diagnostics[0].code == "A202" and batch.articles[0].title is None


@pytest.mark.parametrize("front", ["date: 2024-10-18\ntitre: Crue meurtrière", "titre: Crue meurtrière\ndate: 2024-10-18"])
def test_date_and_titre_are_read_as_published_and_title(tmp_path, front):
    path = write(tmp_path, "a.md", f"---\n{front}\n---\nLes inondations ont fait 12 morts.\n")
    batch = read_batch([path])
    assert batch.diagnostics == ()
    (article,) = batch.articles
    assert (article.published, article.published_basis, article.title) == \
        (date(2024, 10, 18), "front matter", "Crue meurtrière")
    start, end = article.title_span
    assert article.text[start:end] == "Crue meurtrière"


def test_published_wins_over_date(tmp_path):
    path = write(tmp_path, "a.md", "---\ndate: 2024-10-17\npublished: 2024-10-18\n---\nTexte.\n")
    assert read_batch([path]).articles[0].published == date(2024, 10, 18)


def test_a_bad_date_under_its_other_name_points_at_it(tmp_path):
    path = write(tmp_path, "a.md", "---\ntitre: t\ndate: 2025-02-30\n---\nTexte.\n")
    assert str(read_batch([path]).diagnostics[0]) == \
        f"{path}:3:7: A205 bad published date '2025-02-30': no such day (expected YYYY-MM-DD); date not used"


def test_jsonl_fields_have_other_names_too(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_text('{"id": "x", "text": "Le séisme a fait 12 morts.", "date": "2025-02-01", "titre": "Séisme"}\n',
                    encoding="utf-8")
    (article,) = read_batch([str(path)]).articles
    assert (article.published, article.title) == (date(2025, 2, 1), "Séisme")


# --- missing and unreadable paths ---------------------------------------------------------------


def test_a_mistyped_path_exits_2_unless_keep_going(capsys, tmp_path):
    french = write(tmp_path, "fr.md", FRENCH)
    missing = str(tmp_path / "fr.mdd")
    code, out, err = run(capsys, "check", french, missing, "--report-lang", "en")
    assert code == 2
    assert err.splitlines() == [f"{missing}:0:0: A101 no such file or folder; skipped"]
    assert f"- not read: {missing} (no such file or folder)" in " ".join(out.split())
    code, _, err = run(capsys, "check", french, missing, "--keep-going")
    assert code == 0 and "A101" in err


# --- the settings file --------------------------------------------------------------------------


def test_a_broken_settings_file_is_refused_with_positions(tmp_path):
    from checker.errors import CheckerError

    path = tmp_path / "articles.yaml"
    path.write_text("fields:\n  published: [date]\n  author: [auteur]\nlanguage:\n  expected: fr\n  sample: -1\n"
                    "  min_words: 12\n  ratio: 3\n  languages:\n    fr: {name: French, codes: [fr], words: [le]}\n"
                    "    en: {name: English}\n", encoding="utf-8")
    with pytest.raises(CheckerError) as caught:
        load_intake(path)
    assert [str(d).removeprefix(f"{path}:") for d in caught.value.diagnostics] == [
        "3:11: L603 unknown field 'author' (expected published, title, language, outlet, url); settings not loaded",
        "11:9: L603 language 'en' needs a name, a list of codes and a list of words; settings not loaded",
        "6:11: L603 language.sample is -1 (expected a positive number); settings not loaded"]


def test_extract_says_what_was_not_checked_too(capsys, tmp_path):
    other = write(tmp_path, "en.md", f"---\npublished: 2025-01-10\n---\n{ENGLISH}")
    empty = write(tmp_path, "vide.md", "---\npublished: 2025-01-10\n---\nLa séance est levée à midi.\n")
    french = write(tmp_path, "fr.md", FRENCH)
    code, out, _ = run(capsys, "extract", other, empty, french)
    assert code == 0
    assert out.splitlines()[-3:] == ["2 articles, 2 assertions, 0 unlinked figures",
                                     f"1 not checked: {other} (English, not French)",
                                     "1 article without a figure to check: vide"]


# --- the limits of one article --------------------------------------------------------------------


def _limited(**limits):
    from dataclasses import replace

    return replace(load_intake(), **limits)


def test_an_article_beyond_its_figures_is_cut_at_a_line_and_says_what_was_not_read(tmp_path):
    path = write(tmp_path, "table.md", "---\npublished: 2025-01-10\n---\n" + "12 morts\n" * 5)
    batch = read_batch([path], _limited(max_figures=3))
    (article,) = batch.articles
    assert article.text[article.body_start:] == "12 morts\n" * 3
    assert [str(d) for d in batch.diagnostics] == [
        f"{path}:7:1: A215 article cut after 27 characters and 3 figures: its last 18 characters and 2 figures "
        "not read (limits: 1 000 000 characters, 3 figures an article, in rules/articles.yaml)"]


def test_a_one_line_article_beyond_its_characters_is_cut_at_a_space_and_the_next_is_read_whole(tmp_path):
    path = tmp_path / "cms.jsonl"
    path.write_text(json.dumps({"text": "environ 10 000 soldats, " * 10}) + "\n"
                    + json.dumps({"text": "Le séisme a fait 12 morts."}) + "\n", encoding="utf-8")
    batch = read_batch([str(path)], _limited(max_characters=50))
    first, second = batch.articles
    assert first.text == "environ 10 000 soldats, environ 10 000 soldats, "
    assert second.text == "Le séisme a fait 12 morts."
    cut = [str(d) for d in batch.diagnostics if d.code == "A215"]
    assert cut == [f"{path}:1:1: A215 article cut after 48 characters and 2 figures: its last 192 characters and "
                   "8 figures not read (limits: 50 characters, 20 000 figures an article, in rules/articles.yaml)"]


def test_an_article_within_its_limits_is_not_touched(tmp_path):
    path = write(tmp_path, "fr.md", FRENCH)
    assert read_batch([path]).articles == read_batch([path], _limited(max_characters=None, max_figures=None)).articles


@pytest.mark.parametrize("value", [0, -3, 1.5, True, "beaucoup"])
def test_a_limit_must_be_a_positive_whole_number(tmp_path, value):
    from checker.errors import CheckerError
    from checker.resources import rules_path

    path = tmp_path / "articles.yaml"
    shipped = Path(rules_path("articles.yaml")).read_text(encoding="utf-8")
    path.write_text(shipped.replace("figures: 20000", f"figures: {json.dumps(value)}"), encoding="utf-8")
    with pytest.raises(CheckerError) as caught:
        load_intake(path)
    (problem,) = caught.value.diagnostics
    assert problem.code == "L603" and f"limits.figures is {value!r} (expected a positive whole number)" in str(problem)


def json_value(value) -> str:
    return json.dumps(value)


def test_the_shipped_limits_are_read():
    intake = load_intake()
    assert (intake.max_characters, intake.max_figures) == (1_000_000, 20_000)
