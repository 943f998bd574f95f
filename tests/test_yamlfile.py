"""The one YAML reader: plain data only, no key twice, bounded nesting and aliases, every problem located."""
import pytest

from checker.errors import CheckerError
from checker.lexicon import load_lexicon
from checker.qualifiers import load_qualifiers
from checker.resources import rules_path
from checker.rules import load_rules
from checker.sentences import load_furniture
from checker.yamlfile import MAX_DEPTH, MAX_VALUES, YamlProblem, load_yaml, parse_yaml

LAUGHS = ("a: &a [x, x, x, x, x, x, x, x, x]\n"
          + "".join(f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi"))
          + "published: *i\n")


def problem(text):
    with pytest.raises(YamlProblem) as caught:
        parse_yaml(text)
    return caught.value


def test_plain_data_and_its_nodes():
    root, data = parse_yaml("published: 2025-02-04\ntitle: Un titre\nwords: [a, b]\n")
    assert data == {"published": __import__("datetime").date(2025, 2, 4), "title": "Un titre", "words": ["a", "b"]}
    assert root.value[1][1].start_mark.line == 1


def test_an_empty_document_is_none():
    assert parse_yaml("") == (None, None)
    assert parse_yaml("# only a comment\n") == (None, None)


def test_a_date_yaml_cannot_make_stays_text():
    assert parse_yaml("published: 2025-02-30\n")[1] == {"published": "2025-02-30"}
    assert parse_yaml("published: 2025-13-01\n")[1] == {"published": "2025-13-01"}


def test_a_key_given_twice_is_refused_at_the_second():
    found = problem("published: 2025-01-01\ntitle: t\npublished: 2025-01-02\n")
    assert (found.line, found.col) == (3, 1)
    assert str(found) == "key 'published' given twice (first on line 1) (expected each key once)"


def test_python_tags_are_refused_and_never_run():
    found = problem("measures: !!python/object/apply:os.system ['echo owned']\n")
    assert (found.line, found.col) == (1, 11)
    assert str(found) == ("tag '!!python/object/apply:os.system' is not plain data "
                          "(expected text, numbers, dates, lists and mappings)")
    assert "tag '!custom'" in str(problem("x: !custom 3\n"))


def test_an_alias_bomb_is_refused_quickly():
    found = problem(LAUGHS)
    assert str(found) == f"aliases expand to more than {MAX_VALUES} values (expected at most {MAX_VALUES})"


def test_a_few_shared_aliases_are_fine():
    _root, data = parse_yaml("a: &same {victimes: killed}\nb: *same\nc: *same\n")
    assert data["b"] == data["c"] == {"victimes": "killed"}


def test_an_alias_inside_what_it_names_is_refused():
    assert "an alias inside the data it names" in str(problem("a: &a [*a]\n"))


@pytest.mark.parametrize("text", ["a: " + "[" * 3000 + "]" * 3000,
                                  "".join(" " * i + "a:\n" for i in range(3000))],
                         ids=["flow", "block"])
def test_deep_nesting_is_refused_without_recursion_error(text):
    found = problem(text)
    assert str(found) == f"data nested more than {MAX_DEPTH} levels deep (expected at most {MAX_DEPTH})"


def test_a_huge_integer_is_a_located_problem():
    found = problem("x: " + "9" * 5000 + "\n")
    assert (found.line, found.col) == (1, 4) and found.problem.startswith("cannot read value")


def test_a_control_character_is_located():
    found = problem("a: b\x1bc\n")
    assert (found.line, found.col, found.problem) == (1, 5, "character #x001b is not allowed in YAML")


def test_load_yaml_names_the_file(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("a: 1\na: 2\n", encoding="utf-8")
    with pytest.raises(CheckerError) as caught:
        load_yaml(path, ("X001", "X002"), "thing")
    assert [str(d) for d in caught.value.diagnostics] == [
        f"{path}:2:1: X002 key 'a' given twice (first on line 1) (expected each key once)"]
    with pytest.raises(CheckerError) as caught:
        load_yaml(tmp_path / "absent.yaml", ("X001", "X002"), "thing")
    assert caught.value.diagnostics[0].code == "X001"


# --- every data file goes through it ------------------------------------------------------------


def lexicon_with(tmp_path, extra):
    text = rules_path("lexicon", "fr.yaml").read_text(encoding="utf-8") + extra
    path = tmp_path / "lexicon.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("extra, message", [
    ("\nmeasures:\n  killed: {forms: [tués]}\n", "key 'measures' given twice"),
    ("\nextra: !!python/name:os.system\n", "tag '!!python/name:os.system' is not plain data"),
], ids=["section_twice", "python_tag"])
def test_the_lexicon_refuses_what_is_not_plain_data_with_an_l_code(tmp_path, extra, message):
    path = lexicon_with(tmp_path, extra)
    with pytest.raises(CheckerError) as caught:
        load_lexicon(path)
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.code == "L002" and message in diagnostic.message


@pytest.mark.parametrize("loader, code", [(load_qualifiers, "L101"), (load_furniture, "L501"),
                                          (lambda p: load_rules([p]), "R100")],
                         ids=["qualifiers", "furniture", "rules"])
def test_every_data_file_refuses_deep_nesting_and_bombs(tmp_path, loader, code):
    for text in ("forms: " + "[" * 200 + "]" * 200 + "\n", LAUGHS):
        path = tmp_path / "data.yaml"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(CheckerError) as caught:
            loader(path)
        assert [d.code for d in caught.value.diagnostics] == [code]


def test_the_unit_file_goes_through_it(tmp_path):
    from checker.quantities import load_vocabulary

    path = tmp_path / "units.yaml"
    path.write_text("units: []\nunits: []\n", encoding="utf-8")
    with pytest.raises(CheckerError) as caught:
        load_vocabulary(path)
    assert caught.value.diagnostics[0].code == "L200"
