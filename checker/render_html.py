"""Report → one self-contained HTML page: each problem with its arithmetic and its figures in their
sentences, and a timeline (inline SVG) of every figure of each event and measure a finding is about.

Article text is untrusted: the page comes from a Jinja2 template with autoescaping
(checker/templates/report.html.j2), its policy lets no script run and loads nothing from the network,
and the timelines are drawn by matplotlib, which escapes the few labels it is given."""
from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from checker import __version__
from checker.errors import printable
from checker.intervals import format_number
from checker.model import Assertion, Report
from checker.report_data import by_severity, diagnostic_json, locate_figures

INSTALL = "pip install 'checker[report]'"
TEMPLATE = "report.html.j2"

# the timeline's look: a figure a finding cites is drawn in HIGHLIGHT, the others in CONTEXT; a
# figure's scope sets its marker
HIGHLIGHT = "#c0392b"
CONTEXT = "#6b7b8c"
MARKERS = {"cumulative": "o", "increment": "^", "period": "s", "rate": "D", "stock": "v"}
SCOPE_WORDS = {"cumulative": "running total", "increment": "increment", "period": "within a period",
               "rate": "rate", "stock": "still standing"}


def require_report_extra() -> None:
    """A ValueError naming the install command when the `report` extra (jinja2, matplotlib) is missing."""
    try:
        import jinja2  # noqa: F401
        import matplotlib  # noqa: F401
    except ImportError as error:
        raise ValueError(f"the html format needs the optional 'report' extra ({error.name} is missing): "
                         f"{INSTALL}") from None


@dataclass(frozen=True, slots=True)
class Timeline:
    anchor: str                  # the page's id of the timeline
    event: str
    entity: str
    measure: str
    figures: tuple[Assertion, ...]   # every figure of the batch for the event, entity and measure, by date
    highlighted: frozenset[str]      # the ids a finding cites


def render_html(report: Report, unread: Sequence = (), fail_on: str = "error", lang: str = "fr") -> str:
    """The page: summary, problems (errors first), timelines, and what was not checked; each problem's
    title and arithmetic in `lang` (rules/report.yaml)."""
    require_report_extra()
    from checker.report import arithmetic, rule_title, summary, summary_lines

    timelines = find_timelines(report)
    anchor_of = {(t.event, t.entity, t.measure): t.anchor for t in timelines}
    by_id = {a.id: a for a in report.assertions}
    figures = locate_figures(report, {a.id for t in timelines for a in t.figures})
    rules = {r.id: r for r in report.rules}
    problems = []
    for finding in by_severity(report.findings):
        cited = [by_id[i] for i in finding.assertions if i in by_id]
        anchors = dict.fromkeys(anchor_of[(a.event, a.entity, a.measure)] for a in cited)
        rule = rules.get(finding.rule)
        problems.append({"finding": finding, "figures": [_shown(figures[a.id]) for a in cited],
                         "title": rule_title(finding, lang), "arithmetic": arithmetic(finding, lang),
                         "why": rule.why if rule else "", "timelines": list(anchors)})
    page = _environment().get_template(TEMPLATE).render(
        version=__version__,
        lang=lang,
        summary=summary(report, unread),
        summary_lines=summary_lines(report, unread),
        problems=problems,
        timelines=[{"timeline": t, "svg": draw_timeline(t, index),
                    "rows": [_shown(figures[a.id], a.id in t.highlighted) for a in t.figures]}
                   for index, t in enumerate(timelines)],
        diagnostics=[diagnostic_json(d) for d in report.diagnostics],
        scope_words=SCOPE_WORDS,
    )
    return printable_page(page)


