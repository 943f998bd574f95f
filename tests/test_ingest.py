"""read_articles: front matter, manifests, JSON Lines, encodings, dates and their diagnostics."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from checker.ingest import read_articles

ROOT = Path(__file__).resolve().parent.parent
BATCH = ROOT / "tests" / "fixtures" / "articles" / "batch"
SEEDS = ROOT / "seeds"


def by_id(articles):
    return {article.id: article for article in articles}


# --- front matter -------------------------------------------------------------------------------


def test_front_matter_gives_metadata_title_span_and_body_start():
    articles, diagnostics = read_articles([str(BATCH / "01_front_matter.md")])
    assert diagnostics == ()
    (article,) = articles
    assert article.id == "01_front_matter"
    assert article.published == date(2023, 9, 10)
    assert article.published_basis == "front matter"
    assert article.outlet == "La Gazette des Deux Mers"
    assert article.url == "https://example.org/2023/09/10/seisme"
    assert article.title == "Maroc : le séisme a fait plus de 2.000 morts"
    # the whole file is the text, so the title's words are found inside the front matter
    assert article.text.startswith("---\npublished: 2023-09-10\n")
    start, end = article.title_span
    assert article.text[start:end] == "Maroc : le séisme a fait plus de 2.000 morts"
    assert article.text[start - 8:start] == 'title: "'
    assert article.text[article.body_start:].startswith("\nLe Maroc se réveille")
    assert article.text[:article.body_start].endswith("seisme\n---\n")


def test_malformed_front_matter_is_reported_with_its_position_and_the_body_still_read(tmp_path):
    path = tmp_path / "broken.md"
    path.write_text("---\npublished: 2024-01-02\ntitle: [non fermé\n---\nLe bilan est de 12 morts.\n", encoding="utf-8")
    articles, diagnostics = read_articles([str(path)])
    (article,) = articles
    assert article.text[article.body_start:] == "Le bilan est de 12 morts.\n"
    assert article.published is None          # metadata of a broken block is not trusted
    codes = [d.code for d in diagnostics]
    assert codes == ["A202", "A301"]
    bad = diagnostics[0]
    assert bad.path == str(path)
    assert bad.line in (3, 4)                 # the unclosed flow sequence opened on line 3
    assert "invalid front matter" in bad.message


def test_unclosed_front_matter_reads_the_whole_file_as_body(tmp_path):
    path = tmp_path / "open.md"
    path.write_text("---\npublished: 2024-01-02\nLe bilan est de 12 morts.\n", encoding="utf-8")
    articles, diagnostics = read_articles([str(path)])
    assert articles[0].body_start == 0
    assert diagnostics[0].code == "A203"
    assert str(diagnostics[0]).startswith(f"{path}:1:1: A203 ")


def test_bad_published_value_points_at_the_field(tmp_path):
    path = tmp_path / "bad_date.md"
    path.write_text("---\ntitle: Un titre\npublished: hier soir\n---\nTexte.\n", encoding="utf-8")
    _articles, diagnostics = read_articles([str(path)])
    assert str(diagnostics[0]) == f"{path}:3:12: A205 bad published date 'hier soir' (expected YYYY-MM-DD); date not used"


def test_crlf_line_endings_are_normalised_and_offsets_stay_right(tmp_path):
    path = tmp_path / "crlf.md"
    path.write_bytes(b"---\r\npublished: 2024-03-22\r\ntitle: Titre du jour\r\n---\r\nPremier paragraphe.\r\n")
    (article,), diagnostics = read_articles([str(path)])
    assert diagnostics == ()
    assert "\r" not in article.text
    assert article.text[article.title_span[0]:article.title_span[1]] == "Titre du jour"
    assert article.text[article.body_start:] == "Premier paragraphe.\n"


def test_a_utf8_bom_is_accepted_and_dropped(tmp_path):
    path = tmp_path / "bom.md"
    path.write_bytes(b"\xef\xbb\xbf---\npublished: 2024-03-22\n---\nTexte accentu\xc3\xa9.\n")
    (article,), diagnostics = read_articles([str(path)])
    assert diagnostics == ()
    assert article.published == date(2024, 3, 22)
    assert article.text.endswith("Texte accentué.\n")


# --- manifests ----------------------------------------------------------------------------------


def test_manifest_dates_and_their_basis():
    articles, diagnostics = read_articles([str(BATCH)])
    found = by_id(articles)
    assert found["02_manifest_dated"].published == date(2023, 9, 17)
    assert found["02_manifest_dated"].published_basis == "manifest"
    assert found["02_manifest_dated"].outlet == "Le Témoin du Jour"      # 'source' stands for the outlet
    assert found["03_manifest_estimated"].published == date(2024, 3, 22)
    assert found["03_manifest_estimated"].published_basis == "manifest (estimated)"
    assert found["01_front_matter"].published_basis == "front matter"
    assert "README" not in found


def test_folder_files_are_read_in_name_order_and_readme_is_skipped():
    articles, _ = read_articles([str(BATCH)])
    assert [a.id for a in articles] == [
        "01_front_matter", "02_manifest_dated", "03_manifest_estimated", "j1", "j4",
    ]
    assert articles[0].path == str(BATCH / "01_front_matter.md")


def test_seed_manifest_applies_to_a_file_given_alone():
    path = SEEDS / "002_26d82495710c64fb.txt"
    (article,), diagnostics = read_articles([str(path)])
    assert diagnostics == ()
    assert article.published == date(2025, 3, 27)
    assert article.published_basis == "manifest"
    assert article.outlet == "Associated Press"


def test_seeds_folder_and_a_glob_that_names_the_manifest_read_the_same_five_articles():
    from_folder, d1 = read_articles([str(SEEDS)])
    from_glob, d2 = read_articles(sorted(str(p) for p in SEEDS.iterdir()))
    assert d1 == d2 == ()
    assert [a.id for a in from_folder] == [a.id for a in from_glob] == [
        "000_bdf8e21fd871ebd4", "001_a74d49738eea9ff9", "002_26d82495710c64fb",
        "003_7ac065ceeda65fc1", "004_f831d786d1561823",
    ]
    assert by_id(from_folder)["000_bdf8e21fd871ebd4"].published_basis == "manifest (estimated)"
    assert by_id(from_folder)["003_7ac065ceeda65fc1"].published == date(2025, 2, 4)


def test_bad_manifest_date_is_reported_and_the_article_falls_back(tmp_path):
    (tmp_path / "a.txt").write_text("Texte sans date.\n", encoding="utf-8")
    (tmp_path / "manifest.yaml").write_text("articles:\n  - file: a.txt\n    published: demain\n", encoding="utf-8")
    (article,), diagnostics = read_articles([str(tmp_path)])
    assert article.published is None
    assert [d.code for d in diagnostics] == ["A402", "A301"]
    assert (diagnostics[0].line, diagnostics[0].col) == (3, 16)


# --- JSON Lines ---------------------------------------------------------------------------------


def test_jsonl_good_and_bad_lines():
    path = BATCH / "04_batch.jsonl"
    articles, diagnostics = read_articles([str(path)])
    assert [a.id for a in articles] == ["j1", "j4"]
    j1, j4 = articles
    assert j1.path == f"{path}:1"
    assert j1.published == date(2024, 12, 17)
    assert j1.published_basis == "jsonl"
    assert j1.outlet == "Le Quotidien"
    # the title is not at the head of the text: it is put there, so it is part of the text to read
    assert j1.text == "Mayotte : 22 morts\n\nSelon le ministère, 22 personnes sont mortes."
    assert j1.title_span == (0, 18)
    # already at the head: not repeated
    assert j4.text == "Mayotte : 35 morts\n\nLe bilan est de 35 morts."
    assert j4.title_span == (0, 18)
    assert [(d.line, d.code) for d in diagnostics] == [(2, "A211"), (3, "A212")]
    assert all(d.path == str(path) for d in diagnostics)


def test_jsonl_line_that_is_not_utf8_is_skipped_alone(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"id": "a", "text": "Un.", "published": "2024-01-01"}\n'
                     b'{"id": "b", "text": "D\xe9c\xe8s."}\n'
                     b'{"id": "c", "text": "Trois.", "published": "2024-01-03"}\n')
    articles, diagnostics = read_articles([str(path)])
    assert [a.id for a in articles] == ["a", "c"]
    # line 1 is 53 bytes and its newline; on line 2, '{"id": "b", "text": "D' is 22 bytes
    assert str(diagnostics[0]) == f"{path}:2:23: A201 not UTF-8 at byte 76; line skipped"


# --- encodings and missing files ----------------------------------------------------------------


def test_non_utf8_file_mid_batch_is_skipped_and_named(tmp_path):
    (tmp_path / "a.txt").write_text("Premier article, 12 morts.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("Deuxième article.\nIl y a eu 30 décès.\n".encode("latin-1"))
    (tmp_path / "c.txt").write_text("Troisième article, 40 blessés.\n", encoding="utf-8")
    articles, diagnostics = read_articles([str(tmp_path)])
    assert [a.id for a in articles] == ["a", "c"]
    # "Deuxi" is 5 bytes: the latin-1 è is byte 5, line 1, column 6
    errors = [d for d in diagnostics if d.code == "A201"]
    assert [str(d) for d in errors] == [f"{tmp_path / 'b.txt'}:1:6: A201 not UTF-8 at byte 5; article skipped"]


def test_non_utf8_byte_on_a_later_line_gives_that_line(tmp_path):
    path = tmp_path / "late.txt"
    path.write_bytes(b"Ligne un.\nLigne d\xe9ux.\n")
    _articles, diagnostics = read_articles([str(path)])
    assert str(diagnostics[0]) == f"{path}:2:8: A201 not UTF-8 at byte 17; article skipped"


def test_missing_path_is_a101_and_the_rest_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text("Texte.\n", encoding="utf-8")
    missing = str(tmp_path / "absent.txt")
    articles, diagnostics = read_articles([missing, str(tmp_path / "a.txt")])
    assert [a.id for a in articles] == ["a"]
    assert diagnostics[0].code == "A101"
    assert diagnostics[0].path == missing


def test_ids_are_unique_in_a_batch(tmp_path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text("Texte du 1er janvier.\n", encoding="utf-8")
    articles, _ = read_articles([str(tmp_path / "x"), str(tmp_path / "y")])
    assert [a.id for a in articles] == ["same", "same-2"]


# --- publication dates --------------------------------------------------------------------------


def test_missing_date_is_a301_and_the_article_is_still_read(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("Samedi, 30 soldats ont été tués.\n", encoding="utf-8")
    (article,), diagnostics = read_articles([str(path)])
    assert article.published is None
    assert article.published_basis == "none"
    assert [str(d) for d in diagnostics] == [
        f"{path}:0:0: A301 no publication date found; relative dates cannot be resolved"
    ]


def test_date_inferred_from_a_url_path(tmp_path):
    path = tmp_path / "url.txt"
    path.write_text("Le NIS estime 300 morts.\n\n"
                    "source:https://www.aljazeera.com/news/2025/2/4/north-korean-troops\n", encoding="utf-8")
    (article,), diagnostics = read_articles([str(path)])
    assert diagnostics == ()
    assert article.published == date(2025, 2, 4)
    assert article.published_basis == "inferred: URL path"
    assert article.date_inferred


def test_date_inferred_from_a_zero_padded_url_path_in_front_matter(tmp_path):
    path = tmp_path / "url.md"
    path.write_text("---\nurl: https://example.org/monde/2023/09/12/derna\n---\nTexte.\n", encoding="utf-8")
    (article,), _ = read_articles([str(path)])
    assert (article.published, article.published_basis) == (date(2023, 9, 12), "inferred: URL path")


def test_date_inferred_from_an_english_dated_caption(tmp_path):
    path = tmp_path / "caption.txt"
    path.write_text("In this photo provided Thursday, March 27, 2025, by the North Korean government.\n",
                    encoding="utf-8")
    (article,), diagnostics = read_articles([str(path)])
    assert diagnostics == ()
    assert (article.published, article.published_basis) == (date(2025, 3, 27), "inferred: dated caption")


def test_date_inferred_from_french_captions_takes_the_latest_plausible_one(tmp_path):
    path = tmp_path / "captions.txt"
    path.write_text(
        "Photo prise le lundi 3 mars 2025 à Koursk.\n"
        "Photo prise le jeudi 27 mars 2025 à Séoul.\n"
        # not plausible: 29 March 2025 was a Saturday, not a Friday
        "Photo prise le vendredi 29 mars 2025 à Moscou.\n",
        encoding="utf-8")
    (article,), _ = read_articles([str(path)])
    assert (article.published, article.published_basis) == (date(2025, 3, 27), "inferred: dated caption")
