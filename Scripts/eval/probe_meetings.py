#!/usr/bin/env python3
"""A probe grid of meeting SENTENCE SHAPES (branch meetL): composed, invented articles that each owe
one known meeting (parties, place, date resolved against the article date) or owe none.

usage: python3 Scripts/eval/probe_meetings.py [--eventkb BIN] [--frame ID] [--failures] [--json]

Every article is one sentence composed HeidelTime-style from named pieces: a FRAME (the shape of the
meeting sentence, with slots {A} {B} {C} {P} and {M} for the modifier), a MODIFIER (a time, a place
or a manner phrase put in the {M} slot) and a PARTY SET (full person names eventkb already types
right, so that a failure is the frame's, not the name's). Near misses owe no meeting at all. The
articles are fed as score_meetings.py feeds a dated article (' date YYYY-MM-DD ' + blank line +
text), ingested once into a fresh database, and `eventkb meetings --format json` is checked with
the scorer's own matcher (/work/shared/eval/score_meetings.py `matches`/`has`), plus: every owed
party named among the article's meetings, the owed place, the owed date.

Prints the pass rate per frame, per modifier, per party set, then every failure (with --failures).
Nothing here comes from a corpus: every frame, modifier and near miss is written for this grid.
"""
import argparse
import json
import os
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SHARED_EVAL = os.environ.get("SHARED_EVAL", os.path.normpath(os.path.join(ROOT, "..", "shared", "eval")))
sys.path.insert(0, SHARED_EVAL)
import score_meetings as sm  # noqa: E402  (the matcher the private sets are scored with)
import evalcommon  # noqa: E402

# The article date: a Thursday. Past "on Tuesday" is 2 days back, future "on Friday" the next day.
ARTICLE_DATE = "2016-11-17"

# Party sets: A and B meet; C is a third party for "A met B and C"; P the place of a frame that
# names one; Q the city of a place modifier (never P, so that a frame's own place wins or is owed);
# V a venue (owed over its city, the most specific named place); she, She, her: A's pronouns (eventkb
# knows a given name's sex, and a reader does not take Justin Trudeau for a `she`).
PARTIES = [
    {"id": "merkel-macron", "A": ("Angela Merkel", ["merkel"]), "B": ("Emmanuel Macron", ["macron"]),
     "C": ("Justin Trudeau", ["trudeau"]), "P": ("Berlin", ["berlin"]), "Q": ("Hamburg", ["hamburg"]),
     "V": ("the Chancellery", ["chancellery"]), "she": ("she", []), "She": ("She", []), "her": ("her", [])},
    {"id": "trudeau-may", "A": ("Justin Trudeau", ["trudeau"]), "B": ("Theresa May", ["may"]),
     "C": ("Angela Merkel", ["merkel"]), "P": ("Ottawa", ["ottawa"]), "Q": ("Toronto", ["toronto"]),
     "V": ("the Chancellery", ["chancellery"]), "she": ("he", []), "She": ("He", []), "her": ("his", [])},
]