def _environment():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    from checker.resources import templates_path

    environment = Environment(loader=FileSystemLoader(str(templates_path())), autoescape=True,
                              undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    environment.filters["inert"] = inert
    return environment


def inert(value) -> str:
    """Text shown on one line, its control characters, direction overrides and line breaks written as
    escapes; the template's autoescaping then makes its markup inert."""
    return printable(re.sub(r"\s+", " ", str(value)))


def printable_page(page: str) -> str:
    """The page with no lone surrogate left (a file name's byte that is not UTF-8), so it can be written
    as UTF-8."""
    return re.sub("[\ud800-\udfff]", lambda match: printable(match[0]), page)


def _shown(figure: dict, highlighted: bool = True) -> dict:
    """A located figure with its sentence cut around the figure, for the template to mark it."""
    sentence, span = figure["sentence"], figure["span"]
    start, end = span if span is not None else (0, 0)
    return {**figure, "before": sentence[:start], "marked": sentence[start:end], "after": sentence[end:],
            "highlighted": highlighted}


# --- timelines ---------------------------------------------------------------------------------

def find_timelines(report: Report) -> list[Timeline]:
    """One timeline per event, entity and measure that a finding cites, in the order of the problems."""
    by_id = {a.id: a for a in report.assertions}
    cited: dict[tuple[str, str, str], set[str]] = {}
    for finding in by_severity(report.findings):
        for i in finding.assertions:
            if i in by_id:
                a = by_id[i]
                cited.setdefault((a.event, a.entity, a.measure), set()).add(i)
    timelines = []
    for index, (key, ids) in enumerate(cited.items()):
        members = sorted((a for a in report.assertions if (a.event, a.entity, a.measure) == key),
                         key=lambda a: (_when(a) or date.max, a.article, a.line))
        timelines.append(Timeline(f"timeline-{index + 1}", *key, tuple(members), frozenset(ids)))
    return timelines


def _when(a: Assertion) -> date | None:
    return a.as_of or (a.period[1] if a.period else None) or a.published


def draw_timeline(timeline: Timeline, index: int) -> str:
    """The timeline as an inline <svg> element: date on x, each figure a bar from its low to its high
    (a period's figure also a line across its period), its marker by scope, the cited ones in HIGHLIGHT.
    Text stays text (svg.fonttype none), so the page can be searched and read by a screen reader."""
    import matplotlib
    from matplotlib import dates as mdates
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.ticker import FuncFormatter

    from checker.report import _short

    dated = [a for a in timeline.figures if _when(a) is not None]
    finite = [v for a in dated for v in (a.low, a.high, a.nominal) if v is not None] or [1.0]
    top = max(finite) * 1.15
    settings = {"svg.fonttype": "none", "svg.hashsalt": f"checker-{index}", "text.parse_math": False,
                "font.family": "sans-serif", "font.size": 9}
    with matplotlib.rc_context(settings):
        figure = Figure(figsize=(9, 3.4), layout="constrained")
        ax = figure.add_subplot()
        days = max(1, (_when(dated[-1]) - _when(dated[0])).days) if dated else 1
        placed: list[tuple[date, float]] = []
        for a in dated:
            when = _when(a)
            hot = a.id in timeline.highlighted
            color, width, order = (HIGHLIGHT, 3.0, 3) if hot else (CONTEXT, 1.5, 2)
            gid = f"{timeline.anchor}-{_gid(a.id)}-{'cited' if hot else 'other'}"
            low = a.low if a.low is not None else 0.0
            high = a.high if a.high is not None else top
            middle = a.nominal if a.nominal is not None else (low + high) / 2
            ax.vlines(when, low, high, colors=color, linewidths=width, zorder=order,
                      linestyles="solid" if a.high is not None else "dashed").set_gid(gid + "-bar")
            if a.period:
                ax.hlines(middle, a.period[0], a.period[1], colors=color, linewidths=1, linestyles="dotted",
                          zorder=order)
            ax.plot([when], [middle], marker=MARKERS.get(a.scope, "o"), color=color, markersize=7 if hot else 5,
                    markerfacecolor=color if hot else "white", zorder=order + 1)[0].set_gid(gid + "-marker")
            # labels of figures close in date and value go one under the other
            stacked = sum(1 for x, y in placed if abs((x - when).days) < 0.2 * days and abs(y - middle) < 0.08 * top)
            placed.append((when, middle))
            label = f"{format_number(a.nominal) if a.nominal is not None else _range(a)} · {_short(a.article)}:{a.line}"
            if a.place:
                label += f" · {a.place}"
            ax.annotate(printable(label), (when, middle), xytext=(7, 4 - 11 * stacked), textcoords="offset points",
                        fontsize=8, color=color, fontweight="bold" if hot else "normal", zorder=5,
                        bbox={"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none", "alpha": 0.85},
                        ).set_gid(gid + "-label")
        ax.set_ylim(0, top)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: format_number(value)))
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        if len({_when(a) for a in dated}) == 1:       # one date: a week either side, so the bar is not on an edge
            only = _when(dated[0])
            ax.set_xlim(mdates.date2num(only) - 7, mdates.date2num(only) + 7)
        else:
            ax.margins(x=0.12)
        ax.grid(axis="y", color="#dde3ea", linewidth=0.8)
        ax.spines[["top", "right"]].set_visible(False)
        ax.set_ylabel(printable(timeline.measure))
        scopes = dict.fromkeys(a.scope for a in dated)
        handles = [Line2D([], [], color=HIGHLIGHT, linewidth=3, label="in a finding"),
                   Line2D([], [], color=CONTEXT, linewidth=1.5, label="other figure")]
        handles += [Line2D([], [], color="#333333", marker=MARKERS.get(s, "o"), linestyle="none",
                           label=SCOPE_WORDS.get(s, s)) for s in scopes]
        ax.legend(handles=handles, loc="upper left", fontsize=8, frameon=False, ncols=min(len(handles), 6))
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    svg = buffer.getvalue()
    return svg[svg.index("<svg"):]


def _gid(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "-", text)


def _range(a: Assertion) -> str:
    from checker.intervals import format_interval

    return format_interval(a.low, a.high, a.nominal)
