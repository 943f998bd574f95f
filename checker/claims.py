"""Articles → Assertions (who, what measure, how many, as of when, according to whom) and the
figures no assertion holds (Unlinked), with the reason.

Each count the quantity grammar reads is linked inside its sentence by the shapes French news uses:

  passive      "300 soldats nord-coréens ont été tués"        figure, noun, auxiliaries, participle
  noun         "a fait 2 122 morts"                             figure, measure noun
  active       "a tué quatre personnes et blessé 17"            measure verb right before the figure
  ellipsis     "300 tués et 2 700 autres blessés", "(190)"      a bare figure takes its neighbour's measure
  back-ref     "environ 4000 d'entre eux ont été tués"          entity of the people named just before
  estimate     "a estimé à 10.000 le nombre de soldats présents"  measure after "le nombre de"
  part         "50 000 soldats, dont plusieurs milliers de Nord-Coréens"
  rate         "perd chaque jour 1 200 soldats morts ou blessés"
  increment    "3000 soldats supplémentaires en janvier et février"

The words of every shape come from the lexicon (rules/lexicon/fr.yaml); dates from checker.dates.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache, partial
from itertools import accumulate, islice, takewhile
from operator import attrgetter, itemgetter
from typing import NamedTuple

from checker.collector import kept_apart
from checker.dates import TimeAnchor, find_anchors
from checker.events import Event, Lead, link_events, read_lead, sub_event
from checker.lexicon import CLAIM_SECTIONS, Lexicon, Match, fold, folded_regex, phrase_key, side_of, words_of
from checker.model import PEOPLE_OF, Article, Assertion, Quantity, Sentence, Unlinked, Weakness
from checker.phrases import phrase_regex
from checker.quantities import PLACE_WORD, parse_quantities
from checker.resources import build_parser
from checker.sentences import split_sentences

_SPACE = re.compile(r"[\s«»\"“”]*")
# a plural noun outside the lexicon: a figure counting it counts things, not people
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
# a live blog's entry header around its hour: "**21 h 10** - ", "**Samedi 1 h 40** – ", "22h10 – "
_ENTRY_BEFORE = re.compile(r"[*_\s]*(?:\w+,?\s+){0,4}")   # "**Jeudi 19 octobre 2017, 11 h 00** -"
_ENTRY_AFTER = re.compile(r"[*_\s]*[-–—:|]")
_THING = re.compile(r"[a-zàâçéèêëîïôûùüÿœ][a-zàâçéèêëîïôûùüÿœ'’-]{2,}[sx]")
_RELATIVE_REACH = 20     # "des milliers de morts que redoutait": the relative within the figure's words
# how many figures read before one are looked at for its whole: more than a news article gives of one toll
# (37 figures at most an article in the dev, held-out and seed sets), few enough that a text of thousands
# of figures is not gone through for each
_FIGURES_BACK = 50
_CLAUSE_END = re.compile(r"[.;:!?]\s|[.;!?]$")
_NEXT_ITEM = re.compile(r",|\bainsi\s+que\b")     # what opens the next item of a list
_LEFT_REACH = 60     # characters before a figure searched for a cue
_RECENT_DAYS = 7     # a paragraph's date carries to its next sentences when this recent
_RIGHT_REACH = 160   # characters after the last figure of a sentence given to the claim grammar
_CLOSING = " \t\u00a0.;:!?,»)\"”"     # what may stand between a clause's last words and its end


class _Links(NamedTuple):
    """The patterns of the lexicon's `links`: the small words around a figure and a place."""

    gap: re.Pattern             # what may stand between a figure and the words after it: quotes, "de", "d'"
    relative: re.Pattern        # "que", "qu'"
    name_after: re.Pattern      # " de la Province", " d'Al Haouz": a place's name after a subdivision
    name_after_of: re.Pattern   # "de Chichaoua": a place named after "de" alone
    genitive: re.Pattern        # "du", "de la" right before a subdivision: a source's name, not a place
    topic: re.Pattern           # "À Marrakech," starting a sentence
    place_after: re.Pattern     # " en Turquie", " à Alès" right after a figure's words
    incident: re.Pattern        # "lors de la frappe contre l'hôpital", "pour cette première frappe"
    locative: re.Pattern        # "à ", "en " right before a name: the name is a place
    losses: re.Pattern          # "perd", "pertes": a side lost the people counted
    owned: re.Pattern           # "compte", "déplore": the subject counts the dead as its own
    sum: re.Pattern             # "soit ", "au total " right before a figure: the sum of the tolls beside it
    sum_opening: re.Pattern     # "Au total, " opening a sentence
    together: re.Pattern        # "ensemble", "à eux seuls", "ainsi": the things counted are added up
    parts_next: re.Pattern      # ", dont ", " comprennent ": the groups listed next are the toll's parts
    subset: re.Pattern          # "blessés graves", "en urgence absolue": only the worst hurt
    attack_by: re.Pattern       # "l'attaque du ", "une frappe ": the force named next is who struck
    reported_by: re.Pattern     # "l'agence ", "la presse ": the people's adjective next says who reports
    where_and: re.Pattern       # " dans l'incendie d'Eaton et ": where a part was counted, then "et"
    rise: re.Pattern            # "%", "soit": what the sentence goes on to say of a rise
    level: re.Pattern           # " a atteint ", " repêchés s'élève à ": the level a "nombre de" reaches
    with_attackers: re.Pattern  # ", dont l'assaillant": a toll that counts the attacker with the victims


@cache
def _links(lexicon: Lexicon) -> _Links:
    links = lexicon.data.get("links") or {}

    def words(key: str, then: str = r"\s+") -> str:
        """The key's words, each followed by `then`; after an apostrophe, by optional spaces."""
        listed = {fold(word) for word in links.get(key, [])}
        elided = phrase_regex({w for w in listed if w.endswith("'")}, apostrophe="['’]", then=r"\s*")
        whole = phrase_regex({w for w in listed if not w.endswith("'")}, then=then)
        return f"(?:{elided}|{whole})"

    particles = folded_regex(links.get("name_particles", []))
    subdivision = f"(?i:{folded_regex((lexicon.data.get('places') or {}).get('subdivisions', []))})"
    name = rf"(?P<place>[A-ZÉÈÎ][\w'’-]*(?:[\s-](?:{particles})?[A-ZÉÈÎ][\w'’-]*)*)"
    word_end, space = r"(?!\w)", r"\s"
    of, relative, genitive = words("of", word_end), words("relative", space), words("genitive", word_end)
    part_of = f"(?:{folded_regex((lexicon.data.get('parts') or {}).get('part_of', []), then=space)})"
    return _Links(
        gap=re.compile(rf"[\s«»\"“”()]*(?:(?i:{of})\s*)?[\s«»\"“”]*"),
        relative=re.compile(rf"(?<!\w)(?i:{relative})"),
        name_after=re.compile(rf"\s+{words('place_of')}{name}"),
        name_after_of=re.compile(rf"(?<!\w){words('of')}{name}"),
        genitive=re.compile(rf"(?<!\w)(?i:{genitive})\s*$"),
        # "À Marrakech, 13 personnes", "Dans le nord du Texas, neuf personnes", "Dans le comté de Harris, ..."
        topic=re.compile(rf"\s*(?:(?i:{words('topic')})|{words('place_after')})"
                         rf"(?:{subdivision}\s*(?i:de\s+|d['’]\s*|du\s+|des\s+))?{name}\s*,"),
        # "dont 229 dans la province de Valence et huit ...": a subdivision's word may come before the name
        place_after=re.compile(rf"[\s«»\"“”]*(?:{words('place_after')})(?:{subdivision}\s*(?i:de\s+|d['’]\s*|du\s+|des\s+))?{name}"),
        incident=_incident_pattern(lexicon.data.get("incidents") or {}, links.get("incident_target_ends", [])),
        locative=re.compile(rf"(?:^|\s)(?i:{words('locative')})$"),
        losses=re.compile(rf"(?<!\w)(?i:{words('losses', word_end)})"),
        owned=re.compile(rf"(?<!\w)(?i:{words('owned', word_end)})"),
        sum=re.compile(rf"(?<!\w)(?i:{words('sum', '')})\s*$"),
        sum_opening=re.compile(rf"[\s«\"]*(?i:{words('sum', '')})(?!\w)"),
        together=re.compile(rf"(?<!\w)(?i:{words('together', word_end)})"),
        # a toll's list of groups that are everyone, the words of its place between: "150 survivants à
        # Tarasin et dans les villages proches, dont 40 enfants et 130 adultes", "les 154 morts comprennent"
        parts_next=re.compile(rf"[^.;:!?\d]{{0,80}}?,?\s*(?<!\w)(?i:{part_of})"),
        subset=re.compile(rf"(?<!\w)(?i:{words('subset', word_end)})"),
        attack_by=re.compile(rf"(?<!\w)(?i:{words('attack_by', '')})\s*(?:(?i:{words('place_of', '')})\s*)?$"),
        reported_by=re.compile(rf"(?<!\w)(?i:{words('reported_by', '')})\s*$"),
        where_and=re.compile(rf"\s+(?i:{words('where_joined', word_end)})[^,;:.()«»\d]{{1,50}}?\s+et\s+"),
        rise=re.compile(rf"(?i:{words('rise', word_end)})"),
        level=re.compile(rf"(?:\s+[^\W\d]+(?:é|ée|és|ées|is|ies))?\s+(?i:{words('level', space)})"),
        with_attackers=re.compile(rf"[^.;:!?«»()\d]{{0,40}}?(?<!\w)(?i:{words('with_attackers', word_end)})"),
    )


def _incident_pattern(incidents: dict, target_ends: list[str]) -> re.Pattern:
    """A tie, an optional rank, an incident noun and up to three words of its target or day."""
    def alternation(key: str) -> str:
        return folded_regex(incidents.get(key, []), apostrophe="'")

    word = r"[\w’'-]+"
    small = "|".join(re.escape(w) for w in target_ends)
    target = rf"(?:\s*(?:{alternation('targets')})\s*(?:l['’]|la\s+|le\s+|les\s+)?{word}(?:\s+(?!(?:{small})(?!\w)){word})?)?"
    return re.compile(rf"(?i)(?<!\w)(?:{alternation('ties')})\s*(?P<key>(?:(?:{alternation('ranks')})\s+)?"
                      rf"(?:{alternation('nouns')})(?!\w){target})")


@cache
def _incident_nouns(lexicon: Lexicon) -> re.Pattern:
    """An incident noun alone, as _incident_pattern spells it."""
    return re.compile(folded_regex((lexicon.data.get("incidents") or {}).get("nouns", []), apostrophe="'"),
                      re.IGNORECASE)


@dataclass
class _Context:
    """An article's sentences and what carries from one to the next: who speaks, about what, when."""

    article: Article
    lexicon: Lexicon
    event_kind: str
    sentences: Sequence[Sentence]
    paragraph_of: list[int]             # sentence index → index of its paragraph's first sentence
    incident_kind: str | None = None    # the incident the article reports within its war ("strike")
    facts: dict[tuple[int, str], object] = field(default_factory=dict)
    nearest: dict[tuple[int, str], int] = field(default_factory=dict)   # (sentence, fact) → nearest one at or before with it
    last: Assertion | None = None
    last_stock: Assertion | None = None     # the last figure that is no increment: what a part is a part of
    side: str | None = None             # the side whose people the article named last: the salient one
    troops: str | None = None           # the force whose troops the article counted last
    incident: tuple[int, str] | None = None  # the paragraph and key of the incident named last
    named_sides: set[str] | None = None     # the sides the article names anywhere, read when first needed
    subsets: set[str] = field(default_factory=set)   # ids of tolls of the worst hurt only ("blessés graves")
    hours: dict[int, str] = field(default_factory=dict)   # paragraph → the hour its live-blog entry gives
    # sentence → the place the bold lead-in of its block names (a paragraph, or a list's item)
    lead_ins: dict[int, str] = field(default_factory=dict)
    sentence_starts: list[int] = field(default_factory=list)   # where each sentence starts
    unnamed_speaker: bool = False       # the sentence's speaker is one the lexicon does not know
    share_of: dict[str, int] = field(default_factory=dict)   # assertion id → its whole's figure offset
    counter: int = 0
    assertions: list[Assertion] = field(default_factory=list)
    # measure → index of the last assertion of it added as no part: where the search for its whole starts
    wholes: dict[str, int] = field(default_factory=dict)
    index_of: dict[str, int] = field(default_factory=dict)   # assertion id → its index in assertions
    unlinked: list[Unlinked] = field(default_factory=list)
    unread: list[Quantity] = field(default_factory=list)    # the body's counts left unlinked
    spans: list[Quantity] = field(default_factory=list)     # the sentence's durations a figure is counted over
    count_starts: list[int] = field(default_factory=list)   # where the sentence's figures start
    breakdowns: list[int] = field(default_factory=list)   # where the first parts of the sentence's stated breakdowns start, in order
    # the sentence before, as a total in the next sentence may add it up ("... 70 décès à Istanbul. Soit au
    # total 134 morts"): the index of its first assertion, and whether it left no count of people unread
    sentence_before: tuple[int, bool] | None = None

    def last_whole(self, measure: str, entity: str | None = None, low: float = 0,
                   skip: set[str] = frozenset()) -> Assertion | None:
        """The last assertion of the measure that is a part of nothing, and not of a group counted apart
        (the attackers) unless the part names it; of those, the last that can hold `low` when one can
        ("25 des personnes décédées" after "30 morts" and "les quinze morts évoqués le matin"). A part
        added later stays a part (_link_shares only makes wholes into parts), so the search starts at
        the last whole added, and goes back _FIGURES_BACK figures at most."""
        apart = set(self.lexicon.data.get("apart_groups") or ()) - {entity}
        last = None
        start = self.wholes.get(measure, -1)
        for index in range(start, max(start - _FIGURES_BACK, -1), -1):
            assertion = self.assertions[index]
            if assertion.measure == measure and not assertion.part_of and assertion.entity not in apart \
                    and assertion.id not in skip:
                if assertion.high is None or assertion.high >= low:
                    return assertion
                last = last or assertion
        return last


@dataclass
class _Frame:
    """A figure's words in its sentence, found by the shapes above."""

    quantity: Quantity
    entity: str | None = None
    entity_end: int = 0
    measure: str | None = None
    measure_span: tuple[int, int] | None = None
    bare: bool = False
    back_reference: bool = False
    part: bool = False
    others: bool = False
    clitic: bool = False                # "en recensaient 182": the measure is the one just named
    ratio: bool = False                 # "multiplié par sept": not a count
    corrected: bool = False             # "et non neuf": the figure the one before it corrects
    coordinated: bool = False           # "dont 78 enfants et 41 femmes": a part beside the part before
    bare_increment: bool = False        # "C'est 39 de plus": more of the toll just named, no noun of its own
    share_of: int | None = None         # "la moitié des 300 soldats": the offset of the whole's figure
    measure_nearby: bool = False        # the measure is a word near the figure, not one of its shape
    among_measure_span: tuple[int, int] | None = None   # the measure's word after "parmi les" past the group
    measure_implied: bool = False       # no measure named: the one its group implies (a force's strength)
    own_verb: bool = False              # a verb of its own that names no measure: it takes no one else's
    among: str | None = None            # "Parmi les blessés, 45 ...": a part of the toll of this measure
    among_them: bool = False            # "81 policiers figurent parmi elles": a part of the toll just given
    of_the_group_before: bool = False   # "Sur les 32 assaillants, 29 ont été tués": its group is the 32's
    whole: Assertion | None = None      # the toll "parmi elles" points back to
    earlier: bool = False               # "passé de 154 à 158": the first value, superseded by the second
    transition_end: bool = False        # the second: a value reached, "en une heure" no span it is counted over
    noun_span: tuple[int, int] | None = None     # the counted noun ("hommes" in "Deux hommes sont morts")
    among_span: tuple[int, int] | None = None
    other_noun: str | None = None       # the thing counted, when it is no one: "500 cartouches"
    of_things: bool = False             # a part or item of the things the figure before counts ("dont 13")
    agent: str | None = None            # the active verb the figure is the subject of: "ont blessé"
    listed_place: str | None = None     # "26 décès, la Grande-Comore 15 et Mohéli 4": the place it is listed by
    window: tuple[int, int] = (0, 0)    # from the previous figure's words to the next figure

    @property
    def end(self) -> int:
        """Where the words this figure took end."""
        return max(self.quantity.end, self.entity_end, self.measure_span[1] if self.measure_span else 0)


class Extraction(NamedTuple):
    """A batch read: its assertions, the figures no assertion holds, and its events."""

    assertions: tuple[Assertion, ...]
    unlinked: tuple[Unlinked, ...]
    events: tuple[Event, ...]


def extract_claims(articles: Sequence[Article], lexicon: Lexicon, qualifiers=None, jobs: int = 1,
                   progress: Callable[[], None] | None = None) -> Extraction:
    """Every assertion of every article, in article order, keyed by the batch's events, and the figures
    left unlinked. `qualifiers` (checker.qualifiers.Qualifiers) replaces rules/qualifiers/fr.yaml when given.
    With `jobs` above 1 and a batch of at least PARALLEL_FROM articles, articles are read in that many
    processes; the result is the same, in the same order. `progress` is called once an article is read."""
    with kept_apart() as set_aside:    # an article read is finished: the collector walks it no more
        readings = []
        for _given, reading in read_each(articles, lexicon, qualifiers, jobs):
            readings.append(reading)
            set_aside()
            if progress is not None:
                progress()
        return link_claims(readings, lexicon)


Reading = tuple[list[Assertion], list[Unlinked], Lead]    # an article's assertions, unlinked figures and lead


def link_claims(readings: Sequence[Reading], lexicon: Lexicon) -> Extraction:
    """The batch of these articles' readings (read_each), in article order: its assertions keyed by its
    events, and the figures left unlinked."""
    assertions = [assertion for found, _missed, _lead in readings for assertion in found]
    unlinked = tuple(figure for _found, missed, _lead in readings for figure in missed)
    linked, events = link_events([lead for _found, _missed, lead in readings], assertions, lexicon)
    return Extraction(tuple(linked), unlinked, events)


PARALLEL_FROM = 64      # below this many items, starting processes costs more than it saves
# the most items a job takes at once (some 35 ms of reading): few enough that the jobs' last chunks end close
# together, while taking one costs a few microseconds and sending its readings back about a millisecond
CHUNK_MOST = 8
# how workers start: forked where the system can, so that they inherit the grammars and patterns this
# process built (Python 3.14 starts them from a fresh server by default); each loads the lexicon and
# qualifier files again (see _work), as do workers started by "spawn" or "forkserver"
START_METHOD = "fork"


def read_each(items: Sequence, lexicon: Lexicon, qualifiers=None, jobs: int = 1,
              read: Callable | None = None) -> Iterable[tuple[object, Reading | None]]:
    """Each item's reading, in the items' order, beside what `read` gave of it. `read(item)` gives the
    item's article (None: no article to read) and what else the caller wants of the item, in whichever
    process reads it (a function of a module's top level: workers are given it); without it, each item
    is an article and nothing else is given back. Read in this process alone, or shared between it and
    `jobs - 1` workers that load the same lexicon and qualifier files."""
    if jobs <= 1 or len(items) < PARALLEL_FROM:
        for start in range(0, len(items), CHUNK_MOST):
            yield from _read_items(items[start:start + CHUNK_MOST], read, lexicon, qualifiers)
        return
    chunks = _chunks(len(items), jobs)

    def read_here(chunk: tuple[int, int], between: Callable[[], None]) -> list:
        out = []
        for article, given in _given(items[chunk[0]:chunk[1]], read):
            out.append((given, _extract(article, lexicon, qualifiers) if article is not None else None))
            between()
        return out

    # the first item read here before any worker starts: a forked worker inherits the grammars and
    # patterns that built (0.2 s of each worker's start otherwise)
    first = read_here(chunks[0], lambda: None)
    with _Workers(items, chunks, jobs - 1, (lexicon.path, lexicon.overlays,
                                            qualifiers.path if qualifiers else None, read)) as workers:
        for readings in _in_order(chunks, workers, read_here, first):
            yield from readings


