"""People and posts (staff_changes.csv): who holds, takes or leaves which post; new teams, jobs and staff numbers.

A name is a run of capitalised words next to a role phrase ("Jo Smith, the chief executive",
"director Jo Smith", "the leader of the council, Jo Smith"); a surname alone stands for the
full name the article gave earlier. Role phrases are built from general vocabulary (director,
cabinet member, social workers ...), never from a list of people. Each person is reported in
post once per article, at their first mention, and again where the article says since when
they have held the post ("the leader who has kept her in post since May"). A tenure given as
a duration ("has been chief executive for two years") is an appointment that long before
publication.

For speed the body is scanned once per article: for names, and (lower-cased) for anchor words
("appoint", "left", "created" ...). Each anchor then runs only the few short patterns of its
kind, forwards from the anchor or backwards from it (`match_back`).

Modules: `vocabulary` (names, roles), `patterns` (anchors, shared patterns), `mentions` (who is
named in which post), `rows` (dates and rows), `posts`, `departures`, `staffing` (one per kind of change).
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Callable

from ...intervals import Interval
from ..sentence import Sentence, may_overlap
from .departures import on_depart, on_departure, on_moved, on_removed, on_the_way_out
from .mentions import BOSS_WORDS, SECOND_POST, ArticlePeople, PersonMention, article_people, role_head
from .posts import (
    on_acting,
    on_also,
    on_appoint,
    on_became,
    on_filled,
    on_gerund,
    on_held,
    on_in_post_since,
    on_into_post,
    on_joined,
    on_made_permanent,
    on_new_role,
    on_new_role_will_be,
    on_place,
    on_replace,
    on_sent_to_lead,
    on_since,
    on_taken_on,
    on_tenure,
    on_role_held_by,
    on_took_up,
    on_will_be_from,
    on_will_chair,
)
from .rows import CHANGES_OF_ONE, Rows, in_post_rows
from .staffing import (
    on_breakdown,
    on_counted_new,
    on_create,
    on_hire,
    on_leadership,
    on_lost,
    on_posts_go,
    on_staff,
    on_starters,
    on_up_by,
)


Handler = Callable[[Sentence, int, ArticlePeople, list[PersonMention]], Rows]


def _first(*handlers: Handler) -> Handler:
    """The rows of the first of `handlers` that finds any: "left" a post, else "50 jobs will be axed", else "the
    departing director"; a post named after "appointed", else a person taken on without one ("appointed Jo Smith in
    May")."""
    return lambda sentence, pos, people, mentions: next(
        (rows for handler in handlers for rows in [handler(sentence, pos, people, mentions)] if rows), [])


_HANDLERS: dict[str, Handler] = {
    "appoint": _first(on_appoint, on_taken_on, on_made_permanent, on_sent_to_lead), "took_up": on_took_up, "joined": on_joined, "in_post": on_in_post_since,
    "tenure": on_tenure, "filled": on_filled, "since": on_since, "gerund": on_gerund, "became": _first(on_role_held_by, on_became),
    "acting": on_acting, "also": on_also, "held": on_held,
    # a leaving verb, else "moved to Kent as its director" (a post taken), else "recent exits included" (a noun)
    "replace": on_replace, "depart": _first(on_depart, on_posts_go, on_the_way_out, on_into_post, on_departure), "removed": on_removed,
    "departure": on_departure, "moved": on_moved,
    "into_post": _first(on_into_post, on_taken_on), "create": _first(on_create, on_hire), "staff": on_staff,
    # "brought in Jo Smith to lead ...", "is taking on the portfolio of ...", else counted hires ("brought in ten agency staff")
    "hire": _first(on_role_held_by, on_into_post, on_took_up, on_hire, on_taken_on, on_made_permanent),
    "starters": on_starters,
    "counted_new": on_counted_new, "leadership": on_leadership, "up_by": on_up_by, "lost": _first(on_lost, on_posts_go),
    "posts_go": on_posts_go, "outgoing": on_the_way_out, "new_role": on_new_role,
    "new": on_new_role_will_be, "will_be": on_will_be_from,
    "breakdown": on_breakdown, "chair": on_will_chair, "place": on_place,
}


def extract(sentence: Sentence) -> Rows:
    """staff_changes.csv rows: people in post, appointments, departures, hires, new teams and posts, staff numbers."""
    people = article_people(sentence.article)
    anchors, mentions = people.within(sentence.start, sentence.end)
    rows = in_post_rows(sentence, people, mentions)
    for pos, kind in anchors:
        if kind in _HANDLERS:
            rows += _stated(_HANDLERS[kind], sentence, pos, people, mentions)
    # "the sacking of its director, Jo Smith", "Jo Smith, the director, has left": a post left, not held now (but held
    # still by one who "has handed in her resignation")
    published = sentence.article.published.end
    left = {row["person"] for _, row in rows if row["change"] == "departed" and row["person"] and published
            and (row["date_precision"] == "before" or row["date_end"] and row["date_end"] < published.isoformat())
            and not _NOTICE_GIVEN.search(row["quote"])}
    return [(table, row) for table, row in rows if not (row["change"] == "in_post" and row["person"] in left)]