# Frames. kind: "meet" owes A-B; "visit" owes A + P; "three" owes A, B and C. tense: past|future.
# place: "P" when the frame itself names the meeting's place (then place modifiers are skipped);
# an optional sixth field is the date the frame itself gives (then date modifiers are skipped).
FRAMES = [
    ("met", "{A} met {B}{M}.", "meet", "past", None),
    ("met-with", "{A} met with {B}{M}.", "meet", "past", None),
    ("and-met", "{A} and {B} met{M}.", "meet", "past", None),
    ("held-talks-with", "{A} held talks with {B}{M}.", "meet", "past", None),
    ("talks-between", "Talks between {A} and {B}{M} ended without a deal.", "meet", "past", None),
    ("poss-meeting-with", "{A}'s meeting with {B}{M} was cordial.", "meet", "past", None),
    ("hosted", "{A} hosted {B}{M}.", "meet", "past", None),
    ("welcomed-to", "{A} welcomed {B} to {P}{M}.", "meet", "past", "P"),
    ("received", "{A} received {B}{M}.", "meet", "past", None),
    ("sat-down-with", "{A} sat down with {B}{M}.", "meet", "past", None),
    ("had-lunch-with", "{A} had lunch with {B}{M}.", "meet", "past", None),
    ("had-dinner-with", "{A} had dinner with {B}{M}.", "meet", "past", None),
    ("visited", "{A} visited {P}{M}.", "visit", "past", "P"),
    ("paid-visit-to", "{A} paid a visit to {P}{M}.", "visit", "past", "P"),
    ("travelled-to-meet", "{A} travelled to {P} to meet {B}{M}.", "meet", "past", "P"),
    ("will-meet", "{A} will meet {B}{M}.", "meet", "future", None),
    ("is-due-to-meet", "{A} is due to meet {B}{M}.", "meet", "future", None),
    ("is-expected-to-meet", "{A} is expected to meet {B}{M}.", "meet", "future", None),
    ("are-to-meet", "{A} and {B} are to meet{M}.", "meet", "future", None),
    ("was-received-by", "{B} was received by {A}{M}.", "meet", "past", None),
    ("was-hosted-by", "{B} was hosted by {A}{M}.", "meet", "past", None),
    ("who-met", "{A}, who met {B}{M}, said the two countries would work together.", "meet", "past", None),
    ("after-meeting", "After meeting {B}{M}, {A} said the two countries would work together.", "meet", "past", None),
    ("met-apposition", "{A} met {B}, the leader of the delegation,{M} and discussed trade.", "meet", "past", None),
    ("shook-hands", "{A} and {B} shook hands{M}.", "meet", "past", None),
    ("met-b-and-c", "{A} met {B} and {C}{M}.", "three", "past", None),
    ("met-separately", "{A} met separately with {B} and {C}{M}.", "three", "past", None),
    ("the-meeting-between", "The meeting between {A} and {B}{M} was cordial.", "meet", "past", None),
    ("poss-talks-with", "{A}'s talks with {B}{M} covered trade and security.", "meet", "past", None),
    ("held-summit-with", "{A} held a summit with {B}{M}.", "meet", "past", None),
    ("joint-presser-after-talks", "{A} and {B} held a joint news conference after talks{M}.", "meet", "past", None),
    # Beyond the brief's list: tenses, fronted phrases, light verbs, headlines, clause links.
    ("fronted-weekday", "On Tuesday, {A} met {B}{M}.", "meet", "past", None, "2016-11-15"),
    ("fronted-city", "In {P}, {A} met {B}{M}.", "meet", "past", "P"),
    ("subject-apposition", "{A}, the head of the delegation, met {B}{M}.", "meet", "past", None),
    ("has-met", "{A} has met {B}{M}.", "meet", "past", None),
    ("also-met", "{A} also met {B}{M}.", "meet", "past", None),
    ("then-met", "{A} then met {B}{M}.", "meet", "past", None),
    ("met-to-discuss", "{A} met {B}{M} to discuss trade.", "meet", "past", None),
    ("met-and-discussed", "{A} met {B}{M} and discussed trade.", "meet", "past", None),
    ("and-held-talks", "{A} and {B} held talks{M}.", "meet", "past", None),
    ("and-met-for-talks", "{A} and {B} met for talks{M}.", "meet", "past", None),
    ("in-talks-with", "{A} is in talks with {B}{M}.", "meet", "past", None),
    ("held-meeting-with", "{A} held a meeting with {B}{M}.", "meet", "past", None),
    ("had-meeting-with", "{A} had a meeting with {B}{M}.", "meet", "past", None),
    ("had-talks-with", "{A} had talks with {B}{M}.", "meet", "past", None),
    ("hosted-for-talks", "{A} hosted {B} for talks{M}.", "meet", "past", None),
    ("hosted-dinner-for", "{A} hosted a dinner for {B}{M}.", "meet", "past", None),
    ("was-greeted-by", "{B} was greeted by {A}{M}.", "meet", "past", None),
    ("b-visited-a", "{B} visited {A}{M}.", "meet", "past", None),
    ("headline-meets", "{A} meets {B}{M}", "meet", "past", None),
    ("headline-to-meet", "{A} to meet {B}{M}", "meet", "future", None),
    ("is-meeting", "{A} is meeting {B}{M}.", "meet", "future", None),
    ("will-hold-talks", "{A} will hold talks with {B}{M}.", "meet", "future", None),
    ("is-to-visit", "{A} is to visit {P}{M}.", "visit", "future", "P"),
    ("will-travel-to", "{A} will travel to {P}{M}.", "visit", "future", "P"),
    ("arrived-in", "{A} arrived in {P}{M}.", "visit", "past", "P"),
    ("poss-visit-to", "{A}'s visit to {P}{M} was short.", "visit", "past", "P"),
    ("in-city-for-talks", "{A} was in {P} for talks with {B}{M}.", "meet", "past", "P"),
    ("following-talks", "Following talks with {B}{M}, {A} said the two countries would work together.", "meet", "past", None),
    ("said-after-talks", "{A} said after talks with {B}{M} that the two countries would work together.", "meet", "past", None),
    ("told-after-meeting", "{A} told reporters after meeting {B}{M} that the two countries would work together.", "meet", "past", None),
    ("pronoun-second", "{A} arrived on Monday. {She} met {B}{M}.", "meet", "past", None),
    # Adverbs before the verb, lists, counterparts, purposes, trips with talks.
    ("briefly-met", "{A} briefly met {B}{M}.", "meet", "past", None),
    ("reportedly-met", "{A} reportedly met {B}{M}.", "meet", "past", None),
    ("secretly-met", "{A} secretly met with {B}{M}.", "meet", "past", None),
    ("had-previously-met", "{A} had previously met {B}{M}.", "meet", "past", None),
    ("met-list-of-three", "{A} met {B}, {C} and other leaders{M}.", "three", "past", None),
    ("hosted-b-and-c", "{A} hosted {B} and {C}{M}.", "three", "past", None),
    ("and-counterpart-met", "{A} and {her} counterpart {B} met{M}.", "meet", "past", None),
    ("welcomed", "{A} welcomed {B}{M}.", "meet", "past", None),
    ("greeted", "{A} greeted {B}{M}.", "meet", "past", None),
    ("spent-time-with", "{A} spent two hours with {B}{M}.", "meet", "past", None),
    ("joined-for-dinner", "{A} joined {B} for dinner{M}.", "meet", "past", None),
    ("flew-for-talks", "{A} flew to {P} for talks with {B}{M}.", "meet", "past", "P"),
    ("arrived-for-talks", "{A} arrived in {P} for talks with {B}{M}.", "meet", "past", "P"),
    ("on-visit-met", "{A}, on a visit to {P}, met {B}{M}.", "meet", "past", "P"),
    ("speaking-after-talks", "Speaking after talks with {B}{M}, {A} said the two countries would work together.", "meet", "past", None),
    ("will-host", "{A} will host {B}{M}.", "meet", "future", None),
    ("is-visiting", "{A} is visiting {P}{M}.", "visit", "future", "P"),
    ("will-be-visiting", "{A} will be visiting {P}{M}.", "visit", "future", "P"),
    ("met-where-discussed", "{A} and {B} met in {P}, where they discussed trade{M}.", "meet", "past", "P"),
    ("first-meeting-since", "{A}'s first meeting with {B} since the election took place{M}.", "meet", "past", None),
    ("bilateral-talks", "{A} held bilateral talks with {B}{M}.", "meet", "past", None),
    ("talks-were-held", "Talks with {B} were held by {A}{M}.", "meet", "past", None),
    ("last-met", "{A} and {B} last met{M}.", "meet", "past", None),
    ("went-to-see", "{A} went to see {B}{M}.", "meet", "past", None),
    ("met-b-who", "{A} met {B}{M}, who praised the plan.", "meet", "past", None),
    ("two-leaders-met", "{A} flew in to see {B}. The two leaders met{M}.", "meet", "past", None),
    # Longer news shapes: attributions, reported speech, clauses between subject and verb.
    ("met-officials-said", "{A} met {B}{M}, officials said.", "meet", "past", None),
    ("said-she-had-met", "{A} said {she} had met {B}{M}.", "meet", "past", None),
    ("told-would-meet", "{A} told reporters {she} would meet {B}{M}.", "meet", "future", None),
    ("source-said-due", "A source said {A} was due to meet {B}{M}.", "meet", "future", None),
    ("long-relative", "{A}, who arrived on Monday for a two-day trip aimed at boosting trade, met {B}{M}.", "meet", "past", None),
    ("due-in-for-talks", "{A} is due in {P} for talks with {B}{M}.", "meet", "future", "P"),
    ("will-be-in-to-meet", "{A} will be in {P} to meet {B}{M}.", "meet", "future", "P"),
    ("met-at-summit-in", "{A} met {B} at a summit of world leaders in {P}{M}.", "meet", "past", "P"),
    ("agreed-after-talks", "{A} and {B} agreed to cut tariffs after talks{M}.", "meet", "past", None),
    ("during-talks-agreed", "During talks{M}, {A} and {B} agreed to cut tariffs.", "meet", "past", None),
    ("first-meeting-between", "It was the first meeting between {A} and {B}{M}.", "meet", "past", None),
    ("met-b-then-c", "{A} met {B}{M} on Tuesday and {C} on Wednesday.", "three", "past", None, "2016-11-15"),
    ("present-meets-future", "{A} meets {B}{M} to discuss trade.", "meet", "future", None),
    ("hosts-present", "{A} hosts {B}{M} for talks on trade.", "meet", "future", None),
    ("talks-in-city-with", "{A}'s talks in {P} with {B}{M} ended without a deal.", "meet", "past", "P"),
    ("were-among", "{B} was among the leaders who met {A}{M}.", "meet", "past", None),
    ("quote-then-met", "\"We had a good exchange,\" said {A}, who met {B}{M}.", "meet", "past", None),
    ("held-talks-with-b-and-c", "{A} held talks with {B} and {C}{M}.", "three", "past", None),
    ("the-two-met", "{A} flew in on Monday to see {B}, and the two met{M}.", "meet", "past", None),
    ("will-travel-where-meet", "{A} will travel to {P} next week, where {she} will meet {B}.", "meet", "future", "P", "2016-11"),
    ("who-is-visiting-met", "{A}, who is visiting {P}, met {B}{M}.", "meet", "past", "P"),
    ("discussed-at-meeting", "{A} and {B} discussed trade at a meeting{M}.", "meet", "past", None),
    ("met-for-talks-on", "{A} met {B}{M} for talks on trade and security.", "meet", "past", None),
    ("met-a-day-after", "{A} met {B}{M}, a day after the vote.", "meet", "past", None),
    ("tuesday-night", "{A} met {B} on Tuesday night{M}.", "meet", "past", None, "2016-11-15"),
    ("earlier-this-week", "{A} met {B} earlier this week{M}.", "meet", "past", None, "2016-11"),
    # Plans, venues and attributions as world news tells them.
    ("is-set-to-meet", "{A} is set to meet {B}{M}.", "meet", "future", None),
    ("are-scheduled-to-meet", "{A} and {B} are scheduled to meet{M}.", "meet", "future", None),
    ("will-sit-down-with", "{A} will sit down with {B}{M}.", "meet", "future", None),
    ("will-be-hosted-by", "{B} will be hosted by {A}{M}.", "meet", "future", None),
    ("summit-will-take-place", "The summit between {A} and {B} will take place{M}.", "meet", "future", None),
    ("plans-to-visit", "{A} plans to visit {P}{M}.", "visit", "future", "P"),
    ("arrived-for-visit", "{A} arrived in {P}{M} for a three-day visit.", "visit", "past", "P"),
    ("held-minute-meeting", "{A} held a 90-minute meeting with {B}{M}.", "meet", "past", None),
    ("will-meet-attribution", "{A} will meet {B}{M}, {her} office said.", "meet", "future", None),
    ("according-to", "{A} met {B}{M}, according to officials.", "meet", "past", None),
    ("told-during-meeting", "{A} told {B} during a meeting{M} that the plan would go ahead.", "meet", "past", None),
    ("visited-where-met", "{A} visited {P}, where {she} met {B}{M}.", "meet", "past", "P"),
    ("flew-to-meet", "{A} flew to {P} on Monday to meet {B}.", "meet", "past", "P", "2016-11-14"),
    ("met-privately-minutes", "{A} and {B} met privately for 45 minutes{M}.", "meet", "past", None),
    ("sidelines-named-summit", "{A} met {B} on the sidelines of the G20 summit in {P}.", "meet", "past", "P"),
    ("hosted-state-dinner", "{A} hosted a state dinner for {B}{M}.", "meet", "past", None),
    # US news style: a bare weekday, a time between the verb and its object.
    ("met-weekday-with", "{A} met Tuesday with {B}{M}.", "meet", "past", None, "2016-11-15"),
    ("held-talks-weekday-with", "{A} held talks Tuesday with {B}{M}.", "meet", "past", None, "2016-11-15"),
    ("sat-down-weekday-with", "{A} sat down Tuesday with {B}{M}.", "meet", "past", None, "2016-11-15"),
    ("will-meet-next-weekday", "{A} will meet with {B} next Tuesday{M}.", "meet", "future", None, "2016-11-22"),
    ("is-traveling-this-week", "{A} is traveling to {P} this week{M}.", "visit", "future", "P", "2016-11"),
    ("will-head-to", "{A} will head to {P}{M}.", "visit", "future", "P"),
    ("met-and-the-two-discussed", "{A} met {B}{M}, and the two discussed trade.", "meet", "past", None),
    ("first-meeting-since-apposition", "{A} and {B} met{M}, their first meeting since the election.", "meet", "past", None),
]

