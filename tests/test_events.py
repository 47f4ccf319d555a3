"""Event clustering (generator.events) on synthetic report sets, the seeds, and date propagation."""

from __future__ import annotations

from dataclasses import replace

import pytest

from event_sets import HELD_OUT, HELD_OUT_2, SETS, report
from generator.events import (
    EventMember, cluster_events, cluster_key, clusters, occasion, pairwise_f1, party_fit, propagate_days,
    same_time,
)
from generator.merge import merge_brief
from generator.terms import Terms, overlap

TRUMP = ("Donald Trump", "US-Präsident", "USA")
PUTIN = ("Wladimir Putin", "Präsident", "Russland")
SELENSKYJ = ("Wolodymyr Selenskyj", "Präsident", "Ukraine")
BATCHES = {"entwickelt": SETS, "zurückgehalten-1": HELD_OUT, "zurückgehalten-2": HELD_OUT_2}


def labels(members):
    return [m.brief.event for m in cluster_events(members)]


def scored(sets: dict) -> tuple[list[EventMember], list[str]]:
    """All reports of some sets in one run; gold labels namespaced by set."""
    pairs = [(m, f"{name}/{gold}") for name, reports in sets.items() for m, gold in reports]
    return [m for m, _ in pairs], [g for _, g in pairs]


@pytest.mark.parametrize("batch", BATCHES)
def test_pairwise_f1_on_synthetic_sets(batch, capsys):
    members, gold = scored(BATCHES[batch])
    score = pairwise_f1(labels(members), gold)
    with capsys.disabled():
        print(f"\n  events {batch}: {len(members)} reports, {score.pairs} pairs, "
              f"P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}")
    assert score.f1 >= 0.95


def test_pairwise_f1_all_sets_in_one_run(capsys):
    members, gold = scored({f"{b}:{n}": r for b, sets in BATCHES.items() for n, r in sets.items()})
    score = pairwise_f1(labels(members), gold)
    with capsys.disabled():
        print(f"\n  events all: {len(members)} reports, F1={score.f1:.3f}")
    assert score.f1 >= 0.95


def test_pairwise_f1_counts_pairs():
    assert pairwise_f1(["a", "a", "b"], ["x", "x", "y"]).f1 == 1.0
    score = pairwise_f1(["a", "a", "a"], ["x", "x", "y"])  # 1 right pair, 2 wrong ones
    assert (score.precision, score.recall, score.pairs) == (pytest.approx(1 / 3), 1.0, 3)
    assert pairwise_f1(["a", "b"], ["x", "x"]).recall == 0.0


def test_three_outlets_one_key_with_the_stated_day():
    members = [m for m, _ in SETS["drei-quellen"]]
    assert set(labels(members)) == {"2025-01-22-treffen-macron-scholz"}


def test_same_pair_different_months_are_two_events():
    keys = labels([m for m, _ in SETS["zwei-telefonate"]])
    assert keys[0] == keys[1] == keys[4] != keys[2] == keys[3]
    assert keys[2].startswith("2025-09-19-telefonat-")


def test_same_day_different_parties_are_two_events():
    keys = labels([m for m, _ in SETS["gleicher-tag"]])
    assert keys == ["2025-02-12-telefonat-putin-trump"] * 2 + ["2025-02-12-telefonat-selenskyj-trump"] * 2


def test_month_only_reports_need_matching_content():
    keys = labels([m for m, _ in SETS["nur-monat"]])
    assert keys == ["2025-08-telefonat-erdogan-putin"] * 2 + ["2025-08-telefonat-erdogan-putin-2"] * 2


def test_weekday_that_disagrees_keeps_reports_apart():
    day, _ = report("a", "a", "2025-03-18", "Telefonat", [TRUMP, PUTIN], ["waffenruhe"], ["Waffenruhe 30 Tage."])
    fits, _ = report("a", "b", "2025-03", "Telefonat", [TRUMP, PUTIN], ["waffenruhe"], ["Waffenruhe 30 Tage."], weekday=1)
    clash, _ = report("a", "c", "2025-03", "Telefonat", [TRUMP, PUTIN], ["waffenruhe"], ["Waffenruhe 30 Tage."], weekday=3)
    a, b, c = (occasion(i, m) for i, m in enumerate((day, fits, clash)))
    assert same_time(a, b) and not same_time(a, c) and not same_time(b, c)
    assert clusters([day, fits, clash]) == [[0, 1], [2]]