def _stated(handler: Callable[[Sentence, int, ArticlePeople, list[PersonMention]], Rows], sentence: Sentence, pos: int,
            people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """The rows `handler` finds at the anchor `pos`, none where it is denied or unasserted there ("has not appointed",
    "refused to resign", "if it recruited more staff"). Most anchors yield nothing and those two checks cost more than
    a handler, so the handler runs first; if its rows are then dropped, the first departures and appointments it
    recorded (`people.departed`, which only grows) are taken back."""
    told = len(people.departed)
    rows = handler(sentence, pos, people, mentions)
    if (rows or len(people.departed) > told) and (sentence.denied(pos) or sentence.unasserted(pos)):
        for key in list(people.departed)[told:]:
            del people.departed[key]
        return []
    return rows


_NOTICE_GIVEN = re.compile(r"\b(?:handed|handing|hands)\s+in\b|\b(?:tendered|submitted|announced)\s+(?:her|his|their)\s+resignation",
                           re.I)
_LEADERS = re.compile(r"\b(?:leader|manage)", re.I)  # "senior leaders", "leadership", "management team"
_PERMANENT = re.compile(r"\bpermanent", re.I)  # "appointed permanently" after an interim post: a change of its own


def restated(rows: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """An article's staff rows without an unnamed change ("commissioners appointed") where the article names who made
    it ("Jo Smith has been appointed commissioner"): the named row states that fact, with the role the unnamed one
    gives if it had none; and without a person's appointment told again after their interim one."""
    def change(row: dict) -> tuple[str, str, bool]:  # "commissioners" is "commissioner"; "deputy director" is not "director"
        return row["change"], role_head(row["role"]).removesuffix("s"), bool(SECOND_POST.search(row["role"]))

    staff = [row for table, row in rows if table == "staff_changes"]
    named, merged = [row for row in staff if row["person"] and row["change"] in CHANGES_OF_ONE], set()
    # "The director of X is stepping down. ... Jo Smith is quitting": one change, the named one (given the role)
    for kind in CHANGES_OF_ONE:
        roleless = [row for row in staff if row["change"] == kind and row["person"] and not row["role"]]
        unnamed = [row for row in staff if row["change"] == kind and not row["person"] and row["count"] == 1.0]
        if len(unnamed) > 1:  # of several unnamed posts, the one a boss holds ("the director is to leave ... the commissioner")
            unnamed = [row for row in unnamed if role_head(row["role"]) in BOSS_WORDS]
        if len(roleless) == 1 and len(unnamed) == 1:
            roleless[0]["role"] = unnamed[0]["role"]
            merged.add(id(unnamed[0]))
    # "a new senior leadership team ... the new management team": one new team of a council unless dated apart, and none
    # where the article gives that change of leaders otherwise ("the appointment of new interim senior leaders")
    teams = [row for row in staff if row["rule"] != "staff_changes.new-team" and not row["person"]
             and row["change"] in ("leadership_change",) + CHANGES_OF_ONE and _LEADERS.search(row["role"])]
    for row in (row for row in staff if row["rule"] == "staff_changes.new-team"):
        if any(row["organisation"] == kept["organisation"] and may_overlap(row, kept) for kept in teams):
            merged.add(id(row))
        else:
            teams.append(row)
    merged |= _interim_told_twice(staff, named) | _roleless_told_twice(named) | _former_and_left(staff) \
        | _counted_twice(staff)
    # not "He will be replaced by a different commissioner" after "Jo Smith was appointed commissioner in 2014"; nor "the
    # boss of children's services has stood down" beside "Jo Smith, the executive director, has left"
    return [(table, row) for table, row in rows if not (table == "staff_changes" and (id(row) in merged or not row["person"] and
            any((change(other) == change(row) or _vaguely_same(row, other)) and may_overlap(row, other) for other in named)))]


_VAGUE_HEADS = frozenset(("boss", "chief", "figure"))  # "the council's children's services boss", "a senior figure"
_SENIOR_ONE = re.compile(r"^(?:an?\s+)?(?:senior|top)\s+(?:manager|officer|figure)\b", re.I)  # "a senior manager at Kent"


def _vaguely_same(unnamed: dict, named: dict) -> bool:
    """Whether an unnamed change of one vaguely named senior post ("the boss of children's services", "a senior
    manager") may be a named change of the same kind in a senior post ("Jo Smith, executive director, has resigned")."""
    vague = role_head(unnamed["role"]) in _VAGUE_HEADS or _SENIOR_ONE.match(unnamed["role"])
    return bool(vague) and unnamed["count"] == 1.0 and unnamed["change"] == named["change"] \
        and role_head(named["role"]) in BOSS_WORDS


def _interim_told_twice(staff: list[dict], named: list[dict]) -> set[int]:
    """Ids of the rows an interim appointment told twice leaves over: "Kent has had an interim director appointed. ...
    Jo Smith takes over" (the unnamed row; Smith's appointment is the interim one) and "Kent has appointed Jo Smith as
    interim director. She takes over from ..." (the second appointment, not one to another post: "She joined Kent in
    2016 as a head of service")."""
    merged = set()
    unnamed = [row for row in staff if row["change"] == "interim_appointed" and not row["person"] and row["count"] == 1.0]
    appointed = [row for row in named if row["change"] == "appointed" and not _PERMANENT.search(row["quote"])]
    if len(unnamed) == 1 and len(appointed) == 1 and all(row["change"] != "interim_appointed" for row in named) \
            and role_head(appointed[0]["role"] or unnamed[0]["role"]) == role_head(unnamed[0]["role"]):
        appointed[0].update(change="interim_appointed", role=appointed[0]["role"] or unnamed[0]["role"])
        merged.add(id(unnamed[0]))
    interim = [row for row in named if row["change"] == "interim_appointed"]
    return merged | {id(row) for row in appointed if any(
        other["person"] == row["person"] and other["char_start"] < row["char_start"] and may_overlap(row, other)
        and (not row["role"] or role_head(row["role"]) == role_head(other["role"])) for other in interim)}


def _counted_twice(staff: list[dict]) -> set[int]:
    """Ids of unnamed rows that an earlier counted row of the same quote and change restates, or any counted row where they
    are uncounted, with the same or a longer role: "Three new teams have been created" (one row of three teams, not also
    one of teams uncounted), "agreed to fund 15 new social worker roles" (one row of 15 posts, not two)."""
    unnamed = [row for row in staff if not row["person"]]
    return {id(row) for i, row in enumerate(unnamed) if any(
        other["count"] is not None and other["quote"] == row["quote"] and other["change"] == row["change"]
        and (row["count"] is None or row["count"] == other["count"] and j < i) and _role_within(row["role"], other["role"])
        for j, other in enumerate(unnamed) if j != i)}


def _role_within(role: str, other: str) -> bool:
    """Whether one role's words hold the other's ("locality teams" in "three new locality teams")."""
    role, other = role.lower(), other.lower()
    return bool(role and other) and (role in other or other in role)


def _former_and_left(staff: list[dict]) -> set[int]:
    """Ids of a "former" post's rows whose holder the article says left that post: "the arrest of former leader Jo
    Smith ... Jo Smith's resignation" (the departure tells it)."""
    return {id(row) for row in staff if row["rule"] == "staff_changes.former-post" and any(
        other["person"] == row["person"] and other["change"] == "departed" and role_head(other["role"]) == role_head(row["role"])
        for other in staff)}


def _roleless_told_twice(named: list[dict]) -> set[int]:
    """Ids of a person's appointments without a role that restate one with a role at a date it may have: "Jo Smith
    took up her post as director on Monday. ... She has joined the council from Essex"."""
    def appointed(row: dict) -> bool:
        return row["change"] in ("appointed", "interim_appointed")
    return {id(row) for row in named if appointed(row) and not row["role"] and any(
        other["person"] == row["person"] and appointed(other) and other["role"] and may_overlap(row, other)
        for other in named)}


# The chair of a board or panel (not a council officer): appointed, but not reported in post here
_BOARD_CHAIR = re.compile(r"\bchair(?:man|woman|person)?\b.*\b(?:board|panel|committee|commission)\b", re.I)
_RECENT_DAYS = 730  # an appointment older than this is career history: the article may not say the post was left
_PAST_POSTS = ("staff_changes.post-held", "staff_changes.held-before", "staff_changes.former-post")  # in post once, not (necessarily) now


def still_in_post(rows: list[tuple[str, dict]], published: Interval) -> list[tuple[str, dict]]:
    """An in-post row at the publication for each person the article says was appointed in the two years before it (not
    as a board's or panel's chair) and does not say left ("Jo Smith was appointed director in May": in post now),
    quoting the appointment."""
    if not published.end:
        return []
    staff = [row for table, row in rows if table == "staff_changes" and row["person"]]
    gone = {row["person"] for row in staff if row["change"] == "departed"
            or row["change"] == "in_post" and row["rule"] not in _PAST_POSTS}
    back = min(timedelta(days=_RECENT_DAYS), published.end - date.min)  # (no earlier than the calendar allows)
    day, recent = published.end.isoformat(), (published.end - back).isoformat()
    out = []
    for row in staff:
        if row["change"] in ("appointed", "interim_appointed") and row["person"] not in gone and row["role"] \
                and not _BOARD_CHAIR.search(row["role"]) \
                and row["date_end"] and recent <= row["date_end"] <= day and row["date_precision"] != "after":
            gone.add(row["person"])
            out.append(("staff_changes", dict(row, change="in_post", rule="staff_changes.still-in-post",
                                              date_start=published.start.isoformat() if published.start else "",
                                              date_end=day, date_precision=published.precision)))
    return out