# Modifiers: (id, past text, future text, owed place key or None, owed date past, owed date future).
# A place value "Q" owes the party set's Q city. Dates resolved against ARTICLE_DATE (a Thursday).
MODIFIERS = [
    ("none", "", "", None, None, None),
    ("for-the-first-time", " for the first time", " for the first time", None, None, None),
    ("on-weekday", " on Tuesday", " on Friday", None, "2016-11-15", "2016-11-18"),
    ("last-next-week", " last week", " next week", None, "2016-11", "2016-11"),
    # (The most specific named place is owed: the venue, not its city.)
    ("at-place", " at the Chancellery in {Q}", " at the Chancellery in {Q}", "V", None, None),
    ("in-city", " in {Q}", " in {Q}", "Q", None, None),
    ("behind-closed-doors", " behind closed doors", " behind closed doors", None, None, None),
    ("privately", " privately", " privately", None, None, None),
    ("briefly", " briefly", " briefly", None, None, None),
    ("face-to-face", " face-to-face", " face-to-face", None, None, None),
    ("for-an-hour", " for an hour", " for an hour", None, None, None),
    ("again", " again", " again", None, None, None),
    ("sidelines", " on the sidelines of a summit", " on the sidelines of a summit", None, None, None),
    ("during-visit-to", " during a visit to {Q}", " during a visit to {Q}", "Q", None, None),
    ("in-city-on-weekday", " in {Q} on Tuesday", " in {Q} on Friday", "Q", "2016-11-15", "2016-11-18"),
    ("on-date", " on 15 November", " on 21 November", None, "2016-11-15", "2016-11-21"),
    ("yesterday-tomorrow", " yesterday", " tomorrow", None, "2016-11-16", "2016-11-18"),
    ("bare-weekday", " Tuesday", " Friday", None, "2016-11-15", "2016-11-18"),
    ("weekday-night", " on Tuesday night", " on Friday night", None, "2016-11-15", "2016-11-18"),
    ("month", " in October", " in December", None, "2016-10", "2016-12"),
]

