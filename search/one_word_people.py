"""Which people the person facet lists: a person the archive only ever names by one word
is left out of it.

What it is for: a broad query's person facet is read as "who is in these articles", and
over 27 hand-labelled news corpora (``bench/facet_precision_eval.py``, stop 42 of
``bench/EXTRACTION.md``) the person values shown as a single word were nearly all wrong
(36 of 40 in the top 20s): companies and products ("Vodafone", "Botox"), places and
neighbourhoods, a site's own name, a given name alone covering several people, a surname
alone that two people share. A real person is almost always written in full somewhere in
an archive; the rare one known by one name (a singer, say) is given up in the facet. Only
the list of facet values changes: the entity stays in the index, ``--person`` still
finds its articles, and each value the facet shows still counts the articles that
filter finds.
"""

from __future__ import annotations

from index.records import Entity


def listed_in_person_facet(entity: Entity) -> bool:
    """Whether the person facet lists ``entity``: its shown name has two words or more
    ("Jane Doe", "Prince Harry"), not one ("Doe", "Harry", "Acme")."""
    return len(entity.name.split()) > 1