def test_party_sets():
    def fit(p, q):
        return party_fit(occasion(0, report("x", "p", "2025-03", "T", p, [])[0]),
                         occasion(1, report("x", "q", "2025-03", "T", q, [])[0]))

    assert fit([TRUMP, PUTIN], [PUTIN, TRUMP]) == 1.0
    assert fit([TRUMP, PUTIN], [TRUMP, PUTIN, SELENSKYJ]) == 0.75
    assert fit([TRUMP, PUTIN], [TRUMP, SELENSKYJ]) is None
    assert fit([("Benjamin Netanjahu", "", "Israel"), ("Hamas", "", "")], [("Israel", "", ""), ("Hamas", "", "")]) == 0.75
    assert fit([], [TRUMP]) == 0.5
    assert fit([("Bundesrat", "", "Schweiz")], [("Bundesrat", "", "Deutschland")]) is None  # two chambers
    assert fit([("Bundesrat", "", "Schweiz")], [("Bundesrat", "", "Schweiz")]) == 1.0


def test_key_is_stable_and_unique():
    members = [m for m, _ in SETS["nur-monat"]]
    assert labels(members) == labels(list(members))
    assert labels(members[::-1]) == labels(members)[::-1]
    assert cluster_key(members[:2]) == "2025-08-telefonat-erdogan-putin"
    # two parties of one short name give the key that name once
    town = [report("a", "a", "2025-10", "Einigung", [("Stadt Innsbruck", "", ""), ("Stadtsenat Innsbruck", "", ""),
                                                    ("Land Tirol", "", "")], [])[0]]
    assert cluster_key(town) == "2025-10-einigung-innsbruck-tirol"


def test_seeds_group_into_three_events(nlp, knowledge, root):
    from generator.extract.compose import extract_brief
    from generator.ingest import list_reports, read_report

    extractions = [extract_brief(read_report(p), nlp, knowledge) for p in list_reports(root / "seeds")]
    members = cluster_events([EventMember(e.brief, e.weekday, e.event_type) for e in extractions])
    groups = {}
    for member in members:
        groups.setdefault(member.brief.event, []).append(member.brief.source.file[:3])
    assert sorted(groups.values()) == [["000", "001", "004"], ["002"], ["003"]]
    assert groups["2025-03-18-telefonat-putin-trump"] == ["000", "001", "004"]
    briefs = {b.source.file[:3]: b for b in propagate_days(members)}
    assert briefs["000"].date == briefs["004"].date == "2025-03-18"
    assert "Tag aus 001_" in briefs["004"].date_evidence
    assert briefs["002"].date_precision == briefs["003"].date_precision == "month"


def _month_report(weekday: int | None) -> EventMember:
    member, _ = report("e", "monat", "2025-03", "Telefonat", [TRUMP, PUTIN], ["waffenruhe"], weekday=weekday)
    return replace(member, brief=replace(member.brief, id="2025-03-telefonat", date_evidence="am Dienstag"))


def _day_report() -> EventMember:
    return report("e", "tag", "2025-03-18", "Telefonat", [TRUMP, PUTIN], ["waffenruhe"])[0]


def test_day_from_sibling_when_the_weekday_agrees():
    members = [replace(m, brief=replace(m.brief, event="e")) for m in (_day_report(), _month_report(1))]
    month = propagate_days(members)[1]
    assert (month.date, month.date_precision, month.id) == ("2025-03-18", "day", "2025-03-18-telefonat")
    assert month.date_evidence == ("am Dienstag; Tag aus tag.txt (gleiches Ereignis, Wochentag stimmt überein)")


@pytest.mark.parametrize("weekday", [3, None])
def test_no_day_from_sibling_when_the_weekday_disagrees_or_is_unknown(weekday):
    members = [replace(m, brief=replace(m.brief, event="e")) for m in (_day_report(), _month_report(weekday))]
    month = propagate_days(members)[1]
    assert (month.date, month.date_precision, month.date_evidence) == ("2025-03", "month", "am Dienstag")


def test_hand_edited_event_key_survives_regeneration():
    base = {"id": "x", "event": "2025-03-18-telefonat-putin-trump", "summary": "a"}
    mine = base | {"event": "mein-ereignis"}
    theirs = base | {"event": "2025-03-18-telefonat-putin-trump-2", "summary": "b"}
    merged = merge_brief(mine, base, theirs)
    assert merged.values["event"] == "mein-ereignis" and "event" in merged.kept
    assert merged.values["summary"] == "b"