# Near misses: shapes that owe NO meeting (listed as asserted or planned). Invented.
NEAR_MISSES = [
    ("sports-fixture", "Bayern Munich will meet Real Madrid in the final in {Q} on Saturday."),
    ("sports-met-in-semifinal", "Arsenal met Chelsea in the semi-final in {Q} last week."),
    ("met-targets", "{A}'s government met its growth targets last year."),
    ("met-with-criticism", "{A}'s plan met with criticism from {B} on Tuesday."),
    ("phone-call", "{A} spoke to {B} by phone on Tuesday."),
    ("phone-call-noun", "{A} held a phone call with {B} on Tuesday."),
    ("interview", "{A} gave an interview to a German newspaper in {Q} on Tuesday."),
    ("rally", "{A} held a rally in {Q} on Tuesday."),
    ("refused-proposal", "{A} proposed a meeting with {B}, but {B} refused."),
    ("did-not-meet", "{A} did not meet {B} in {Q} on Tuesday."),
    ("never-met", "{A} has never met {B}."),
    ("refused-to-meet", "{A} refused to meet {B} in {Q}."),
    ("internal-board", "The board of Siemens met in {Q} on Tuesday."),
    ("internal-cabinet", "{A}'s cabinet met in {Q} on Tuesday to discuss the budget."),
    ("press-conference", "{A} held a press conference in {Q} on Tuesday."),
    ("would-like-to-meet", "{A} said {she} would like to meet {B} one day."),
    ("called-for-talks", "{A} called for talks with {B}."),
    ("met-deadline", "{A}'s ministry met the deadline on Tuesday."),
    ("speech", "{A} gave a speech in {Q} on Tuesday."),
    ("letter", "{A} wrote a letter to {B} on Tuesday."),
    ("tennis-final", "Roger Federer met Rafael Nadal in the final in {Q} on Sunday."),
    ("meeting-cancelled", "{A}'s meeting with {B} was cancelled."),
    ("met-needs", "{A} said the plan met the needs of farmers."),
    ("hopes-to-meet", "{A} hopes to meet {B} next year."),
    ("internal-party", "{A}'s party met in {Q} on Tuesday to choose a new leader."),
    ("met-reporters", "{A} met reporters in {Q} on Tuesday."),
    ("discussed-by-phone", "{A} discussed trade with {B} by phone on Tuesday."),
    ("spoke-by-phone", "{A} and {B} spoke by telephone on Tuesday."),
    ("exchanged-letters", "{A} and {B} exchanged letters last month."),
    ("ruled-out-meeting", "{A} ruled out a meeting with {B}."),
    ("urged-talks", "{A} urged {B} to hold talks with the rebels."),
    ("wants-to-meet", "{A} wants to meet {B} before the end of the year."),
    ("attended-concert", "{A} attended a concert in {Q} on Tuesday."),
    ("meeting-unlikely", "A meeting between {A} and {B} is unlikely this year."),
    ("remarks-met-approval", "{A}'s remarks met with approval in {Q}."),
    ("telephone-conversation", "{A} held a telephone conversation with {B} on Tuesday."),
    ("video-conference", "{A} held a video conference with {B} on Tuesday."),
    ("phone-call-discussed", "{A} and {B} discussed trade in a phone call on Tuesday."),
    ("invited-to-visit", "{A} invited {B} to visit {Q}."),
]

