"""Scoring against reference briefs, on a tiny synthetic development set with known numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.evaluate import NameIndex, Score, evaluate_dir, max_matching, normalise_name
from generator.knowledge import ActorList, Knowledge, OrganisationEntry, PersonEntry, RoleList, Topic, TopicList
from generator.store import dump_brief, to_commented

KNOWLEDGE = Knowledge(
    topics=TopicList((
        Topic("waffenruhe", "Waffenruhe", "", ()),
        Topic("schwarzes-meer", "Schwarzes Meer", "", ()),
        Topic("telefonat", "Telefonat", "", ()),
    )),
    actors=ActorList(
        people=(PersonEntry("Donald Trump", ("Trump",)), PersonEntry("Kirill Dmitriev", ("Kirill Dmitrijew",))),
        organisations=(OrganisationEntry("NATO", ("Nato",)), OrganisationEntry("Europäische Union", ("EU",))),
    ),
    roles=RoleList(),
    cues={},
)

GOLD = {
    "a.yaml": """\
source: a.txt
date: "2025-03"
date_precision: month
date_alt: "2025-03-18"
event: ev1
parties: [Donald Trump, Wladimir Putin]
mentioned: [Russischer Direktinvestitionsfonds (RDIF), Nato, Kirill Dmitriev]
outcome:
  - text: "Eine Feuerpause im Schwarzen Meer wird vorbereitet."
    keys: ["Schwarz"]
  - text: "30 Tage keine Angriffe auf Energieanlagen."
    keys: ["Energie", "30"]
open_issues:
  - text: "Eine generelle Waffenruhe kommt nicht zustande."
    keys: ["generell"]
topics: [Waffenruhe, Schwarzes Meer, Unbekanntes Thema]
""",
    "b.yaml": """\
source: b.txt
date: "2025-03-18"
date_precision: day
event: ev1
parties: [Donald Trump]
mentioned: []
outcome:
  - text: "Je 175 Gefangene werden ausgetauscht."
    keys: ["175"]
open_issues: []
topics: [Waffenruhe]
""",
    "c.yaml": """\
source: c.txt
date: "2025-05"
date_precision: month
event: ev2
parties: [Xaver Yildiz]
mentioned: []
outcome:
  - text: "Etwas geschieht."
    keys: ["geschieht"]
