"""A finding's Terms → its arithmetic as text, in a report's language: "10 000 (004:4, 17/12/2024,
us_official) + 3 000 (...) = 13 000 (12 350–13 650), hors de 11 000 ± 5 % (...), écart 800". The words,
relations, date formats and notes are data (rules/report.yaml, `arithmetic`); in English the text is the
finding's `explanation`, word for word (a test keeps them equal)."""
from __future__ import annotations

from checker.evaluate import month_end, short_article
from checker.intervals import format_interval, format_number
from checker.model import Side, Term, Terms


def write_terms(terms: Terms, words: dict) -> str:
    """The arithmetic in the language of `words` (checker.report.labels(lang))."""
    phrases = words["arithmetic"]
    gap = _number(round(terms.gap, 1), phrases)
    if terms.kind == "spread":
        shown = phrases["spread_joiner"].join(_label(t, _interval(t.low, t.high, t.nominal, phrases), phrases)
                                              for t in terms.figures)
        return phrases["spread"].format(figures=shown, gap=gap)
    assert terms.left is not None and terms.right is not None
    text = phrases["compare"].format(left=_side(terms.left, terms.measures_shown, words),
                                     relation=phrases["relations"][terms.op],
                                     right=_side(terms.right, terms.measures_shown, words), gap=gap)
    for note in terms.notes:
        text += phrases["note"].format(note=phrases["notes"].get(note.code, note.text))
    return text


def _side(side: Side, measures_shown: bool, words: dict) -> str:
    phrases = words["arithmetic"]

    def named(term: Term, value: str) -> str:
        if not measures_shown or term.measure is None:
            return value
        return f"{words['measures'].get(term.measure, term.measure)} {value}"

    if side.single:
        term = side.terms[0]
        return _label(term, named(term, _interval(term.low, term.high, term.nominal, phrases)), phrases)
    shown = []
    for term in side.terms:
        if term.assertion is not None:
            text = _label(term, named(term, _nominal(term, phrases)), phrases)
        else:
            text = _interval(term.low, term.high, None, phrases)
        shown.append(text if not shown else f"{term.sign} {text}")
    if side.nominal is not None:
        result = _number(side.nominal, phrases)
        if side.low != side.high:
            result += f" ({_interval(side.low, side.high, None, phrases)})"
    else:
        result = _interval(side.low, side.high, None, phrases)
    return " ".join(shown) + f" = {result}"


def _label(term: Term, value: str, phrases: dict) -> str:
    """A figure and where it comes from: "10 000 (004:4, 17/12/2024, us_official)"."""
    where = [f"{short_article(term.article or '')}:{term.line}"]
    if term.parts:
        where.insert(0, phrases["derived"].format(parts=" + ".join(_nominal(p, phrases) for p in term.parts)))
    when = _when(term, phrases)
    if when:
        where.append(when)
    if term.source:
        where.append(term.source)
    return f"{value} ({', '.join(where)})"


def _when(term: Term, phrases: dict) -> str | None:
    if term.period:
        start, end = term.period
        if start.day == 1 and month_end(end):   # whole months
            return phrases["range"].format(start=start.strftime(phrases["month"]), end=end.strftime(phrases["month"]))
        return phrases["range"].format(start=start.strftime(phrases["date"]), end=end.strftime(phrases["date"]))
    return term.as_of.strftime(phrases["date"]) if term.as_of else None


def _nominal(term: Term, phrases: dict) -> str:
    if term.nominal is not None:
        return _number(term.nominal, phrases)
    return _interval(term.low, term.high, None, phrases)


def _number(value: float | None, phrases: dict) -> str:
    return format_number(value).replace(".", phrases["decimal"])


def _interval(low: float | None, high: float | None, nominal: float | None, phrases: dict) -> str:
    if low is None and high is None:
        return phrases["any"]
    return format_interval(low, high, nominal).replace(".", phrases["decimal"])