def test_terms_match_compound_parts_and_keep_numbers_apart():
    def sim(a, b):
        return overlap(Terms.of(a), Terms.of(b))

    assert sim("Ein Gefangenenaustausch von 175 Kriegsgefangenen wurde vereinbart.",
               "Je 175 Kriegsgefangene sollen ausgetauscht werden.") == 1.0
    assert sim("Stopp der Angriffe auf die Energieinfrastruktur für 30 Tage.",
               "30 Tage lang keine Angriffe auf Energieanlagen.") >= 0.75
    assert sim("Je 175 Kriegsgefangene werden ausgetauscht.", "Je 1.000 Kriegsgefangene werden ausgetauscht.") == 0.0
    assert sim("Putin lehnte eine Waffenruhe ab und stellte Bedingungen.",
               "Selenskyj forderte Sicherheitsgarantien vor jeder Waffenruhe.") < 0.5


def test_a_report_without_parties_joins_no_event_it_shares_nothing_with():
    synod, _ = report("a", "synode", "2025-11-22", "Bericht", [("Landessynode", "", "")], [],
                      ["Die Landessynode öffnet die Segnung für alle Gemeinden."])
    climate, _ = report("b", "klima", "2025-11", "Bericht", [], [],
                        ["Die Weltklimakonferenz endet mit einem Kompromiss zum Ausstieg aus Öl und Gas."], weekday=5)
    assert clusters([synod, climate]) == [[0], [1]]


def test_a_report_without_parties_joins_no_event_of_another_kind():
    """A data centre approved on a Thursday of September and a shipyard rescued on Thursday 18
    September shared a topic ("Wirtschaft und Handel") and a weekday, and the first took the
    second's day."""
    shipyard, _ = report("a", "werft", "2025-09-18", "Einigung", [("IG Metall", "", ""), ("Holsten Schiffbau", "", "")],
                         ["wirtschaft-handel"], ["Die IG Metall und Holsten Schiffbau einigen sich auf 120 Millionen "
                                                 "Euro für den Standort."])
    data_centre, _ = report("b", "lyss", "2025-09", "Bericht", [], ["wirtschaft-handel"],
                            ["Das Parlament bewilligt den Landverkauf für 120 Millionen Franken."], weekday=3)
    assert clusters([shipyard, data_centre]) == [[0], [1]]
    assert propagate_days(cluster_events([shipyard, data_centre]))[1].date == "2025-09"


def test_the_summarys_own_labels_are_no_content_two_reports_share():
    doping, _ = report("a", "doping", "2025-09", "Bericht", [], [],
                       summary="Die Novelle ist Thema. Ergebnis: Eigendoping wird strafbar. Offen: Die FPÖ stimmt nicht zu.")
    ships, _ = report("b", "ships", "2025-09-11", "Abkommen", [], [],
                      summary="Japan liefert Zerstörer. Ergebnis: Die Marine erhält sechs Schiffe. Offen: Der Preis.")
    a, b = occasion(0, doping), occasion(1, ships)
    assert not {"ergebni", "ergebnis", "offen", "off"} & (a.terms | b.terms), a.terms
    assert clusters([doping, ships]) == [[0], [1]] or clusters([doping, ships]) == [[1], [0]]


def test_month_only_reports_on_different_matters_stay_apart_despite_a_shared_topic_and_weekday():
    budget, _ = report("a", "kassel", "2025-12", "Bericht", [("Stadtverordnetenversammlung Kassel", "", "")],
                       ["wirtschaft-handel"], ["Die Stadtverordneten beschließen den Haushalt 2026 mit 48 Stimmen.",
                                               "Die Gewerbesteuer steigt um zehn Punkte."], weekday=3)
    care, _ = report("b", "pflege", "2025-12", "Bericht", [],
                     ["wirtschaft-handel"], ["Der Eigenanteil im Pflegeheim sinkt ab Juli um 150 Euro im Monat.",
                                             "Die Länder übernehmen die Ausbildungskosten der Pflegeschulen."], weekday=3)
    again, _ = report("a", "kassel-2", "2025-12", "Bericht", [("Stadtverordnetenversammlung Kassel", "", "")],
                      ["wirtschaft-handel"], ["Der Haushalt 2026 ist beschlossen: 48 Stimmen dafür.",
                                              "Die Gewerbesteuer steigt um zehn Punkte."], weekday=3)
    assert clusters([budget, care, again]) == [[0, 2], [1]]


