"""GDELT 2.0 event table export: tab-separated, GDELT's 61 column names in GDELT's order.

One row per cross-article event group (same source, target, CAMEO code and day), as GDELT's event
table is: NumMentions / NumSources / NumArticles come from :mod:`dateline.store.queries`.  Columns
dateline has no value for are left empty; ``docs/exports.md`` lists which are filled.  The first line
is the header (GDELT's own files have none: skip it with ``tail -n +2`` for byte-compatible feeds).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from typing import TextIO

from dateline.export.rows import stream
from dateline.store import Store
from dateline.store.queries import EventFilter, events_query


def _actor(n: str) -> list[str]:
    return [f"Actor{n}{f}" for f in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                                     "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")]


def _geo(prefix: str) -> list[str]:
    return [f"{prefix}_{f}" for f in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                                      "FeatureID")]


#: GDELT 2.0 Event Database codebook (V2.0, 2015), table "EVENT TABLE" — names and order
COLUMNS = (["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"] + _actor("1") + _actor("2")
           + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
              "NumMentions", "NumSources", "NumArticles", "AvgTone"]
           + _geo("Actor1Geo") + _geo("Actor2Geo") + _geo("ActionGeo") + ["DATEADDED", "SOURCEURL"])

#: the columns dateline fills (documented in docs/exports.md); every other column is empty
FILLED = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
          "Actor1CountryCode", "Actor1Type1Code", "Actor2Code", "Actor2Name", "Actor2CountryCode",
          "Actor2Type1Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
          "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "ActionGeo_Type", "ActionGeo_FullName",
          "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED",
          "SOURCEURL"]


def event_id(group: dict) -> int:
    """A stable 60-bit id for a group, the same in every export of the same database content."""
    key = "|".join(str(group[k]) for k in ("source_key", "target_key", "code", "day"))
    return int(hashlib.sha1(key.encode()).hexdigest()[:15], 16)


def type_code(code: str | None, country: str | None) -> str:
    """The role part of a CAMEO actor code: 'GOV' in 'RUSGOV' (country prefix stripped)."""
    if not code:
        return ""
    role = code[len(country):] if country and code.startswith(country) else code
    return role[:3] if len(role) >= 3 and role.isalpha() else ""


def gdelt_row(g: dict) -> dict:
    day: dt.date | None = g["day"]
    added = g["date_added"]
    has_point = g["lat"] is not None and g["lon"] is not None
    row = dict.fromkeys(COLUMNS, "")
    row.update({
        "GLOBALEVENTID": event_id(g),
        "Actor1Code": g["source_code"] or "", "Actor1Name": (g["source_name"] or "").upper(),
        "Actor1CountryCode": g["source_country"] or "", "Actor1Type1Code": type_code(g["source_code"], g["source_country"]),
        "Actor2Code": g["target_code"] or "", "Actor2Name": (g["target_name"] or "").upper(),
        "Actor2CountryCode": g["target_country"] or "", "Actor2Type1Code": type_code(g["target_code"], g["target_country"]),
        "IsRootEvent": int(g["first_sentence"] == 0),
        "EventCode": g["code"], "EventBaseCode": g["base"], "EventRootCode": g["root"],
        "QuadClass": g["quad_class"] if g["quad_class"] is not None else "",
        "GoldsteinScale": "" if g["goldstein"] is None else round(float(g["goldstein"]), 1),
        "NumMentions": g["num_mentions"], "NumSources": g["num_sources"], "NumArticles": g["num_articles"],
        "SOURCEURL": g["source_url"] or "",
        "DATEADDED": added.strftime("%Y%m%d%H%M%S") if added else "",
    })
    if day is not None:
        row.update({"SQLDATE": day.strftime("%Y%m%d"), "MonthYear": day.strftime("%Y%m"), "Year": day.year,
                    "FractionDate": round(day.year + (day.timetuple().tm_yday - 1) / 365, 4)})
    if g["place_name"] or g["place_country"]:
        row.update({"ActionGeo_Type": 4 if has_point else 1, "ActionGeo_FullName": g["place_name"] or "",
                    "ActionGeo_CountryCode": g["place_country"] or "",
                    "ActionGeo_Lat": round(float(g["lat"]), 4) if has_point else "",
                    "ActionGeo_Long": round(float(g["lon"]), 4) if has_point else "",
                    "ActionGeo_FeatureID": g["geonameid"] or ""})
    return row


def write_gdelt(store: Store, flt: EventFilter, out: TextIO, grouped: bool = True) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n",
                            quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    count = 0
    for group in stream(store, events_query(flt, grouped=True)):
        writer.writerow(gdelt_row(group))
        count += 1
    return count