open_issues: []
topics: []
""",
}

SEEDS = {
    "a.txt": "Russland setzt für 30 Tage die Angriffe auf Energieanlagen aus. Im Schwarzen Meer soll "
             "eine Feuerpause vorbereitet werden.\n",
    "b.txt": "Je 175 Gefangene werden ausgetauscht.\n",
}


def _brief(brief_id: str, file: str | None, **fields) -> dict:
    data = {"schema_version": 1, "id": brief_id, "title": "T", "date": "2025-03-18", "date_precision": "day"}
    if file:
        data["source"] = {"file": file, "sha256": "0" * 64}
    data.update({"parties": [], "mentioned": [], "outcome": [], "open_issues": [], "topics": []})
    data.update(fields)
    return data


def _item(text: str, evidence: str) -> dict:
    return {"text": text, "evidence": evidence}


BRIEFS = [
    _brief(
        "brief-a", "a.txt", date="2025-03-18", date_precision="day", event="e1",
        parties=[{"name": "Trump"}, {"name": "Putin"}, {"name": "Russland"}],
        mentioned=[{"name": "RDIF"}, {"name": "NATO"}, {"name": "Kirill Dmitrijew"}],
        outcome=[
            # Both references fit the first item; only a maximum matching pairs all three right.
            _item("Energie für 30 Tage geschont, Schwarzes Meer ruhig.",
                  "Russland setzt für 30 Tage die Angriffe auf Energieanlagen aus."),
            _item("Im Schwarzen Meer soll eine Feuerpause vorbereitet werden.",
                  "Im Schwarzen Meer soll eine Feuerpause vorbereitet werden."),
            _item("Eine generelle Waffenruhe kommt nicht zustande.", "Nicht im Bericht."),
        ],
        topics=["waffenruhe", "telefonat"],
    ),
    _brief(
        "brief-b", "b.txt", date="2025-03", date_precision="month", event="e1",
        parties=[{"name": "Donald Trump"}],
        outcome=[_item("175 Gefangene werden ausgetauscht.", "Je 175 Gefangene werden ausgetauscht.")],
        topics=["waffenruhe"],
    ),
    _brief("brief-d", "d.txt", event="e1"),  # no reference: ignored
    _brief("hand-written", None, event="e1"),  # no source: ignored
]


@pytest.fixture()
def dev_set(tmp_path: Path) -> tuple[Path, Path, Path]:
    gold, briefings, seeds = tmp_path / "gold", tmp_path / "briefings", tmp_path / "seeds"
    for folder in (gold, briefings, seeds):
        folder.mkdir()
    for name, text in GOLD.items():
        (gold / name).write_text(text, encoding="utf-8")
    for name, text in SEEDS.items():
        (seeds / name).write_text(text, encoding="utf-8")
    for data in BRIEFS:
        (briefings / f"{data['id']}.yaml").write_text(dump_brief(to_commented(data)), encoding="utf-8")
    return gold, briefings, seeds


def test_scores_per_field(dev_set):
    gold, briefings, seeds = dev_set
    result = evaluate_dir(gold, briefings, KNOWLEDGE, seeds)
    assert result.missing == ["c.txt"]
    assert (result.date.correct, result.date.total) == (1, 3)
    assert (result.date_precision.correct, result.date_precision.total) == (1, 3)
    assert result.score("parties") == Score(tp=3, predicted=4, expected=4)
    assert result.score("named") == Score(tp=6, predicted=7, expected=7)
    assert result.score("outcome") == Score(tp=3, predicted=4, expected=4)
    assert result.score("open_issues") == Score(tp=0, predicted=0, expected=1)
    assert result.score("topics") == Score(tp=2, predicted=3, expected=4)
    assert result.event == Score(tp=1, predicted=1, expected=1)
    assert (result.evidence.correct, result.evidence.total) == (3, 4)
    assert result.unresolved_topics == ["Unbekanntes Thema"]
    assert result.problems == []


def test_json_has_the_same_numbers(dev_set):
    out = json.loads(evaluate_dir(*dev_set[:2], KNOWLEDGE, dev_set[2]).to_json())
    assert out["reports"] == 3 and out["briefs"] == 2
    assert out["missing"] == ["c.txt"]
    assert out["fields"]["date"] == {"accuracy": 0.3333, "correct": 1, "total": 3}
    assert out["fields"]["parties"] == {"precision": 0.75, "recall": 0.75, "f1": 0.75,
                                        "tp": 3, "predicted": 4, "expected": 4}
    assert out["fields"]["named"]["f1"] == 0.8571
    assert out["fields"]["open_issues"] == {"precision": None, "recall": 0.0, "f1": 0.0,
                                            "tp": 0, "predicted": 0, "expected": 1}
    assert out["fields"]["topics"] == {"precision": 0.6667, "recall": 0.5, "f1": 0.5714,
                                       "tp": 2, "predicted": 3, "expected": 4}
    assert out["fields"]["evidence"] == {"accuracy": 0.75, "correct": 3, "total": 4}
    assert out["event_pairs"] == {"missed": [], "wrong": []}
    first = out["per_report"][0]
    assert first["report"] == "a.txt"
    assert first["fields"]["parties"]["extra"] == ["Russland"]
    assert first["evidence_failed"] == ["outcome 3"]


def test_table(dev_set):
    gold, briefings, seeds = dev_set
    assert evaluate_dir(gold, briefings, KNOWLEDGE, seeds).to_table() == f"""\
Per report: reference entries missed, brief entries that matched none

a.txt ({briefings}/brief-a.yaml)
  parties extra: Russland
  named extra: Russland
  outcome extra: Eine generelle Waffenruhe kommt nicht zustande.
  open_issues missed: [generell] Eine generelle Waffenruhe kommt nicht zustande. (found under the other list)
  topics missed: schwarzes-meer; Unbekanntes Thema
  topics extra: telefonat
  topics not in the topic list: Unbekanntes Thema
  evidence not verbatim: outcome 3
b.txt ({briefings}/brief-b.yaml)
  date: 2025-03 (reference 2025-03-18)
  date_precision: month (reference day)
c.txt: no brief (counted as empty)

