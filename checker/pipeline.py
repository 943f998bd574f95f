"""Paths listed (checker.ingest.list_batch) → the batch read and its claims: each piece of the batch decoded,
checked and read by the job that takes it (checker.claims.read_each), so that the jobs start on the first
articles while the rest wait their turn, then the readings gathered in order and linked into events."""
from __future__ import annotations

from collections.abc import Callable

from checker.claims import Extraction, link_claims, read_each
from checker.collector import kept_apart
from checker.ingest import Batch, Listing, Piece, PieceReading, gather, read_piece
from checker.lexicon import Lexicon
from checker.model import Article

__all__ = ["extract_batch"]


def extract_batch(listing: Listing, lexicon: Lexicon, qualifiers=None, jobs: int = 1,
                  progress: Callable[[], None] | None = None) -> tuple[Batch, Extraction]:
    """The batch of the listing's pieces and its extraction, the same as `read_batch` then `extract_claims`
    whatever `jobs` says. `progress` is called once a piece is read. An article whose id another took
    before it is read again under the id `gather` gives it (`003-2`): the ids a batch makes unique are
    known only once all of it is read."""
    with kept_apart() as set_aside:    # a piece read is finished: the collector walks it no more
        pieces: list[PieceReading] = []
        readings = []
        for piece, reading in read_each(listing.pieces, lexicon, qualifiers, jobs, read=_read):
            pieces.append(piece)
            if reading is not None:
                readings.append(reading)
            set_aside()
            if progress is not None:
                progress()
        batch = gather(listing, pieces)
        read = [piece.article for piece in pieces if piece.article is not None]
        renamed = [index for index, (first, final) in enumerate(zip(read, batch.articles)) if first.id != final.id]
        for index, (_given, reading) in zip(renamed, read_each([batch.articles[i] for i in renamed], lexicon,
                                                                qualifiers, jobs)):
            readings[index] = reading
        return batch, link_claims(readings, lexicon)


def _read(piece: Piece) -> tuple[Article | None, PieceReading]:
    reading = read_piece(piece)
    return reading.article, reading
