"""split_sentences: French splitting, offsets and positions, roles, and page furniture left out."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.errors import CheckerError
from checker.ingest import read_articles
from checker.model import Article
from checker.sentences import find_title, load_furniture, split_sentences

ROOT = Path(__file__).resolve().parent.parent
BATCH = ROOT / "tests" / "fixtures" / "articles" / "batch"
SEEDS = ROOT / "seeds"


def article(text: str, **fields) -> Article:
    return Article(id="t", path="t.txt", text=text, published=None, published_basis="none", **fields)


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(article(text))]


def seed(prefix: str) -> Article:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    (found,), _ = read_articles([str(path)])
    return found


# --- splitting ----------------------------------------------------------------------------------


def test_no_break_inside_numbers():
    assert texts("Le séisme a fait 2.012 morts et 10.000 sans-abri. L'aide atteint 5,6 milliards. "
                 "Le bilan de 2.059 blessés est provisoire.") == [
        "Le séisme a fait 2.012 morts et 10.000 sans-abri.",
        "L'aide atteint 5,6 milliards.",
        "Le bilan de 2.059 blessés est provisoire.",
    ]


def test_a_sentence_may_end_with_a_figure_and_the_next_begin_with_one():
    assert texts("Le bilan est passé à 2 012. 1 404 blessés sont graves.") == [
        "Le bilan est passé à 2 012.", "1 404 blessés sont graves.",
    ]


def test_no_break_after_titles_and_initials():
    assert texts("M. Kim est arrivé à Moscou. Mme Dupont et Dr Martin aussi.") == [
        "M. Kim est arrivé à Moscou.", "Mme Dupont et Dr Martin aussi.",
    ]
    assert texts("Il a vécu à St. Pétersbourg avec Kim J. Un. Puis il est parti.") == [
        "Il a vécu à St. Pétersbourg avec Kim J. Un.", "Puis il est parti.",
    ]


def test_av_jc_is_not_a_break_unless_a_sentence_follows():
    assert texts("La ville, fondée en 52 av. J.-C., fut détruite. Elle renaquit.") == [
        "La ville, fondée en 52 av. J.-C., fut détruite.", "Elle renaquit.",
    ]
    assert texts("Elle fut fondée en 52 av. J.-C. Les Romains la prirent.") == [
        "Elle fut fondée en 52 av. J.-C.", "Les Romains la prirent.",
    ]


def test_etc_followed_by_lower_case_does_not_break():
    assert texts("Des drones, des missiles, etc. ont été livrés. La liste est longue.") == [
        "Des drones, des missiles, etc. ont été livrés.", "La liste est longue.",
    ]


def test_quotations_keep_their_inner_punctuation():
    assert texts("« Les occupants ont utilisé un missile. Quatre personnes ont été tuées », a écrit "
                 "le gouverneur. Le bilan s'alourdit.") == [
        "« Les occupants ont utilisé un missile. Quatre personnes ont été tuées », a écrit le gouverneur.",
        "Le bilan s'alourdit.",
    ]
    assert texts("« Pourquoi ? » demanda-t-il. Personne ne répondit.") == [
        "« Pourquoi ? » demanda-t-il.", "Personne ne répondit.",
    ]


def test_a_quotation_that_ends_a_sentence_is_closed_before_the_break():
    assert texts("Il a dit : « C'est fini. » Puis il est parti.") == [
        "Il a dit : « C'est fini. »", "Puis il est parti.",
    ]


def test_question_marks_with_french_spacing_and_ellipses():
    assert texts("Combien sont-ils réellement ? Quelle est l'ampleur des pertes ?") == [
        "Combien sont-ils réellement ?", "Quelle est l'ampleur des pertes ?",
    ]
    assert texts("Le New York Times a révélé... que le contrat existait. Puis la Commission s'est tue.") == [
        "Le New York Times a révélé... que le contrat existait.", "Puis la Commission s'est tue.",
    ]
    assert texts("Des questions demeurent… Combien sont morts ?") == [
        "Des questions demeurent…", "Combien sont morts ?",
    ]


def test_a_blank_line_always_ends_a_sentence():
    # the first paragraph lost its period; the second begins in lower case, still a new sentence
    assert texts("Selon le ministère, 22 personnes ont été tuées et 45 autres blessées dans la nuit de samedi\n\n"
                 "et le bilan pourrait encore s'alourdir.") == [
        "Selon le ministère, 22 personnes ont été tuées et 45 autres blessées dans la nuit de samedi",
        "et le bilan pourrait encore s'alourdir.",
    ]


def test_a_line_break_ends_a_sentence_but_a_hard_wrapped_line_is_joined():
    assert texts("Le bilan est lourd.\nLes secours arrivent.") == ["Le bilan est lourd.", "Les secours arrivent."]
    assert texts("Le ministère a annoncé que 22 personnes\navaient été tuées. Les secours arrivent.") == [
        "Le ministère a annoncé que 22 personnes\navaient été tuées.", "Les secours arrivent.",
    ]


# --- offsets, lines, columns, roles -------------------------------------------------------------


def test_offsets_lines_and_columns_in_a_file_with_front_matter():
    (found,), _ = read_articles([str(BATCH / "01_front_matter.md")])
    sentences = split_sentences(found)
    got = [(s.index, s.role, s.line, s.column, s.text) for s in sentences]
    assert got == [
        (0, "title", 5, 9, "Maroc : le séisme a fait plus de 2.000 morts"),
        (1, "body", 9, 1, "Le Maroc se réveille en deuil."),
        (2, "body", 9, 32, "Selon le ministère de l'Intérieur, le séisme a fait 2.012 morts."),
        (3, "heading", 11, 1, "Un bilan difficile"),
        (4, "body", 13, 1, "M. Kim n'est pas concerné."),
        (5, "body", 13, 28, "Le roi a décrété trois jours de deuil."),
    ]
    for sentence in sentences:
        assert found.text[sentence.start:sentence.end] == sentence.text
        assert sentence.article == "01_front_matter"


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_sentences_match_their_offsets_lines_and_columns(prefix):
    found = seed(prefix)
    sentences = split_sentences(found)
    assert sentences
    for index, sentence in enumerate(sentences):
        assert sentence.index == index
        assert found.text[sentence.start:sentence.end] == sentence.text == sentence.text.strip()
        assert sentence.line == found.text.count("\n", 0, sentence.start) + 1
        assert sentence.column == sentence.start - (found.text.rfind("\n", 0, sentence.start) + 1) + 1
        assert sentence.role in ("title", "heading", "caption", "body")
    assert [s.start for s in sentences] == sorted(s.start for s in sentences)


def test_the_front_matter_title_is_a_sentence_with_role_title():
    (found,), _ = read_articles([str(BATCH / "01_front_matter.md")])
    titles = [s for s in split_sentences(found) if s.role == "title"]
    assert [(s.text, s.line) for s in titles] == [("Maroc : le séisme a fait plus de 2.000 morts", 5)]


def test_the_headline_of_a_plain_text_seed_is_its_title():
    titles = [(s.text, s.line) for s in split_sentences(seed("003")) if s.role == "title"]
    # printed three times on the page (breadcrumb, headline, repeat): one title sentence
    assert titles == [("Retrait des troupes nord-coréennes du front Ukraine-Russie", 3)]
    assert seed("003").title is None      # a plain text has no title field: its headline line is found here
    titles = [(s.text, s.line) for s in split_sentences(seed("002")) if s.role == "title"]
    assert titles == [("La Corée du Nord aurait envoyé 3000 soldats de plus pour aider la Russie", 8)]


def test_a_text_whose_first_line_is_a_sentence_has_no_title():
    found = seed("004")
    assert found.title_span is None
    assert "title" not in {s.role for s in split_sentences(found)}


def test_headings_are_short_unpunctuated_lines():
    headings = [s.text for s in split_sentences(seed("000")) if s.role == "heading"]
    assert headings == [
        "Des pertes significatives sur le front", "La mobilisation des troupes", "Un accord de défense mutuelle",
    ]


def test_markdown_heading_markers_are_not_part_of_the_text():
    sentences = split_sentences(article("# Le bilan à Derna\n\n## Les secours\n\nIls arrivent. Enfin.\n"))
    assert [(s.role, s.text) for s in sentences] == [
        ("title", "Le bilan à Derna"), ("heading", "Les secours"), ("body", "Ils arrivent."), ("body", "Enfin."),
    ]


# --- page furniture -----------------------------------------------------------------------------


def test_seed_000_teasers_and_comment_box_are_dropped():
    sentences = split_sentences(seed("000"))
    joined = "\n".join(s.text for s in sentences)
    for furniture in ("54 ans", "3-0", "LAISSER UN COMMENTAIRE", "commentaire", "Actualités",
                      "Guerre En Ukraine | Ukraine", "Matthew Perry", "Categories"):
        assert furniture not in joined
    assert sentences[0].text != "More"
    assert max(s.line for s in sentences) == 27      # the photo caption is the last kept line


def test_seed_002_navigation_dropped_and_the_repeated_caption_kept_once():
    sentences = split_sentences(seed("002"))
    captions = [s for s in sentences if s.text.startswith("In this photo provided Thursday")]
    assert [(s.line, s.role) for s in captions] == [(12, "caption")]
    assert not [s for s in sentences if s.line == 13]
    joined = "\n".join(s.text for s in sentences)
    for furniture in ("Passer au contenu principal", "À voir", "Début du contenu principal", "Associated Press"):
        assert furniture not in joined


def test_seed_003_byline_tags_source_link_and_related_list_dropped():
    sentences = split_sentences(seed("003"))
    joined = "\n".join(s.text for s in sentences)
    for furniture in ("by Sara", "Corée du Nord, Russie, Ukraine", "aljazeera", "You may also like",
                      "Leave a Comment", "Home"):
        assert furniture not in joined
    assert sentences[-1].line == 52


def test_seed_001_author_blurb_and_section_label_dropped():
    sentences = split_sentences(seed("001"))
    joined = "\n".join(s.text for s in sentences)
    assert "Passionné" not in joined and "sponsoring" not in joined
    assert "ActualitésInternational" not in joined
    assert sentences[0].role == "title" and sentences[0].line == 3


def test_a_new_cue_is_a_data_edit(tmp_path):
    text = "Le bilan est de 12 morts.\n\nAbonnez-vous à notre lettre\n\nLes secours arrivent.\n"
    assert "Abonnez-vous à notre lettre" in texts(text)
    cues = (ROOT / "rules" / "furniture" / "fr.yaml").read_text(encoding="utf-8")
    cues = cues.replace("drop_lines:\n", "drop_lines:\n  - why: newsletter box\n    lines: [Abonnez-vous à notre lettre]\n", 1)
    path = tmp_path / "fr.yaml"
    path.write_text(cues, encoding="utf-8")
    got = [s.text for s in split_sentences(article(text), load_furniture(path))]
    assert got == ["Le bilan est de 12 morts.", "Les secours arrivent."]


def test_a_bad_furniture_file_reports_every_problem_with_its_position(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(
        "cut_after:\n"
        "  - lines: [Leave a Comment]\n"            # line 2: no why
        "drop_lines:\n"
        "  - why: broken pattern\n"
        "    patterns: ['(unclosed']\n"             # line 5: bad regex
        "layout:\n"
        "  heading_max_words: beaucoup\n"           # line 7: not a number
        "colours: [red]\n",                        # line 8: unknown section
        encoding="utf-8")
    with pytest.raises(CheckerError) as caught:
        load_furniture(path)
    got = [(d.code, d.line, d.col) for d in caught.value.diagnostics]
    assert got == [("L505", 2, 5), ("L504", 5, 16), ("L503", 7, 22), ("L502", 8, 1)]
    assert all(d.path == str(path) for d in caught.value.diagnostics)


def test_a_furniture_file_with_bad_yaml_is_l501(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("cut_after:\n  - why: x\n    lines: [a, b\n", encoding="utf-8")
    with pytest.raises(CheckerError) as caught:
        load_furniture(path)
    (problem,) = caught.value.diagnostics
    assert problem.code == "L501" and problem.line >= 3


def test_find_title_skips_section_labels():
    text = "International\n\nLa Corée du Nord aurait envoyé 3000 soldats\n\nLe texte commence ici.\n"
    start, end = find_title(text)
    assert text[start:end] == "La Corée du Nord aurait envoyé 3000 soldats"


# --- any text -----------------------------------------------------------------------------------

_FURNITURE = load_furniture()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab A.?!…«»\"“”\n -:;,0123456789M#")), max_size=200) | st.text(max_size=200))
def test_any_text_gives_ordered_exact_sentences(text):
    sentences = split_sentences(article(text), _FURNITURE)
    assert isinstance(sentences, tuple)
    previous_end = 0
    for index, sentence in enumerate(sentences):
        assert sentence.index == index
        assert sentence.text == text[sentence.start:sentence.end] == sentence.text.strip()
        assert sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end
    assert split_sentences(article(text), _FURNITURE) == sentences


def test_a_quote_marker_followed_by_any_space_is_not_part_of_the_sentence():
    # found by Hypothesis: NEL (U+0085) after "> " was kept at the sentence's start
    sentences = split_sentences(article(">\x850 morts"), _FURNITURE)
    assert [s.text for s in sentences] == ["0 morts"]


def test_trimmed_spaces_are_every_space_python_knows_and_byte_order_marks():
    from checker.sentences import _BLANKS
    spaces = {char for char in map(chr, range(0x110000)) if char.isspace()}
    assert set(_BLANKS) == spaces | {"\ufeff"}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab AÉ|,;:.\t")), max_size=80))
def test_a_gated_cue_matches_only_lines_holding_its_character_where_the_gate_looks(line):
    for cues in (_FURNITURE.cut_after, _FURNITURE.drop_lines, _FURNITURE.captions):
        for char, reach, pattern in cues.gated:
            assert not pattern.search(line) or char in line[:reach]


def test_folding_a_lowered_text_gives_the_texts_folding():
    # cue patterns' needed strings (in lower case) are looked for in a line's casefold()
    for code in range(0x110000):
        char = chr(code)
        assert char.lower().casefold() == char.casefold()


@pytest.mark.parametrize("teaser", [
    "Lire aussi : Japon : le bilan s'alourdit à 73 morts après le séisme du Nouvel An",
    "**Lire aussi : Liban : des centaines de bipeurs explosent, au moins neuf morts**",
    "À lire également - Inondations : 12 morts dans le Gard",
])
def test_a_teaser_link_inside_the_page_is_furniture(teaser):
    article = Article("t", "t.txt", f"Le séisme a fait 78 morts.\n\n{teaser}\n\nLes secours poursuivent leurs recherches.",
                      date(2024, 1, 4), "test")
    assert not any("73" in s.text or "bipeurs" in s.text or "Gard" in s.text for s in split_sentences(article))


@pytest.mark.parametrize("heading", ["**Les plus lus**", "## Sur le même sujet", "*Articles liés :*", "Les plus lus"])
def test_a_related_articles_heading_in_markdown_ends_the_article(heading):
    # a scraper keeps the page's related headlines under their heading, bold or as a Markdown title:
    # their figures are other stories'
    article = Article("t", "t.txt", f"Le séisme a fait 78 morts.\n\n{heading}\n\n- Inondations : plus de 200 morts "
                      "dans l'État du Niger\n- Chibok : près de 300 lycéennes enlevées", date(2024, 1, 4), "test")
    assert [s.text for s in split_sentences(article)] == ["Le séisme a fait 78 morts."]