def test_a_month_only_report_needs_shared_content_to_join_a_dated_report_too():
    """Same month, same weekday, same kind and one state party in common: not yet one occasion."""
    prisons, _ = report("a", "haft", "2025-10-08", "Bericht", [("Österreich", "", "Österreich")], [],
                        ["Häftlinge dürfen bis zu 24 Monate mit der Fußfessel verbüßen.",
                         "Die Justizwache erhält 150 zusätzliche Planstellen."])
    rents, _ = report("b", "mieten", "2025-10", "Bericht",
                      [("Nationalrat", "", "Österreich"), ("Österreich", "", "Österreich")], [],
                      ["Richtwertmieten steigen 2026 um höchstens ein Prozent.",
                       "Der Bundesrat befasst sich am 6. November mit dem Gesetz."], weekday=2)
    assert clusters([prisons, rents]) == [[0], [1]]
    assert propagate_days(cluster_events([prisons, rents]))[1].date == "2025-10"


def test_a_report_of_no_named_kind_counts_half_the_kind_of_another():
    """An interview's introduction names no kind; the agency report of the same ruling does. The
    same kind counts, two named kinds that differ count nothing."""
    from generator.events import kind_fit
    assert kind_fit("urteil", "urteil") == 0.15
    assert kind_fit("urteil", "bericht") == kind_fit("bericht", "abstimmung") == 0.075
    assert kind_fit("urteil", "telefonat") == 0.0


def test_one_bodys_two_decisions_of_the_same_day_are_two_occasions():
    """Same day, same parliament, same kind: a naturalisation initiative and the right of appeal
    share no matter, so they are two events; a second report of the first joins it."""
    council = [("Nationalrat", "", "Schweiz")]
    citizenship, _ = report("a", "buergerrecht", "2025-09-16", "Bericht", council, [],
                            ["Der Nationalrat empfiehlt die Initiative für ein modernes Bürgerrecht zur Ablehnung.",
                             "Die Einbürgerung nach fünf Jahren Wohnsitz findet keine Mehrheit."])
    appeal, _ = report("b", "beschwerderecht", "2025-09-16", "Bericht", council, [],
                       ["Der Nationalrat schränkt das Beschwerderecht der Umweltverbände ein.",
                        "Die Verbände drohen mit dem Referendum gegen die Motion."])
    again, _ = report("a", "buergerrecht-2", "2025-09-16", "Bericht", council, [],
                      ["Die Initiative für ein modernes Bürgerrecht empfiehlt der Nationalrat zur Ablehnung.",
                       "Eine Einbürgerung nach fünf Jahren lehnt die Mehrheit ab."])
    assert clusters([citizenship, appeal, again]) == [[0, 2], [1]]


def test_the_groups_that_voted_do_not_make_two_decisions_of_a_parliament_one_occasion():
    """Two Nationalrat laws of one June, each passed by the same five groups: the groups take part
    in every vote, so they do not tie the reports together (their content overlaps in the words
    of any vote); without them the parties differ."""
    groups = [(name, "", "") for name in ("ÖVP", "SPÖ", "Neos", "FPÖ", "Grüne")]
    tobacco, _ = report("a", "tabak", "2025-06", "Beschluss", [("Nationalrat", "", "Österreich"), *groups], [],
                        ["Der Nationalrat beschließt das Gesetz mit den Stimmen der Koalition.",
                         "Die Tabaksteuer steigt 2026 um zehn Prozent."], weekday=2)
    paramedics, _ = report("b", "sanitaeter", "2025-06-11", "Beschluss",
                           [("Gerhard Leitner", "Gesundheitsminister", ""), *groups], [],
                           ["Der Nationalrat beschließt das Gesetz mit den Stimmen der Koalition.",
                            "Die Ausbildung der Notfallsanitäter wird 2026 auf 2.500 Stunden ausgeweitet."])
    political = frozenset(name for name, _, _ in groups)
    assert clusters([tobacco, paramedics], political) == [[0], [1]]
    assert propagate_days(cluster_events([tobacco, paramedics], political))[0].date == "2025-06"
    assert clusters([tobacco, paramedics]) == [[0, 1]]  # counted as parties, the groups tie them


