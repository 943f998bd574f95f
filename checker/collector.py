"""Finished objects kept out of the cyclic garbage collector's walks while a stage makes many more.

CPython makes a full collection, which walks every container object alive, whenever the objects that
reached its oldest generation since the last one pass a quarter of those it holds. Two stages keep a
large, finished set of objects alive while they make many short-lived ones:

- reading a batch keeps every article's assertions and unlinked figures to its end (some 18 objects an
  article, 1.4 million for 80 000 articles), and the objects an article's reading makes reached the
  oldest generation fast enough for the condition to hold at nearly every chance: the number of full
  collections grew with the batch and each walked all the readings kept so far, so the collector's time
  grew with the square of the batch (10.5 s of 60 at 10 000 articles, 68 s of 270 at 40 000);
- evaluating a million assertions walked all of them once more (0.4–0.5 s of 11 s).

`kept_apart` gives a function that moves every object alive into the collector's permanent generation
(`gc.freeze`, which costs the same for any number of objects): the collector then walks only what is
made after. Neither stage makes cyclic garbage (none found after 2 000 articles read with the collector
off), and a frozen object is still freed by its reference count; on leaving the block, the frozen objects
go back to the oldest generation (`gc.unfreeze`). When the caller has frozen objects of its own, the
collector is left as it is.

At exit, CPython makes one last full collection, which walks every object still alive: 0.3 s after a
batch of 1 000 articles, as long as all the rest of its writing. `set_aside_for_exit` freezes them once
the program's output is written: the collection then walks none, and the system takes the memory back.
"""
from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def kept_apart() -> Iterator[Callable[[], None]]:
    """Within the block, the function given sets aside every object alive (call it once the objects kept
    are finished: an article read, the input of a run); on leaving, they are the collector's again."""
    if gc.get_freeze_count():    # the caller manages the permanent generation: left alone
        yield lambda: None
        return
    try:
        yield gc.freeze
    finally:
        gc.unfreeze()


def set_aside_for_exit() -> None:
    """The program ends: its objects are kept out of the collection CPython makes at exit."""
    gc.freeze()
