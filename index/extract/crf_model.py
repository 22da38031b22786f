"""The attribute names a CRFsuite model knows, read straight from its file.

CRFsuite drops every attribute of an item that its model does not know before it scores
the item, so handing it only the known ones gives the same labels for less work: a fifth
of the tagger's attribute strings (most word bigrams, rare words) are unknown to the
shipped model, and CRFsuite's conversion of each string is a good part of its call.
``pycrfsuite``'s ``Tagger.info()`` lists them too, but parses a text dump of the whole
model (a quarter of a second); the names are read here from the model's attribute
database instead.

The layout (CRFsuite 0.12, ``crf1d_model.c`` and ``cqdb.c``): a 48-byte header of
little-endian ``uint32`` fields (magic ``lCRF``, size, type ``FOMC``, version, feature
count, label count, attribute count, then the offsets of the features, the label and
attribute string databases and two reference tables). A string database (``CQDB``) opens
with a 24-byte header whose last two fields are the number of ids and the offset of the
id -> record table; a record is the id, the key's size and the key with a closing NUL.
"""

from __future__ import annotations

import struct

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CQDB = struct.Struct("<4sIIIII")
_RECORD = struct.Struct("<II")


class ModelFormatError(ValueError):
    """The bytes are not a CRFsuite first-order model this module can read."""


def model_attributes(data: bytes) -> frozenset[str]:
    """Every attribute name of the CRFsuite model file whose bytes are ``data``."""
    if len(data) < _HEADER.size:
        raise ModelFormatError("too short for a CRFsuite model")
    fields = _HEADER.unpack_from(data)
    if fields[0] != b"lCRF" or fields[2] != b"FOMC":
        raise ModelFormatError("not a CRFsuite first-order model (lCRF/FOMC)")
    count, offset = fields[6], fields[9]
    chunk, _, _, _, ids, table = _CQDB.unpack_from(data, offset)
    if chunk != b"CQDB" or ids != count:
        raise ModelFormatError("the attribute database does not match the header")
    unpack = _RECORD.unpack_from
    names = []
    for record in struct.unpack_from(f"<{count}I", data, offset + table):
        start = offset + record
        size = unpack(data, start)[1]
        names.append(data[start + 8 : start + 7 + size].decode("utf-8"))
    return frozenset(names)
