"""The phrase a quotation is credited to, as the speaker rules name it: a
:class:`Speaker` record, shared by the rules that find speakers
(:mod:`index.extract.speaker_referents`, :mod:`index.extract.speakers`) and those that
credit them (:mod:`index.extract.attributions`)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from index.records import Mention


@dataclass(frozen=True)
class Speaker:
    """The phrase a quotation is credited to, named: a person's full name and entity
    id when the recogniser linked one, else the phrase as printed. ``kind`` is what
    the rules know of an unlinked phrase ("group" for an organisation the recogniser
    named, "person" for a name found as one); None leaves it to
    :func:`index.extract.attributions.credit` to tell from the words."""

    name: str | None
    entity_id: str | None
    verb: str | None = None
    kind: str | None = None

    def said(self, verb: str) -> Speaker:
        """The same speaker with the attribution verb that credits them."""
        return replace(self, verb=verb)


UNNAMED = Speaker(None, None)
PERSON_KIND = "person"  # the kind of a Speaker hint for a person (records' kinds for the rest)


def named_speaker(mention: Mention) -> Speaker:
    return Speaker(mention.name, mention.entity_id)