Scores over 3 reference reports, 2 with a brief (a missing brief counts as empty)
field                P      R     F1    acc  counts
date                                  0.333  1/3 right
date_precision                        0.333  1/3 right
parties          0.750  0.750  0.750         3 matched, 4 in briefs, 4 in references
named            0.857  0.857  0.857         6 matched, 7 in briefs, 7 in references
outcome          0.750  0.750  0.750         3 matched, 4 in briefs, 4 in references
open_issues          -  0.000  0.000         0 matched, 0 in briefs, 1 in references
topics           0.667  0.500  0.571         2 matched, 3 in briefs, 4 in references
event (pairs)    1.000  1.000  1.000         1 matched, 1 in briefs, 1 in references
evidence                              0.750  3/4 items verbatim in the report
topic names in references not in the topic list (counted as missed): Unbekanntes Thema
no brief for: c.txt"""


def test_event_pairs_that_are_split_or_joined_wrongly(dev_set):
    gold, briefings, seeds = dev_set
    (gold / "c.yaml").write_text(GOLD["c.yaml"].replace("ev2", "ev1"), encoding="utf-8")
    (briefings / "brief-c.yaml").write_text(dump_brief(to_commented(_brief("brief-c", "c.txt", event="e1"))),
                                            encoding="utf-8")
    (briefings / "brief-b.yaml").write_text(dump_brief(to_commented(_brief("brief-b", "b.txt", event="e2"))),
                                            encoding="utf-8")
    result = evaluate_dir(gold, briefings, KNOWLEDGE, seeds)
    # Reference: a, b, c one event (3 pairs). Briefs: a and c share e1, b stands alone.
    assert result.event == Score(tp=1, predicted=1, expected=3)
    assert result.event_missed == [("a.txt", "b.txt"), ("b.txt", "c.txt")]
    assert result.event_wrong == []


def test_a_missing_report_fails_the_evidence_of_its_brief(dev_set):
    gold, briefings, seeds = dev_set
    (seeds / "b.txt").unlink()
    result = evaluate_dir(gold, briefings, KNOWLEDGE, seeds)
    assert (result.evidence.correct, result.evidence.total) == (2, 4)
    assert len(result.problems) == 1 and result.problems[0].startswith(f"{seeds}/b.txt: evidence not checked: ")


def test_unreadable_files_are_problems_not_crashes(dev_set):
    gold, briefings, seeds = dev_set
    (briefings / "broken.yaml").write_text("id: x\nid: y\n", encoding="utf-8")
    (gold / "z.yaml").write_text("date: '2025-01'\n", encoding="utf-8")
    result = evaluate_dir(gold, briefings, KNOWLEDGE, seeds)
    assert result.problems == [
        f'{briefings}/broken.yaml:2:1: YAML error: found duplicate key "id" with value "y" (original value: "x")',
        f"{gold}/z.yaml: reference without `source:` (the report file name); skipped",
    ]
    assert len(result.reports) == 3


def test_two_briefs_for_one_report(dev_set):
    gold, briefings, seeds = dev_set
    (briefings / "zweite.yaml").write_text(dump_brief(to_commented(_brief("zweite", "a.txt"))), encoding="utf-8")
    result = evaluate_dir(gold, briefings, KNOWLEDGE, seeds)
    assert result.problems == [f"{briefings}/zweite.yaml: report a.txt already has the brief "
                               f"{briefings}/brief-a.yaml; ignored"]


def test_an_empty_briefings_folder_scores_zero(dev_set):
    gold, _, seeds = dev_set
    result = evaluate_dir(gold, seeds / "none", KNOWLEDGE, seeds)
    assert result.missing == ["a.txt", "b.txt", "c.txt"]
    assert result.score("outcome") == Score(tp=0, predicted=0, expected=4)
    assert result.score("outcome").f1 == 0.0
    assert result.event == Score(tp=0, predicted=0, expected=1)


# --- the pieces -------------------------------------------------------------------------------

def test_max_matching_finds_the_augmenting_path():
    fits = {(0, 0), (1, 0), (1, 1)}
    assert max_matching(2, 2, lambda g, b: (g, b) in fits) == [(0, 0), (1, 1)]
    fits = {(0, 0), (0, 1), (1, 0)}  # greedy 0-0 blocks 1; the augmenting path moves 0 to 1
    assert max_matching(2, 2, lambda g, b: (g, b) in fits) == [(0, 1), (1, 0)]
    assert max_matching(0, 3, lambda g, b: True) == []


def test_normalise_name():
    assert normalise_name("Jean-Noël Barrot") == "jean noel barrot"
    assert normalise_name("J.D. Vance") == "j d vance"
    assert normalise_name("  NATO ") == "nato"


@pytest.mark.parametrize(
    ("gold", "brief", "match"),
    [
        ("Donald Trump", "Trump", True),  # alias from the actor list
        ("Donald Trump", "trump", True),
        ("Wladimir Putin", "Putin", True),  # unknown two-word name: a person, matched by surname
        ("Russischer Direktinvestitionsfonds (RDIF)", "RDIF", True),
        ("Russischer Direktinvestitionsfonds (RDIF)", "Russischer Direktinvestitionsfonds", True),
        ("Nato", "NATO", True),
        ("Tass", "TASS", True),
        ("Kirill Dmitriev", "Kirill Dmitrijew", True),  # alias
        ("Jean-Noel Barrot", "Jean-Noël Barrot", True),
        ("JD Vance", "J.D. Vance", True),
        ("Europäische Union", "EU", True),
        ("Europäische Union", "Afrikanische Union", False),  # organisations do not match by last word
        ("Donald Trump", "Donald Tusk", False),
        ("radioenneperuhr.de", "ZDF", False),
    ],
)
def test_name_matching(gold, brief, match):
    index = NameIndex(KNOWLEDGE)
    assert index.same(index.keys(gold), index.keys(brief)) is match


def test_a_company_matches_with_or_without_its_legal_form():
    index = NameIndex(None)
    assert index.keys("Alpenstrom AG") & index.keys("Alpenstrom")
    assert index.keys("Hydrotec Anlagenbau GmbH") & index.keys("Hydrotec Anlagenbau")
    assert not index.keys("Alpenstrom AG") & index.keys("Alpenbahn AG")
    assert index.keys("Hannover 96 e.V.") & index.keys("Hannover 96")
    assert index.keys("Ardena Real Estate S.à r.l.") & index.keys("Ardena Real Estate")
    assert index.keys("Sennerei Hinterwald eGen") & index.keys("Sennerei Hinterwald")  # Austrian cooperative
    assert index.keys("Hollandnet N.V.") & index.keys("Hollandnet")


def test_a_council_matches_with_its_town_before_or_after():
    index = NameIndex(None)
    assert index.keys("Leipziger Stadtrat") & index.keys("Stadtrat Leipzig")
    assert not index.keys("Leipziger Stadtrat") & index.keys("Stadtrat Halle")


def _same_in(knowledge):
    """Whether two names are one actor for the evaluation, with the actor list's knowledge."""
    index = NameIndex(knowledge)
    return lambda a, b: index.same(index.keys(a), index.keys(b))