# A headline frame is the article's title, on the date line as a crawler writes it, over a body
# that names no meeting.
HEADLINE_BODY = "Officials said the agenda covered trade."


def compose():
    """Every article as (key, text, owed) with owed None for a near miss."""
    out, seen = [], set()
    for ps in PARTIES:
        fill = {k: v[0] for k, v in ps.items() if k != "id"}
        for fid, tpl, kind, tense, fplace, *fdate in FRAMES:
            for mid, past, fut, mplace, dpast, dfut in MODIFIERS:
                if fplace and mplace or fdate and (dpast or dfut):
                    continue  # the frame names its own place (date); a second one muddles what is owed
                if "{M}" not in tpl and mid != "none":
                    continue  # no slot: the same text again (ingest keeps one copy of the same text)
                mod = (past if tense == "past" else fut).format(**fill)
                text = tpl.format(M=mod, **fill)
                text = text[0].upper() + text[1:]
                parties = [ps["A"][1]] if kind == "visit" else [ps["A"][1], ps["B"][1]] + ([ps["C"][1]] if kind == "three" else [])
                place = ps[fplace][1] if fplace else (ps[mplace][1] if mplace else None)
                date = fdate[0] if fdate else dpast if tense == "past" else dfut
                if text in seen:
                    continue  # two frames composed the same text (ingest keeps one copy of it)
                seen.add(text)
                out.append(((fid, mid, ps["id"]), text, {"participants": parties, "place": place, "date": date}))
        for nid, tpl in NEAR_MISSES:
            out.append((("near:" + nid, "none", ps["id"]), tpl.format(M="", **fill), None))
    return out


