"""PLOVER JSON export: one event record per line (JSONL, as the PLOVER manual suggests).

Field names follow the manual's "PLOVER JSON" table (id, date, actor, recipient, event, mode,
context, event_loc, event_text, quad_code, event_scale, text_info, cite_info, coder, coded_date,
comment) with its entity, text, citation and location objects.  CAMEO roots 01 and 02 have no PLOVER
category ("dropped" in the manual): events without a PLOVER type are not exported.
"""

from __future__ import annotations

import json
from typing import TextIO

from dateline import __version__
from dateline.export.rows import stream
from dateline.store import Store, schema
from dateline.store.queries import EventFilter, events_query


def entity(code: str | None, country: str | None, name: str | None, kb_id: str | None) -> dict:
    """PLOVER entity object: 3-character top-level code and the sector from the CAMEO actor code."""
    top = country or (code[:3] if code else None)
    sector = code[len(top):] if code and top and code.startswith(top) and len(code) > len(top) else None
    obj = {"code": top, "sector": sector, "entity_text": name, "identifier_id": kb_id, "identifier_text": name}
    return {k: v for k, v in obj.items() if v}


def plover_record(e: dict) -> dict:
    record = {
        "id": f"{e['article_id']}:{e['id']}",
        "date": e["day"].isoformat() if e["day"] else None,
        "actor": [entity(e["source_code"], e["source_country"], e["source_name"], e["source_kb_id"])],
        "recipient": [entity(e["target_code"], e["target_country"], e["target_name"], e["target_kb_id"])],
        "event": [e["plover_type"]],
        "mode": [e["plover_mode"]] if e["plover_mode"] else [],
        "context": list(e["plover_context"] or []),
        "event_text": [e["prov_text"]] if e["prov_text"] else [],
        "quad_code": e["quad_class"],
        "event_scale": e["goldstein"],
        "text_info": {"sequence": e["prov_sentence"], "start": e["prov_start"], "end": e["prov_end"]},
        "cite_info": {"citation": e["article_id"], "url": e["article_url"], "title": e["article_title"],
                      "publication": e["article_outlet"], "coder": f"dateline {__version__}",
                      "codebook": "CAMEO 1.1b3 via CAMEO2PLOVER-2021"},
        "coder": f"dateline {__version__}",
        "comment": f"CAMEO {e['code']}; {e['why_pattern']}",
    }
    if e["place_name"] or e["place_country"]:
        loc = {"extracted_place": e["place_name"], "resolved_place": e["place_name"],
               "geonameid": e["geonameid"], "lat": e["lat"], "lon": e["lon"], "country_code": e["place_country"]}
        record["event_loc"] = {k: v for k, v in loc.items() if v is not None}
    return record


def write_plover(store: Store, flt: EventFilter, out: TextIO, grouped: bool = False) -> int:
    query = events_query(flt).where(schema.events.c.plover_type.is_not(None), schema.events.c.plover_type != "")
    count = 0
    for event in stream(store, query):
        out.write(json.dumps(plover_record(event), ensure_ascii=False, default=str) + "\n")
        count += 1
    return count