def test_no_day_from_a_sibling_that_tells_of_another_matter():
    """Clustered through a third report, a cabinet's other decision of the month shares its weekday
    but not its words: its day is not this report's."""
    cabinet = [("Bundesregierung", "", "Österreich")]
    prisons, _ = report("a", "haft", "2025-10-08", "Beschluss", cabinet, [],
                        ["Häftlinge dürfen bis zu 24 Monate mit der Fußfessel verbüßen.",
                         "Die Justizwache erhält 150 zusätzliche Planstellen."])
    school, _ = report("b", "matura", "2025-10", "Beschluss", cabinet, [],
                       ["Die Matura erhält ab 2027 eine mündliche Prüfung in Politischer Bildung.",
                        "Die Schulen bekommen dafür 40 zusätzliche Lehrerstellen."], weekday=2)
    same = [replace(m, brief=replace(m.brief, event="e")) for m in (prisons, school)]
    assert propagate_days(same)[1].date == "2025-10"
    told_again, _ = report("a", "haft-2", "2025-10", "Beschluss", cabinet, [],
                           ["Häftlinge dürfen künftig bis zu 24 Monate mit der Fußfessel verbüßen.",
                            "Für die Justizwache gibt es 150 zusätzliche Planstellen."], weekday=2)
    again = [replace(m, brief=replace(m.brief, event="e")) for m in (prisons, told_again)]
    assert propagate_days(again)[1].date == "2025-10-08"


def test_a_month_only_report_sharing_one_word_in_eight_joins_no_other_decision():
    """A cabinet's care reform and its prison package of one month share the cabinet's name and
    little else (0.125 of their terms): two occasions, and no day passes between them."""
    from generator.events import shared_terms
    cabinet = [("Bundesregierung", "", "Österreich")]
    prisons, _ = report("a", "haft", "2025-10-08", "Beschluss", cabinet, [],
                        ["Der Ministerrat beschloss ein Paket: Häftlinge dürfen bis zu zwei Jahre mit der Fußfessel "
                         "verbüßen.", "Die Justizwache erhält 150 zusätzliche Planstellen."])
    care, _ = report("b", "pflege", "2025-10", "Beschluss", cabinet, [],
                     ["Der Ministerrat erhöhte die Förderung der Betreuung rund um die Uhr auf 1.000 Euro.",
                      "Vermittlungsagenturen brauchen künftig ein Qualitätszertifikat."], weekday=2)
    assert 0.1 <= shared_terms(occasion(0, prisons), occasion(1, care)) < 0.15
    assert clusters([prisons, care]) == [[0], [1]]
    assert propagate_days(cluster_events([prisons, care]))[1].date == "2025-10"


def test_an_austrian_month_name_is_a_date_not_a_content_term():
    """'ab 1. Jänner 2026' says when, as 'ab 1. Januar 2026' does: two decisions taking effect on
    the same day share no matter by it."""
    from generator.terms import content_terms
    assert content_terms("Seit 1. Jänner 2026 gilt das Verbot. Im Feber folgt der Bericht.") == {"verbot", "bericht"}
    assert content_terms("Seit 1. Januar 2026 gilt das Verbot.") == {"verbot"}


def test_a_votes_words_and_counts_tell_no_two_decisions_apart():
    """Two laws a parliament passed on Wednesdays of one month, each 'mit 121 zu 68 Stimmen bei 3
    Enthaltungen' against 'die SVP-Fraktion': their vote's words share no matter, so no day passes."""
    council = [("Nationalrat", "", "Schweiz")]
    debts, _ = report("a", "schulden", "2025-06", "Beschluss", council, [],
                      ["Der Nationalrat stimmte der Vorlage mit 121 zu 68 Stimmen bei 3 Enthaltungen zu.",
                       "Die SVP-Fraktion lehnte die Restschuldbefreiung ab."], weekday=2)
    children, _ = report("b", "kinder", "2025-06-11", "Beschluss", council, [],
                         ["Der Nationalrat stimmte der Vorlage mit 121 zu 70 Stimmen bei 3 Enthaltungen zu.",
                          "Die SVP-Fraktion lehnte die Ombudsstelle für Kinderrechte ab."])
    same = [replace(m, brief=replace(m.brief, event="e")) for m in (debts, children)]
    assert propagate_days(same)[0].date == "2025-06"