def run_grid(exe, articles):
    _, arts = evalcommon.articles_folder("probe-meetings-")
    names = {}
    for i, (key, text, owed) in enumerate(articles):
        name = f"probe{i:05d}.txt"
        with open(os.path.join(arts, name), "w", encoding="utf-8") as fh:
            if key[0].startswith("headline-"):
                fh.write(" date " + ARTICLE_DATE + " " + text + "\n\n" + HEADLINE_BODY + "\n")
            else:
                fh.write(" date " + ARTICLE_DATE + " \n\n" + text + "\n")
        names[name] = (key, text, owed)
    run = evalcommon.ingested(exe, arts)
    for e in json.loads(run("entities", "--format", "json").stdout or "[]"):
        sm.ALIASES[e.get("id")] = [e.get("name")] + list(e.get("aliases") or [])
    # One row per report: the store merges one real meeting told in many articles, and every
    # composed article here tells the same few meetings.
    preds = json.loads(run("meetings", "--mentions", "--format", "json").stdout or "[]")
    by_article = defaultdict(list)
    for p in preds:
        by_article[os.path.basename(str((p.get("article") or {}).get("source", "")))].append(p)
    return names, by_article


def judge(owed, ps):
    """'' when the article's meetings are right, else why not."""
    if owed is None:
        return "" if not ps else "extra: " + "; ".join("+".join(x.get("name", "?") for x in p.get("participants", [])) for p in ps)
    hit = next((p for p in ps if sm.matches(p, owed)), None)
    if hit is None:
        got = "; ".join("+".join(x.get("name", "?") for x in p.get("participants", [])) + (" @" + p["location"]["name"] if p.get("location") else "") for p in ps)
        return "no meeting" if not ps else "wrong parties: " + got
    everyone = [x for p in ps for x in p.get("participants", [])]
    lost = [k for k in owed["participants"] if not any(sm.has(x, k) for x in everyone)]
    if lost:
        return "party missing: " + " ".join(" ".join(k) for k in lost)
    if owed["place"] and not any(sm.has(x, owed["place"]) for x in [hit.get("location")] + hit.get("participants", []) if x):
        return "place: got " + ((hit.get("location") or {}).get("name") or "none")
    if owed["date"]:
        d = hit.get("date") or {}
        if not (str(d.get("value", "")).startswith(owed["date"]) or str(d.get("start", "")).startswith(owed["date"])):
            return f"date: got {d.get('value')} owed {owed['date']}"
    return ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--eventkb", default=os.path.join(ROOT, ".build", "release", "eventkb"))
    ap.add_argument("--frame", help="only frames whose id contains this")
    ap.add_argument("--failures", action="store_true", help="print every failure")
    ap.add_argument("--json", action="store_true", help="one JSON summary")
    args = ap.parse_args()
    articles = compose()
    if args.frame:
        articles = [a for a in articles if args.frame in a[0][0]]
    names, by_article = run_grid(args.eventkb, articles)
    per = {"frame": defaultdict(lambda: [0, 0]), "modifier": defaultdict(lambda: [0, 0]), "parties": defaultdict(lambda: [0, 0])}
    reasons = defaultdict(int)
    failures = []
    for name, (key, text, owed) in names.items():
        why = judge(owed, by_article.get(name, []))
        for axis, k in zip(("frame", "modifier", "parties"), key):
            per[axis][k][1] += 1
            per[axis][k][0] += not why
        if why:
            failures.append((key, text, why))
            reasons[why.split(":")[0]] += 1
    total = sum(v[0] for v in per["frame"].values()), sum(v[1] for v in per["frame"].values())
    if args.json:
        print(json.dumps({"passed": total[0], "total": total[1],
                          **{axis: {k: v for k, v in d.items()} for axis, d in per.items()}}, indent=1, sort_keys=True))
        return
    for axis in ("frame", "modifier", "parties"):
        print(f"{axis:28s} pass/total")
        for k, (ok, n) in sorted(per[axis].items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[0])):
            print(f"  {k:26s} {ok:4d}/{n:<4d} {ok / n:6.1%}")
    print("failures by reason:", dict(sorted(reasons.items(), key=lambda kv: -kv[1])))
    print(f"grid: {total[0]}/{total[1]} pass ({total[0] / max(1, total[1]):.1%})")
    if args.failures:
        for key, text, why in sorted(failures):
            print(f"FAIL {key[0]} | {key[1]} | {key[2]} | {why} | {text}")


if __name__ == "__main__":
    main()