def _chunks(count: int, jobs: int) -> list[tuple[int, int]]:
    """The items' chunks as (start, end): the first item alone, then at most CHUNK_MOST items each, fewer
    and fewer at the end so that the jobs finish within an item or two of each other."""
    size = max(1, min(count // (jobs * 8), CHUNK_MOST))
    chunks, start = [(0, 1)], 1
    while start < count:
        end = min(count, start + max(1, min(size, (count - start) // (jobs * 4))))
        chunks.append((start, end))
        start = end
    return chunks


def _in_order(chunks: list, workers, read_here: Callable, first: list):
    """The readings of each chunk, in order. This process is one of the jobs: while the chunk whose turn it
    is has not come back, it reads the next chunk no job has taken (workers.take), taking in what the
    workers sent after each item (workers.arrived: a worker whose readings wait in a full pipe waits
    too), and waits for the workers only once every chunk is taken."""
    done: dict[int, object] = {0: first}

    def take_in(block: bool = False) -> None:
        done.update(workers.arrived(block))

    for index in range(len(chunks)):
        while index not in done:
            take_in()
            if index in done:
                break
            taken = workers.take()
            if taken is None:
                take_in(block=True)
            else:
                done[taken] = read_here(chunks[taken], take_in)
        readings = done.pop(index)
        if isinstance(readings, _Failed):
            raise readings.error
        yield readings


class _Failed(NamedTuple):
    """A chunk whose reading raised this error in a worker: raised here at its turn."""
    error: BaseException


class _Workers:
    """Processes that take chunks of the items from a counter they share with this process, read them and
    send their readings back through a pipe each."""

    def __init__(self, items: Sequence, chunks: list, count: int, start: tuple):
        import multiprocessing

        method = START_METHOD if START_METHOD in multiprocessing.get_all_start_methods() else None
        context = multiprocessing.get_context(method)
        self.chunks = len(chunks)
        self.counter = context.Value("q", 1)      # the next chunk no job has taken: 0 is read already
        self.processes, self.pipes = [], []
        for _ in range(count):
            receiving, sending = context.Pipe(duplex=False)
            process = context.Process(target=_work, args=(items, chunks, self.counter, sending, *start), daemon=True)
            process.start()
            sending.close()
            self.processes.append(process)
            self.pipes.append(receiving)

    def __enter__(self):
        return self

    def __exit__(self, failed, *_exc) -> None:
        for process in self.processes:
            if failed is not None:      # an error or an interruption here: the workers' chunks are not wanted
                process.terminate()
            process.join()
        for pipe in self.pipes:
            pipe.close()

    def take(self) -> int | None:
        """The next chunk no job has taken, now this process's; None when all are taken."""
        return _take(self.counter, self.chunks)

    def arrived(self, block: bool = False) -> list[tuple[int, object]]:
        """The readings the workers sent: those waiting, or (block) at least one set, waited for."""
        from multiprocessing.connection import wait

        if not self.pipes:
            if block:
                raise RuntimeError("the workers ended before sending the readings of all their articles")
            return []
        out = []
        for pipe in wait(self.pipes, None if block else 0):
            try:
                out.append(pipe.recv())
            except EOFError:            # the worker is gone: what it took and did not send never comes
                self.pipes.remove(pipe)
        if block and not out:
            return self.arrived(block)
        return out


def _take(counter, chunks: int) -> int | None:
    with counter.get_lock():
        taken = counter.value
        if taken >= chunks:
            return None
        counter.value = taken + 1
    return taken


def _work(items: Sequence, chunks: list, counter, sending, lexicon_path: str, overlays: tuple[str, ...],
          qualifiers_path: str | None, read: Callable | None) -> None:
    """A worker: loads the lexicon and qualifiers (a forked one finds them loaded), then reads the chunks it
    takes until none is left, sending each chunk's readings, or the error reading it raised."""
    from checker.lexicon import load_lexicon
    from checker.qualifiers import load_qualifiers

    try:
        lexicon = load_lexicon(lexicon_path, overlays)
        qualifiers = load_qualifiers(qualifiers_path) if qualifiers_path else None
        while (taken := _take(counter, len(chunks))) is not None:
            start, end = chunks[taken]
            try:
                readings = _read_items(items[start:end], read, lexicon, qualifiers)
            except Exception as error:  # noqa: BLE001 - raised in the main process at the chunk's turn
                readings = _Failed(error)
            _send(sending, taken, readings)
    except KeyboardInterrupt:           # Ctrl-C reaches every process of the group: the main one says so
        pass
    finally:
        sending.close()


def _send(sending, taken: int, readings) -> None:
    """A chunk's readings sent to the main process; an error whose object cannot be sent goes as its text."""
    import traceback

    if isinstance(readings, _Failed):   # where in the worker it was raised, shown with the error's traceback
        readings.error.add_note("".join(traceback.format_exception(readings.error)).rstrip())
    try:
        sending.send((taken, readings))
    except Exception as error:  # noqa: BLE001 - what pickle cannot send
        failed = readings.error if isinstance(readings, _Failed) else error
        sending.send((taken, _Failed(RuntimeError("".join(traceback.format_exception(failed)).rstrip()))))


def _read_items(items: Sequence, read: Callable | None, lexicon: Lexicon, qualifiers) -> list:
    """Each item's article read, beside what `read` gave of the item (None without `read`)."""
    return [(given, _extract(article, lexicon, qualifiers) if article is not None else None)
            for article, given in _given(items, read)]


def _given(items: Sequence, read: Callable | None) -> list:
    """What `read` gives of each item (its article, and what else), all the chunk's items before any is
    extracted: reading them one after the other keeps what reading uses in the processor's caches (between
    two extractions, it took twice as long)."""
    return [read(item) for item in items] if read is not None else [(item, None) for item in items]


def extract_article(article: Article, lexicon: Lexicon, qualifiers=None) -> tuple[list[Assertion], list[Unlinked]]:
    """One article's assertions, their event its kind of event (`unknown:<id>` when it names none), and
    the figures left unlinked."""
    found, missed, _lead = _extract(article, lexicon, qualifiers)
    return found, missed


def _extract(article: Article, lexicon: Lexicon, qualifiers) -> tuple[list[Assertion], list[Unlinked], Lead]:
    sentences = split_sentences(article)
    quantities = parse_quantities(article.text, qualifiers=qualifiers)
    lead = read_lead(article, sentences, lexicon)
    paragraph_of = _paragraphs(article, sentences)
    context = _Context(article, lexicon, lead.kind or f"unknown:{article.id}", sentences, paragraph_of,
                       incident_kind=lead.incident, lead_ins=_lead_in_places(lexicon, article, sentences),
                       sentence_starts=[sentence.start for sentence in sentences])
    by_sentence = _assign(quantities, sentences, article, context)
    for sentence in sentences:
        _link_sentence(sentence, by_sentence.get(sentence.index, []), context)
    return _date_headlines(context.assertions, context.unread, frozenset(lexicon.data.get("crowds") or ()),
                           _incident_kinds(lexicon), _kindred_measures(lexicon)), \
        context.unlinked, lead


@cache
def _kindred_measures(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """The measures a title's word may name in the body's stead (`measures.<m>.kin`: detainees, prisoners)."""
    return {name: tuple(entry.get("kin") or ()) for name, entry in (lexicon.data.get("measures") or {}).items()}


@cache
def _incident_kinds(lexicon: Lexicon) -> frozenset[str]:
    """The kinds of incident within an event (`sub_event`: a strike), once a lexicon."""
    return frozenset(kind for kind in lexicon.data.get("events") or () if lexicon.event_is_sub(kind))


def _date_headlines(assertions: list[Assertion], unread: Sequence[Quantity] = (),
                    crowds: frozenset[str] | None = None, incidents: frozenset[str] = frozenset(),
                    kindred: dict[str, tuple[str, ...]] | None = None) -> list[Assertion]:
    """A headline restates a body figure: a title figure that agrees with the body's latest figure of
    the same toll records which (`restates`) and, if undated or unattributed, takes its date and
    source; one that agrees with none takes the date of the latest body figure, so the headline
    rule sets it against the body it contradicts. A figure of another measure's part counts as a toll
    of its own ("26 personnes intoxiquées, trois d'entre elles en sont mortes" under "trois morts").
    A title figure that agrees with none but whose value the body holds among the counts it could not
    link is marked so (`headline:unread`): the body may say it in words the reading missed; one whose
    figure the body gives as the earlier toll it revises ("le précédent bilan faisait état de 717 morts"
    under "717 morts") is a stale headline (`headline:earlier`); one a body figure of a kindred measure
    bears out ("Près de 2 000 détenus" over "Israël a libéré 1 968 prisonniers") may name the body's
    people in its own words (`headline:kin`); one the figures of one body line add up to ("au moins 26
    morts" over "Quatorze militaires et douze civils ont été tués") may restate their sum
    (`headline:sum`). A title that names no group restates a body figure of its very number that names
    one ("quatre morts" over "tuant les quatre hommes qui se trouvaient à bord"). A title's
    first _TITLE_FIGURES figures
    are read so: each is set against the body's figures of its toll, and a title of thousands (a batch's
    title field) would be set against them thousands of times. A title that names the incident its body
    tells in other words ("au moins 42 morts dans un bombardement" over "un paramoteur a lâché deux
    bombes ... 24 personnes ont été tuées") counts the body's toll: it takes the event of the body figures
    it is set against when no body figure is the incident's."""
    by_id = {a.id: a for a in assertions}
    body_events = {a.event for a in assertions if a.role != "title"}
    earlier = [a for a in assertions if a.role != "title" and a.revision == "earlier"]
    body = [a for a in assertions if a.role != "title" and a.revision != "earlier"
            and (a.part_of is None or a.part_of in by_id and by_id[a.part_of].measure != a.measure)
            and a.modality in ("reported", "hedged")]
    by_toll: dict[tuple, list[Assertion]] = {}
    anywhere: dict[tuple, list[Assertion]] = {}
    # "59 morts" over "59 migrants": a crowd the body names is the people the title counts
    crowds = crowds or frozenset()

    def group(entity: str) -> str:
        return "people" if entity in crowds else entity

    for b in body:
        by_toll.setdefault((b.measure, group(b.entity), b.place), []).append(b)
        anywhere.setdefault((b.measure, group(b.entity)), []).append(b)
    # "au moins 94 morts dimanche" over "300 personnes tuées, dont au moins 94 pour la seule journée de
    # dimanche": a title may give a day's part of the body's toll, in its very figure (not a group's: "33
    # blessés" over "149 blessés, dont 33 graves" is no restatement)
    parts: dict[tuple, list[Assertion]] = {}
    for b in assertions:
        if b.role != "title" and b.scope == "period" and b.part_of in by_id and by_id[b.part_of].measure == b.measure \
                and b.revision != "earlier" and b.modality in ("reported", "hedged"):
            parts.setdefault((b.measure, group(b.entity)), []).append(b)
    sums = _line_sums(body)
    out = []
    titles = 0
    for a in assertions:
        titles += a.role == "title"
        headline = a.role == "title" and titles <= _TITLE_FIGURES
        same = by_toll.get((a.measure, group(a.entity), a.place), []) if headline else []
        if headline and not same and a.place is None:      # the body places every figure of its toll
            same = anywhere.get((a.measure, group(a.entity)), [])
        elif headline and not same:     # "Plus de 70 morts au Népal" over a body that names no place
            same = by_toll.get((a.measure, group(a.entity), None), [])
        if same:
            agreeing = _agreeing(a, same, anywhere[a.measure, group(a.entity)]) or \
                [b for b in parts.get((a.measure, group(a.entity)), ()) if b.nominal == a.nominal] or \
                [b for (measure, _), found in (anywhere.items() if group(a.entity) == "people" else ())
                 if measure == a.measure for b in found if b.nominal == a.nominal]
            latest = max(agreeing or same, key=_told_when)
            overtaken = _overtaken(a, latest, same) if agreeing else None
            latest = overtaken or latest
            dated = {} if a.dated_by == "text" else {"as_of": latest.as_of, "dated_by": "headline"}
            if a.event.partition(":")[0] in incidents and a.event not in body_events:
                dated["event"] = latest.event
            if agreeing and not overtaken:
                a = replace(a, restates=latest.id, source=a.source or latest.source, **dated)
            else:
                unread_here = any(_may_state(quantity, a) for quantity in unread)
                kin = any(_supports(b, a) for measure in (kindred or {}).get(a.measure, ())
                          for b in anywhere.get((measure, group(a.entity)), ()))
                summed = a.nominal in sums.get(a.measure, ())
                stale = overtaken is not None or \
                    any(b.nominal == a.nominal and (b.measure, b.entity) == (a.measure, a.entity) for b in earlier)
                weak = [w.value for w, holds in ((Weakness.HEADLINE_UNREAD, unread_here),
                                                 (Weakness.HEADLINE_EARLIER, stale),
                                                 (Weakness.HEADLINE_KIN, kin),
                                                 (Weakness.HEADLINE_SUM, summed)) if holds]
                a = replace(a, evidence=(*a.evidence, *weak), **dated)
        out.append(a)
    return _date_title_parts(out)


def _line_sums(body: Sequence[Assertion]) -> dict[str, set[float]]:
    """By measure, the sums of the figures each body line gives of it (two at least, none a part of
    another): what a title may add up ("Quatorze militaires et douze civils ont été tués": 26)."""
    by_line: dict[tuple, list[float]] = {}
    for b in body:
        if b.part_of is None and b.nominal is not None:
            by_line.setdefault((b.measure, b.line), []).append(b.nominal)
    sums: dict[str, set[float]] = {}
    for (measure, _line), values in by_line.items():
        if len(values) >= 2:
            sums.setdefault(measure, set()).add(sum(values))
    return sums


def _date_title_parts(assertions: list[Assertion]) -> list[Assertion]:
    """"18 morts, dont six enfants" over "a tué 18 personnes, parmi lesquelles neuf enfants": a title's
    part of a toll that restates a body's toll is a part of the body's toll; it restates the body's part
    of the same group that agrees with it, else takes its date, so the headline rule sets them side by
    side."""
    restated = {a.id: a.restates for a in assertions if a.role == "title" and a.restates}
    if not restated:
        return assertions
    parts: dict[tuple, list[Assertion]] = {}
    for b in assertions:
        if b.role != "title" and b.part_of in restated.values():
            parts.setdefault((b.part_of, b.measure, b.entity), []).append(b)
    out = []
    for a in assertions:
        whole = restated.get(a.part_of) if a.role == "title" and not a.restates else None
        same = parts.get((whole, a.measure, a.entity), []) if whole else []
        if same:
            agreeing = [b for b in same if _overlap(a, b)]
            latest = max(agreeing or same, key=_told_when)
            dated = {} if a.dated_by == "text" else {"as_of": latest.as_of, "dated_by": "headline"}
            a = replace(a, part_of=whole, event=latest.event, restates=latest.id if agreeing else None, **dated)
        out.append(a)
    return out


_TITLE_FIGURES = 20     # a headline's figures: two or three in news, and never twenty


def _agreeing(title: Assertion, same: Sequence[Assertion], anywhere: Sequence[Assertion]) -> list[Assertion]:
    """The body figures of a title's toll (`same`: of its place; `anywhere`: wherever placed) that the title
    may restate. A title that names no place restates the body's figure wherever the body places it ("213
    morts" over "213 morts dans la préfecture d'Ishikawa"), and one that names a place a figure that names
    none ("au moins 99 morts au Malawi" over "d'au moins 99 morts": the body says where once). First those
    that give its very figure ("au moins 56 morts" restates "au moins 56 personnes ... au Soudan", not "des
    dizaines de milliers de morts" that its open interval also meets), then the figures of the news the title
    tells, not a toll the body recalls from years before ("au moins 175 morts" is not borne out by the 9 000
    dead of 2015 "que le pays n'a pas oubliés")."""
    overlapping = [b for b in same if _supports(b, title)]
    placed = [b for b in anywhere if _supports(b, title) and (title.place is None or b.place is None)]
    newest = max((b.as_of for b in same if b.as_of), default=None)
    return [b for b in (*overlapping, *placed) if b.nominal == title.nominal] \
        or [b for b in (*overlapping, *placed) if _of_the_news(b, newest)]


def _told_when(b: Assertion) -> tuple:
    return (b.as_of or date.min, b.hour or "", b.line)


def _overtaken(title: Assertion, restated: Assertion, same: Sequence[Assertion]) -> Assertion | None:
    """The body's newest figure of the title's toll, when it is of a later day or hour than the figure the
    title restates and does not bear the title out: "cinq morts" over "au moins cinq morts jeudi ... six
    personnes sont mortes vendredi", a live page's title kept at an entry the later ones revise."""
    newest = max(same, key=_told_when)
    # an open title stays borne out by any later count at or above its floor ("au moins 56 morts" under
    # a war's "dizaines de milliers de morts" since it began)
    reached = title.open_ended and newest.low is not None and newest.low >= title.low
    if newest.as_of is None or restated.as_of is None or reached or _supports(newest, title):
        return None
    later_day = newest.as_of > restated.as_of
    later_hour = newest.as_of == restated.as_of and bool(newest.hour and restated.hour) and newest.hour > restated.hour
    return newest if later_day or later_hour else None


_NEWS_DAYS = 7    # a body figure this many days older than the body's latest figure of its toll is recalled


def _of_the_news(b: Assertion, newest: date | None) -> bool:
    return newest is None or b.as_of is None or (newest - b.as_of).days <= _NEWS_DAYS


def _supports(body: Assertion, title: Assertion) -> bool:
    """A body figure that bears out a title figure: one that meets it, and for an open title ("au moins
    175 morts") one that reaches its floor; "au moins 157 personnes ont été tuées" meets 175 as an
    interval, but a headline's open figure states a count, and the body never counts 175."""
    if title.open_ended:
        # a round floor may round the body's count down ("plus de 100 morts" over "au moins 103"); any
        # other is the count itself ("au moins 116 morts" is no rounding of "au moins 166")
        return body.nominal == title.nominal or \
            _round(title.nominal) and body.low is not None and body.low >= title.low
    return _overlap(title, body)


def _may_state(quantity: Quantity, title: Assertion) -> bool:
    """Whether a count the body left unread may say the title's figure: it meets the title's interval, and
    for an open title holds its very number ("au moins dix morts" is not said by "1,8 million", "plus de
    300 morts" not by "au moins 15 des 36 États": an open count says its own floor)."""
    if title.open_ended:
        if quantity.high is None:
            return quantity.low == title.nominal
        return quantity.low is not None and quantity.low <= title.nominal <= quantity.high
    return _overlap(title, quantity)


def _round(number: float) -> bool:
    """A figure a writer rounds to: ten or less, or a multiple of five of at most two significant digits:
    8, 20, 25, 150, 2 000 (not 46, 116, 175)."""
    digits = str(int(number)).rstrip("0")
    return number == int(number) and (number <= 10 or len(digits) <= 2 and int(number) % 5 == 0)


def _overlap(a: Assertion, b: Assertion | Quantity) -> bool:
    return (a.low is None or b.high is None or a.low <= b.high) and (b.low is None or a.high is None or b.low <= a.high)


def _assign(quantities: list[Quantity], sentences: Sequence[Sentence], article: Article, context: _Context):
    """Quantities by sentence; a body figure in no sentence is page furniture, listed as such."""
    by_sentence: dict[int, list[Quantity]] = {}
    starts = [s.start for s in sentences]
    index = 0
    for quantity in quantities:
        while index + 1 < len(sentences) and starts[index + 1] <= quantity.start:
            index += 1
        sentence = sentences[index] if sentences else None
        if sentence and sentence.start <= quantity.start and quantity.end <= sentence.end:
            by_sentence.setdefault(sentence.index, []).append(quantity.shifted(-sentence.start))
        elif quantity.start >= article.body_start:
            _unlink(context, quantity.start, quantity, "page furniture, outside the article's sentences")
    return by_sentence


def _paragraphs(article: Article, sentences: Sequence[Sentence]) -> list[int]:
    """For each sentence, the first sentence of its paragraph (a blank line starts a new one)."""
    starts: list[int] = []
    for index, sentence in enumerate(sentences):
        joined = index and not _BLANK_LINE.search(article.text, sentences[index - 1].end, sentence.start)
        starts.append(starts[-1] if joined else index)
    return starts


def _lead_in_places(lexicon: Lexicon, article: Article, sentences: Sequence[Sentence]) -> dict[int, str]:
    """For each sentence of a block (a paragraph, or a list's item: a line) that opens on a place in bold
    ("**Parc W (Bénin), 17 avril.** Deux positions ...", "- **Mati, juillet 2018.** ..."), that place: a
    roundup tells each of its events under its own."""
    found, place = {}, None
    for index, sentence in enumerate(sentences):
        if index == 0 or "\n" in article.text[sentences[index - 1].end:sentence.start]:
            lead_in = _LEAD_IN.match(sentence.text)
            place = lead_in.group("place") if lead_in and lead_in.group("place") not in _not_names(lexicon) \
                and not _HOUR.search(lead_in.group()) and not _time_word(lexicon, lead_in.group("place")) else None
        if place is not None:
            found[index] = place
    return found


def _time_word(lexicon: Lexicon, word: str) -> bool:
    """Whether a word is a month's or a weekday's name ("**Mardi, 14 h 30**" opens a live blog's entry)."""
    return fold(word) in _time_names(lexicon)


@cache
def _time_names(lexicon: Lexicon) -> frozenset[str]:
    time = lexicon.data.get("time") or {}
    return frozenset(fold(name) for key in ("months", "weekdays") for name in time.get(key) or ())


def _fact(context: _Context, index: int, fact: str):
    """What a sentence says of time (anchors), source (sources) or event (sub_event), whether or not
    it holds a figure: worked out once, and only when a figure needs it."""
    if (index, fact) not in context.facts:
        text, lexicon = context.sentences[index].text, context.lexicon
        if fact == "anchors":
            value = _in_the_story(context, index, _fact(context, index, "dates"))
        elif fact == "dates":       # the anchors as the publication date resolves them
            value = find_anchors(text, context.article.published, lexicon)
        elif fact == "sources":
            value = _sources(text, lexicon)
        else:
            value = sub_event(text, lexicon)
        context.facts[index, fact] = value
    return context.facts[index, fact]


def _in_the_story(context: _Context, index: int, anchors: list[TimeAnchor]) -> list[TimeAnchor]:
    """The sentence's anchors with "la veille", "le lendemain" counted from the last recent date an
    earlier sentence names (the day the story tells), else from the publication (never after it)."""
    text, published = context.sentences[index].text, context.article.published
    story_days = _story_days(context.lexicon)
    told = {a.start for a in anchors if phrase_key(text[a.start:a.end]) in story_days}
    if not told:
        return anchors
    before = _carried_from(context, index, "dates")
    said = context.sentences[before].text if before >= 0 else ""
    days = [a.as_of for a in (_fact(context, before, "dates") if before >= 0 else ())
            if not a.since and not a.period and phrase_key(said[a.start:a.end]) not in story_days
            and 0 <= (published - a.as_of).days <= _RECENT_DAYS]
    day = days[-1] if days else published
    out = []
    for anchor in anchors:
        if anchor.start in told:
            as_of = min(day + (anchor.as_of - published), published)
            anchor = replace(anchor, as_of=as_of)
        out.append(anchor)
    return out


@cache
def _story_days(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(phrase_key(word) for word in (lexicon.data.get("time") or {}).get("story_days", []))


def _carry(context: _Context, index: int, fact: str, paragraph_only: bool = True):
    """The fact of the nearest earlier sentence that has it: of the paragraph, or of the article."""
    found = _carried_from(context, index, fact)
    first = context.paragraph_of[index] if paragraph_only else 0
    return _fact(context, found, fact) if found >= first else None


def _carried_from(context: _Context, index: int, fact: str) -> int:
    """The nearest earlier sentence that has the fact (-1: none). It is remembered for every sentence
    walked past, so an article of many sentences without a source is walked once, not once a sentence."""
    walked, earlier, found = [], index - 1, -1
    while earlier >= 0:
        known = context.nearest.get((earlier, fact))
        if known is not None:
            found = known
            break
        walked.append(earlier)
        if _fact(context, earlier, fact):
            found = earlier
            break
        earlier -= 1
    for visited in walked:          # each sentence walked past has the same nearest one at or before it
        context.nearest[visited, fact] = found
    return found


def _link_sentence(sentence: Sentence, quantities: list[Quantity], context: _Context) -> None:
    text, lexicon = sentence.text, context.lexicon
    if quantities and context.paragraph_of[sentence.index] == sentence.index:
        # the entry's hour, after its day's date if it gives one
        _read_entry_hour(sentence, next((q for q in quantities[:3] if q.kind == "time"), quantities[0]), context)
    quantities = [_ranked_toll(lexicon, text, q) or q for q in quantities]
    for quantity in quantities:
        if not quantity.is_count:
            _unlink(context, sentence.start + quantity.start, quantity, f"not a count ({quantity.kind})")
    # "en sept jours", "en l'espace de 48 heures": the durations a figure may be counted over
    context.spans = [q for q in quantities if q.kind == "duration" and _phrase_ends_at(lexicon, "over", text, q.start)]
    counts = [q for q in quantities if q.is_count]
    context.count_starts = [q.start for q in counts]
    if not counts:
        context.sentence_before = None
        if lexicon.event_has_sides(context.event_kind):   # "Le plus grand camp de la bande de Gaza a été bombardé."
            places = _side_places(context, text, 0, len(text))
            context.side = places[-1].key if places else context.side
        return
    tags = _tag_sentence(text, quantities, lexicon)     # first: its words pass serves the lexicon's scans below
    if lexicon.event_has_sides(context.event_kind):
        # a side's land that frames the sentence before its first figure's clause makes that side the
        # salient one: "Dans la bande de Gaza, une frappe a fait 500 morts", "Gaza : une frappe, 500 morts"
        places = _side_places(context, text, 0, _clause_start(text, counts[0].start))
        context.side = places[-1].key if places else _dateline_side(sentence, lexicon) or context.side
    starts = [tag.start for tag in tags]
    anchors, sources = _fact(context, sentence.index, "anchors"), _fact(context, sentence.index, "sources")
    sources = _not_counted(sources, counts, text)
    speaker = _speaker(text, lexicon) if not sources else None
    context.unnamed_speaker = speaker == "new"
    if not sources and speaker != "new":
        earlier = _carry(context, sentence.index, "sources", paragraph_only=speaker != "back")
        sources = [(-1, earlier[-1][1], None)] if earlier else []
        if earlier and not anchors and _opens_on_the_same_source(lexicon, text, counts):
            # "Dans le détail communiqué par le ministère, 302 décès ...": the statement named before
            # goes on, and its date with it ("24 restent disparues, selon le ministère" is said now)
            said = _fact(context, _carried_from(context, sentence.index, "sources"), "anchors")
            anchors = [_carried(said[0])] if said else []
    if not anchors and lexicon.find("same_day", text):
        earlier = _carry(context, sentence.index, "anchors", paragraph_only=False)
        anchors = [_carried(earlier[0])] if earlier else []
    continues = any(m.start <= 2 for m in lexicon.find("continuation", text))
    # the paragraph's date matters to a sentence with none, to one that continues the last, and to a
    # figure no date of its sentence reaches ("Le bilan est de 14 morts : aux neuf victimes recensées
    # mercredi ...": the 14 is the paragraph's, not Wednesday's)
    paragraph_anchors = _carry(context, sentence.index, "anchors")
    published = context.article.published
    # (a roundup's paragraph under its place and date in bold, "**Péloponnèse et Eubée, 2007.**", is told
    # at that date however old: its figures are that event's)
    headed = sentence.index in context.lead_ins
    recent = [a for a in paragraph_anchors or () if published and 0 <= (published - a.as_of).days <= _RECENT_DAYS
              or headed and a.as_of <= published]
    if not anchors and recent and not continues:
        # a paragraph told in the past keeps its date: "Samedi soir, X faisait état de 3 252 morts.
        # L'OMS indiquait de son côté que 3 958 corps..." (the date only: no weekend span carried);
        # an older date in it is background ("le début de l'invasion, le 24 février 2022")
        anchors = [replace(_carried(recent[0]), period=None)]
    carried_anchor = paragraph_anchors if continues else [replace(recent[0], period=None)] if recent else None
    sub_event = _fact(context, sentence.index, "sub_event") or (None if anchors else _carry(context, sentence.index, "sub_event"))
    frames: list[_Frame] = []
    for index, quantity in enumerate(counts):
        following = counts[index + 1].start if index + 1 < len(counts) else len(text)
        frame = _frame(quantity, tags, starts, text, lexicon, frames[-1].end if frames else 0, following)
        if frame.ratio:
            _unlink(context, sentence.start + quantity.start, quantity, "a ratio, not a count")
        elif _is_rank(lexicon, text, quantity):
            _unlink(context, sentence.start + quantity.start, quantity, "a rank, not a count")
        elif _is_label(lexicon, text, quantity):
            _unlink(context, sentence.start + quantity.start, quantity, "a label, not a count")
        elif _negated_one(text, quantity):
            _unlink(context, sentence.start + quantity.start, quantity, "negated (« pas … un seul »): none, not one")
        elif (amount := _part_of_an_amount(quantities, frame)) is not None:
            reason = f"counts what «{amount.text}» counts, not people"
            _unlink(context, sentence.start + quantity.start, quantity, reason)
        else:
            frames.append(frame)
    if not lexicon.event_counts_troops(context.event_kind):
        _read_men_as_people(frames, text, lexicon, context.event_kind is not None)
    if sentence.role in ("body", "caption"):     # a headline's words stay as the lexicon gives them
        counted = Counter(frame.measure for frame in frames)
        for frame in frames:        # the measures the sentence counts beside this figure's own
            beside = {m for m, n in counted.items() if n > (m == frame.measure)}
            _read_in_event(frame, text, context, beside)
    for frame in frames:
        if frame.bare_increment and context.last is not None:
            frame.measure = context.last.measure       # "63 interpellés. C'est 39 de plus que ...": more arrests
        if frame.measure is None and frame.part and frame.window[0] == 0 and context.last is not None:
            frame.measure = context.last.measure       # "Parmi eux figurent 78 enfants": a part of the toll before
    _take_clitic_measures(frames, context)
    _read_distribution(frames, text, context)
    _read_listed_subjects(frames, text, lexicon)
    _fill_ellipses(frames, text, lexicon)
    _read_summed_terms(frames, text, lexicon)
    context.breakdowns = _read_stated_breakdowns(frames, text, lexicon)
    _read_transitions(frames, text, lexicon)
    implied = lexicon.data.get("implied_measures") or {}
    measured = None             # the last frame of the sentence so far with a measure
    for frame in frames:
        if frame.measure is None and frame.clitic and context.last is not None:
            _take_the_last_measure(frame, context.last)
        if frame.measure is None and frame.entity is None:
            # "Le précédent décompte était de 59": the toll the paragraph just gave; "trois nouvelles
            # victimes ..., ce qui porte à sept le bilan": the toll of the figure before in the sentence
            told = _names_the_toll(context, sentence, frame, measured)
            if told is not None:
                frame.measure, frame.entity, frame.measure_nearby = told.measure, told.entity, True
        # "une douzaine de plongeurs fouillent" is a deployment; "a raconté un secouriste" counts no one
        # ("six suspects, dont trois policiers": a part is counted as its whole is, not deployed)
        # a force's strength; "hommes" only where a kind of event counts troops (a war's): "quatre hommes" of
        # an attack are no force, "1 300 militaires" sent to a fire are
        group = "soldiers" if _troops(lexicon, frame.entity) \
            and (lexicon.event_counts_troops(context.event_kind) or not _men(lexicon, text, frame)) else frame.entity
        if frame.measure is None and group in implied and not frame.agent and not frame.part and \
                not _lone_one(frame.quantity):      # "une douzaine de plongeurs fouillent"
            frame.measure = implied[group]
            frame.measure_implied = group == "soldiers"     # a strength: no verb said it
        measured = frame if frame.measure else measured
    _read_shares(frames, text, lexicon)
    first = len(context.assertions)         # this sentence's assertions start here
    # "41 disparus, contre 68 la veille": the date after a corrected figure is its own, not the sentence's
    corrected = [(f.quantity.end, f.window[1]) for f in frames if f.corrected]
    uncorrected = _outside(anchors, corrected) if corrected else anchors
    previous: Assertion | None = None
    read_whole = True           # no count of people of the sentence left unread: a "Soit" after it may add it up
    for frame in frames:
        if frame.measure is None and frame.among_them and context.last is not None:
            frame.whole = _whole_of(context, context.last)
            frame.measure = frame.whole.measure
        if frame.measure is None:
            read_whole = read_whole and bool(frame.other_noun)
            reason = f"counts {frame.other_noun}, not people" if frame.other_noun else \
                f"the subject of «{frame.agent}»: who acts, not whom it counts" if frame.agent else "no measure in its clause"
            _unlink(context, sentence.start + frame.quantity.start, frame.quantity, reason)
            continue
        mine = anchors if frame.corrected else uncorrected
        assertion = _assertion(sentence, frame, previous, mine, carried_anchor, sources, sub_event, context)
        if not _measure_counts(lexicon, assertion):     # "116 Français rapatriés": no troops withdrawn
            otherwise = _measure_entry(lexicon, assertion.measure).get("otherwise")
            if otherwise is None:
                _unlink(context, sentence.start + frame.quantity.start, frame.quantity,
                        f"«{assertion.measure}» counts {', '.join(_only_for(lexicon, assertion.measure))} only")
                continue
            assertion = replace(assertion, measure=otherwise)
        context.assertions.append(assertion)
        context.index_of[assertion.id] = len(context.assertions) - 1
        if not assertion.part_of:
            context.wholes[assertion.measure] = len(context.assertions) - 1
        if frame.share_of is not None:
            context.share_of[assertion.id] = frame.share_of
        # "C'est 39 de plus. Parmi elles, 41": the 63, not the 39; "203 morts : 91 à Suzu, ..., deux à
        # Shika. Parmi eux, sept décès": the 203, not a part of it
        if assertion.scope != "increment" and assertion.part_of is None and not (assertion.place and previous):
            context.last_stock = assertion
        previous = context.last = assertion
    _link_shares(context, sentence, first)
    _link_sum_of_the_sentence_before(context, sentence, first)
    _link_sum_of_the_ones_named(context, sentence, first, counts)
    _link_sums(context, sentence, first)
    context.sentence_before = (first, read_whole)


def _may_hold(lexicon: Lexicon, whole: str, part: str) -> bool:
    """Whether a figure of the measure `whole` may hold a part of `part` (`measures_within`)."""
    return whole == part or part in (lexicon.data.get("measures_within") or {}).get(whole, ())


def _last_of_measure(context: _Context, sentence: Sentence, measure: str) -> Assertion | None:
    """The sentence's last figure read so far that is no part and may hold a part of the measure."""
    for assertion in reversed(context.assertions):
        if assertion.start < sentence.start:
            return None
        if assertion.part_of is None and _may_hold(context.lexicon, assertion.measure, measure):
            return assertion
    return None


def _more_of_the_same(frame: _Frame, measure: str | None, context: _Context) -> bool:
    """"21 tués par la foudre, et quatre autres ont péri", "Les huit autres victimes de Mustang": more of
    the toll just given, a part of a whole the text does not give, never a whole of its own ("tué 14
    personnes et en a blessé 63 autres" counts others of another measure: a toll)."""
    return frame.others and context.last is not None and context.last.measure == measure


def _link_sums(context: _Context, sentence: Sentence, first: int) -> None:
    """"84 morts chez Wagner et 47 parmi les FAMa, soit 141 morts": a figure right after a `sum` link
    totals the figures of its measure its stretch gave before it (since the last colon, semicolon or
    total). Each of them records it (`summed_in`) and a rule adds them up. A part of a "dont" is inside
    another figure and is not added. Only a list read whole is summed: a figure of the stretch that is
    neither added nor a "dont" part (unread, another measure, an increment) leaves the sum unchecked, for
    a missing term would make a false total. A sum needs two figures.
    The sentence's assertions and counted figures are in text order, and the stretches of two totals do
    not overlap: each stretch is bisected in both, so no figure is gone through for every total."""
    text, assertions, counts = sentence.text, context.assertions, context.count_starts
    starts = [a.start - sentence.start for a in assertions[first:]]
    since = 0
    for index in range(first, len(assertions)):
        total = assertions[index]
        position = total.start - sentence.start
        if index > first and _opens_a_breakdown(context.breakdowns, total, sentence):
            _breaks_down(assertions, index, counts, sentence)   # "31 morts, soit six enfants et 27 adultes"
            continue
        if total.part_of is not None or not _after_sum_link(context.lexicon, text, position):
            continue        # a part totals nothing
        stretch = max(since, text.rfind(":", since, position) + 1, text.rfind(";", since, position) + 1)
        since = total.end - sentence.start
        inside = range(first + bisect_left(starts, stretch), index)
        added = [i for i in inside if assertions[i].part_of is None]
        counted = {starts[i - first] for i in inside}
        complete = all(start in counted for start in counts[bisect_left(counts, stretch):bisect_left(counts, position)])
        # of one measure and one scope: "606 cas suspects et 66 confirmés au total, soit 222 nouveaux cas
        # entre le 13 et le 17 octobre" restates a rise, not a sum. A total of a kind of the terms' measure
        # counts theirs: "36 blessés graves et 49 blessés légers, soit 95 blessés pris en charge"
        measures = {assertions[i].measure for i in added}
        measure = next(iter(measures)) if len(measures) == 1 else None
        if len(added) >= 2 and complete and measure is not None and _may_hold(context.lexicon, measure, total.measure) \
                and _one_running_scope(total, [assertions[i] for i in added]):
            assertions[index] = replace(total, measure=measure)
            for i in added:
                assertions[i] = replace(assertions[i], summed_in=total.id)


def _link_sum_of_the_sentence_before(context: _Context, sentence: Sentence, first: int) -> None:
    """"À Ankara, 54 personnes ont succombé ... 70 décès à Istanbul. Soit au total 134 morts": a sentence
    that opens on "soit" and a figure totals the figures of its measure the sentence before gave (two at
    least, none of its figures left unread, "dont" parts aside)."""
    before, assertions = context.sentence_before, context.assertions
    if before is None or first >= len(assertions) or first - before[0] < 2:
        return
    total = assertions[first]
    link = _sum_link_before(context.lexicon, sentence.text, total.start - sentence.start)
    if link is None or fold(sentence.text[:link.start()].strip()) not in ("", "soit") \
            or not fold(sentence.text[:link.end()]).lstrip().startswith("soit"):
        return
    # the figures of the total's measure ("134 morts" adds the dead, not the patients beside them)
    added = [i for i in range(before[0], first) if assertions[i].part_of is None
             and assertions[i].measure == total.measure]
    if len(added) >= 2 and before[1] and total.part_of is None \
            and _one_running_scope(total, [assertions[i] for i in added]):
        for i in added:
            assertions[i] = replace(assertions[i], summed_in=total.id)


def _link_sum_of_the_ones_named(context: _Context, sentence: Sentence, first: int, counts: list[Quantity]) -> None:
    """"Le 29 avril, l'incendie de l'hôtel Rituraj a fait 15 morts. Le 18 mai, le feu de Gulzar Houz a tué
    17 personnes. Au total, ces deux incendies ont fait 30 morts": a sentence that counts back "ces deux ..."
    (or "les trois raids ...") and adds them up (it opens on a sum's words, or says "ensemble", "à eux
    seuls", "ainsi" before its figure) totals that many figures told before it (`_the_ones_named`), each of
    its own sentence, of one event or of as many events."""
    assertions = context.assertions
    if first >= len(assertions) or assertions[first].part_of is not None:
        return
    total = assertions[first]
    named = next((q for q in counts if q.end <= total.start - sentence.start and q.nominal
                  and _THESE.search(sentence.text, 0, q.start)), None)
    if named is None or not 2 <= named.nominal <= _FIGURES_BACK \
            or not _adds_up(context.lexicon, sentence.text, named.end, total.start - sentence.start):
        return
    starts = context.sentence_starts
    added = _the_ones_named(context, sentence, first, total, int(named.nominal))
    told_in = {bisect_right(starts, assertions[i].start) for i in added}
    events = {assertions[i].event for i in added}
    # each event's whole toll, over the span the total names ("30 morts en moins de trois semaines"): the
    # tolls of one event, or one toll of each of the events named
    if len(added) == named.nominal and len(told_in) == len(added) and total.scope in ("cumulative", "period") \
            and len(events) in (1, len(added)) and all(assertions[i].scope in ("cumulative", "period") for i in added):
        for i in added:
            assertions[i] = replace(assertions[i], summed_in=total.id)


def _the_ones_named(context: _Context, sentence: Sentence, first: int, total: Assertion, count: int) -> list[int]:
    """The figures a total counts back (`count` of them, of its measure, "dont" parts aside, and never of a
    group counted apart, the attackers "sans compter" in the total): the last ones of its paragraph; after
    a roundup's blocks under places in bold, the one toll of each of the blocks (among the last
    _FIGURES_BACK figures). A block of two tolls ("cinq soldats et 13 civils", "au moins 100 morts ; le
    gouverneur en reconnaît 59") or of none leaves the sum unread: which of them it adds is not said."""
    assertions, starts = context.assertions, context.sentence_starts
    apart = context.lexicon.data.get("apart_groups", ())
    before = [i for i in range(first - 1, max(first - 1 - _FIGURES_BACK, -1), -1) if assertions[i].part_of is None
              and assertions[i].measure == total.measure and assertions[i].role != "title"
              and (assertions[i].entity == total.entity or assertions[i].entity not in apart)]   # bounded on any text
    block_of = {i: context.lead_ins.get(bisect_right(starts, assertions[i].start) - 1) for i in before}
    if before and block_of[before[0]] is not None:      # "**Kazan, mai 2021.** ... Au total, ces cinq attaques"
        of_block: dict[str, list[int]] = {}
        for i in before:
            if block_of[i] is None:
                break
            of_block.setdefault(block_of[i], []).append(i)
        chosen = [of_block.get(block, []) for block in _blocks_before(context, sentence.index, count)]
        return [tolls[0] for tolls in chosen] if all(len(tolls) == 1 for tolls in chosen) else []
    opening = context.paragraph_of[sentence.index]
    mine = [i for i in before if assertions[i].start >= starts[opening]]
    return mine[:count] if mine else _one_toll_a_paragraph(context, opening, before, count)


def _blocks_before(context: _Context, index: int, count: int) -> list[str]:
    """The last `count` blocks under a lead-in before sentence `index`, nearest first (fewer when a
    sentence outside any block comes first)."""
    blocks: list[str] = []
    for before in range(index - 1, max(index - 1 - _FIGURES_BACK, -1), -1):
        block = context.lead_ins.get(before)
        if block is None:
            break
        if block not in blocks:
            blocks.append(block)
            if len(blocks) == count:
                break
    return blocks


def _one_toll_a_paragraph(context: _Context, opening: int, before: list[int], count: int) -> list[int]:
    """"Le 10 septembre, une baleinière a chaviré, faisant 86 morts. ¶ Le lendemain, les autorités comptent
    107 morts. ¶ Au total, ces deux drames ...": a total that opens its paragraph adds up the tolls of the
    paragraphs before it, one each; a paragraph of two tolls ("86 morts ... d'au moins 100 morts") leaves the
    sum unread, for which of them the total counts is not said."""
    starts, assertions = context.sentence_starts, context.assertions
    added: list[int] = []
    while len(added) < count and opening > 0:
        previous = context.paragraph_of[opening - 1]
        told = [i for i in before if starts[previous] <= assertions[i].start < starts[opening]]
        if len(told) != 1:
            return []
        added.append(told[0])
        opening = previous
    return added


def _adds_up(lexicon: Lexicon, text: str, named: int, total: int) -> bool:
    """Whether the sentence adds up the things it names: it opens on a sum's words (`links.sum`: "Au total,
    ...") or says so between their count and the total (`links.together`: "ces deux drames ont ainsi fait")."""
    links = _links(lexicon)
    return links.sum_opening.match(text) is not None or links.together.search(text, named, total) is not None


def _one_running_scope(total: Assertion, terms: Sequence[Assertion]) -> bool:
    """Whether a total and the figures it adds up are counts of one scope, cumulative or of a period: a
    total of running totals given as new cases restates a rise, it adds nothing up."""
    return total.scope in ("cumulative", "period") and all(term.scope == total.scope for term in terms)


def _opens_a_breakdown(breakdowns: list[int], assertion: Assertion, sentence: Sentence) -> bool:
    """Whether the assertion's figure is the first group of a breakdown its sentence states (bisected:
    a sentence of many breakdowns is not gone through for each figure)."""
    index = bisect_left(breakdowns, assertion.start - sentence.start)
    return index < len(breakdowns) and breakdowns[index] < assertion.end - sentence.start


def _breaks_down(assertions: list[Assertion], index: int, counts: list[int], sentence: Sentence) -> None:
    """"31 morts, soit six enfants et 27 adultes": the figure at index opens the parts of the figure
    before it; when they are all of the figures up to the last part, each records the whole as its total
    (`summed_in`), for the text says they add up to it."""
    whole, terms = assertions[index - 1], []
    for term in assertions[index:]:
        if term.part_of != whole.id or term.measure != whole.measure or term.scope != whole.scope:
            break
        terms.append(term)
    if len(terms) < 2:
        return
    low, high = terms[0].start - sentence.start, terms[-1].end - sentence.start
    if bisect_right(counts, high) - bisect_left(counts, low) == len(terms):      # no figure among them unread
        for offset, term in enumerate(terms):
            assertions[index + offset] = replace(term, summed_in=whole.id)


def _read_shares(frames: list[_Frame], text: str, lexicon: Lexicon) -> None:
    """A share of a stated whole ("la moitié des 300 soldats envoyés ont été tués": 150) counts the
    whole's people; its measure is the one the clause gives after the whole's words, else the whole's."""
    by_start = {frame.quantity.start: frame for frame in frames}
    for frame in frames:
        basis = frame.quantity.basis_span and by_start.get(frame.quantity.basis_span[0])
        if not basis or basis.measure is None and basis.entity is None:
            continue
        frame.entity = frame.entity or basis.entity
        measures = _section_cues(lexicon, "measures", text)
        index = bisect_left(measures, basis.end, key=_START)        # the first measure after the whole's words
        later = measures[index] if index < len(measures) and measures[index].end <= _clause_end(text, basis.end) \
            else None
        frame.measure = later.key if later else (frame.measure or basis.measure)
        frame.share_of = basis.quantity.start


def _outside(anchors: list[TimeAnchor], spans: list[tuple[int, int]]) -> list[TimeAnchor]:
    """The anchors that start in none of the spans [start, end): the spans are merged once, and each
    anchor's place among them bisected."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    kept = []
    for anchor in anchors:
        index = bisect_right(merged, anchor.start, key=_FIRST) - 1
        if index < 0 or anchor.start >= merged[index][1]:
            kept.append(anchor)
    return kept


def _read_entry_hour(sentence: Sentence, quantity: Quantity, context: _Context) -> None:
    """A live blog's entry opens its paragraph with the hour it was written ("**21 h 10** - ...",
    "**Samedi 1 h 40** - ...", "**Jeudi 19 octobre, 11 h 00** - ...", "22h10 – ..."): the paragraph's
    figures hold at that hour."""
    text = sentence.text
    if quantity.kind == "time" and _ENTRY_BEFORE.fullmatch(text, 0, quantity.start) \
            and _ENTRY_AFTER.match(text, quantity.end) and quantity.nominal is not None:
        hours, minutes = divmod(round(quantity.nominal * 60), 60)
        context.hours[sentence.index] = f"{hours:02d}:{minutes:02d}"


def _link_shares(context: _Context, sentence: Sentence, first: int) -> None:
    """A share is a part of the figure it was taken of, read after it in the sentence (whose
    assertions are context.assertions[first:])."""
    if not context.share_of:
        return
    mine = {context.assertions[index].start - sentence.start: index
            for index in range(first, len(context.assertions))}
    for index in mine.values():
        share_of = context.share_of.pop(context.assertions[index].id, None)
        if share_of is not None and share_of in mine:
            context.assertions[index] = replace(context.assertions[index],
                                                part_of=context.assertions[mine[share_of]].id)


def _frame(quantity: Quantity, tags: list[_Tag], starts: list[int], text: str, lexicon: Lexicon,
           previous_end: int, following: int) -> _Frame:
    """What the figure counts, by the shapes of grammar/claim_fr.lark on the tags around it."""
    frame = _Frame(quantity, entity_end=quantity.end, window=(previous_end, following))
    clause_end = min(_clause_end(text, quantity.end), following)
    after = list(_tags_within(tags, starts, quantity.end, clause_end, _AFTER_TAGS))
    clause_start = max(previous_end, _clause_start(text, quantity.start))
    before = _tags_before(tags, starts, clause_start, quantity.start, _folded_words(lexicon, "object_gap"))
    shape = _before_shape(tuple(t.name for t in before))
    verb = None
    if "verb" in shape:                   # "blessé 17", "l'arrestation de onze"
        verb = before[-2] if before[-1].name == "OF" else before[-1]
    frame.part, frame.clitic, frame.ratio = "part" in shape, "clitic" in shape, "ratio" in shape
    frame.corrected = "correction" in shape
    roles = _after_shape(tuple(t.name for t in after))
    noun, kind = roles.get("noun"), roles.get("kind")
    if noun is not None:
        frame.entity_end = after[noun].end
        if kind == "measure_noun":
            frame.measure, frame.measure_span = after[noun].key, (after[noun].start, after[noun].end)
            if "force" in roles:                # "20 morts civils", "12 morts palestiniens", "3 morts militaires"
                frame.entity, frame.entity_end = _group_after_measure(lexicon, after[roles["force"]])
            if "group_side" in roles:           # "1 500 corps de combattants du Hamas"
                side_tag = after[roles["group_side"]]
                side = lexicon.sides().get(side_tag.key) or lexicon.side_of_entity(side_tag.key)
                group = "troops" if frame.entity == "troops" else frame.entity
                frame.entity = lexicon.sided(side, group) if side else frame.entity
                frame.entity_end = side_tag.end
            living = (lexicon.data.get("links") or {}).get("living", ())
            # (the clause's end, not the next figure's start: an apposition "un guide et une touriste")
            closing = _verb_closing_incise(text, after[noun].end, _clause_end(text, quantity.end), lexicon)
            closing_verb = closing.key if closing is not None else None
            if frame.measure in living and closing_verb == "killed":
                frame.measure = "killed"    # "Trois blessés, grièvement brûlés, ont succombé": the wounded who died
            elif frame.measure in ("killed", "casualties") and closing_verb == "missing":
                # "Les corps de deux victimes, un guide et une touriste, n'ont jamais été retrouvés"
                frame.measure, frame.measure_span = "missing", (closing.start, closing.end)
        elif kind in ("troops", "people") and "force" in roles:   # "soldats israéliens", "civils palestiniens"
            force = after[roles["force"]]
            side = lexicon.sides().get(force.key) or lexicon.side_of_entity(force.key)
            group = "troops" if kind == "troops" else after[noun].key
            side = None if group in lexicon.data.get("unsided_groups", ()) else side
            frame.entity, frame.entity_end = lexicon.sided(side, group) if side else group, force.end
        else:
            frame.entity = "troops" if kind == "troops" else after[noun].key
            frame.noun_span = (after[noun].start, after[noun].end)
    if "reference" in roles:
        reference = after[roles["reference"]]
        frame.back_reference, frame.others = reference.name == "BACKREF", reference.name == "OTHERS"
        frame.entity_end = reference.end
    only_living = (lexicon.data.get("links") or {}).get("only_living", ())
    if "participle" in roles:
        measure = after[roles["participle"]]
        if _active(lexicon, text, after[:roles["participle"]], measure):
            frame.agent = text[measure.start:measure.end]     # "Deux assaillants ont blessé ...": who acts
            return frame
        if not (frame.measure == "killed" and measure.key in only_living):   # "89 corps ont été extraits"
            if not text[frame.entity_end:measure.start].strip():     # "élèves enlevés", not "ont été enlevés"
                measure = _undone_by(lexicon, text, measure, clause_end) or measure
            frame.measure, frame.measure_span = measure.key, (measure.start, measure.end)
    if "thing" in roles and verb is None:
        frame.other_noun = text[after[roles["thing"]].start:after[roles["thing"]].end]
        return frame                        # "deux provinces", "28 chargeurs": not people
    frame.bare = kind == "bare" or not after
    if previous_end and frame.measure is None and frame.entity is None:
        frame.listed_place = _listed_place(text, before, previous_end)
        if frame.listed_place and _is_source_name(lexicon, frame.listed_place):
            frame.listed_place = None       # "SPF comptait 125 cas ..., et l'ARS 122": who counts, not where
        # "la Sierra Leone 5 149 cas et 52 décès": a word of its own after it, no item of a toll's list
        frame.bare = frame.bare or frame.listed_place is not None and not _word_after(text, after)
    elif frame.entity is None:
        frame.listed_place = _list_head_place(lexicon, text, before)
    # "dont 32 ont déjà pu regagner ...", "20 000 autres étaient en alerte": a verb of their own; but a
    # participle after the auxiliaries goes on with the toll before ("24 autres avaient été retrouvés")
    frame.own_verb = kind == "auxiliaries" and "participle" not in roles or \
        "verb_alone" in roles and not _PARTICIPLE.match(text, after[roles["verb_alone"]].end)
    where = (lexicon.data.get("links") or {}).get("where", ())
    # "a tué quatre personnes", "tuant 241 personnes à bord"; "les corps de huit otages rendus" are dead;
    # a verb that counts a kind of the noun's toll counts that kind: "ont pris en charge 58 blessés"; a
    # verb that undoes the noun's measure counts what it does: "Israël a libéré 1 968 prisonniers" (freed)
    if verb is not None and (frame.measure is None or frame.measure in where
                             or verb.key == "killed" and frame.measure in only_living
                             or verb.key in _undoing(lexicon, frame.measure)
                             or verb.key != frame.measure and _may_hold(lexicon, frame.measure, verb.key)):
        frame.measure, frame.measure_span = verb.key, (verb.start, verb.end)
    _read_what_befell_them(frame, text, lexicon, where)
    if frame.measure is None and frame.entity is not None:     # "14 enfants figurent parmi les 73 blessés"
        among_after = _measure_among_after(lexicon, text, quantity, tags, starts)
        if among_after is not None:     # its word read as the kind of event reads it ("parmi les victimes")
            frame.measure, frame.among_measure_span = among_after.key, (among_after.start, among_after.end)
        frame.among_them = frame.measure is None and _among_them_after(lexicon, text, quantity)
    if frame.measure is None and not _lone_one(quantity):    # "un secouriste" near "sous les gravats": no toll
        frame.measure, frame.measure_span, headed = _measure_around(quantity, text, lexicon, frame.entity_end,
                                                                    previous_end, following)
        frame.measure_nearby = frame.measure is not None and not headed
        _read_what_befell_them(frame, text, lexicon, where)
    if frame.entity is None and not _held_for(lexicon, frame.measure):   # "97 morts et 365 blessés parmi les civils"
        frame.entity = _group_among(lexicon, text, quantity)
        if frame.entity is None:
            frame.entity = _group_among_before(lexicon, text, quantity, tags, starts)
            frame.of_the_group_before = frame.entity is not None
    among = _among(lexicon, text, quantity, tags, starts)
    if among is not None and _set_beside(lexicon, text, quantity):
        among = None
    if among is not None:
        frame.among, frame.among_span = among.key, (among.start, among.end)
        if frame.measure is None:
            frame.measure = frame.among
    if frame.measure is None and _increment_after(lexicon, text, frame.entity_end, clause_end):
        # "3 000 soldats supplémentaires en janvier": more of what is sent
        frame.measure = lexicon.data.get("scope", {}).get("increment_measure")
        frame.bare_increment = frame.entity is None
    return frame


def _group_after_measure(lexicon: Lexicon, tag: _Tag) -> tuple[str, int]:
    """The group a word right after a measure's noun names, and where it ends: a people group
    ("civils"), troops ("militaires"), or a side's people ("palestiniens", "Palestiniens")."""
    if tag.name == "PEOPLE":
        return tag.key, tag.end
    if tag.name in ("TROOP", "ALONE"):
        return ("troops" if tag.name == "TROOP" else tag.key), tag.end
    side = lexicon.sides().get(tag.key) or lexicon.side_of_entity(tag.key)
    return (lexicon.sided(side, "people") if side else "people"), tag.end


def _increment_after(lexicon: Lexicon, text: str, start: int, end: int) -> bool:
    """Whether an increment's word stands in text[start:end] outside a measure's words: "3 000 soldats
    supplémentaires", but not the "nouvelles" of "une personne dont nous sommes sans nouvelles"."""
    measures = lexicon.find("measures", text, start, end)
    return any(not any(m.start <= cue.start and cue.end <= m.end for m in measures)
               for cue in lexicon.find("increment", text, start, end))


_LIST_ITEM_TAIL = 40      # the words an item of a list may have after its figure's own
_NAME_MOST = 80           # longer than a place's name ("la Castille-La Manche", "Provence-Alpes-Côte d'Azur")
_ITEM_STOP = re.compile(r"[.;:!?]")
# an item's place: a join, an article, then capitalised words, which "du", "de", "des" or a hyphen may
# join ("la Caroline du Sud", "la Castille-La Manche") and one small adjective end ("le Kurdistan irakien")
_NAME = rf"{PLACE_WORD}(?:\s+(?:(?:du|de|des|d['’])\s*)?{PLACE_WORD})*"
_LISTED_NAME = re.compile(rf"(?:,|\bet)\s*(?:(?:la|le|les)\s+|l['’]\s*)?(?P<place>{_NAME}(?:\s+[a-zà-ÿ]+)?)$")
# a name right before the bracket that holds a figure: "Nairobi (19)", "Uasin Gishu (4)"
_NAME_BEFORE_BRACKET = re.compile(rf"(?<![\w-])(?P<place>{_NAME})\s*\(\s*$")
# a place that opens its clause and is said the worst hit "avec" the figure: "La Caroline du Sud est l'État
# le plus endeuillé avec 24 décès", "Anjouan reste l'île la plus touchée avec 86 morts"
_RANKED_REACH = 100       # the words between a ranked place and "avec" ("est l'État le plus endeuillé")
_RANKED_SUBJECT = re.compile(rf"\s*(?:(?:[Ll]a|[Ll]e|[Ll]es)\s+|[Ll]['’]\s*)?(?P<place>{_NAME})\s+(?:est|reste|demeure)\s"
                             rf"[^,;:.\d]{{0,60}}\bplus\b[^,;:.\d]{{0,30}},?\s+avec\s+")
# between "en" and its figure, the verb alone: "en compte", "en a recensé", "en déplore au moins"
_VERB_ONLY = re.compile(r"[^\W\d]+(?:['’]|\s+)(?:[^\W\d]+\s+){0,2}")
# "devant San Remigio, où 22 personnes ont péri": a place, then a clause of "où" that holds the figure
_WHERE_CLAUSE = re.compile(rf"(?P<place>{_NAME})\s*,\s*où\s[^,;:.!?]*$")
# a subject taken up by its pronoun before its verb: "la police, elle, n'en reconnaissait que 96"
_RESUMED = re.compile(r"\s*,\s*(?:elle|lui|eux|elles)\s*,\s*(?:n['’]\s*)?(?:en\s+|y\s+)?")
# "ces deux incendies", "ces trois attaques": the figure right after counts the events just told
_THESE = re.compile(r"\b[CcLl]es\s+$")
# between a verb of saying and the act it claims: a day or a date ("a revendiqué samedi l'attentat")
_ACT_REACH = 16
# between a claim's verb and its figure: only spaces and an opening quote ("affirme avoir tué « plus de 60")
_CLAIM_GAP = re.compile(r"[\s\u00a0«\"]*")
# a roundup's paragraph that opens on a place in bold, with its country in brackets or its date after a
# comma: "**Fambita (Niger), 21 mars.** ...", "**Djibo, 11 mai.** ..." (no live blog's hour, no "**Bilan.**")
_LEAD_IN = re.compile(rf"[*_]{{2}}(?P<place>{_NAME})\s*(?:\([^()*\n]{{1,60}}\)\s*)?[,.:][^*\n]{{0,60}}[*_]{{2}}")
_HOUR = re.compile(r"\d\s*h\b|\d:\d")       # "**Mercredi, 14 h 30**": a live blog's entry, no place
# the name that is the subject of a clitic's verb: "La Caroline du Nord en compte au moins sept"
_CLITIC_SUBJECT = re.compile(rf"\s*(?:(?:[Ll]a|[Ll]e|[Ll]es)\s+|[Ll]['’]\s*)?(?P<place>{_NAME})\s+en\s")


def _listed_place(text: str, before: list[_Tag], previous_end: int) -> str | None:
    """The capitalised name right before a figure that a list of figures gives it by ("Anjouan déplore
    26 décès, la Grande-Comore 15 et Mohéli 4", "la Castille-La Manche deux", "la Caroline du Sud un"):
    after a comma or "et" that follows the figure before, or the few words that end its item ("dont
    trois victimes de coups de chaleur, le Kurdistan irakien 13")."""
    if not before or before[-1].name != "W" or text[before[-1].end:before[-1].end + 1] not in (" ", "\u00a0") \
            or before[-1].end - previous_end > _LIST_ITEM_TAIL + _NAME_MOST:
        return None         # (bounded: a figure far from the one before is no item of its list)
    item = _LISTED_NAME.search(text, previous_end, before[-1].end)
    if item is None or item.end() != before[-1].end:
        return None
    listed = item.start() - previous_end <= _LIST_ITEM_TAIL and not _ITEM_STOP.search(text, previous_end, item.start())
    return item.group("place") if listed else None


def _word_after(text: str, after: list[_Tag]) -> bool:
    """Whether a small word other than "et" or "ou" follows the figure: a noun of its own."""
    first = after[0] if after else None
    return first is not None and first.name == "W" and text[first.start].islower() and first.key not in ("et", "ou")


def _list_head_place(lexicon: Lexicon, text: str, before: list[_Tag]) -> str | None:
    """The capitalised name that opens a list after a colon, right before its first figure ("le
    décompte par pays : Iran 464 morts, Égypte 177"): the first item's place, as the others'; not a
    word that names no place ("Bilan : Jeudi 3 morts", `clustering.not_names`)."""
    if not before or before[-1].name != "W" or not text[before[-1].start].isupper():
        return None
    name = text[before[-1].start:before[-1].end]
    return name if _after_colon(text, before[-1].start) and name not in _not_names(lexicon) else None


def _not_names(lexicon: Lexicon) -> Sequence[str]:
    """The capitalised words that name no place (`clustering.not_names`)."""
    return (lexicon.data.get("clustering") or {}).get("not_names") or ()


def _part_of_an_amount(quantities: list[Quantity], frame: _Frame) -> Quantity | None:
    """The amount a bare part or clitic figure stands for, when the figure right before it in the sentence
    is one ("13 000 hectares, dont 9 000 autour de Landiras", "en a consumé 5 000 de plus" after "1 000
    hectares"): such a figure has the amount's unit, not people's."""
    guessed = frame.measure_nearby or frame.bare_increment      # "5 000 de plus": more of the unit before
    if not (frame.part or frame.clitic) or frame.entity is not None or frame.measure and not guessed:
        return None
    index = bisect_left(quantities, frame.quantity.start, key=_START) - 1
    before = quantities[index] if index >= 0 else None
    return before if before is not None and not before.is_count and before.unit else None


_SEUL = re.compile(r"(?i)une?\s+seule?\b")
_ONLY = re.compile(r"(?i)(?<!\w)qu(?:e\s+|['’]\s*)$")
_NEGATION = re.compile(r"(?i)(?<!\w)(?:ne\s|n['’]).*(?<!\w)(?:pas|jamais|plus|guère)(?!\w)")


def _negated_one(text: str, quantity: Quantity) -> bool:
    """"Nous n'avons pas trouvé un seul corps entier": "un seul" under a negation of its clause is none.
    ("Pas un seul mort", the negation in the figure's own words, is read as zero by the quantity grammar.)"""
    if quantity.nominal != 1 or not _SEUL.match(quantity.text):
        return False
    start = max(_clause_start(text, quantity.start), quantity.start - _LEFT_REACH)   # bounded on any text
    if _ONLY.search(text, start, quantity.start):
        return False        # "il n'y a plus qu'un seul disparu": only one
    return bool(_NEGATION.search(text, start, quantity.start))


# what lies between the figure before and an item of its list: its noun, then a comma or "et"
_ITEM_GAP = re.compile(r"[^\d.;:!?,]{0,40}(?:,|\bet)\s*")
_ITEM_REACH = 42        # the most _ITEM_GAP spans with a space after its comma: longer, no search


def _an_item_after_a_figure(context: _Context, start: int) -> bool:
    """Whether "un"/"une" at `start` is an item of a list of figures, right after a figure before that is
    no lone "un" itself: "deux Australiennes, une Britannique et deux Américains" (one, as surely as the
    others); not "une personne noyée en Pologne et un pompier mort"."""
    last = context.assertions[-1] if context.assertions else None
    return last is not None and 0 <= start - last.end <= _ITEM_REACH and Weakness.FIGURE_ARTICLE not in last.evidence \
        and _ITEM_GAP.fullmatch(context.article.text, last.end, start) is not None


def _lone_one(quantity: Quantity) -> bool:
    """A one-word figure of one written in words, "un" or "une": an article as often as a count, so it
    counts only by a shape of its clause ("un policier a été blessé", "dont un enfant"), never by a word
    nearby."""
    return quantity.written == "words" and quantity.nominal == 1 and len(quantity.text.split()) == 1


def _active(lexicon: Lexicon, text: str, before: list[_Tag], participle: _Tag) -> bool:
    """Whether a participle after the figure is a transitive verb in the active voice: an auxiliary of
    `have` before it, no passive word ("ont blessé", not "ont été blessés")."""
    have, passive, transitive = _voice(lexicon)
    if fold(text[participle.start:participle.end]) not in transitive:
        return False
    words = {fold(text[t.start:t.end]) for t in before if t.name == "AUX"}
    return bool(words & have) and not words & passive


@cache
def _voice(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The lexicon's `active_voice` words: auxiliaries of have, passive words, transitive participles."""
    voice = lexicon.data.get("active_voice") or {}
    return tuple(frozenset(voice.get(key, ())) for key in ("have", "passive", "transitive"))


@cache
def _verb_on_others(lexicon: Lexicon) -> re.Pattern:
    """A verb in the active voice whose subject acts on the other side's people: "a tué", "d'avoir
    blessé", "a relâché"."""
    voice = lexicon.data.get("active_voice") or {}
    have, verbs = voice.get("have", ()), voice.get("on_others", ())
    return re.compile(rf"(?<!\w)(?i:{folded_regex(have)})\s+(?i:{folded_regex(verbs)})(?!\w)")


def _tags_within(tags: list, starts: list[int], start: int, end: int, most: int):
    """Up to `most` tags lying wholly in [start, end), in order, found by bisection."""
    taken = 0
    for index in range(bisect_left(starts, start), len(tags)):
        tag = tags[index]
        if tag.start >= end or taken >= most:
            return
        if tag.end <= end:
            taken += 1
            yield tag


def _tags_before(tags: list, starts: list[int], start: int, end: int, skipped: frozenset[str] = frozenset()) -> list:
    """The last three tags lying wholly in [start, end), past the words `skipped` ("a libéré lundi 1 968")."""
    found: list = []
    for index in range(bisect_left(starts, end) - 1, bisect_left(starts, start) - 1, -1):
        tag = tags[index]
        if tag.end <= end and not (tag.name in ("W", "THING") and tag.key in skipped):
            found.append(tag)
            if len(found) == 3:
                break
    return found[::-1]


class _Tag(NamedTuple):
    """A word or phrase of a sentence as the claim grammar sees it: NUM, MEASURE, TROOP, W..."""

    name: str
    key: str | None
    start: int
    end: int


# The one object built by position, the measured hot spot (128 a seed article, 116 ns against 388 ns by keywords):
# a _Tag for a third of _Tag(...)'s cost, one per word. tests/test_claims.py pins its field order.
_new_tag = partial(tuple.__new__, _Tag)


# lexicon sections (checker.lexicon.CLAIM_SECTIONS) → tag names; parts by their key
_TAG_NAMES = {"measures": "MEASURE", "force_alone": "ALONE", "side_people": "ALONE", "troop_heads": "TROOP",
              "force_modifiers": "FORCE",
              "people": "PEOPLE", "ratios": "RATIO", "auxiliaries": "AUX", "function_words": "FUNC",
              "part_of": "PART", "correction": "CORRECTION", "back_reference": "BACKREF", "others": "OTHERS", "clitic": "EN", "of": "OF",
              "number_of": "NUMBER_OF", "among": "W", "toll": "W", "besides": "W", "partitive": "OF",
              "distribution": "W"}
_PUNCTUATION = re.compile(r"[,()]")
_PARENTHESIS = re.compile(r"[()]")
_START = attrgetter("start")
_END = attrgetter("end")
_FIRST = itemgetter(0)
_AFTER_TAGS = 12        # longer than any shape of the grammar: what lies past it is the rest


def _tag_sentence(text: str, quantities: list[Quantity], lexicon: Lexicon) -> list[_Tag]:
    """The words of the sentence around its figures as tags: figures, lexicon phrases (longest first),
    separators, other words."""
    counts = [q for q in quantities if q.is_count]
    start, end = max(0, counts[0].start - _LEFT_REACH), min(len(text), counts[-1].end + _RIGHT_REACH)
    tags = [_Tag(name="NUM" if q.is_count else "W", key=None, start=q.start, end=q.end) for q in quantities]
    ordered = sorted((q.start, q.end) for q in quantities)
    spans = deque(ordered)
    phrases: dict[int, tuple[Match, str]] = {}     # the longest phrase at each place; of equals, the first section
    for match, section in lexicon.find_sections(CLAIM_SECTIONS, text, start, end):
        known = phrases.get(match.start)
        if known is None or match.end > known[0].end:
            phrases[match.start] = (match, section)
    skip_to = start
    words = words_of(text)
    for word_start, word_end, word in islice(words, bisect_left(words, (start,)), None):
        if word_end > end:
            break
        if word_start < skip_to:
            continue
        while spans and spans[0][1] <= word_start:      # figures behind us
            spans.popleft()
        if spans and spans[0][0] <= word_start:          # a word inside a figure
            continue
        phrase, section = phrases.get(word_start, (None, None))
        if phrase is not None and not (spans and spans[0][0] < phrase.end):
            name = _TAG_NAMES[phrase.key if section == "parts" else section]
            tags.append(_new_tag((name, phrase.key, phrase.start, phrase.end)))
            skip_to = phrase.end
        else:
            # the pattern's last letter first: most words fail it
            plural = text[word_end - 1] in "sx" and _THING.fullmatch(text, word_start, word_end)
            name = "THING" if plural else "W"
            tags.append(_new_tag((name, word, word_start, word_end)))
    figure_starts = [span[0] for span in ordered]
    for match in _PUNCTUATION.finditer(text, start, end):
        index = bisect_right(figure_starts, match.start()) - 1
        if index < 0 or ordered[index][1] <= match.start():      # not inside a figure ("1,5")
            tags.append(_new_tag(("SEP", match.group(), match.start(), match.end())))
    return sorted(tags, key=_START)


@cache
def _claim_parser():
    return build_parser("claim_fr.lark", start=["after", "before"])


def _shape_text(names: tuple[str, ...]) -> str:
    return " ".join(f"{name}:{index}" for index, name in enumerate(names))


@lru_cache(maxsize=4096)
def _after_shape(names: tuple[str, ...]) -> dict[str, object]:
    """Which tag after a figure (its index in `names`) plays which part: the counted noun and its
    kind, the force, a reference ("autres", "d'entre eux"), the participle's measure."""
    from lark.exceptions import LarkError

    try:
        tree = _claim_parser().parse(_shape_text(("NUM", *names)), start="after")
    except LarkError:
        return {}
    roles: dict[str, object] = {}
    for head in (child for child in tree.children if hasattr(child, "data")):
        roles["kind"] = head.data
        if head.data == "auxiliaries":      # "11 300 auraient péri"
            measures = [t for t in head.children if t.type == "MEASURE"]
            if measures:
                roles["participle"] = _tag_index(measures[0])
        for part in head.children:
            rule = getattr(part, "data", None)
            if rule == "participle":
                measures = [t for t in part.children if t.type == "MEASURE"]
                if measures:
                    roles["participle"] = _tag_index(measures[0])
                else:       # "20 000 autres étaient en alerte": a verb of their own, no toll's
                    roles["verb_alone"] = _tag_index(part.children[-1])
            elif rule == "reference":
                roles["reference"] = _tag_index(part.children[0])
            elif rule is not None:                             # the noun, by its kind
                roles["kind"] = rule
                words = [t for t in part.children if t.type not in ("OF", "NUMBER_OF")]
                roles["noun"] = _tag_index(words[0])
                if len(words) > 1:
                    roles["force"] = _tag_index(words[1])
            elif head.data == "thing":
                roles["thing"] = _tag_index(part)
    _group_after_of(names, roles)
    return roles


def _group_after_of(names: tuple[str, ...], roles: dict[str, object]) -> None:
    """"1 500 corps de combattants du Hamas", "300 corps de civils": the group after "de" that follows a
    measure's noun counts it. (Not in grammar/claim_fr.lark: its LALR parser, once past "de", could not
    take back the many nouns after it that name no group, "134 morts de l'ouragan".)"""
    noun = roles.get("noun")
    if roles.get("kind") != "measure_noun" or "force" in roles or not isinstance(noun, int):
        return
    if names[noun + 1:noun + 2] == ("OF",) and names[noun + 2:noun + 3] in (("TROOP",), ("PEOPLE",), ("ALONE",)):
        roles["force"] = noun + 2
        if names[noun + 3:noun + 4] == ("FORCE",):
            roles["group_side"] = noun + 3


def _tag_index(token) -> int:
    return int(token.value.split(":")[1]) - 1    # index among the tags after the figure


@lru_cache(maxsize=512)
def _before_shape(names: tuple[str, ...]) -> frozenset[str]:
    """The shape the last one to three tags before a figure make: verb, part, clitic or ratio."""
    from lark.exceptions import LarkError

    for length in (3, 2, 1):
        if len(names) >= length:
            try:
                return frozenset([_claim_parser().parse(_shape_text(names[-length:]), start="before").data])
            except LarkError:
                continue
    return frozenset()


def _measure_around(quantity: Quantity, text: str, lexicon: Lexicon, after: int, previous_end: int,
                    following: int) -> tuple[str | None, tuple[int, int] | None, bool]:
    """The measure a word near the figure names, its span, and whether the clause names it at its head
    ("Le nombre de morts ... a atteint 69": a shape, not a guess)."""
    clause_end = min(_clause_end(text, after), following)
    for match in lexicon.find("measures", text, after, clause_end):   # "... et 2 700 autres blessés"
        if following < len(text) and not text[match.end:following].strip(" \u00a0«»\"“”"):
            break    # "et les disparus par milliers": the next figure's measure
        return match.key, (match.start, match.end), False
    clause_start = _clause_start(text, quantity.start)
    if _BLANK.match(text, clause_start, quantity.start).end() == quantity.start and _after_colon(text, clause_start):
        # a figure right after a colon is what the words before it announce: "les blessés ... : 17"
        clause_start = _clause_start(text, text.rindex(":", 0, clause_start))
    # "Le nombre de morts du séisme qui a secoué lundi l'ouest du Japon est passé à 78": the clause
    # names what it counts at its head, however far from the figure
    for head in lexicon.find("parts", text, max(clause_start, previous_end), quantity.start):
        if head.key == "number_of":
            measure = _match_at(lexicon, ("measures",), text, _SPACE.match(text, head.end).end())
            if measure is not None:
                # its level's verb right after it ("a atteint"), a past participle between ("Le nombre
                # de corps repêchés a atteint 69"): a shape, not a guess ("Le nombre de morts du séisme
                # qui a secoué lundi l'ouest du Japon est passé à 78" stays one)
                return measure.key, (measure.start, measure.end), \
                    _links(lexicon).level.match(text, measure.end) is not None
    clause_start = max(clause_start, quantity.start - _LEFT_REACH)
    # a measure after an earlier figure is that figure's ("92 blessés sont hospitalisés, 63 ont ...")
    # (not one that says where people were: "241 personnes à bord et au moins 29 au sol")
    where = (lexicon.data.get("links") or {}).get("where", ())
    before = [m for m in lexicon.find("measures", text, max(clause_start, previous_end), quantity.start)
              if m.key not in where]
    if before:                                                 # "le nombre de morts à 140", "les morts ... à plus de 2 000"
        match = before[-1]
        return match.key, (match.start, match.end), False
    return None, None, False


_BLANK = re.compile(r"\s*")


def _after_colon(text: str, position: int) -> bool:
    """Whether the last character before position, spaces aside, is a colon."""
    while position and text[position - 1].isspace():
        position -= 1
    return position > 0 and text[position - 1] == ":"


def _read_in_event(frame: _Frame, text: str, context: _Context, counted_beside: set[str | None]) -> None:
    """What the figure's measure word counts in the article's kind of event (its `reads` in the
    lexicon): "victimes" are the dead and wounded of a war, the dead of a flood. Not where the
    sentence counts that measure and another beside it: "2 122 morts et 2 421 blessés, soit 5 500
    victimes" sums (but "14 morts : aux neuf victimes se sont ajoutés trois corps" counts the dead)."""
    sums = _after_sum_link(context.lexicon, text, frame.quantity.start)

    def read(measure: str | None, span: tuple[int, int] | None) -> str | None:
        reading = context.lexicon.reading(context.event_kind, text[span[0]:span[1]]) if span else None
        beside = bool(counted_beside - {reading, None})
        summed = beside and (reading in counted_beside or sums)    # "..., soit 455 victimes"
        return reading if reading and not summed else measure

    if frame.among_span is not None:
        among = read(frame.among, frame.among_span)
        if frame.measure == frame.among and frame.measure_span is None:
            frame.measure = among
        frame.among = among
    frame.measure = read(frame.measure, frame.measure_span or frame.among_measure_span)


_SUM_REACH = 15         # longer than "au total de" and the spaces around it


def _after_sum_link(lexicon: Lexicon, text: str, position: int) -> bool:
    """Whether a `sum` link ("soit", "au total") stands right before position: the figure there totals
    the tolls counted beside it."""
    return _sum_link_before(lexicon, text, position) is not None


def _is_rank(lexicon: Lexicon, text: str, quantity: Quantity) -> bool:
    """"parmi les dix plus meurtrières", "les trois premiers": a place in a ranking, not a count."""
    after = _BLANK.match(text, quantity.end).end()
    return any(m.start == after for m in lexicon.find("ranks", text, after, after + 40))


def _ranked_toll(lexicon: Lexicon, text: str, quantity: Quantity) -> Quantity | None:
    """A rank right before a toll's noun, as the count of the toll it reaches: "la septième victime" is 7,
    "un onzième mort" 11 (read as a fraction, one eleventh), `ranked_tolls`; None for any other figure."""
    if quantity.kind not in ("ordinal", "fraction") or not quantity.nominal:
        return None
    noun = _WORD_AFTER.match(text, quantity.end)
    if noun is None or fold(noun.group(1)) not in _folded_words(lexicon, "ranked_tolls"):
        return None
    rank = quantity.nominal if quantity.kind == "ordinal" else 1 / quantity.nominal
    if rank != round(rank) or rank < 2:
        return None
    return replace(quantity, kind="count", low=round(rank), high=round(rank), nominal=round(rank),
                   qualifier="exact", unit="")


_WORD_AFTER = re.compile(r"\s+([\w'’-]+)")


@cache
def _folded_words(lexicon: Lexicon, section: str) -> frozenset[str]:
    """A word list of the lexicon (`ranked_tolls`, `object_gap`), folded to compare with a folded word."""
    return frozenset(fold(word) for word in lexicon.data.get(section) or ())


def _is_label(lexicon: Lexicon, text: str, quantity: Quantity) -> bool:
    """"l'acte 3", "l'article 49.3", "la saison 2": a number a noun right before it is named by."""
    return _phrase_ends_at(lexicon, "labels", text, quantity.start)


def _phrase_ends_at(lexicon: Lexicon, section: str, text: str, position: int, key: str | None = None) -> bool:
    """Whether a phrase of the section (of one key of it, if given) ends right before position (a space
    between them at most)."""
    return any(position - m.end <= 1 and key in (None, m.key)
               for m in lexicon.find(section, text, max(0, position - _PHRASE_REACH), position))


_PHRASE_REACH = 20      # longer than any `labels` or `scope.over` phrase


def _read_men_as_people(frames: list[_Frame], text: str, lexicon: Lexicon, kind_known: bool) -> None:
    """Outside a war's reports, a head that counts troops only there (`war_troop_heads`) counts the group it
    names there, men: "Deux hommes sont morts" on a ring road; but "dépêché 2 000 hommes", "l'armée avait
    perdu trois hommes".
    A force named alone is its nation's people in the reports of a kind of event that is no war's: "quatre
    Russes" among the dead of a crush."""
    war_heads = _outside_war(lexicon)
    for frame in frames:
        head = fold(text[slice(*frame.noun_span)]) if frame.noun_span else None
        if frame.entity == "troops" and head in war_heads \
                and frame.measure != "deployed" and _force_by_cue(lexicon, text, frame.quantity) is None \
                and not _says_losses(lexicon, text, frame):
            frame.entity = war_heads[head]
        elif kind_known and not frame.part and frame.noun_span and frame.entity in lexicon.sides() \
                and lexicon.at("force_alone", text, frame.noun_span[0]) is not None:
            frame.entity = lexicon.sides()[frame.entity] + PEOPLE_OF


_TO = re.compile(r"[^.;:!?]*?(?<!\w)à\s*$")      # "... à 45": the second value of a transition
_PARTICIPLE = re.compile(r"\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites|u|ue|us|ues)\b")


def _read_transitions(frames: list[_Frame], text: str, lexicon: Lexicon) -> None:
    """"Le bilan est passé de 154 à 158 morts": the first figure is the earlier value of the second's toll;
    each takes the measure and group the other names, or, naming none, the toll the sentence names
    before them ("Le nombre de morts a triplé : il est passé de 16 ... à 45")."""
    for first, second in zip(frames, frames[1:]):
        if first.end > second.quantity.start or not _TO.match(text, first.end, second.quantity.start) \
                or not _phrase_ends_at(lexicon, "revision", text, first.quantity.start, key="transition"):
            continue
        first.earlier, second.transition_end = True, True
        named = first if first.measure and not first.measure_nearby else second if second.measure else None
        if named is None:       # the toll named within reach before the first value
            before = lexicon.find("measures", text, max(0, first.quantity.start - _RIGHT_REACH), first.quantity.start)
            measure, entity = (before[-1].key, None) if before else (None, None)
        else:
            measure, entity = named.measure, named.entity
        for frame in (first, second):
            if not frame.measure or frame.measure_nearby:
                frame.measure, frame.measure_nearby = measure, False
            frame.entity = frame.entity or entity


def _read_summed_terms(frames: list[_Frame], text: str, lexicon: Lexicon) -> None:
    """"342 voyageurs et dix employés, soit 352 personnes à bord": the groups a "soit" total adds up
    count what it counts. Only figures of a group with no measure of their own and no verb of their
    own, in the total's stretch (since the last colon or semicolon).
    The frames are in text order: the text is searched for colons once up to each total, a stretch's
    first frame is bisected, and the last frame that cannot be a term is kept as the frames are passed
    (a frame given a measure here can be one no more), so no stretch is gone through for every total."""
    starts = [frame.quantity.start for frame in frames]
    searched, mark = 0, -1      # the text before `searched` holds its last colon or semicolon at `mark`
    last_no_term = -1           # the start of the last frame passed that cannot be a term
    for index, total in enumerate(frames):
        if index and not _may_be_summed(frames[index - 1]):
            last_no_term = starts[index - 1]
        position = total.quantity.start
        if total.measure is None or not _after_sum_link(lexicon, text, position):
            continue
        mark = max(mark, text.rfind(":", searched, position), text.rfind(";", searched, position))
        searched = position
        first = bisect_left(starts, mark + 1)
        if first < index and last_no_term <= mark:     # terms, and all of them may be summed
            for term in frames[first:index]:
                term.measure = total.measure
            last_no_term = starts[index - 1]


def _read_stated_breakdowns(frames: list[_Frame], text: str, lexicon: Lexicon) -> list[int]:
    """"31 morts, soit six enfants et 27 adultes", "79 morts : 43 enfants et 42 adultes": groups listed
    right after a `sum` link that follows a toll, or after a colon or a `parts.part_of` word ("dont", "les 154
    morts comprennent") when together they are everyone
    (`partitions`: children and adults, men and women), break it down; each counts the toll's measure,
    as a part of it, and a rule adds them up. Two groups at least, with no verb or whole of their own,
    joined by commas and "et". The starts of the first groups of the breakdowns read, in order."""
    firsts = []
    for index, whole in enumerate(frames[:-1]):
        first = frames[index + 1]
        link = _sum_link_before(lexicon, text, first.quantity.start)
        said = link is not None and not text[whole.end:link.start()].strip(" ,")
        listed = _COLON.fullmatch(text, whole.end, first.quantity.start) \
            or _links(lexicon).parts_next.fullmatch(text, whole.end, first.quantity.start) \
            or _APPOSED.fullmatch(text, whole.end, first.quantity.start)
        if whole.measure is None and whole.entity is None or whole.part or not (said or listed):
            continue
        terms = [first]
        for term in frames[index + 2:]:
            if not _AND.fullmatch(text, terms[-1].end, term.quantity.start):
                break
            terms.append(term)
        if len(terms) < 2 or not all(_listed_group(term, whole) for term in terms):
            continue
        if said or _a_partition(lexicon, text, terms):
            for term in terms:      # the first a part of the toll; the next ones beside it, parts of it too
                term.measure, term.part, term.coordinated = whole.measure, True, term is not first
            firsts.append(first.quantity.start)
    return firsts


# groups set after a toll by a comma alone, that are everyone it counts: "Neuf enfants, cinq garçons et
# trois filles, ainsi qu'une femme ont péri" (a partition's only: "12 morts, trois enfants" is no breakdown)
_APPOSED = re.compile(r"\s*,\s*")


def _listed_group(term: _Frame, whole: _Frame) -> bool:
    """A group of a breakdown: no verb of its own, no measure but its toll's (a colon's list takes it)."""
    return term.entity is not None and not term.own_verb and term.measure in (None, whole.measure) \
        and (not term.part or term.measure == whole.measure)


def _a_partition(lexicon: Lexicon, text: str, terms: list[_Frame]) -> bool:
    """Whether the groups' nouns are all the members of one of `partitions` (children and adults)."""
    nouns = {_stem(text[slice(*term.noun_span)]) for term in terms if term.noun_span}
    return len(nouns) == len(terms) and any(nouns == {_stem(w) for w in members}
                                            for members in (lexicon.data.get("partitions") or {}).values())


def _stem(word: str) -> str:
    """A noun without its plural mark: "enfants" and "enfant" are one."""
    word = fold(word)
    return word[:-1] if word[-1:] in "sx" else word


def _sum_link_before(lexicon: Lexicon, text: str, position: int) -> re.Match | None:
    """The `sum` link ("soit", "au total") right before position, if one stands there."""
    return _links(lexicon).sum.search(text, max(0, position - _SUM_REACH), position)


def _may_be_summed(frame: _Frame) -> bool:
    """A figure of a group with no measure, verb or whole of its own: a "soit" total may give its measure."""
    return frame.measure is None and frame.entity is not None and not frame.own_verb and not frame.part


def _fill_ellipses(frames: list[_Frame], text: str, lexicon: Lexicon) -> None:
    """A bare figure, one of "autres" or a "dont" part takes the measure and entity of the figure before it;
    of two subjects joined by "et", the first takes the verb of the second ("quatre policiers et deux
    civils ont péri")."""
    for frame, following in reversed(list(zip(frames, frames[1:]))):
        if frame.measure is None and frame.entity and following.measure and following.entity and \
                not following.of_the_group_before and _AND_SUBJECTS.fullmatch(text, frame.entity_end, following.quantity.start):
            frame.measure = following.measure
        if frame.measure is None and frame.entity and following.part:
            # "Douze personnes, dont un pompier, ont été hospitalisées": the verb after the incise is both's
            verb = _verb_after_incise(text, following, lexicon)
            if verb is not None:
                frame.measure = following.measure = following.measure or verb.key
    whole = frames[0] if frames and not frames[0].part else None     # the last figure that is no part
    counted = frames[0] if frames and not frames[0].other_noun else None    # the last figure that counts people
    for index, (previous, frame) in enumerate(zip(frames, frames[1:]), start=1):
        if previous.other_noun and _counts_the_same_things(text, previous, frame, counted, lexicon):
            frame.other_noun, frame.measure, frame.part, frame.of_things = previous.other_noun, None, False, True
            continue
        if previous.other_noun and counted is not None and (frame.bare or frame.part):
            # "17 à Kiev, où deux établissements ont été touchés ; 11 dans la région"; "30 morts de 18
            # nationalités, dont six Canadiens"
            previous = counted
        if not frame.other_noun:
            counted = frame
        if not frame.part and frame.measure is None and not frame.own_verb and previous.measure is not None and \
                not previous.part and previous.end <= frame.quantity.start and \
                _COLON_AFTER_PHRASE.fullmatch(text, previous.end, frame.quantity.start):
            frame.part = True       # "sept personnes sont mortes : cinq soignants et deux patients"
        if previous.part and frame.measure is None and not frame.own_verb and previous.measure is not None and \
                _joined(text, frame.quantity, previous, lexicon):            # "dont 78 enfants et 41 femmes": parts both
            frame.part = frame.coordinated = True
        elif previous.among and frame.bare and frame.measure is None and _and_in_clause(text, previous, frame.quantity):
            frame.among = previous.among    # "huit de ces décès sont dus à la foudre et trois à des effondrements"
        # past a part, a figure goes on from the whole: "131 morts, dont deux policiers, contre 125
        # annoncés" corrects the 131; "132, dont trois victimes de la chaleur, le Kurdistan 13" is no part
        source = previous if frame.part or not previous.part else whole
        if not frame.part and not frame.other_noun:      # "deux établissements" is no whole of a toll
            whole = frame
        if source is None or source.measure is None:
            continue
        if frame.measure is None and not frame.own_verb and (frame.bare or frame.others or frame.part or frame.corrected
                                                             or frame.entity and previous.end <= frame.quantity.start
                                                             and _listed_after(frames, index, text)
                                                             and _verb_before(source)):
            # "a tué huit militaires et trente-deux VDP", "recense 263 civils, 164 militaires et ...": all killed
            frame.measure = source.measure
        if frame.corrected and frame.measure != source.measure:
            frame.corrected = False         # "huit morts et non 20 blessés": another toll, not a correction
        # "8 soldats tués et 12 blessés"; not across a clause of its own ("annonce que cinq terroristes ont
        # été neutralisés et prévient que le bilan pourrait dépasser les 120 morts")
        if frame.entity is None and (frame.others or frame.bare or frame.corrected or frame.measure_span and frame.entity_end == frame.measure_span[1]) \
                and not _whole_named_among(text, frame, lexicon) \
                and not _links(lexicon).relative.search(text, source.end, frame.quantity.start):
            frame.entity = source.entity


def _counts_the_same_things(text: str, things: _Frame, frame: _Frame, counted: _Frame | None,
                            lexicon: Lexicon) -> bool:
    """Whether a figure with no noun of its own counts the things the figure before it counts: a part
    of them ("14 missiles ont été tirés, dont 13 ont été abattus"), a breakdown after a colon ("19 missiles
    avaient été tirés : 18 ont été détruits") or the next item of one ("... et un seul est tombé"). Not
    when the things complement a toll of their clause ("162 morts dans les deux pays : 73 au Mozambique")."""
    noun = frame.measure_span is not None and frame.quantity.end <= frame.measure_span[0] and \
        bool(_links(lexicon).gap.fullmatch(text, frame.quantity.end, frame.measure_span[0]))
    if frame.entity is not None or noun:        # "dont 31 décès": a toll of its own
        return False
    if things.of_things:
        return _and_in_clause(text, things, frame.quantity)
    # things right after a toll complement it; things after a comma or "ainsi que" are the list's next item
    # ("un civil tué et cinq blessés, ainsi que 2 400 familles évacuées, dont environ 1 500 venues de ...")
    if counted is not None and counted.end <= things.quantity.start and \
            not _CLAUSE_END.search(text, counted.end, things.quantity.start) and \
            not (counted.measure is not None and _NEXT_ITEM.search(text, counted.end, things.quantity.start)):
        return False
    return frame.part or things.end <= frame.quantity.start and \
        bool(_COLON_AFTER_PHRASE.fullmatch(text, things.end, frame.quantity.start))


def _listed_after(frames: list[_Frame], index: int, text: str) -> bool:
    """Whether the figure at index is the next item of the list the figure before it opens: joined to it
    by "et", or by a comma when the items after it close the list with "et" ("a recensé 263 civils, 164
    militaires et 230 personnes"; not "porté à 64, trois voyageurs s'étant présentés")."""
    for previous, frame in zip(frames[index - 1:], frames[index:]):
        if _ET.fullmatch(text, previous.end, frame.quantity.start):
            return True
        if not _COMMA.fullmatch(text, previous.end, frame.quantity.start):
            return False
    return False


def _read_listed_subjects(frames: list[_Frame], text: str, lexicon: Lexicon) -> None:
    """"neuf Sud-Africains, deux Malawites et un Uruguayen, ont été tués": the last of a list of subjects
    takes the verb after the comma that closes the list, when the list opens its clause (not one in
    apposition to a figure before it: "deux victimes, un guide et une touriste"), or breaks a subject down
    after "soit" ("Treize militaires, soit neuf Sud-Africains, ..."), which the verb counts too. (The
    others take it from the last, as subjects joined by "et" do.)"""
    joined = [index > 0 and bool(_AND_SUBJECTS.fullmatch(text, frames[index - 1].end, frame.quantity.start))
              for index, frame in enumerate(frames)]
    start = 0       # the first of the figures joined by commas and "et" up to this one: one pass, not one a figure
    for index, frame in enumerate(frames):
        if not joined[index]:
            start = index
        last = index + 1 == len(frames) or not joined[index + 1]     # only the list's last is followed by its verb
        if not last or frame.measure is not None or not frame.entity or frame.part or frame.own_verb:
            continue
        whole = _whole_before_a_sum_link(frames, start, text, lexicon)
        verb = _verb_after_incise(text, frame, lexicon) if whole is not None or _opens_its_clause(frames, start, text) \
            else None
        if verb is not None:
            frame.measure = verb.key
            if whole is not None:       # the verb is the subject's ("Treize militaires engagés ... ont été tués")
                whole.measure, whole.measure_span = verb.key, (verb.start, verb.end)


def _whole_before_a_sum_link(frames: list[_Frame], index: int, text: str, lexicon: Lexicon) -> _Frame | None:
    """The figure a `sum` link ("soit") right before frames[index] follows, if it follows one: its words
    may go on up to the comma before the link ("Treize militaires engagés aux côtés de l'armée, soit")."""
    if index == 0:
        return None
    link = _sum_link_before(lexicon, text, frames[index].quantity.start)
    whole = frames[index - 1]
    between = text[whole.end:link.start()].rstrip(" ,") if link is not None else ","
    return whole if whole.entity and not _BREAK_IN_NOUN_PHRASE.search(between) else None


# what ends the words of a figure's noun phrase: a clause's end or a comma
_BREAK_IN_NOUN_PHRASE = re.compile(r"[.;:!?,]")


def _opens_its_clause(frames: list[_Frame], index: int, text: str) -> bool:
    """Whether no figure stands before frames[index] in its clause."""
    return index == 0 or frames[index - 1].end <= _clause_start(text, frames[index].quantity.start)


def _troops(lexicon: Lexicon, entity: str | None) -> bool:
    """Whether the entity is a force's troops (the lexicon's `soldiers` stands for them all)."""
    return entity == "troops" or entity in lexicon.sides()


def _men(lexicon: Lexicon, text: str, frame: _Frame) -> bool:
    """Whether the figure's noun is a word for troops in a war's reports only ("hommes")."""
    return frame.noun_span is not None and fold(text[slice(*frame.noun_span)]) in _outside_war(lexicon)


@cache
def _outside_war(lexicon: Lexicon) -> dict[str, str]:
    """`war_troop_heads`: a head that counts troops in a war's reports only → the group it counts elsewhere."""
    return {fold(word): group for group, words in (lexicon.data.get("war_troop_heads") or {}).items() for word in words}


def _measure_entry(lexicon: Lexicon, measure: str) -> dict:
    """The lexicon's entry of a measure (`measures.<m>`: its forms, `only_for`, `otherwise`...)."""
    return (lexicon.data.get("measures") or {}).get(measure) or {}


def _only_for(lexicon: Lexicon, measure: str) -> tuple[str, ...]:
    """The groups a measure counts alone (`measures.<m>.only_for`; `soldiers` for every force's troops)."""
    return tuple(_measure_entry(lexicon, measure).get("only_for") or ())


def _measure_counts(lexicon: Lexicon, assertion: Assertion) -> bool:
    """Whether the assertion's group is one its measure may count ("282 militaires avaient quitté le Niger":
    a withdrawal; "500 personnes ont quitté leur domicile": none)."""
    only = _only_for(lexicon, assertion.measure)
    if not only:
        return True
    entity = assertion.entity
    side = lexicon.side_of_entity(entity)
    group = "soldiers" if _troops(lexicon, entity) else entity[len(side) + 1:] if side else entity
    return group in only


def _read_distribution(frames: list[_Frame], text: str, context: _Context) -> None:
    """"Les décès se répartissent ainsi par comté : Nairobi (19), Nakuru (3)...": after a toll's word, a
    verb of distribution (`parts.distribution`) and a colon, the figures with no measure of their own are
    parts of the last toll of that measure the article gave."""
    lexicon = context.lexicon
    cue = next(iter(_keyed_cues(lexicon, "parts", "distribution", text)), None)
    colon = text.find(":", cue.end) if cue is not None else -1
    named = [m for m in _section_cues(lexicon, "measures", text) if m.end <= cue.start] if colon >= 0 else []
    if not named:
        return
    measure = named[-1].key
    index = context.wholes.get(measure)
    if index is None:
        return          # no toll of it given before: the places' tolls are no parts of one another
    for frame in frames:
        if frame.quantity.start > colon and frame.measure is None and not frame.own_verb and not frame.other_noun:
            frame.measure, frame.part, frame.whole = measure, True, context.assertions[index]


def _take_clitic_measures(frames: list[_Frame], context: _Context) -> None:
    """"en recensait 822": a clitic figure counts the measure named last, which a clause or two before
    may not be this one's: the figure before it in the sentence with a measure ("Anjouan reste la plus
    touchée avec 86 morts ; la Grande Comore en déplore 15"), else the sentence's before. Taken before
    the ellipses, which the clitic may start ("l'Indonésie en a signalé 132, ..., l'Iran 11")."""
    last: _Frame | None = None
    for frame in frames:
        if frame.measure is None and frame.clitic:
            if last is not None:        # read in its own sentence, as an ellipsis is
                frame.measure, frame.entity = last.measure, frame.entity or last.entity
            elif frame is frames[0] and context.last is not None:
                _take_the_last_measure(frame, context.last)
        if frame.measure is not None:
            last = frame


def _take_the_last_measure(frame: _Frame, last: Assertion) -> None:
    frame.measure, frame.entity = last.measure, frame.entity or last.entity
    frame.measure_nearby = True


def _verb_before(frame: _Frame) -> bool:
    """Whether a figure's measure is a verb before it ("a tué huit militaires et trente-deux VDP": both
    are killed), not its own noun ("227 blessés et 282 000 manifestants": the second counts no wounded)."""
    return frame.measure_span is None or frame.measure_span[0] < frame.quantity.start


_AND = re.compile(r"\s*(?:,|et)\s*(?:d['’])?")  # "de deux Danois, d'une Australienne et d'un Américain"
# between two subjects of one verb, the first's noun may go on: its complement or a second noun ("18 soldats
# et paramilitaires, trois employés des chemins de fer et cinq civils ont été tués")
_AND_SUBJECTS = re.compile(r"(?:\s+(?:et\s+[^\W\d]+|(?:de|des|du|de\s+la|d['’])\s*[^\W\d][^\d,;.:()«»]{0,40}?))?"
                           + _AND.pattern)
_AND_BEFORE = re.compile(r"(?:,|\bet)\s*$")
_ET = re.compile(r"\s*et(?:\s+(?:de|des|d['’]))?\s*")        # "les corps de 24 femmes et de 40 hommes"
_COLON = re.compile(r"[\s»\"”]*:\s*")
# a colon after the words of a figure's noun phrase: "668 décès de migrants à la frontière : 100 femmes"
_COLON_AFTER_PHRASE = re.compile(r"[^.;:!?,()\d]{0,60}?[\s»\"”]*:\s*")


def _and_in_clause(text: str, previous: _Frame, quantity: Quantity) -> bool:
    """Whether the figure follows "et" in the clause of the figure before it: "huit de ces décès sont
    dus à la foudre et trois à des effondrements"."""
    between = text[previous.end:quantity.start]
    return previous.end <= quantity.start and not _CLAUSE_END.search(between) and bool(_AND_BEFORE.search(between))


def _whole_named_among(text: str, frame: _Frame, lexicon: Lexicon) -> bool:
    """"9 enfants figurent parmi les 51 blessés": the figure right after "parmi les" is the whole the
    people before are among, not more of them."""
    among = _keyed_cues(lexicon, "parts", "among", text)
    index = bisect_right(among, frame.quantity.start, key=_END)
    return index > 0 and not text[among[index - 1].end:frame.quantity.start].strip()
_COMMA = re.compile(r"\s*,\s*")


def _undoing(lexicon: Lexicon, measure: str | None) -> tuple[str, ...]:
    """The measures that undo this one's reading (`links.undone_<measure>`: freed, escaped, rescued)."""
    return tuple((lexicon.data.get("links") or {}).get(f"undone_{measure}") or ())


def _undone_by(lexicon: Lexicon, text: str, participle: Match, end: int) -> Match | None:
    """The measure word later in the clause that undoes what the participle right after the figure's noun
    says (`links.undone_<measure>`): "130 élèves enlevés dans une école catholique libérés" are freed;
    not a participle after an auxiliary ("230 personnes avaient été enlevées ... et toutes libérées")."""
    undoing = _undoing(lexicon, participle.key)
    if not undoing:
        return None
    measures = _section_cues(lexicon, "measures", text)
    index = bisect_right(measures, participle.start, key=_START)
    return next((m for m in measures[index:] if m.end <= end and m.key in undoing), None)


def _verb_closing_incise(text: str, start: int, end: int, lexicon: Lexicon) -> Match | None:
    """The measure word an incise after the words ending at start closes on, past auxiliaries only:
    "Trois blessés, grièvement brûlés, ont succombé" (killed)."""
    opening = _COMMA.match(text, start)
    closing = text.find(",", opening.end(), end) if opening else -1
    return _participle_at(text, closing + 1, end, lexicon) if closing >= 0 else None


def _verb_after_incise(text: str, part: _Frame, lexicon: Lexicon) -> Match | None:
    """The participle right after the comma that closes a part's incise or a list of subjects, past
    auxiliaries only: ", ont été hospitalisées" after "dont un pompier" or "et un Uruguayen"."""
    comma = _COMMA.match(text, part.entity_end)
    return _participle_at(text, comma.end(), _clause_end(text, comma.end()), lexicon) if comma else None


def _read_what_befell_them(frame: _Frame, text: str, lexicon: Lexicon, where: Sequence[str]) -> None:
    """A measure that says where people were (`links.where`: "à bord") gives way to the toll its clause
    tells after it: "241 morts à bord", "241 personnes à bord ont été tuées" (the dead aboard); after a
    relative clause, the main verb's ("Vingt-sept soldats qui se trouvaient à bord et avaient été faits
    prisonniers ont été tués": killed)."""
    if frame.measure not in where:
        return
    quantity = frame.quantity
    stop = _clause_end(text, quantity.end)
    comma = text.find(",", quantity.end, stop)       # not "Sur les 34 personnes à bord, 27 sont mortes"
    end = comma if comma >= 0 else stop
    if _WHO.match(text, frame.entity_end):
        told = _last_participle(text, frame.entity_end, end, lexicon)
    else:
        told = next((m for m in lexicon.find("measures", text, quantity.end, end) if m.key not in where), None)
    if told is not None and told.key not in where:
        frame.measure, frame.measure_span = told.key, (told.start, told.end)


_WHO = re.compile(r"\s+qui\s")     # a relative clause right after the counted noun


def _last_participle(text: str, start: int, end: int, lexicon: Lexicon) -> Match | None:
    """The last measure word of text[start:end] right after an auxiliary ("... et avaient été faits
    prisonniers ont été tués": killed), else None."""
    measures = _section_cues(lexicon, "measures", text)
    auxiliaries = lexicon.find("auxiliaries", text, start, end)
    ends = {m.end for m in auxiliaries}
    found = None
    for measure in measures[bisect_left(measures, start, key=_START):]:
        if measure.end > end:
            break
        if len(text[start:measure.start].rstrip()) + start in ends:      # an auxiliary, then spaces only
            found = measure
    return found


def _participle_at(text: str, start: int, end: int, lexicon: Lexicon) -> Match | None:
    """The first measure word of text[start:end] when only auxiliaries stand before it."""
    measures = _section_cues(lexicon, "measures", text)
    index = bisect_left(measures, start, key=_START)        # the first measure in the stretch, bisected
    if index == len(measures) or measures[index].end > end:
        return None
    first = measures[index]
    auxiliaries = {fold(text[m.start:m.end]) for m in lexicon.find("auxiliaries", text, start, first.start)}
    return first if all(fold(word) in auxiliaries for word in text[start:first.start].split()) else None


def _joined(text: str, quantity: Quantity, previous: _Frame, lexicon: Lexicon) -> bool:
    """Nothing but its place and a comma or "et" stands between the previous figure's words and this
    figure: "dont 29 605 en Turquie et 3 754 en Syrie"."""
    if previous.end > quantity.start:
        return False
    place = _links(lexicon).place_after.match(text, previous.end, quantity.start)
    if _AND.fullmatch(text, place.end() if place else previous.end, quantity.start):
        return True
    # or where it was counted, in a few words of its own: "dont 17 dans l'incendie d'Eaton et 9 dans celui de Palisades"
    return bool(_links(lexicon).where_and.fullmatch(text, previous.end, quantity.start))


def _assertion(sentence, frame, previous, anchors, carried_anchor, sources, sub_event, context) -> Assertion:
    article, lexicon, quantity = context.article, context.lexicon, frame.quantity
    text = sentence.text
    start, end = quantity.start, quantity.end
    if frame.measure_span:
        start, end = min(start, frame.measure_span[0]), max(end, frame.measure_span[1])
    end = max(end, frame.entity_end)
    window = _clause(text, quantity)
    dated_up_to = _dated_up_to(text, frame, window, anchors, lexicon)
    anchor = _trailing(anchors, text, frame) or _nearest(anchors, quantity, clause_end=dated_up_to) or \
        (_carried(carried_anchor[0]) if carried_anchor else None)
    anchor = _said_on(lexicon, text, anchors, anchor, quantity) or anchor
    if frame.corrected:     # "et non neuf comme annoncé vendredi": the corrected figure's own, older date
        first = bisect_left(anchors, quantity.end, key=_START)       # anchors are in text order
        after = takewhile(lambda a: a.start < frame.window[1], (anchors[i] for i in range(first, len(anchors))))
        anchor = next((a for a in after if not a.of_event), anchor)
    measure = frame.measure
    scope, rate_per = _scope(lexicon, text, quantity, frame.window, anchor, measure, frame.measure_span)
    if scope == "cumulative" and not frame.transition_end and _counted_over_a_span(text, quantity, frame.window,
                                                                                    context.spans, _links(lexicon).rise):
        scope = "period"        # "208 cas, dont 15 décès, ont été signalés en sept jours"
    if scope == "cumulative" and _counted_over_the_span_before(sentence, quantity, anchor, previous):
        scope = "period"        # "Entre le 1er avril et le 30 juin, 1 520 personnes ont été tuées et 609 blessées"
    whole = previous if frame.part and previous is not None else None
    if whole is not None and measure is not None and not _may_hold(lexicon, whole.measure, measure):
        whole = _last_of_measure(context, sentence, measure) or whole
    # "21 morts, dont deux enfants, parmi lesquels quatre Ukrainiens": a part too small to hold the
    # figure is not its whole; its own whole is, if the article gives it
    if whole is not None:
        whole = _holder(context, whole, quantity)
        whole = None if whole.part_of and _too_small(whole, quantity) else whole
    if frame.coordinated and previous is not None and previous.part_of:
        index = context.index_of.get(previous.part_of)
        whole = context.assertions[index] if index is not None else whole
    if frame.whole is not None:
        whole = frame.whole
    elif frame.back_reference and context.last is not None:
        whole = _referred(context, quantity)
    elif frame.part and frame.window[0] == 0 and context.last_stock is not None:
        whole = context.last_stock      # "Parmi elles figurent trois ouvriers": the last sentence's figure's part
        if frame.measure_nearby:        # "..., victimes de malaises": a word near it, not its toll
            measure = whole.measure
    if frame.among:
        whole = context.last_whole(frame.among, frame.entity, quantity.low or 0)
    subset = whole is None and measure is not None and _counts_a_subset(lexicon, text, frame)
    if subset:
        # "56 blessés graves": a part of the wounded counted before if they can hold them; with none,
        # a toll of the worst hurt of its own, compared with others of its kind ("deux blessés graves")
        whole = context.last_whole(measure, frame.entity, quantity.low or 0, skip=context.subsets)
        holds = whole is not None and (whole.high is None or whole.high >= (quantity.low or 0))
        whole = whole if holds and whole.entity == (frame.entity or "people") else None
    if whole is None:
        whole = _bracketed_whole(sentence, quantity, measure, context)
    entity, weak = _entity(frame, whole, sentence, sub_event, context)
    entity = _the_speakers_own(lexicon, text, frame, sources, context.count_starts) or entity
    if scope == "cumulative" and measure == "deployed" and \
            entity in (lexicon.data.get("scope") or {}).get("stock_deployments", ()):
        scope = "stock"         # "278 sapeurs-pompiers" at work on Wednesday, 260 on Thursday: who is there
    # a part of a whole named before, with no date of its own, is counted at the whole's ("Les décès se
    # répartissent ainsi par comté : Nairobi (19)...", the day after the toll was given)
    as_of = anchor.as_of if anchor else frame.whole.as_of if frame.whole is not None and frame.whole.as_of \
        else article.published
    period = anchor.period if anchor and (scope in ("period", "increment") or anchor.since) else None
    if scope == "increment" and period is None and anchor is not None:
        period = (anchor.as_of, anchor.as_of)
    revision = "earlier" if frame.corrected or frame.earlier or _followed_by_a_later_step(lexicon, text, frame) \
        else _revision(lexicon, text, quantity, window)
    event = context.event_kind
    past = _nearest(anchors, quantity, of_event=True, clause_end=dated_up_to)
    if past and past.event_only and past.start > quantity.start:
        past = None     # "envoyé 11 000 militaires ... depuis la guerre de Corée de 1950": another war, named after
    at_war = lexicon.event_counts_troops(context.event_kind)
    # "depuis 1918, année où l'incendie de Cloquet avait tué 453 personnes": in a disaster's story a
    # toll since a year long past is another event's (in a war's, its running total: below)
    since = past.period[0] if past and past.since and past.period else None
    if past and (since is None or not at_war) and article.published \
            and ((since or past.as_of).year < article.published.year - 1 or _long_past(lexicon, past, article, at_war)):
        if since is not None:
            event, as_of, period = f"{event}:{since.year}", since, None
        elif at_war:
            # "La guerre, déclenchée en avril 2023, a fait des dizaines de milliers de morts": the war
            # told goes on, and the date starts its running total
            as_of, period = article.published, (past.period[0] if past.period else past.as_of, article.published)
        else:
            # "en 2004, un séisme avait fait 628 morts", "les crues de septembre 2002 avaient fait 23 morts"
            event, as_of = f"{event}:{past.as_of.year}", past.as_of
    if sub_event:
        event = f"{sub_event}:{as_of.isoformat() if as_of else 'undated'}"
    context.counter += 1
    line, column = _position(article, sentence.start + start)
    if frame.measure_nearby:
        weak.append(Weakness.MEASURE_NEARBY)
    if frame.measure_implied:
        weak.append(Weakness.MEASURE_IMPLIED)
    if quantity.qualifier == "vague":
        weak.append(Weakness.FIGURE_VAGUE)
    if _lone_one(quantity) and not _an_item_after_a_figure(context, sentence.start + quantity.start):
        weak.append(Weakness.FIGURE_ARTICLE)
    if article.date_inferred:
        weak.append(Weakness.DATE_INFERRED)
    if context.event_kind.startswith("unknown:"):
        weak.append(Weakness.KIND_UNKNOWN)
    if sources and sources[0][0] < 0:
        weak.append(Weakness.SOURCE_CARRIED)
    if context.unnamed_speaker:
        weak.append(Weakness.SOURCE_UNNAMED)
    if subset:
        context.subsets.add(f"{article.id}#{context.counter}")
    modality = _modality(lexicon, text, window, quantity)
    if entity == "people" and _links(lexicon).with_attackers.match(text, frame.end):
        entity = "people_with_attackers"    # "Trois personnes sont mortes, dont l'assaillant": not the victims' toll
    return Assertion(
        id=f"{article.id}#{context.counter}",
        article=article.id,
        line=line,
        column=column,
        quote=text[start:end],
        entity=entity,
        measure=measure,
        scope=scope,
        low=quantity.low,
        high=quantity.high,
        nominal=quantity.nominal,
        qualifier=quantity.qualifier or "exact",
        unit=quantity.unit or "person",
        as_of=as_of,
        period=period,
        source=_claimant(lexicon, text, quantity) if modality == "claimed" else
        _source_for(sources, quantity, context.count_starts),
        event=event,
        place=_place(lexicon, text, frame, previous) or context.lead_ins.get(sentence.index),
        modality=modality,
        published=article.published,
        start=sentence.start + quantity.start,
        end=sentence.start + quantity.end,
        vague=quantity.qualifier == "vague",
        rate_per=rate_per,
        part_of=whole.id if whole else ("unstated" if frame.among or _more_of_the_same(frame, measure, context) else None),
        revision=revision,
        dated_by="text" if anchor else ("inferred" if article.date_inferred else "published"),
        role=sentence.role,
        incident=_incident(lexicon, text, quantity, sentence, context),
        hour=context.hours.get(context.paragraph_of[sentence.index]),
        evidence=tuple(dict.fromkeys(w.value for w in weak)),
    )


def _bracketed_whole(sentence: Sentence, quantity: Quantity, measure: str | None,
                     context: _Context) -> Assertion | None:
    """A figure in parentheses after figures of its measure is a part of the last of them: "810 morts
    et plus de 2 000 blessés (430 tués et 1 315 blessés dans les zones gouvernementales, ...)"."""
    text = sentence.text
    opened = _open_parenthesis(text, quantity.start)
    if opened < 0 or text.startswith(")", _BLANK.match(text, quantity.end).end()):
        return None             # "celles de Taroudant (900)": a bare figure in parentheses is its name's
    before = sentence.start + opened
    recent = islice(reversed(context.assertions), _FIGURES_BACK)
    this_sentence = takewhile(lambda a: a.start >= sentence.start, recent)  # in text order
    return next((a for a in this_sentence if a.start < before and a.measure == measure and a.part_of is None), None)


def _open_parenthesis(text: str, position: int) -> int:
    """Where the parenthesis open at position opened (-1 if none is): looked up among the sentence's
    parentheses, not searched back through it for each figure."""
    opened, closed = _parentheses(text)
    last_opened = opened[bisect_left(opened, position) - 1] if opened and opened[0] < position else -1
    last_closed = closed[bisect_left(closed, position) - 1] if closed and closed[0] < position else -1
    return last_opened if last_opened > last_closed else -1


@lru_cache(maxsize=256)
def _parentheses(text: str) -> tuple[list[int], list[int]]:
    """Where the sentence's opening and closing parentheses are, in order."""
    marks = [(m.start(), m.group()) for m in _PARENTHESIS.finditer(text)]
    return [at for at, mark in marks if mark == "("], [at for at, mark in marks if mark == ")"]


def _entity(frame: _Frame, whole: Assertion | None, sentence: Sentence, sub_event: str | None,
            context: _Context) -> tuple[str, list[Weakness]]:
    """Who the figure counts, and how surely: the group its clause names (with its side: "civils
    palestiniens"), else its whole's (a part, "d'entre eux"); in a war, people with no side named are
    the side whose land the clause names ("tuées en Israël"), else the side the article counted last
    (a group carried, so a weaker reading); never a side only named as a source."""
    lexicon, text, quantity = context.lexicon, sentence.text, frame.quantity
    weak: list[Weakness] = []
    entity = frame.entity or (whole.entity if whole else None) or _framed_group(lexicon, text, quantity)
    plain = lexicon.data.get("plain_groups", ())             # "Chez les pompiers, deux hommes ont été blessés"
    if entity in plain and frame.entity == entity:
        entity = _named_crowd(lexicon, text, frame) or _framed_group(lexicon, text, quantity) or entity
    if frame.entity and whole is not None and not lexicon.side_of_entity(frame.entity):
        side = lexicon.side_of_entity(whole.entity)          # "Parmi eux figurent 78 enfants"
        unsided = frame.entity == "troops" or frame.entity in lexicon.data.get("unsided_groups", ())
        entity = lexicon.sided(side, frame.entity) if side and not unsided else entity   # "les 15 000 Casques bleus"
    if whole is not None and not frame.entity and whole.article == context.article.id and whole.line != sentence.line:
        weak.append(Weakness.GROUP_CARRIED)
    if entity == "troops":
        entity = _force_by_cue(lexicon, text, quantity)
        if entity is None and context.troops and lexicon.event_has_sides(context.event_kind):
            entity = context.troops          # "Ces pertes portent à 23 le nombre de militaires tués"
            weak.append(Weakness.GROUP_CARRIED)
        entity = entity or "soldiers"
    if (entity is None or entity in lexicon.data.get("side_groups", ())) and _of_both_sides(context, text, quantity):
        return entity or "people", weak      # "33 personnes tuées des deux côtés de la frontière"
    framed = _side_framed(lexicon, text, quantity) if entity is None and lexicon.event_has_sides(context.event_kind) else None
    if framed is not None:
        return lexicon.sided(framed, "people"), weak       # "13 morts côté cambodgien": that side's dead
    if entity is None and lexicon.event_counts_troops(context.event_kind) and not sub_event:
        # "les troupes nord-coréennes ont subi 1 100 pertes", "les pertes de la Corée du Nord"; in the
        # report of a strike, a toll with no noun counts its victims, unless a country is the subject
        # that loses them (`links.losses`: "Moscou perd chaque jour 900 morts ou blessés")
        # A side's land named in the clause comes before the country named nearest: "1 206 morts en Israël"
        if not context.incident_kind:
            # a country that says so loses the figure only when the clause tells of losses ("Moscou affirme
            # avoir perdu 1 200 hommes"), not when it publishes a toll ("Phnom Penh publie un bilan : 33 morts")
            owned = _says_losses(lexicon, text, frame, owned=True)
            entity = _force_by_cue(lexicon, text, quantity, speakers=owned)
            if entity is not None and not owned and frame.measure_span is None:
                weak.append(Weakness.GROUP_NEAREST)     # "Phnom Penh ... : 13 morts côté cambodgien, 33 au total"
            if entity is None and not _side_by_place(context, text, quantity, frame.measure):
                # the country named nearest, a guess: not one that speaks ("Israël parle de « tirs limités »"),
                # and not one whose people later tolls with no side named should be taken for
                nearest = _force_by_cue(lexicon, text, quantity, anywhere=True, named_troops=False, speakers=False)
                if nearest is not None:
                    weak.append(Weakness.GROUP_NEAREST)
                    return nearest, weak
        elif _says_losses(lexicon, text, frame):
            entity = _force_by_cue(lexicon, text, quantity, named_troops=False)
    if lexicon.event_has_sides(context.event_kind) and (entity == "hostages" or frame.measure == "captured"
                                                        and entity in (None, "people")):
        held = _held_side(context)       # "240 otages" in an article about the Hamas are Israelis
        entity = lexicon.sided(held, "hostages") if held else entity
    if lexicon.event_has_sides(context.event_kind) and (entity is None or entity in lexicon.data.get("side_groups", ())):
        side = _side_by_place(context, text, quantity, frame.measure)
        carry = entity is None or frame.measure not in lexicon.data.get("moved_to", ())   # "emmenées de force"
        if side is None and carry and context.side is not None:
            side = context.side
            weak.append(Weakness.GROUP_CARRIED)
        if side is not None:
            entity = lexicon.sided(side, entity or "people")
    held_for = _held_for(lexicon, frame.measure)
    if held_for and entity in (None, "people"):
        entity = held_for           # "117 personnes ont été interpellées": those arrested are suspects
    if entity is None:
        # a disaster's toll counts people: no guess; a war's or an attack's could count any side's
        if lexicon.event_has_sides(context.event_kind):
            weak.append(Weakness.GROUP_DEFAULT)
        entity = "people"
    side = lexicon.side_of_entity(entity)
    # the salient side is the one whose people were counted last ("Palestiniens", "enfants palestiniens"),
    # not the side of hostages it holds or of troops
    group = entity[len(side) + 1:] if side else None
    context.side = side if side in lexicon.peoples() and group in lexicon.data.get("side_groups", ()) else context.side
    context.troops = entity if entity in lexicon.sides() else context.troops
    return entity, weak


_SIDE_FRAME_REACH = 30      # characters from a figure to a side's frame that counts its words' side
_FRAME_BREAK = re.compile(r"[,;:.()]")


def _side_framed(lexicon: Lexicon, text: str, quantity: Quantity) -> str | None:
    """The side a `side_frames` phrase names right after the figure's words, with no punctuation between:
    "13 morts côté cambodgien", "71 blessés du côté thaïlandais" count that side's people, whoever speaks."""
    frames = tuple(_folded_words(lexicon, "side_frames"))
    end = min(len(text), quantity.end + _SIDE_FRAME_REACH)
    for place in lexicon.find("side_places", text, quantity.end, end):
        if fold(text[place.start:place.end]).startswith(frames) and not _FRAME_BREAK.search(text, quantity.end, place.start):
            return place.key
    return None


def _of_both_sides(context: _Context, text: str, quantity: Quantity) -> bool:
    """Whether the figure counts both sides together (`both_sides`: "des deux côtés"), said in its clause
    between the figures beside it ("20 morts sur son sol, ce qui porte à 33 le nombre de personnes tuées
    des deux côtés": the 33, not the 20)."""
    start, end = _clause(text, quantity)
    starts = context.count_starts
    at = bisect_left(starts, quantity.start)
    before = starts[at - 1] if at > 0 else start
    after = starts[at + 1] if at + 1 < len(starts) else end
    return any(max(start, before) <= cue.start < min(end, after)
               for cue in context.lexicon.find("both_sides", text, start, end))


def _referred(context: _Context, quantity: Quantity) -> Assertion:
    """The toll "d'entre eux" points back to: the figure just read, or, when that is a part too small to
    hold this one, its whole ("une cinquantaine de blessés, dont deux graves ; 21 d'entre eux")."""
    return _holder(context, context.last, quantity)


def _holder(context: _Context, assertion: Assertion, quantity: Quantity) -> Assertion:
    """The figure itself, or, while it is a part too small to hold the quantity, its whole (as far as
    the article gives the wholes)."""
    while assertion.part_of and _too_small(assertion, quantity):
        index = context.index_of.get(assertion.part_of)
        if index is None:
            break
        assertion = context.assertions[index]
    return assertion


def _too_small(assertion: Assertion, quantity: Quantity) -> bool:
    return assertion.high is not None and quantity.low is not None and assertion.high < quantity.low


def _held_for(lexicon: Lexicon, measure: str | None) -> str | None:
    """The group a measure counts whoever the clause names ("172 interpellations": suspects), if any."""
    return (lexicon.data["measures"].get(measure) or {}).get("group") if measure else None


def _counts_a_subset(lexicon: Lexicon, text: str, frame: _Frame) -> bool:
    """Whether the figure's toll word counts only the worst (or least) hurt: "56 blessés graves",
    "99 se trouvent en urgence absolue"."""
    span = frame.measure_span or (frame.quantity.end, frame.quantity.end)
    if span[1] <= frame.quantity.start:     # a verb before the figure: "grièvement blessé au moins trois"
        return _links(lexicon).subset.search(text, max(0, span[0] - 15), span[1]) is not None
    match = _links(lexicon).subset.search(text, frame.quantity.end, min(len(text), span[1] + 20))
    return match is not None and match.start() - frame.quantity.end <= 30


def _named_crowd(lexicon: Lexicon, text: str, frame: _Frame) -> str | None:
    """The crowd the figure's own noun names, of those named in any kind of event (`crowds_anywhere`):
    "27 migrants ont perdu la vie"."""
    if frame.noun_span is None:
        return None
    match = lexicon.at("crowds", text, frame.noun_span[0])
    return match.key if match is not None and match.key in (lexicon.data.get("crowds_anywhere") or ()) else None


def _framed_group(lexicon: Lexicon, text: str, quantity: Quantity) -> str | None:
    """The group the nearest frame before the figure in its sentence names: "côté ami, 25 décédés"."""
    frames = _section_cues(lexicon, "group_frames", text)
    index = bisect_left(frames, quantity.start, key=_START) - 1     # the last that starts before the figure,
    if index >= 0 and frames[index].end > quantity.start:            # else the one before it (cues never overlap)
        index -= 1
    return frames[index].key if index >= 0 else None


def _says_losses(lexicon: Lexicon, text: str, frame: _Frame, owned: bool = False) -> bool:
    """Whether the figure's clause, up to its measure word, says a side lost them ("perd", "pertes"), or,
    `owned`, that its subject counts them as its own ("l'Ukraine compte 23 morts")."""
    start, _end = _clause(text, frame.quantity)
    end = frame.measure_span[1] if frame.measure_span else frame.quantity.end
    links = _links(lexicon)
    return _found_in(links.losses, text, start, end) or owned and _found_in(links.owned, text, start, end)


_TAIL = 100     # longer than any match of the patterns _found_in looks up: a verb and its auxiliary, a word


def _found_in(pattern: re.Pattern, text: str, start: int, end: int) -> bool:
    """Whether pattern.search(text, start, end) finds a match, without searching a long stretch for each
    figure: the places where the pattern matches in the sentence are found once (_match_starts), and only
    the last _TAIL characters before `end`, where a match may run into it, are searched. The answer is
    the search's for any pattern whose matches are shorter than _TAIL."""
    tail = max(start, end - _TAIL)
    starts = _match_starts(pattern, text)
    index = bisect_left(starts, start)
    while index < len(starts) and starts[index] < tail:
        if pattern.match(text, starts[index], end):    # most do: only a match longer than _TAIL runs past end
            return True
        index += 1
    return pattern.search(text, tail, end) is not None


@lru_cache(maxsize=256)
def _match_starts(pattern: re.Pattern, text: str) -> list[int]:
    """Every place in the sentence where the pattern matches, overlapping matches too, in order."""
    starts: list[int] = []
    match = pattern.search(text)
    while match is not None:
        starts.append(match.start())
        match = pattern.search(text, match.start() + 1)
    return starts


def _side_places(context: _Context, text: str, start: int, end: int) -> list:
    """The sides' places in text[start:end], in text order: "en Israël"; "l'enclave" only when the
    article names that side elsewhere (Gaza's enclave or Karabakh's)."""
    lexicon = context.lexicon
    places = lexicon.find("side_places", text, start, end)
    maybe = lexicon.find("side_places_if_named", text, start, end)
    if maybe:
        places = sorted([*places, *(m for m in maybe if m.key in _named_sides(context))], key=_START)
    return places


def _named_sides(context: _Context) -> set[str]:
    """The sides the article names anywhere (people, troops, metonyms, land), read once an article."""
    if context.named_sides is None:
        context.named_sides = {m.key for m in context.lexicon.scan("side_names", context.article.text)}
    return context.named_sides


def _held_side(context: _Context) -> str | None:
    """The side whose people are held, when the article names one force that holds hostages (`holds`)."""
    forces = context.lexicon.data.get("forces") or {}
    held = {entry["holds"] for key, entry in forces.items()
            if entry.get("holds") and side_of(key, entry) in _named_sides(context)}
    return held.pop() if len(held) == 1 else None


def _dateline_side(sentence: Sentence, lexicon: Lexicon) -> str | None:
    """The side whose land a title's dateline names, its last name before the colon: "Gaza : ...",
    "EN DIRECT - Hôpital de Gaza : ..."."""
    head, colon, _ = sentence.text.partition(" : ")
    return lexicon.land_side(head) if colon and sentence.role == "title" and len(head) <= _DATELINE else None


_DATELINE = 50      # longer than "EN DIRECT - Hôpital de Gaza", shorter than a title's sentence


def _side_by_place(context: _Context, text: str, quantity: Quantity, measure: str | None) -> str | None:
    """The side whose land the figure's clause names ("700 personnes tuées en Israël"); not for people
    taken or sent there ("emmenées de force dans l'enclave")."""
    if measure in context.lexicon.data.get("moved_to", ()):
        return None
    start, end = _clause(text, quantity)
    lexicon = context.lexicon
    named = frozenset(_named_sides(context)) if _section_cues(lexicon, "side_places_if_named", text) else frozenset()
    places = _sided_places(lexicon, text, named)
    # the nearest of the clause's (as _side_places gives them), the first listed of two as near: looked up
    # outwards from the figure, not by going through the clause's places for each figure
    position = quantity.start
    after = bisect_right(places, position, key=_START)
    nearest = None
    for index in range(after - 1, -1, -1):          # before it: the nearest start, and of those the first
        place = places[index]
        if place.start < start or nearest is not None and place.start < nearest.start:
            break
        if place.end <= end:
            nearest = place
    for index in range(after, len(places)):          # after it: the first that lies in the clause
        place = places[index]
        if place.start >= end:
            break
        if place.end <= end:
            if nearest is None or place.start - position < position - nearest.start:
                nearest = place
            break
    return nearest.key if nearest is not None else None


@lru_cache(maxsize=256)
def _sided_places(lexicon: Lexicon, text: str, named: frozenset[str]) -> tuple[Match, ...]:
    """The sentence's sides' places, "l'enclave" only for the sides `named`, in text order: what
    _side_places gives for the whole sentence, found once."""
    maybe = [m for m in lexicon.find("side_places_if_named", text) if m.key in named]
    return tuple(sorted([*lexicon.find("side_places", text), *maybe], key=_START))


def _incident(lexicon: Lexicon, text: str, quantity: Quantity, sentence: Sentence, context: _Context) -> str | None:
    """The incident within the event the figure's clause ties it to ("pour cette première frappe"), the
    one named just before for "sur ce site", none for a figure of several together ("aux deux frappes")."""
    start, end = _clause(text, quantity)
    start, end = max(start, quantity.start - _RIGHT_REACH), min(end, quantity.end + _RIGHT_REACH)
    cues = {m.key for m in lexicon.find("incidents", text, start, end)}
    if "combined" in cues:
        return None
    # "dans la frappe qui a ciblé le centre": the event itself; an incident has a rank or a target. Every
    # incident holds a noun of one: in a sentence longer than a few stretches, where the nouns are found
    # once, a stretch that holds none is not searched
    searched = True
    if len(text) > 4 * _RIGHT_REACH:
        nouns = _match_starts(_incident_nouns(lexicon), text)
        noun = bisect_left(nouns, start)
        searched = noun < len(nouns) and nouns[noun] < end
    named = [m for m in _links(lexicon).incident.finditer(text, start, end) if len(m.group("key").split()) > 1] \
        if searched else []
    if named:
        nearest = min(named, key=lambda m: abs(m.start() - quantity.start))
        key = " ".join(fold(nearest.group("key")).split())
        context.incident = (context.paragraph_of[sentence.index], key)
        return key
    if "same" in cues and context.incident and context.incident[0] == context.paragraph_of[sentence.index]:
        return context.incident[1]
    return None


def _scope(lexicon: Lexicon, text: str, quantity: Quantity, window: tuple[int, int], anchor: TimeAnchor | None,
           measure: str | None = None, measure_span: tuple[int, int] | None = None):
    """Rate, increment, period or stock when the figure's own words say so; a running total otherwise
    (the words of its measure aside: the "nouvelles" of "sans nouvelles de 50 personnes" adds nothing)."""
    if measure in (lexicon.data.get("scope") or {}).get("stock_measures", ()):
        start, end = _clause(text, quantity)     # "116 sont toujours retenues", "Il en resterait 215"
        if lexicon.find("stock", text, max(start, window[0], quantity.start - 25), min(end, window[1], quantity.end + 40)):
            return "stock", None
    near = (max(window[0], quantity.start - _LEFT_REACH), window[1])
    for match in lexicon.find("rate", text, *near):
        return "rate", match.key
    after = _links(lexicon).gap.match(text, quantity.end).end()
    heads = _opening_cues(lexicon, "continuation", text)          # "De plus, 300 soldats..."
    for match in lexicon.find("increment", text, max(window[0], quantity.start - 20), min(window[1], after + 40)):
        inside_measure = measure_span is not None and measure_span[0] <= match.start < measure_span[1]
        # after the figure, within its own words: "221 cas confirmés, mais pas un de plus" adds none
        past_a_comma = match.start >= quantity.end and "," in text[quantity.end:match.start]
        if (match.end <= quantity.start or match.start >= quantity.end) and match.start not in heads \
                and not inside_measure and not past_a_comma:
            return "increment", None     # not the "plus" of "plus de 1 000"
    anchored_here = anchor is not None and (window[0] <= anchor.start < window[1] or anchor.start < 0)
    near_period = (max(window[0], quantity.start - 30), window[1])    # "250 corps ... dans la seule journée de mercredi"
    # a day or a weekend, or a span whose words give both its ends ("entre le 1er avril et le 30 juin"): the
    # figure is counted over it; a month named alone dates a running total
    if lexicon.find("period", text, *near_period) or (
            anchored_here and anchor.period and not anchor.since and (_is_short(anchor) or anchor.bounded)):
        return "period", None
    return "cumulative", None


def _long_past(lexicon: Lexicon, anchor: TimeAnchor, article: Article, at_war: bool) -> bool:
    """Whether a span with both ends said ended long before the publication (`time.long_past_days`):
    "Entre le 25 juin et le 31 juillet 2024, la contestation avait fait plus de 60 morts" in a report of
    June 2025 tells last year's protests, another event (a war's spans stay its own)."""
    days = (lexicon.data.get("time") or {}).get("long_past_days")
    return bool(anchor.bounded and anchor.period and days and not at_war
                and (article.published - anchor.period[1]).days > days)


def _counted_over_the_span_before(sentence: Sentence, quantity: Quantity, anchor: TimeAnchor | None,
                                  previous: Assertion | None) -> bool:
    """Whether the figure before, in the same clause and over the same span, was counted over it: the
    figures of one clause share their span ("... ont été tuées et 609 blessées", "dont 161 femmes")."""
    if anchor is None or anchor.period is None or previous is None or previous.scope != "period" \
            or previous.period != anchor.period or previous.start < sentence.start:
        return False
    between = sentence.text[previous.end - sentence.start:quantity.start]
    return not any(mark in between for mark in ";.:")


def _counted_over_a_span(text: str, quantity: Quantity, window: tuple[int, int], spans: list[Quantity],
                         rise: re.Pattern) -> bool:
    """Whether the figure is counted over a span the sentence names in its clause ("208 cas ont été
    signalés en sept jours") or in the words that open the sentence ("En une semaine, 40 personnes ...")."""
    if not spans:
        return False
    start, end = _clause(text, quantity)
    # the words before the sentence's first comma ("En une semaine, ..."), not a whole clause before the
    # figure's ("le feu a parcouru 6 800 hectares en deux jours ; les 1 100 pompiers engagés")
    comma = _first_comma(text)
    opening = comma if 0 <= comma < min(_clause_end(text, 0), quantity.start) else -1
    for index in range(bisect_left(spans, window[0], key=_START), len(spans)):     # the spans in the window only
        span = spans[index]
        if span.start >= window[1]:
            return False
        if span.end <= opening:
            return True
        # "144 décès au 6 novembre, soit une hausse de 62 % en cinq jours": past a share or a "soit",
        # the span is the rise's, not the figure's
        if start <= span.start < end and not (span.start > quantity.end and rise.search(text, quantity.end, span.start)):
            return True
    return False



@lru_cache(maxsize=256)
def _first_comma(text: str) -> int:
    return text.find(",")


def _carried(anchor: TimeAnchor | None) -> TimeAnchor | None:
    """An anchor of an earlier sentence: it stands nowhere in this one."""
    return replace(anchor, start=-1, end=-1) if anchor else None


def _is_short(anchor: TimeAnchor) -> bool:
    """A weekend or a day is a period of its own; a month named alone dates a running total."""
    start, end = anchor.period
    return (end - start).days <= 3


def _revision(lexicon: Lexicon, text: str, quantity: Quantity, window: tuple[int, int]) -> str | None:
    cues = lexicon.find("revision", text, max(window[0], quantity.start - _LEFT_REACH), min(window[1], quantity.end + 40))
    for cue in cues:
        if cue.key in ("earlier", "earlier_named"):
            return "earlier"
    starts, ends = _cue_spans(lexicon, "revision", text).get("superseded", ((), ()))
    after = bisect_left(starts, quantity.end)       # the first after the figure: it ends first
    if after < len(starts) and ends[after] <= window[1]:
        return "earlier"
    if any(cue.key in ("earlier_sentence", "earlier_named") and cue.start <= 3
           for cue in lexicon.find("revision", text, 0, 40)):
        return "earlier"
    if "revised_down" in _cue_spans(lexicon, "revision", text):
        return "revised_down"
    return None


def _followed_by_a_later_step(lexicon: Lexicon, text: str, frame: _Frame) -> bool:
    """"sept morts annoncés d'abord, puis 19, puis 27": a figure the next one follows right after "puis"
    (`revision.followed_by`) is a step the toll went past; not "12 morts à Alès, puis la crue a tué 5"."""
    following = frame.window[1]
    return following < len(text) and any(
        cue.key == "followed_by" and following - cue.end <= _NEXT_STEP_REACH
        for cue in lexicon.find("revision", text, frame.end, following))


_NEXT_STEP_REACH = 12   # "puis à 19", "puis de six": the words between the cue and the next step's figure


def _modality(lexicon: Lexicon, text: str, window: tuple[int, int], quantity: Quantity) -> str:
    """Plans and forecasts are not reports; the conditional of hearsay ("auraient été tués") still is.
    Each kind of cue is looked up in the sentence's, by bisection (_cue_spans): a clause of many cues
    and figures is not gone through for each figure."""
    spans = _cue_spans(lexicon, "modality", text)
    if not spans:           # most sentences
        return "reported"
    claims = spans.get("claimed", ((), ()))[1]
    claim = bisect_right(claims, quantity.start) - 1
    if claim >= 0 and _CLAIM_GAP.fullmatch(text, claims[claim], quantity.start):
        return "claimed"    # "le JNIM en revendiquait 70": right before the figure, nothing between
    for modality in ("rumour", "projection", "planned", "hedged"):
        starts, ends = spans.get(modality, ((), ()))
        # a cue before the figure may end inside its own words: "pourrait dépasser les 120 morts"
        first = bisect_left(starts, window[0])
        if first < len(starts) and starts[first] < quantity.start and ends[first] <= quantity.end:
            return modality
        # after it: "10 100 seraient disparues"; "des milliers de morts que redoutait le préfet" (a
        # relative right after the figure's words, not the "que" of a later clause: "... neutralisés et
        # prévient que"). A relative found before a cue is found before any later one: the last cue of
        # the clause is the one to try.
        first, last = bisect_left(starts, quantity.end), bisect_right(ends, window[1]) - 1
        if first <= last and (modality == "hedged" or _relative_after(lexicon, text, quantity.end, starts[last])):
            return modality
    return "reported"


def _claimant(lexicon: Lexicon, text: str, quantity: Quantity) -> str | None:
    """Who claims a figure (`modality.claimed`): the source named last before the claim in its clause,
    its subject ("le JNIM en revendiquait 70"; "Le groupe revendique 200 soldats tués" names none)."""
    clause = max(text.rfind(";", 0, quantity.start), text.rfind(".", 0, quantity.start)) + 1
    named = [source for source in lexicon.scan("sources", text) if clause <= source.start and source.end <= quantity.start]
    return named[-1].key if named else None


def _relative_after(lexicon: Lexicon, text: str, position: int, end: int) -> bool:
    """Whether the first relative ("que", "qu'") in text[position:end] starts within _RELATIVE_REACH of
    position. A relative that starts there ends within the reach and the relative's longest word: the
    search goes no further, however far `end` is."""
    longest = max((len(word) for word in (lexicon.data.get("links") or {}).get("relative", ())), default=0)
    relative = _links(lexicon).relative.search(text, position, min(end, position + _RELATIVE_REACH + longest + 1))
    return relative is not None and relative.start() - position <= _RELATIVE_REACH


@lru_cache(maxsize=256)
def _cue_spans(lexicon: Lexicon, section: str, text: str) -> dict[str, tuple[list[int], list[int]]]:
    """The sentence's cues of a section by key: their starts and ends, in text order (a section's cues
    do not overlap, so both are sorted), found once a sentence."""
    spans: dict[str, tuple[list[int], list[int]]] = {}
    for match in lexicon.find(section, text):
        starts, ends = spans.setdefault(match.key, ([], []))
        starts.append(match.start)
        ends.append(match.end)
    return spans


def _sources(text: str, lexicon: Lexicon) -> list[tuple[int, str, int | None]]:
    """The sources a sentence attributes to: named after "selon", or beside a verb of saying. With each,
    where the verb ends when the source is only its subject ("l'ONG Acled recense ..."): such a source
    says what follows its verb (None: it may say what comes before it too, "..., selon l'ONU")."""
    sources = lexicon.scan("sources", text)      # most sentences name none: one pattern tells
    if not sources:
        return []
    cues = lexicon.scan("attribution", text)
    # the cues' starts and ends, in text order: each test below is a range looked up, not a loop
    before_ends = [c.end for c in cues if c.key == "before"]
    acts = [c.start for c in cues if c.key == "acts"]
    # "l'EI a revendiqué samedi l'attentat": a verb whose object is an act says no figure
    verbs = [c for c in cues if c.key == "verbs" and not _any_within(acts, c.end, c.end + _ACT_REACH)]
    verb_starts = [c.start for c in verbs]
    verb_ends = [c.end for c in verbs]
    after_starts = [c.start for c in cues if c.key == "after"]
    # "par" after a verb of saying names who says so: "le bilan communiqué par la préfecture"
    agent_ends = [c.end for c in cues if c.key == "agent" and not _any_within(verb_ends, c.start - 2, c.start)]
    found = []
    for source in sources:
        if _any_within(agent_ends, source.start - 2, source.start) and \
                not _any_within(before_ends, source.start - 2, source.start):
            continue            # "l'attaque menée par le Hamas": who acted, not who speaks ("cité par" speaks)
        # a verb right after the name makes it its subject, even with another verb's end before it:
        # "fait état de 19 morts, tandis que l'ONU évoquait 22 personnes tuées" (not one of a relative
        # clause: "a annoncé la police, qui en comptait 207", the police says both)
        subject = _any_within(verb_starts, source.end, source.end + 12) and \
            "," not in text[source.end:verb_starts[bisect_left(verb_starts, source.end)]] or \
            _any_within(verb_starts, source.end, source.end + 30) and \
            _RESUMED.fullmatch(text, source.end, verb_starts[bisect_left(verb_starts, source.end)]) is not None
        # a verb of saying before the name makes it that verb's subject in the same clause only:
        # "Amnesty compte 100 morts ; le gouverneur de Benue en reconnaît 59" (the governor says 59)
        clause = text.rfind(";", 0, source.start) + 1
        if (_any_within(before_ends, source.start - 60, source.start)
                or not subject and _any_within(verb_ends, max(clause, source.start - 45), source.start)
                or _any_within(after_starts, source.end, source.end + 30)):
            found.append((source.start, source.key, None))
        elif subject or _any_within(verb_starts, source.end, source.end + 70):
            verb = verb_starts[bisect_left(verb_starts, source.end)]
            found.append((source.start, source.key, verb))
    return found


def _opens_on_the_same_source(lexicon: Lexicon, text: str, counts: list[Quantity]) -> bool:
    """Whether the sentence refers back to the source named before ("selon la même source", "le détail
    communiqué par le ministère") ahead of its first figure."""
    first = counts[0].start if counts else len(text)
    return any(cue.key == "same" and cue.end <= first for cue in lexicon.scan("attribution", text))


def _any_within(positions: list[int], low: int, high: int) -> bool:
    """Whether sorted positions hold one from low to high."""
    index = bisect_left(positions, low)
    return index < len(positions) and positions[index] <= high


def _names_the_toll(context: _Context, sentence: Sentence, frame: _Frame, before: _Frame | None):
    """The figure (a frame of the sentence, else the paragraph's last assertion) whose toll a figure with
    no measure is, when its clause names a toll ("ce chiffre", "le précédent décompte", "porte à")
    before it; None when it names none or no figure came before."""
    if frame.other_noun:        # "un bilan commun aux deux frappes": frappes are counted
        return None
    last = before or context.last
    paragraph = context.sentences[context.paragraph_of[sentence.index]]
    if last is None or before is None and (last.article != context.article.id or last.start < paragraph.start):
        return None
    start, _ = _clause(sentence.text, frame.quantity)
    cues = _keyed_cues(context.lexicon, "parts", "toll", sentence.text)
    index = bisect_right(cues, frame.quantity.start, key=_END) - 1     # the last cue of the clause before it
    cue = cues[index] if index >= 0 and cues[index].start >= start else None
    # a figure with words after it only right after its cue: "ce qui porte à sept le bilan officiel"
    return last if cue is not None and (frame.bare or frame.quantity.start - cue.end <= 1) else None


def _speaker(text: str, lexicon: Lexicon) -> str | None:
    """Who speaks in a sentence that names no source: "back" for the one named before ("selon la même
    source", "il a indiqué"), carried from anywhere in the article; "new" for a speaker the lexicon does
    not know ("Le collectif Street Medics affirme avoir soigné 140 personnes", "selon l'institut national
    de gestion des catastrophes"), whose figures take no source named before; None when no one is said
    to speak (the paragraph's source carries)."""
    cues = {cue.key for cue in lexicon.scan("attribution", text)}
    if cues & {"same", "pronouns"}:
        return "back"
    return "new" if cues & {"verbs", "before"} else None      # "selon l'institut national de ..."


def _among(lexicon: Lexicon, text: str, quantity: Quantity, tags: list[_Tag], starts: list[int]) -> Match | None:
    """The measure of "parmi les blessés" ("parmi les sept victimes") earlier in the sentence, or of
    "des blessés" right after the figure ("25 des blessés"): the figure is a part of that toll."""
    partitive = _match_at(lexicon, ("parts",), text, _SPACE.match(text, quantity.end).end())
    if partitive is not None and partitive.key == "partitive":
        measure = _match_at(lexicon, ("measures",), text, _SPACE.match(text, partitive.end).end())
        if measure is not None:
            return measure
    if not _keyed_cues(lexicon, "parts", "among", text):      # most sentences: none to read
        return None
    return _among_cues(tags, lexicon, text).reading(quantity.start)


_ARTICLE = re.compile(r"\s*(?:(?:les|des|de|ses|leurs)\s+|d['’]\s*)?", re.IGNORECASE)


def _set_beside(lexicon: Lexicon, text: str, quantity: Quantity) -> bool:
    """Whether a `besides` cue stands right before the figure ("sans compter les centaines de blessés"):
    counted beside the toll before it, not among it."""
    cues = _keyed_cues(lexicon, "parts", "besides", text)
    index = bisect_right(cues, quantity.start, key=_END) - 1
    return index >= 0 and _ARTICLE.fullmatch(text, cues[index].end, quantity.start) is not None


class _AmongCues(NamedTuple):
    """A sentence's "parmi les" cues that may give the measure of a figure after them: those with no
    figure before them in their clause ("quatre enfants parmi les hospitalisés et 110 personnes
    soignées": the first figure's). A cue reads the measure right after it ("parmi les blessés, 45")
    or, once past the figure right after it, the measure after that figure ("parmi les sept victimes,
    deux enfants"); each reads for every figure from where its measure ends (`settled`: with its measure
    read, in cue order, and their running minimum); a cue whose measure ends before the figure right
    after it ends reads that first measure up to there (`early`: rare, ordered as the cues)."""

    settled: list[float]            # minus the running minimum, over the cues in order, of where each reads for good
    settled_reading: list[Match | None]
    early: list[tuple[int, int, int, Match]]   # (figure end, measure end, cue index, measure)

    def reading(self, position: int) -> Match | None:
        """The measure the first cue that reads at a figure starting at position gives, if any."""
        index = bisect_left(self.settled, -position)        # the first whose running minimum is at most position
        found = (index, self.settled_reading[index]) if index < len(self.settled) else None
        # of the cues that read early, only the first whose figure ends after position can read there
        early = bisect_right(self.early, position, key=_FIRST)
        if early < len(self.early) and self.early[early][1] <= position and (
                found is None or self.early[early][2] < found[0]):
            return self.early[early][3]
        return found[1] if found is not None else None


class _PerList:
    """What `build` gives for a list that one sentence's figures all ask about (its tags, its anchors),
    worked out once for the list: kept for the last few lists, each known by its identity and kept alive
    with its entry (so that no other list takes its id). Such lists are never changed once made."""

    def __init__(self, build: Callable, size: int = 4):
        self.build, self.size = build, size
        self.kept: dict[int, tuple[list, object]] = {}

    def __call__(self, items: list, *args):
        entry = self.kept.get(id(items))
        if entry is None or entry[0] is not items:
            if len(self.kept) >= self.size:
                self.kept.clear()
            entry = self.kept[id(items)] = (items, self.build(items, *args))
        return entry[1]


def _read_among_cues(tags: list[_Tag], lexicon: Lexicon, text: str) -> _AmongCues:
    """The sentence's _AmongCues, for its tags."""
    figures = [tag for tag in tags if tag.name == "NUM"]
    figure_starts = [figure.start for figure in figures]
    settled, settled_reading, early = [], [], []
    lowest, reading = math.inf, None
    for index, cue in enumerate(_keyed_cues(lexicon, "parts", "among", text)):
        before = bisect_left(figure_starts, _clause_start(text, cue.start))
        if before < len(figures) and figure_starts[before] < cue.start:
            settled.append(-lowest)
            settled_reading.append(reading)
            continue
        position = _SPACE.match(text, cue.end).end()
        first = _match_at(lexicon, ("measures",), text, position)
        at = bisect_left(figure_starts, position)
        figure = figures[at] if at < len(figures) and figure_starts[at] == position else None
        if figure is None:
            settles, measure = (first.end, first) if first is not None else (math.inf, None)
        else:
            then = _match_at(lexicon, ("measures",), text, _SPACE.match(text, figure.end).end())
            settles, measure = (max(figure.end, then.end), then) if then is not None else (math.inf, None)
            if first is not None and first.end < figure.end:
                early.append((figure.end, first.end, index, first))
        if settles < lowest:
            lowest, reading = settles, measure
        settled.append(-lowest)
        settled_reading.append(reading)
    return _AmongCues(settled, settled_reading, early)


_among_cues = _PerList(_read_among_cues)


def _measure_among_after(lexicon: Lexicon, text: str, quantity: Quantity, tags: list[_Tag],
                         starts: list[int]) -> Match | None:
    """The measure word of a toll the figure's people are said to be among, after them in the clause:
    "14 enfants figurent parmi les 73 blessés" counts wounded children."""
    for position in _after_among(lexicon, text, quantity):
        figure = _figure_at(tags, starts, position)
        if figure is not None:
            position = _SPACE.match(text, figure.end).end()
        return _match_at(lexicon, ("measures",), text, position)
    return None


def _after_among(lexicon: Lexicon, text: str, quantity: Quantity) -> Iterable[int]:
    """Where the words after each "parmi les" that follows the figure in its clause begin."""
    end = min(_clause_end(text, quantity.end), quantity.end + _RIGHT_REACH)
    among = _keyed_cues(lexicon, "parts", "among", text)
    for index in range(bisect_left(among, quantity.end, key=_START), len(among)):   # no copy of the rest
        if among[index].end > end:
            return
        yield _SPACE.match(text, among[index].end).end()


def _among_them_after(lexicon: Lexicon, text: str, quantity: Quantity) -> bool:
    """Whether the figure's clause ends on "parmi elles" ("81 membres des forces de l'ordre figurent parmi
    elles"): its people are among those just counted. Only at the clause's end: in "trois enfants, parmi
    eux un bébé" the words after the cue are a part of the figure's own."""
    end = min(_clause_end(text, quantity.end), quantity.end + _RIGHT_REACH)
    cues = _keyed_cues(lexicon, "parts", "part_of", text)
    index = bisect_right(cues, end, key=_END) - 1        # the last cue that ends in the clause
    return index >= 0 and cues[index].start >= quantity.end and not text[cues[index].end:end].strip(_CLOSING)


def _whole_of(context: _Context, assertion: Assertion) -> Assertion:
    """The whole a part belongs to, or the figure itself when it is a part of nothing read."""
    index = context.index_of.get(assertion.part_of) if assertion.part_of else None
    return context.assertions[index] if index is not None else assertion


def _group_among(lexicon: Lexicon, text: str, quantity: Quantity) -> str | None:
    """The group a "parmi les civils" after the figures of its clause names: what they count."""
    for position in _after_among(lexicon, text, quantity):
        group = _match_at(lexicon, ("people", "side_people", "force_alone"), text, position)
        if group is not None:
            return group.key
    return None


def _group_among_before(lexicon: Lexicon, text: str, quantity: Quantity, tags: list[_Tag],
                        starts: list[int]) -> str | None:
    """The group a clause opened by "Sur les 32 assaillants," names for a figure after it that names none:
    "Sur les 32 assaillants, 29 ont été tués et trois arrêtés" counts attackers."""
    start = _clause_start(text, quantity.start)
    cues = _keyed_cues(lexicon, "parts", "among", text)     # in text order: bisected, the last few of the clause
    first, last = bisect_left(cues, start, key=_START), bisect_left(cues, quantity.start, key=_START)
    for cue in cues[max(first, last - _AMONG_BEFORE_MOST):last]:
        figure = _figure_at(tags, starts, _SPACE.match(text, cue.end).end())
        group = figure and _match_at(lexicon, ("people", "side_people", "force_alone"), text,
                                     _COUNTED_NOUN.match(text, figure.end).end())
        if group and group.end < quantity.start and _COMMA.match(text, group.end):
            return group.key
    return None


_AMONG_BEFORE_MOST = 3     # the "Sur les ..." cues of a clause looked at before a figure, nearest last


def _figure_before(tags: list[_Tag], starts: list[int], start: int, end: int) -> bool:
    """Whether a figure stands in text[start:end]."""
    return any(tags[index].name == "NUM" for index in range(bisect_left(starts, start), bisect_left(starts, end)))


def _figure_at(tags: list[_Tag], starts: list[int], position: int) -> _Tag | None:
    index = bisect_left(starts, position)
    while index < len(tags) and tags[index].start == position:
        if tags[index].name == "NUM":
            return tags[index]
        index += 1
    return None


_COUNTED_NOUN = re.compile(r"\s*(?:de\s+|d['’]\s*)?")


def _not_counted(sources: list[tuple[int, str, int | None]], counts: list[Quantity], text: str) -> list:
    """The sources but those a figure counts: "on compte 98 pompiers" counts firefighters; the fire
    brigade says nothing there."""
    ends = sorted(count.end for count in counts)
    return [s for s in sources if not _COUNTED_NOUN.fullmatch(text, ends[bisect_right(ends, s[0]) - 1], s[0])] \
        if ends and sources else sources


def _the_speakers_own(lexicon: Lexicon, text: str, frame: _Frame, sources, counts: list[int]) -> str | None:
    """"La police a indiqué que 44 de ses agents avaient été tués": staff a figure counts as its speaker's
    own ("de ses", "de leurs" before a noun of `own_staff_nouns`) are the group whose staff the speaker's
    source has (`own_staff`: the police's agents are police)."""
    own = lexicon.data.get("own_staff") or {}
    if frame.noun_span is None or not own:
        return None
    between = fold(text[frame.quantity.end:frame.noun_span[0]]).split()
    noun = fold(text[slice(*frame.noun_span)])
    if between not in (["de", "ses"], ["de", "leurs"]) or noun not in _folded_words(lexicon, "own_staff_nouns"):
        return None
    source = _source_for(sources, frame.quantity, counts)
    return next((group for group, keys in own.items() if source in keys), None)


def _source_for(sources: list[tuple[int, str, int | None]], quantity: Quantity, counts: list[int]) -> str | None:
    """The source named nearest the figure, the earlier of two as near (sources are in text order). A
    source named after the figure as the subject of a verb that a figure follows says that figure, not
    this one: "Acled recense 2 800 morts, tandis que le ministère avance 3 000 morts" (counts: the
    starts of the sentence's figures)."""
    index = bisect_left(sources, quantity.start, key=_FIRST)
    before = sources[index - 1] if index else None
    after = sources[index] if index < len(sources) else None
    if after is not None and after[2] is not None and _any_within(counts, after[2], 1 << 30):
        after = None
    if before is not None and (after is None or quantity.start - before[0] <= after[0] - quantity.start):
        return before[1]
    return after[1] if after is not None else None


def _force_by_cue(lexicon: Lexicon, text: str, quantity: Quantity, anywhere: bool = False,
                  named_troops: bool = True, speakers: bool = True) -> str | None:
    """Troops with no force named belong to the country the sentence makes their subject, named
    before the figure ("Moscou perd 1 200 soldats") or with its troops ("les forces russes avaient
    perdu 1 040 soldats"); a war toll with no noun, to the country named nearest to it (of two as
    near, the one listed first). A country named as the owner of a source is no subject: "le ministère
    de la Santé du Hamas", "le porte-parole de l'armée israélienne" say who speaks, not who was counted.
    The cues are the sentence's, found once (_force_cues), and looked up outwards from the figure: a
    sentence of many cues and figures is not gone through for each figure."""
    cues = _force_cues(lexicon, text, named_troops, speakers)
    position = quantity.start
    first_after = bisect_right(cues.starts, position)
    before = _nearest_before(lexicon, text, cues, first_after - 1, position, anywhere)
    # after it, the first cue: at one start, the cues are in the order listed
    after = first_after if anywhere and first_after < len(cues.starts) else None
    if after is None or before is not None and (
            position - cues.starts[before], cues.ranks[before]) < (cues.starts[after] - position, cues.ranks[after]):
        return cues.keys[before] if before is not None else None
    return cues.keys[after]


class _ForceCues(NamedTuple):
    """A sentence's force cues that may own its figures, ordered by start and, at one start, as listed
    (force_cues before force_modifiers): their keys, starts, ends, ranks in that listing, and the
    largest end up to each."""

    keys: list[str]
    starts: list[int]
    ends: list[int]
    ranks: list[int]
    ends_so_far: list[int]


@lru_cache(maxsize=256)
def _force_cues(lexicon: Lexicon, text: str, named_troops: bool, speakers: bool) -> _ForceCues:
    """The sentence's cues of a force but those that name a source's owner, a place after "à" ("17
    morts à Kiev": a country or capital named as the place is no owner of the dead) or who struck
    ("l'attaque du Hamas", "une frappe russe") or who reports ("l'agence française"), and, without
    `speakers`, those right before a verb of saying: what does not depend on the figure, worked out once
    a sentence."""
    listed = lexicon.find("force_cues", text) + (lexicon.find("force_modifiers", text) if named_troops else [])
    peoples = lexicon.peoples()         # a state's name after "à" is a place; an armed group's is not
    verb_starts = [] if speakers else [v.start for v in _keyed_cues(lexicon, "attribution", "verbs", text)]
    kept = sorted((m.start, rank, m) for rank, m in enumerate(listed) if not _owns_a_source(lexicon, text, m)
                  and not (lexicon.sides().get(m.key) in peoples
                           and _links(lexicon).locative.search(text, max(0, m.start - 6), m.start))
                  and not _links(lexicon).attack_by.search(text, max(0, m.start - 40), m.start)
                  and not _links(lexicon).reported_by.search(text, max(0, m.start - 40), m.start)
                  and not _any_within(verb_starts, m.end, m.end + 3))
    ends = [m.end for _, _, m in kept]
    return _ForceCues(keys=[m.key for _, _, m in kept], starts=[start for start, _, _ in kept], ends=ends,
                      ranks=[rank for _, rank, _ in kept], ends_so_far=list(accumulate(ends, max)))


def _nearest_before(lexicon: Lexicon, text: str, cues: _ForceCues, index: int, position: int,
                    anywhere: bool) -> int | None:
    """The index of the nearest cue starting at or before position (index and below) that may own the
    figure there: one that ends before it with no verb on others between them ("Moscou affirme avoir
    tué plus de 60 militaires": who kills them does not lose them), or, `anywhere`, one that runs into
    it. A verb between a cue's end and the figure stands between every earlier end and the figure: the
    walk back stops where no earlier cue ends later than a cue so blocked."""
    acting = _verb_on_others(lexicon)
    blocked_to = -1
    best = None
    while index >= 0 and (best is None or cues.starts[index] == cues.starts[best]):
        end = cues.ends[index]
        if cues.ends_so_far[index] <= blocked_to:
            break
        if end > position:
            usable = anywhere
        elif end <= blocked_to:
            usable = False
        elif _found_in(acting, text, end, position):
            blocked_to, usable = end, False
        else:
            usable = True
        if usable:
            best = index        # at one start, the walk back meets the cue listed first last
        index -= 1
    return best


def _after_genitive(lexicon: Lexicon, text: str, position: int) -> bool:
    """Whether a genitive ("du", "de la") stands right before position: searched for within the reach
    before it, not from the sentence's start for each cue."""
    return _links(lexicon).genitive.search(text, max(0, position - _LEFT_REACH), position) is not None


@lru_cache(maxsize=256)
def _section_cues(lexicon: Lexicon, section: str, text: str) -> tuple[Match, ...]:
    """The sentence's cues of a section, in text order (a section's cues never overlap: their ends too):
    found once a sentence, so that a figure bisects them rather than copying those of a stretch."""
    return tuple(lexicon.find(section, text))


@lru_cache(maxsize=256)
def _keyed_cues(lexicon: Lexicon, section: str, key: str, text: str) -> tuple[Match, ...]:
    """The sentence's cues of one key of a section, in text order (their ends too): found once a
    sentence, so that a figure does not go through every cue of the section before it."""
    return tuple(m for m in lexicon.find(section, text) if m.key == key)


@lru_cache(maxsize=256)
def _opening_cues(lexicon: Lexicon, section: str, text: str) -> frozenset[int]:
    """Where the section's cues start within the sentence's first three characters: found once a
    sentence, not by going through all its cues for each figure."""
    return frozenset(m.start for m in lexicon.find(section, text) if m.start <= 2)


def _owns_a_source(lexicon: Lexicon, text: str, cue: Match) -> bool:
    """A cue that names a source ("selon l'armée ukrainienne"), stands in the genitive of a source's
    name or of a speaker's ("du gouvernement du Hamas") or right after a source and "de" ("l'administration
    militaire de Kiev")."""
    head = max(0, cue.start - _LEFT_REACH)
    if any(m.key == "before" and 0 <= cue.start - m.end <= 3 for m in lexicon.find("attribution", text, head, cue.start)):
        return True
    place_of = (lexicon.data.get("links") or {}).get("place_of", [])
    if any(fold(text[m.end:cue.start]).strip() in place_of for m in lexicon.find("sources", text, head, cue.start)):
        return True
    genitives = (lexicon.data.get("links") or {}).get("genitive", [])
    opens_genitive = any(fold(text[cue.start:cue.end]).startswith(g if g.endswith("'") else g + " ")
                         for g in genitives)                  # the modifier "du Hamas" itself
    if not opens_genitive and not _after_genitive(lexicon, text, cue.start):
        return False
    return bool(lexicon.find("sources", text, head, cue.start)) or \
        any(m.key == "speakers" for m in lexicon.find("attribution", text, head, cue.start))


def _place(lexicon: Lexicon, text: str, frame: _Frame, previous: Assertion | None) -> str | None:
    """The part of the event's area a figure is given for ("dans la province d'Al Haouz", "celle de
    Taroudant (190)", "À Marrakech, 13 personnes"); None for the event's whole."""
    start, end = frame.window
    links = _links(lexicon)
    elsewhere = _keyed_cues(lexicon, "places", "elsewhere", text)
    if elsewhere and elsewhere[0].end <= min(end, frame.quantity.start):      # ends in text order: the first is enough
        return "elsewhere"
    following = bisect_left(elsewhere, frame.end, key=_START)      # "et huit dans d'autres provinces"
    if following < len(elsewhere) and not text[frame.end:elsewhere[following].start].strip():
        return "elsewhere"
    # the place named in the figure's own stretch, up to the next comma ("492 dans celle de Taroudant,"),
    # else the nearest named before it ("La province d'Al Haouz paie le plus lourd tribut avec 1.293 morts")
    if frame.listed_place:
        return frame.listed_place
    bracketed = _NAME_BEFORE_BRACKET.search(text, max(0, frame.quantity.start - _LIST_ITEM_TAIL), frame.quantity.start)
    if bracketed and _in_a_list_of_places(lexicon, text, bracketed.start()) \
            and not _is_source_name(lexicon, bracketed.group("place")) and (
            bracketed.group("place") not in _not_names(lexicon) or _after_subdivision(lexicon, text, bracketed.start())):
        return bracketed.group("place")         # "par comté : Nairobi (19), Nakuru (3)", "la région Centre (1 238)"
    comma = text.find(",", frame.end, end)
    own_end = min(end, comma if comma >= 0 else end, _clause_end(text, frame.end))
    named = [(cue.start < frame.quantity.end, abs(cue.start - frame.quantity.start), match.group("place"))
             for cue in lexicon.find("places", text, start, end) if cue.key == "subdivisions" and cue.start < own_end
             and not _after_genitive(lexicon, text, cue.start)      # "le bilan du gouvernorat de Kayes": a source
             for match in [links.name_after.match(text, cue.end)] if match]
    if named and min(named)[0] is False:                      # "492 dans celle de Taroudant"
        return min(named)[2]
    after = links.place_after.match(text, frame.end)         # "dont 2 316 en Turquie", "117 au Darfour-Ouest"
    if after and after.end() <= end and not _is_source_name(lexicon, after.group("place")):
        return after.group("place")
    if named:                                                  # "La province d'Al Haouz ... avec 1.293 morts"
        return min(named)[2]
    # "En Turquie, l'AFAD compte 1 498 morts ; en Syrie, on dénombre 810 morts": the clause's topic
    for topic_start in dict.fromkeys((_clause_start(text, frame.quantity.start), 0)):
        topic = links.topic.match(text, topic_start)
        if topic and topic.end() <= frame.quantity.start:
            return topic.group("place")
    clause_start = _clause_start(text, frame.quantity.start)
    near = frame.quantity.start - clause_start <= _NAME_MOST + _RANKED_REACH     # bounded on any text
    where = _WHERE_CLAUSE.search(text, max(0, frame.quantity.start - _NAME_MOST - _RANKED_REACH), frame.quantity.start)
    # (not a country: "la discothèque de Santa Maria, dans le sud du Brésil, où 231 jeunes" died in the club)
    if where and where.group("place") not in _not_names(lexicon) and where.group("place") not in _countries(lexicon) \
            and not _is_source_name(lexicon, where.group("place")):
        return where.group("place")
    ranked = _RANKED_SUBJECT.match(text, clause_start, frame.quantity.start) if near else None
    if ranked and ranked.end() == frame.quantity.start and ranked.group("place") not in _not_names(lexicon) \
            and (ranked.group("place") in _countries(lexicon)         # "Le Mozambique reste le plus touché"
                 or _names_a_subdivision(lexicon, text, ranked.end("place"), ranked.end())):   # "l'État le plus ..."
        return ranked.group("place")        # "La Caroline du Sud est l'État le plus endeuillé avec 24 décès"
    if frame.clitic:        # "La Caroline du Nord en compte au moins sept", "; la Grande Comore en déplore 15"
        subject = _CLITIC_SUBJECT.match(text, clause_start, frame.quantity.start) if near else None
        if subject and _VERB_ONLY.fullmatch(text, subject.end(), frame.quantity.start) and \
                subject.group("place") not in _not_names(lexicon) and not _is_source_name(lexicon, subject.group("place")):
            return subject.group("place")
    if previous is not None and previous.place and frame.bare:     # "... et de Chichaoua (89)"
        names = list(links.name_after_of.finditer(text, start, frame.quantity.start))
        return names[-1].group("place") if names else previous.place
    return None


def _in_a_list_of_places(lexicon: Lexicon, text: str, position: int) -> bool:
    """Whether a colon or a word that opens a list of places (`places.list_openers`: "devant", "suivent")
    stands before position in its sentence."""
    return _list_opened_at(lexicon, text) < position


@lru_cache(maxsize=256)
def _list_opened_at(lexicon: Lexicon, text: str) -> int:
    """Where the sentence's first colon or list opener stands (its length when none): found once a sentence."""
    colon = text.find(":")
    openers = [cue.start for cue in _keyed_cues(lexicon, "places", "list_openers", text)]
    return min([p for p in (colon,) if p >= 0] + openers[:1] + [len(text)])


@cache
def _countries(lexicon: Lexicon) -> frozenset[str]:
    """The countries the lexicon names (`clustering.countries`), as written."""
    return frozenset((lexicon.data.get("clustering") or {}).get("countries") or ())


def _names_a_subdivision(lexicon: Lexicon, text: str, start: int, end: int) -> bool:
    """Whether a subdivision's word ("État", "région", "île") stands in text[start:end]."""
    return any(cue.key == "subdivisions" for cue in lexicon.find("places", text, start, end))


def _after_subdivision(lexicon: Lexicon, text: str, position: int) -> bool:
    """Whether a subdivision's word stands right before position: "la région Centre", a name there."""
    return any(cue.key == "subdivisions" and not text[cue.end:position].strip()
               for cue in lexicon.find("places", text, max(0, position - _SUBDIVISION_REACH), position))


_SUBDIVISION_REACH = 20     # longer than any subdivision's word ("circonscription")


def _is_source_name(lexicon: Lexicon, name: str) -> bool:
    """"à Reuters", "à l'AFP": a source spoken to, not a place."""
    return any(m.start == 0 and m.end == len(name) for m in lexicon.scan("sources", name))


def _clause(text: str, quantity: Quantity) -> tuple[int, int]:
    return _clause_start(text, quantity.start), _clause_end(text, quantity.end)


def _clause_start(text: str, position: int) -> int:
    if position and text[position - 1] in ".;!?":
        return position
    _, ends = _clause_marks(text)
    index = bisect_right(ends, position) - 1
    return ends[index] if index >= 0 else 0


def _clause_end(text: str, position: int) -> int:
    starts, _ = _clause_marks(text)
    index = bisect_left(starts, position)
    return starts[index] + 1 if index < len(starts) else len(text)


@lru_cache(maxsize=256)
def _clause_marks(text: str) -> tuple[list[int], list[int]]:
    """Where the sentence's clause-ending punctuation starts and ends, in order."""
    marks = [m.span() for m in _CLAUSE_END.finditer(text)]
    return [start for start, _ in marks], [end for _, end in marks]


def _dated_up_to(text: str, frame: _Frame, clause: tuple[int, int], anchors: list[TimeAnchor], lexicon: Lexicon) -> int:
    """Where a date after a figure may still date it: the end of its clause; the first comma between it
    and the next figure of its clause ("36 morts en 2013, et en 1954, plus de 400": 1954 dates the 400;
    but "12 morts et 15 blessés lundi", "28 morts et 139 blessés, a annoncé mercredi le ministère"); a
    relative clause after it (", ce qui en fait le pire attentat depuis Beslan, en 2004"); for a figure
    quoted, the end of the clause that says who said it and when ("« côté ami, 25 décédés », a déclaré
    jeudi soir ...")."""
    quantity = frame.quantity
    reach = min(clause[1], frame.end + _DATE_REACH)     # every search bounded: a long sentence is no square
    back = max(0, quantity.start - _DATE_REACH)
    opened, closed = text.rfind("«", back, quantity.start), text.rfind("»", back, quantity.start)
    close = text.find("»", quantity.end, quantity.end + _DATE_REACH) if opened > closed else -1
    if close >= 0:
        return max(reach, _clause_end(text, close + 1))
    comma = text.find(",", frame.end, min(frame.window[1], reach)) if frame.window[1] < clause[1] else -1
    if comma >= 0 and _opens_a_part(lexicon, text, comma + 1):
        # "53 personnes, dont 46 enfants, avaient péri le 31 juillet 1982": past a part's incise, unless
        # the incise has a date of its own ("19 490 décès, dont 15 000 en août, ...": August is the part's)
        closing = text.find(",", comma + 1, reach)
        dated = bisect_left(anchors, comma, key=_START)      # the first anchor after the comma
        if closing >= 0 and not (dated < len(anchors) and anchors[dated].start < closing):
            comma = text.find(",", closing + 1, reach)
    relative = _RELATIVE.search(text, frame.end, reach)       # ", ce qui en fait le pire depuis 2004"
    return min(comma if comma >= 0 else reach, relative.start() if relative else reach)


_RELATIVE = re.compile(r",\s+(?:ce\s+qui|ce\s+que|qui)\b")


def _opens_a_part(lexicon: Lexicon, text: str, position: int) -> bool:
    """Whether a `parts.part_of` cue ("dont", "parmi lesquels") opens the words at position."""
    cues = _keyed_cues(lexicon, "parts", "part_of", text)
    at = _SPACE.match(text, position).end()
    index = bisect_left(cues, at, key=_START)
    return index < len(cues) and cues[index].start == at
_DATE_REACH = 300       # characters around a figure where its quotation marks, commas and date are looked for


def _trailing(anchors: list[TimeAnchor], text: str, frame: _Frame) -> TimeAnchor | None:
    """A date right after the figure's words, in their stretch (no punctuation between), when the date
    before the figure stands beyond a comma: "12 morts dimanche, et 15 blessés lundi" dates the 15 by
    Monday; not the start of a running total ("depuis le 30 décembre")."""
    _, after = _free_around(anchors, frame.end)
    # "225 personnes évacuées depuis le 30 décembre": a start, not the day of the count
    if after is None or after.since or after.start - frame.end > _TRAILING_REACH \
            or _STRETCH_END.search(text, frame.end, after.start):
        return None
    before, _ = _free_around(anchors, frame.quantity.start)
    return after if before is None or text.find(",", before.end, frame.quantity.start) >= 0 else None


def _said_on(lexicon: Lexicon, text: str, anchors: list[TimeAnchor], anchor: TimeAnchor | None,
             quantity: Quantity) -> TimeAnchor | None:
    """"L'incendie d'une embarcation, mardi sur le fleuve, a coûté la vie à au moins 143 personnes, ont
    indiqué vendredi plusieurs responsables": a date in the sentence's subject, before its first verb,
    says when the event was; the toll is the one said on the day a verb of saying after it names."""
    if anchor is None or anchor.start < 0 or anchor.start > quantity.start or anchor.period is not None:
        return None
    later = [a for a in anchors if a.start > quantity.end and not a.since and a.period is None]
    if not later:
        return None
    verbs = _keyed_cues(lexicon, "attribution", "verbs", text)
    said = next((a for a in later if any(0 <= a.start - v.end <= 2 for v in verbs)), None)
    if said is None or said.as_of <= anchor.as_of:
        return None
    # the date stands in the subject: no verb of the sentence, no measure word, before it
    first_measure = next((m.start for m in lexicon.find("measures", text)), len(text))
    first_verb = next((v.start for v in verbs), len(text))
    return said if anchor.end <= min(first_measure, first_verb) and "," in text[:anchor.start] else None


def _free_around(anchors: list[TimeAnchor], position: int) -> tuple[TimeAnchor | None, TimeAnchor | None]:
    """The last anchor that dates no event starting before position, and the first starting at or after
    it: bisected among the sentence's anchors and then among those that date no event (_event_free), so
    a sentence of many dates is not gone through for each figure."""
    free = _event_free(anchors)
    first = bisect_left(free, bisect_left(anchors, position, key=_START))
    return (anchors[free[first - 1]] if first else None), (anchors[free[first]] if first < len(free) else None)


_TRAILING_REACH = 25    # "15 blessés dans la nuit de lundi": the words between a figure and its date
_STRETCH_END = re.compile(r"[,;:.!?()«»]")


def _nearest(anchors: list[TimeAnchor], quantity: Quantity, of_event: bool = False,
             clause_end: int | None = None) -> TimeAnchor | None:
    """The anchor dating a figure: the nearest before it, else after it in its clause (up to clause_end,
    if given: "36 morts en 2013, et en 1954, plus de 400" gives 1954 to the 400 only); the event's own
    date only when asked (a date of another, past event). The anchors are in text order (find_anchors
    sorts them): the figure's place among them is bisected, and so is its place among those that date
    no event (_event_free), not every anchor compared."""
    index = bisect_right(anchors, quantity.start, key=_START)
    limit = bisect_left(anchors, clause_end, key=_START) if clause_end is not None else len(anchors)
    if of_event:
        return anchors[index - 1] if index else anchors[index] if index < limit else None
    if index and not anchors[index - 1].of_event:      # most figures: the anchor before dates no event
        return anchors[index - 1]
    free = _event_free(anchors)
    after = bisect_left(free, index)        # the first that dates no event at or after the figure's place
    if after:
        return anchors[free[after - 1]]
    return anchors[free[0]] if free and free[0] < limit else None


def _read_event_free(anchors: list[TimeAnchor]) -> list[int]:
    """Where a sentence's anchors that date no event stand among its anchors."""
    return [index for index, anchor in enumerate(anchors) if not anchor.of_event]


_event_free = _PerList(_read_event_free)


def _match_at(lexicon: Lexicon, sections: Iterable[str], text: str, position: int) -> Match | None:
    """The longest lexicon phrase of these sections that starts right at position."""
    best = None
    for section in sections:
        match = lexicon.at(section, text, position)
        if match is not None and (best is None or match.end > best.end):
            best = match
    return best


def _position(article: Article, offset: int) -> tuple[int, int]:
    """1-based line and column of an offset, by bisection over the article's line breaks."""
    breaks = _line_breaks(article.text)
    line = bisect_left(breaks, offset)
    return line + 1, offset - (breaks[line - 1] + 1 if line else 0) + 1


@lru_cache(maxsize=8)
def _line_breaks(text: str) -> list[int]:
    return [m.start() for m in re.finditer("\n", text)]


def _unlink(context: _Context, offset: int, quantity: Quantity, reason: str) -> None:
    line, column = _position(context.article, offset)
    title = context.article.title_span or (0, 0)
    if quantity.is_count and offset >= context.article.body_start and not title[0] <= offset < title[1]:
        context.unread.append(quantity)
    context.unlinked.append(Unlinked(article=context.article.id, line=line, column=column, text=quantity.text,
                                     kind=quantity.kind, reason=reason))


def source_words(assertions: Sequence[Assertion], articles: Sequence[Article], lexicon: Lexicon) -> dict[str, str]:
    """The article's own words for each assertion's source ("la Corée du Sud" for south_korea), by
    assertion id: the nearest phrase of that source before the figure, else the first after it."""
    texts = {article.id: article.text for article in articles}
    found: dict[str, str] = {}
    for a in assertions:
        text = texts.get(a.article)
        if not a.source or text is None:
            continue
        matches = [m for m in lexicon.scan("sources", text) if m.key == a.source]
        before = [m for m in matches if m.end <= a.start]
        match = before[-1] if before else (matches[0] if matches else None)
        if match is not None:
            found[a.id] = " ".join(text[match.start:match.end].split())
    return found