def test_a_council_named_alone_is_the_same_council_with_its_place(knowledge):
    same = _same_in(knowledge)
    assert same("Landtag", "Landtag Brandenburg") and same("Regierungsrat Aargau", "Regierungsrat")
    assert same("Gemeinderat", "Gemeinderat Rüttiwil") and same("Grosser Stadtrat Luzern", "Grosser Stadtrat")
    # two places are two councils, and a council is no other body
    assert not same("Landtag Brandenburg", "Landtag Bayern")
    assert not same("Stadtrat Reusswil", "Stadtrat Neuenburg")
    assert not same("Landtag", "Regierungsrat Aargau")
    # two names that share a key match as before
    assert same("Leipziger Stadtrat", "Stadtrat Leipzig") and not same("Leipziger Stadtrat", "Stadtrat Halle")


def test_a_town_with_the_region_it_lies_in_is_the_same_town(knowledge):
    same = _same_in(knowledge)
    assert same("Stadt Bergheide im Sauerland", "Stadt Bergheide")
    assert same("Gemeinderat Villmergen im Freiamt", "Gemeinderat Villmergen")
    assert same("Stadtrat Rorwil am Bodensee", "Stadtrat Rorwil")
    assert not same("Gemeinderat Villmergen im Freiamt", "Gemeinderat Wohlen")
    assert not same("Frankfurt am Main", "Frankfurt (Oder)")  # a town's own name stays whole


def test_a_council_named_by_its_regions_adjective_is_the_council_of_that_region(knowledge):
    index = NameIndex(knowledge)
    assert index.keys("Niedersächsischer Landtag") & index.keys("Landtag Niedersachsen")
    assert index.keys("Bayerische Staatsregierung") & index.keys("Staatsregierung Bayern")
    assert index.keys("Steiermärkische Landesregierung") & index.keys("Landesregierung Steiermark")
    assert not index.keys("Sächsischer Landtag") & index.keys("Landtag Sachsen-Anhalt")
    assert not index.keys("Niedersächsischer Landtag") & index.keys("Landtag Bayern")


