"""A sentence of an article body with what was found inside it, and the row builder."""
from __future__ import annotations

from dataclasses import dataclass

from ..corpus import Article
from ..dates import DateMention
from ..intervals import UNKNOWN, Interval
from ..numbers import Quantity
from ..schema import TABLES, columns
from .rules import RULES

# The columns an extracted row fills: all but the identity columns `extract_corpus` adds.
_FIELDS = {name: frozenset(columns(fields)) - {"mention_id", "review"} for name, fields in TABLES.items()}


_NOT_FACT = ("quote", "char_start", "char_end", "rule")


def unique(rows: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """The rows without restatements of one fact (same table and fields but quote and rule), the first kept."""
    seen, out = set(), []
    for table, row in rows:
        key = (table,) + tuple((k, v) for k, v in row.items() if k not in _NOT_FACT)
        if key not in seen:
            seen.add(key)
            out.append((table, row))
    return out


@dataclass(frozen=True)
class Sentence:
    article: Article
    start: int
    end: int
    council: str                          # the article's main council: the default subject
    councils: list[tuple[int, int, str]]  # councils named in the sentence
    dates: list[DateMention]
    quantities: list[Quantity]

    @property
    def text(self) -> str:
        return self.article.text[self.start:self.end]

    def row(self, rule: str, *, start: int | None = None, end: int | None = None, council: str | None = None,
            interval: Interval = UNKNOWN, **fields) -> dict:
        """A fact row made by the registered `rule`: the contract's common columns (quote = the sentence unless a
        span is given) + `fields`, which must be exactly the rest of the rule's table."""
        start = self.start if start is None else start
        end = self.end if end is None else end
        if rule not in RULES:
            raise KeyError(f"rule {rule!r} is not in the registry (helpers/extract/rules.py)")
        date_start, date_end = interval.iso()
        row = {
            "article_id": self.article.article_id,
            "council": self.council if council is None else council,
            "quote": self.article.text[start:end],
            "char_start": start,
            "char_end": end,
            "date_start": date_start,
            "date_end": date_end,
            "date_precision": interval.precision,
            "rule": rule,
            **fields,
        }
        if row.keys() != _FIELDS[RULES[rule].table]:
            raise ValueError(f"rule {rule!r}: fields {sorted(row.keys() ^ _FIELDS[RULES[rule].table])} do not match "
                             f"the {RULES[rule].table} table")
        return row

    def council_before(self, pos: int) -> str:
        """The council named last before `pos` in this sentence, else the article's main council."""
        named = [c for s, _, c in self.councils if s < pos]
        return named[-1] if named else self.council
