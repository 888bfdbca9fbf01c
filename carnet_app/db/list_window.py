"""The carnet list a window at a time: one page of the ids a filter keeps, in list order, and
how many there are, instead of every matching id on each keystroke.

A keystroke asks for the first page (``first_page``), and for the count only when that is cheap;
otherwise the list asks ``carnet_count_matching`` afterwards, and later pages
(``carnet_id_page``) when it is scrolled there. The matches are exactly those of
``queries.carnet_ids`` (the same conditions, the same order, ties broken by id); only how a
page is found differs with how many carnets match:

* few (a term most carnets do not contain): the matching ids are collected through the trigram
  index and the page sorted out of them, as ``carnet_ids`` does;
* many ("Stein", "camera", "O"): the list's sort index is read in order and each carnet checked
  (its number, its holder, its items by their rowid range in the trigram index), stopping at the
  end of the page: a few hundred carnets read instead of tens of thousands collected and sorted.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, TextClause, func, literal_column, or_, select, text
from sqlalchemy.orm import Session

from carnet_app.db.models import Carnet, GoodsItem, Holder
from carnet_app.db.queries import (
    DOCUMENT_MATCH_IDS,
    TRIGRAM,
    ListFilter,
    SortKey,
    _fts_phrase,
    _ids_of,
    _like_pattern,
    _sort_expression,
    filter_conditions,
    has_folded_function,
    trigram_matches,
)
from carnet_app.db.search_documents import usable_for
from carnet_app.db.search_index import ITEM_ROWID_SHIFT, has_search_index
from carnet_app.db.text_fold import fold

FIRST_PAGE = 100  # what a keystroke asks for: a screenful and more
# Item hits read to guess how common a term is (the index returns them in carnet order).
PROBE_HITS = 1_000
# Above this share of carnets matching, a page is found by reading the sort index in order.
WALK_SHARE = 0.15
WALK_ROWS = 500  # ... for pages that end this close to the top; deeper ones are sorted
# SQLite: between this share and WALK_SHARE, the sort index is read in order against the set of
# matches collected once (a million carnets: "Orion" finds 50,000 through their holders; sorting
# them all for a page of 100 cost 0.12 s of CPU, checking each carnet against the trigram index
# as many)
SET_WALK_SHARE = 0.01
WALK, SET_WALK, COLLECT = "walk", "set walk", "collect"
# PostgreSQL: carnets checked to guess how common a term is (1 % of them: ten hits)
SAMPLE_CARNETS = 1_000


@dataclass(frozen=True)
class ListWindow:
    """The first ids a filter keeps, in list order, and how many it keeps (None: not counted
    yet, because counting costs more than finding the page; ask carnet_count_matching)."""

    total: int | None
    ids: list[int]


def _walked_trigram_search(term: str) -> TextClause:
    """The trigram search as a check of one carnet, for a query that reads carnets in order."""
    shift = ITEM_ROWID_SHIFT
    return text(
        "(EXISTS (SELECT 1 FROM search_numbers WHERE search_numbers MATCH :walk_q "
        "AND rowid = carnets.id) "
        "OR carnets.holder_id IN (SELECT rowid FROM search_holders "
        "WHERE search_holders MATCH :walk_q) "
        "OR EXISTS (SELECT 1 FROM search_items WHERE search_items MATCH :walk_q "
        f"AND rowid BETWEEN (carnets.id << {shift}) "
        f"AND (carnets.id << {shift}) + {(1 << shift) - 1}))"
    ).bindparams(walk_q=_fts_phrase(fold(term) or ""))


def _walked_short_search(term: str) -> ColumnElement[bool]:
    """A term shorter than a trigram, as a check of one carnet: its number or its holder's name
    (LIKE, which SQLite compares without ASCII case, as the ILIKE of carnet_ids does)."""
    pattern = _like_pattern(term)
    holders = select(Holder.id).where(Holder.name.like(pattern, escape="\\"))
    return or_(Carnet.number.like(pattern, escape="\\"), Carnet.holder_id.in_(holders))


def _folded_pattern(term: str) -> str:
    return _like_pattern(fold(term) or "")


def _walked_folded_search(term: str) -> ColumnElement[bool]:
    """PostgreSQL: the folded search of ``queries`` as a check of one carnet (its items by
    their carnet's index) instead of a union of every match."""
    pattern = _folded_pattern(term)
    folded = func.carnet_fold
    holders = select(Holder.id).where(folded(Holder.name).like(pattern, escape="\\"))
    if usable_for(fold(term) or ""):  # number and goods: the carnet's search documents
        # OFFSET 0, as below: without it the planner hashes every matching document first
        documents = text(
            "EXISTS (SELECT 1 FROM search_documents d WHERE d.carnet_id = carnets.id "
            "AND d.document LIKE :walk_p ESCAPE '\\' OFFSET 0)"
        ).bindparams(walk_p=pattern)
        return or_(Carnet.holder_id.in_(holders), documents)
    number = folded(Carnet.number).like(pattern, escape="\\")
    items = (
        select(GoodsItem.id)
        .where(
            GoodsItem.carnet_id == Carnet.id,
            or_(
                folded(GoodsItem.description).like(pattern, escape="\\"),
                folded(GoodsItem.marks).like(pattern, escape="\\"),
            ),
        )
        # OFFSET keeps the check per carnet: without it the planner turns it into a hashed
        # set of every matching item (64,000 for "camera", 0.6 s) before the first carnet
        .offset(0)
        .exists()
    )
    return or_(number, Carnet.holder_id.in_(holders), items)


def _conditions(
    session: Session,
    flt: ListFilter,
    *,
    today: date,
    walked: bool = False,
    set_walk: bool = False,
) -> list[ColumnElement[bool] | TextClause]:
    indexed = has_search_index(session)
    term = flt.search.strip()
    folded_sql = bool(term) and not indexed and has_folded_function(session)
    if set_walk and indexed and len(term) >= TRIGRAM:
        rest = filter_conditions(replace(flt, search=""), today=today, indexed=indexed)
        # "+" keeps SQLite from driving the query by the set: it reads the sort index in order
        # and looks each carnet up in the set, stopping at the end of the page
        return [literal_column("+carnets.id").in_(trigram_matches(term)), *rest]
    if walked and term and (indexed or folded_sql):
        rest = filter_conditions(replace(flt, search=""), today=today, indexed=indexed)
        if folded_sql and len(fold(term) or "") >= TRIGRAM:  # as queries._folded_search
            return [_walked_folded_search(term), *rest]
        if folded_sql:  # shorter than a trigram: already a check of each carnet
            return [*filter_conditions(flt, today=today, indexed=False, folded_sql=True)]
        if len(term) >= TRIGRAM:
            return [_walked_trigram_search(term), *rest]
        return [_walked_short_search(term), *rest]
    return [*filter_conditions(flt, today=today, indexed=indexed, folded_sql=folded_sql)]


def carnet_count_matching(session: Session, flt: ListFilter, *, today: date) -> int:
    """How many carnets the filter keeps (``len(carnet_ids(...))``)."""
    term = flt.search.strip()
    if term and replace(flt, search="") == ListFilter() and _counted_by_documents(session, term):
        # PostgreSQL, the search alone: the matches counted as they are found (as a list of
        # ids looked up in the carnets, 30,000 "cam" took twice as long)
        return int(
            session.execute(
                text(f"SELECT count(*) FROM ({DOCUMENT_MATCH_IDS}) AS found"),
                {"p": _folded_pattern(term)},
            ).scalar_one()
        )
    query = select(func.count()).select_from(Carnet)
    # a term shorter than a trigram: one pass over the carnets (two index scans and a union
    # of their ids cost more when most carnets match)
    short = 0 < len(term) < TRIGRAM
    conditions = _conditions(session, flt, today=today, walked=short)
    if conditions:
        query = query.where(*conditions)
    return int(session.execute(query).scalar_one())


def _counted_by_documents(session: Session, term: str) -> bool:
    folded = fold(term) or ""
    return (
        len(folded) >= TRIGRAM
        and usable_for(folded)
        and not has_search_index(session)
        and has_folded_function(session)
    )


def _page_query(
    session: Session,
    flt: ListFilter,
    *,
    today: date,
    sort: SortKey,
    descending: bool,
    walk: bool,
    set_walk: bool = False,
) -> Any:
    query: Any = select(Carnet.id)
    if sort is SortKey.HOLDER:
        query = query.join(Holder, Holder.id == Carnet.holder_id)
    conditions = _conditions(session, flt, today=today, walked=walk, set_walk=set_walk)
    if conditions:
        query = query.where(*conditions)
    expression = _sort_expression(sort)
    if descending:
        return query.order_by(expression.desc(), Carnet.id.desc())
    return query.order_by(expression.asc(), Carnet.id.asc())


def carnet_id_page(
    session: Session,
    flt: ListFilter,
    *,
    today: date,
    sort: SortKey = SortKey.NUMBER,
    descending: bool = False,
    offset: int = 0,
    limit: int = FIRST_PAGE,
    walk: bool = False,
    set_walk: bool = False,
) -> list[int]:
    """Ids ``offset`` to ``offset + limit`` of the list ``carnet_ids`` would return. ``walk``:
    read the sort index in order checking each carnet (fast when most carnets match)."""
    query = _page_query(
        session,
        flt,
        today=today,
        sort=sort,
        descending=descending,
        walk=walk and offset + limit <= WALK_ROWS,
        set_walk=set_walk and offset + limit <= WALK_ROWS,
    )
    return _ids_of(session, query.offset(max(0, offset)).limit(max(0, limit)))


def _strategy(session: Session, term: str) -> str:
    """How a search term's first page is found: ``WALK`` when it matches so many carnets that
    reading the list in order (checking each carnet) finds a page soonest, ``SET_WALK`` when
    it matches a few percent (SQLite: the list read in order against the matches collected
    once), ``COLLECT`` when few (every match collected and sorted). A guess from the trigram
    index: it changes speed, never the result."""
    if len(term) < TRIGRAM:
        return WALK  # numbers and holders only, checked per carnet in a few microseconds
    # carnet ids are dense: the last one stands for how many there are
    count = int(session.execute(select(func.max(Carnet.id))).scalar() or 0)
    if count == 0:
        return COLLECT
    if not has_search_index(session):  # PostgreSQL
        return WALK if _common_folded_term(session, term, count) else COLLECT
    values = {"q": _fts_phrase(fold(term) or "")}
    holders = "SELECT rowid FROM search_holders WHERE search_holders MATCH :q"
    items = "SELECT rowid >> 20 AS carnet FROM search_items WHERE search_items MATCH :q"
    by_holder = int(
        session.execute(
            text(f"SELECT count(*) FROM carnets WHERE holder_id IN ({holders})"), values
        ).scalar_one()
    )
    if by_holder >= WALK_SHARE * count:
        return WALK
    hits = session.execute(
        text(f"SELECT count(*), max(carnet) FROM ({items} LIMIT :n) AS probe"),
        {**values, "n": PROBE_HITS},
    ).one()
    found, reached = int(hits[0]), int(hits[1] or 0)
    if found < PROBE_HITS or reached <= 0:  # every item hit read already: few items
        return SET_WALK if by_holder + found >= SET_WALK_SHARE * count else COLLECT
    # item hits per carnet over the ids the probe covered
    density = found / reached
    if density >= 2 * WALK_SHARE:
        return WALK
    if density >= 2 * SET_WALK_SHARE or by_holder >= SET_WALK_SHARE * count:
        return SET_WALK
    return COLLECT


def _common_folded_term(session: Session, term: str, count: int) -> bool:
    """PostgreSQL: whether a term is common (``_strategy``), from the latest
    ``SAMPLE_CARNETS`` carnets checked one by one as a walk checks them (the trigram index
    cannot stop early: a common term's bitmap holds every match). Common means more than
    ``walk_share``: each carnet a walk checks costs about what each match a collect rechecks
    does (one short search document), so reading 1/share carnets for a page beats collecting
    share x count matches above the share where both are equal."""
    latest = session.execute(select(func.max(Carnet.id))).scalar() or 0
    sample = min(count, SAMPLE_CARNETS)
    sampled = session.execute(
        select(func.count())
        .select_from(Carnet)
        .where(Carnet.id > latest - sample, _walked_folded_search(term))
    ).scalar_one()
    return int(sampled) >= walk_share(count) * sample


def walk_share(count: int) -> float:
    """PostgreSQL: the share of ``count`` carnets above which a term's first page is found by
    walking the list (1 % at a million carnets, 3 % at 100,000, 15 % at most)."""
    return min(WALK_SHARE, math.sqrt(FIRST_PAGE / max(count, 1)))


def first_page(
    session: Session,
    flt: ListFilter,
    *,
    today: date,
    sort: SortKey = SortKey.NUMBER,
    descending: bool = False,
    limit: int = FIRST_PAGE,
) -> ListWindow:
    """The first ``limit`` ids, and their count when it comes cheap: one keystroke's query."""
    term = flt.search.strip()
    searchable = has_search_index(session) or has_folded_function(session)
    strategy = _strategy(session, term) if term and searchable else COLLECT
    if strategy != COLLECT:
        ids = carnet_id_page(
            session,
            flt,
            today=today,
            sort=sort,
            descending=descending,
            limit=limit,
            walk=strategy == WALK,
            set_walk=strategy == SET_WALK,
        )
        # many: counted apart, after the page is shown (unless the page holds them all)
        return ListWindow(len(ids) if len(ids) < limit else None, ids)
    if not term:  # the sort index gives the page, the count is one index count
        ids = carnet_id_page(
            session, flt, today=today, sort=sort, descending=descending, limit=limit
        )
        total = len(ids) if len(ids) < limit else carnet_count_matching(session, flt, today=today)
        return ListWindow(total, ids)
    # few: the page and the count from one pass over the matches
    query = _page_query(session, flt, today=today, sort=sort, descending=descending, walk=False)
    rows = session.execute(query.add_columns(func.count().over()).limit(max(0, limit))).all()
    return ListWindow(int(rows[0][1]) if rows else 0, [int(row[0]) for row in rows])