def test_a_council_matches_with_its_place_in_the_genitive(knowledge):
    index = NameIndex(knowledge)
    assert index.keys("Kreistag des Landkreises Oberwald") & index.keys("Kreistag Oberwald")
    assert index.keys("Landtag von Baden-Württemberg") & index.keys("Landtag Baden-Württemberg")
    assert index.keys("Regierungsrat des Kantons Luzern") & index.keys("Luzerner Regierungsrat")
    assert not index.keys("Kreistag des Landkreises Oberwald") & index.keys("Kreistag Unterwald")
    # the municipality's kind, a town's name of several words, and the "Rat der Stadt" of NRW's towns
    assert index.keys("Gemeinderat der Stadtgemeinde Kremsau") & index.keys("Gemeinderat Kremsau")
    assert (index.keys("Gemeinderat der Marktgemeinde Sankt Ulrich am Rodlbach")
            & index.keys("Gemeinderat Sankt Ulrich am Rodlbach"))
    assert index.keys("Rat der Stadt Hohenwerder") & index.keys("Stadtrat Hohenwerder")
    assert not index.keys("Rat der Stadt Hohenwerder") & index.keys("Stadtrat Elbhausen")


def test_a_party_group_matches_its_party_as_the_extraction_names_it(knowledge):
    index = NameIndex(knowledge)
    assert index.keys("CDU-Fraktion") & index.keys("CDU")
    assert index.keys("CDU-Fraktion im Niedersächsischen Landtag") & index.keys("CDU")
    assert index.keys("Grünen-Fraktion") & index.keys("Grüne")
    assert not index.keys("CDU-Fraktion") & index.keys("SPD")
    # only a listed political party's group: a council's group is no party
    assert index.keys("Kantonsrats-Fraktion") == {"kantonsrats fraktion", "place:kantonsrats fraktion"}


def test_a_name_in_quotes_after_its_kind_matches_the_name_alone(knowledge):
    index = NameIndex(knowledge)
    assert index.keys("Mieterinitiative „Warme Wohnung Murfeld“") & index.keys("Warme Wohnung Murfeld")
    assert index.keys("Komitee «Ruhige Nächte Rüegsbach»") & index.keys("Komitee «Ruhige Nächte Rüegsbach»")
    assert not index.keys("Komitee «Ruhige Nächte Rüegsbach»") & index.keys("Rüegsbach")


def test_a_club_named_after_the_bare_word_verein_matches_its_name_alone(knowledge):
    index = NameIndex(knowledge)
    assert index.keys("Verein Mühlenfreunde Zaglbachtal") & index.keys("Mühlenfreunde Zaglbachtal")
    assert not index.keys("Förderverein Lindenmühle Wernitz") & index.keys("Lindenmühle Wernitz")


def test_a_municipality_or_land_matches_with_or_without_its_kind(knowledge):
    index = NameIndex(knowledge)
    assert index.keys("Gemeinde Surses") & index.keys("Surses")
    assert index.keys("Land Nordrhein-Westfalen") & index.keys("Nordrhein-Westfalen")
    assert not index.keys("Stadt Zürich") & index.keys("Pro Velo Zürich")  # named after the town, not the town
    assert not index.keys("Stadt Gießen") & index.keys("Magistrat Gießen")


def test_an_organisation_named_after_its_town_is_no_person_of_that_surname(knowledge):
    index = NameIndex(knowledge)  # the project's role lists know 'Klinikum' and 'Stadt'
    assert not index.keys("Klinikum Leverkusen") & index.keys("Rat der Stadt Leverkusen")
    assert index.same(index.keys("Anna Weber"), index.keys("Weber"))


def test_a_surname_alone_is_one_person_but_two_given_names_are_two(knowledge):
    """Family members share a surname, and a firm may bear its owner's: a full name is matched by
    the same name or the surname alone, never by another given name or a firm's word."""
    same = _same_in(knowledge)
    assert same("Markus Brandt", "Brandt") and same("Brandt", "Markus Brandt")
    assert same("Thomas Brandl", "Hufbeschlagschmiedemeister Thomas Brandl")
    assert not same("Markus Brandt", "Sabine Brandt")
    assert not same("Reiterhof Haselgruber", "Theresa Haselgruber")
    assert not same("Westfälischer Kurier", "Westfälische Kurier")
    assert not same("Akademisches Wohnen Steiermark", "Land Steiermark")


def test_a_union_the_actor_list_knows_matches_with_its_noun(knowledge):
    """The shipped actor list's aliases: analysts write "Gewerkschaft vida", the briefs the union's name."""
    index = NameIndex(knowledge)
    for long, short in (("Gewerkschaft vida", "vida"), ("Gewerkschaft Unia", "Unia"), ("Gewerkschaft PRO-GE", "PRO-GE"),
                        ("Gewerkschaft younion", "younion")):
        assert index.keys(long) & index.keys(short), long
