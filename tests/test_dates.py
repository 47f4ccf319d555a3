"""Event dates from invented German sentences: forms, roles, anchors and the year of a day-month."""

from __future__ import annotations

import pytest

from generator.extract.dates import (
    DateFinding,
    date_cues,
    earlier_sentences,
    easter_sunday,
    event_day_sentences,
    extract_date,
    mention_role,
    publication_anchor,
    resolve_year,
    sentence_mentions,
)
from generator.knowledge import KnowledgeError, load_cues


@pytest.fixture(scope="module")
def cues(knowledge):
    return date_cues(knowledge.cues.get("dates"))


@pytest.fixture
def date_of(analyse_text, cues):
    def run(text: str) -> tuple[str, str] | None:
        found = extract_date(analyse_text(text), cues)
        return (found.value, found.precision) if found else None

    return run


def _days(sentence: str, cues) -> list[tuple[int | None, int | None, int | None]]:
    return [(m.year, m.month, m.day) for m in sentence_mentions(sentence, 0, cues) if m.kind == "day"]


@pytest.mark.parametrize("sentence", [
    "Die Runde tagte am 07.02.2024 in Linz.",
    "Die Runde tagte am 7.2.24 in Linz.",
    "Die Runde tagte am 2024-02-07 in Linz.",
    "Die Runde tagte am 7. Feb. 2024 in Linz.",
    "Die Runde tagte am 7.Februar 2024 in Linz.",
])
def test_every_common_written_form_of_a_day(sentence, cues):
    assert _days(sentence, cues) == [(2024, 2, 7)]


def test_digits_without_a_year_need_a_date_word_before_them(cues):
    assert _days("Die Runde tagte am 7.2. in Linz.", cues) == [(None, 2, 7)]
    assert _days("Nach Abschnitt 4.2. der Satzung ist das erlaubt.", cues) == []
    assert _days("Der Zug fährt um 06.30 Uhr ab.", cues) == []


def test_weekday_written_with_the_date_belongs_to_it(cues):
    for sentence in ("Die Runde tagte am Mittwoch, 7. Februar 2024, in Linz.",
                     "Die Runde tagte am Mittwoch (7. Februar) in Linz.",
                     "Die Runde tagte am Mittwoch, den 7. Februar, in Linz.",
                     "Am Mittwoch, dem 7. Februar 2024, tagte die Runde in Linz."):
        (mention,) = [m for m in sentence_mentions(sentence, 0, cues) if m.kind == "day"]
        assert (mention.day, mention.weekday) == (7, 2)


@pytest.mark.parametrize("sentence, role", [
    ("Die Renten steigen zum 1. Juli 2024 um vier Prozent.", "effective"),
    ("Das Gesetz tritt am 1. Januar 2026 in Kraft.", "effective"),
    ("Das Gesetz trat am 1. Januar 2022 in Kraft.", "event"),
    ("Die neuen Regeln gelten ab dem 1. Juli 2024.", "effective"),
    ("Einwände sind bis zum 15. Juli 2024 möglich.", "deadline"),
    ("Einwände sind spätestens am 15. Juli 2024 einzureichen.", "deadline"),
    ("Seit dem 3. Mai 2022 ruhen die Gespräche.", "background"),
    ("Grundlage ist die Absichtserklärung vom 3. Mai 2022.", "attribute"),
    ("Der Streit hatte im Herbst mit einem Brief am 3. Mai 2022 begonnen.", "background"),
    ("Die Anlage war am 3. Mai 2022 zerstört worden.", "background"),
    ("Zuvor scheiterte eine Runde am 3. Mai 2022.", "background"),
    ("Das Parlament soll am 3. Juni 2024 abstimmen.", "future"),
    ("Entscheiden muss aber die Versammlung am 3. Juni 2024.", "future"),
    ("„Am 3. Mai 2022 war alles anders“, sagte die Ministerin.", "quote"),
    ("Die Einigung kam in der Nacht zum 3. Mai 2024 zustande.", "event"),
    ("Beim Runden Tisch ist am 3. Mai 2024 eine Einigung erzielt worden.", "event"),
    ("Beim Runden Tisch war am 3. Mai 2024 eine Einigung erzielt worden.", "background"),
    ("Die Delegationen unterzeichneten am 3. Mai 2024 den Vertrag.", "event"),
])
def test_the_words_around_a_date_give_its_role(sentence, role, cues):
    start = next(m.start for m in sentence_mentions(sentence, 0, cues))
    assert mention_role(sentence, start, start + 1, cues) == role


def test_a_reported_plan_before_the_date_does_not_touch_the_clause_of_the_date(cues):
    sentence = "Die Häftlinge sollen freikommen, wie das Ministerium am Montag, 6. Mai 2024, mitteilte."
    (mention,) = sentence_mentions(sentence, 0, cues)
    assert mention.role == "event"


def test_publication_line_and_dateline_anchor_the_report(cues):
    text = "Die Runde tagte am Mittwoch.\nMehr dazu später.\nDieser Beitrag wurde am 09.02.2024 gesendet."
    assert publication_anchor(text, cues).date.isoformat() == "2024-02-09"
    assert publication_anchor("Linz, 2024-02-09 (APA) - Die Runde tagte.", cues).date.isoformat() == "2024-02-09"
    middle = "A.\nB.\nC.\nDas Buch ist am 3. März 2020 erschienen.\nD.\nE.\nF."
    assert publication_anchor(middle, cues) is None


def test_weekday_counts_back_from_the_publication_line(date_of):
    text = ("Die Landräte trafen sich am Mittwoch in Graz. Sie einigten sich auf einen Plan.\n"
            "Dieser Beitrag wurde am 09.02.2024 gesendet.")
    assert date_of(text) == ("2024-02-07", "day")  # 9 Feb 2024 is a Friday
    assert date_of("Graz, 09.02.2024 (APA) - Die Landräte einigten sich am Mittwoch.") == ("2024-02-07", "day")


def test_a_date_line_after_title_teaser_and_byline_anchors_the_report(date_of, cues):
    text = ("Einigung in Genf\n\nDie Minister trafen sich erstmals seit dem Sommer.\n\nAnna Muster, Genf\n"
            "14.11.2025, 18.30 Uhr\n\nAm Freitag trafen sich die Minister in Genf.\n\nSie einigten sich.\n\n"
            "Weitere Treffen folgen.\n\nDer Rat tagt im Dezember.\n\nMehr dazu später.")
    assert date_of(text) == ("2025-11-14", "day")  # 14 Nov 2025 is a Friday
    late_cue = "A.\nB.\nC.\nD.\nDas Buch ist am 3. März 2020 erschienen.\nE.\nF.\nG.\nH."
    assert publication_anchor(late_cue, cues) is None  # only a bare date line counts that far down


def test_without_header_the_first_day_the_opening_states_in_full_is_the_events(date_of):
    text = ("Rettung gelungen\n\nDer Zulieferer geht an einen Investor. Viele Stellen bleiben. Doch ein Gläubiger "
            "könnte noch stören.\n\nAnna Muster\n\nDie Gläubiger haben am 23. September 2025 den Plan angenommen. "
            "Die IG Metall verlangt eine Standortgarantie bis mindestens 2030. Das Gericht entscheidet am 14. Oktober.")
    assert date_of(text) == ("2025-09-23", "day")  # not October of 2030


def test_a_month_without_year_takes_the_latest_past_year_the_text_names(date_of):
    text = ("Landerechte gegen Kerosin\n\nBerlin. Anfang November haben Vertreter beider Staaten das Abkommen "
            "paraphiert. Es erlaubt der Airline ab dem Sommerflugplan 2026 tägliche Flüge. Die Gespräche waren "
            "im Sommer 2025 wieder aufgenommen worden. Ab 2028 liefert eine Anlage synthetisches Kerosin.")
    assert date_of(text) == ("2025-11", "month")  # not 2026 or 2028, the years of what is to come


def test_a_day_stated_with_its_weekday_below_title_and_teaser_dates_the_event(date_of):
    text = (" date 2025-09 Oberhessische Zeitung | Lokales\n\nWasser für die Flasche\n\nWeniger Entnahme und "
            "Geld für die Leitung. Der Vertrag ist unter Dach und Fach. Die Initiative kämpft weiter.\n\n"
            "Von Sabine Krämer\n\nBAD VILSHEIM. Zwei Jahre lang haben sie gestritten. Mit 27 zu 8 Stimmen "
            "billigte die Stadtverordnetenversammlung am Dienstag, 16. September, die Vereinbarung.")
    assert date_of(text) == ("2025-09-16", "day")


def test_a_date_with_its_clock_time_or_its_weekday_stamps_the_report(date_of):
    text = ("Leipzig schränkt Ferienwohnungen ein\n\nDer Stadtrat hat eine Satzung beschlossen.\n\n"
            "11. Juni 2025, 21:48 Uhr Quelle: ZEIT ONLINE, dpa\n\nDer Stadtrat beschloss am Mittwochabend die "
            "Satzung. Sie gilt ab dem 1. Januar 2026. Im Dezember 2024 war ein Entwurf gescheitert.")
    assert date_of(text) == ("2025-06-11", "day")
    ticker = ("LIVETICKER | Verbandstag in Frankfurt – Samstag, 22. November 2025\n\n+++ 17:58 Uhr +++\n"
              "Damit endet der Verbandstag. Der Präsident bleibt im Amt.\n\n+++ 17:41 Uhr +++\n"
              "Die Abgabe steigt ab Mai 2026 auf 3,20 Euro.")
    assert date_of(ticker) == ("2025-11-22", "day")


def test_a_footer_stamp_and_a_later_day_on_the_leads_weekday(date_of):
    footer = ("Der Landtag beschloss am Mittwoch das Gesetz. Die Opposition stimmte dagegen. Die Abstimmung "
              "über den Haushalt folgt am 26. Juni.\n\nDieses Thema im Programm: MDR | Journal | 14. Mai 2025 | 19:00 Uhr")
    assert date_of(" date 2025-05 " + footer) == ("2025-05-14", "day")  # a Wednesday
    later = (" date 2025-05 Wiesbaden (dpa) - Die Stadtverordneten haben am Donnerstagabend den Bau beschlossen. "
             "Die Linie soll 2032 fahren. Die Sitzung vom 22. Mai dauerte bis Mitternacht. Am 8. Mai hatte der "
             "Ausschuss getagt.")
    assert date_of(later) == ("2025-05-22", "day")  # the one Thursday of May the text names


def test_a_pluperfect_right_after_the_leads_weekday_gives_its_day_and_the_papers_day_is_not_the_events(date_of):
    told = (" date 2025-06 Zschopenau. Die Vermessungsingenieurin war am Dienstagvormittag am Mühlgrabenweg "
            "unterwegs. Am Ende des Tages steckten elf neue Steine im Boden. Sie hatte die Grenzen am 17. Juni 2025 "
            "in einem Grenztermin wiederhergestellt. Ein Anlieger verweigert die Unterschrift.")
    assert date_of(told) == ("2025-06-17", "day")  # a Tuesday
    assert date_of(told.replace("17. Juni", "18. Juni")) == ("2025-06", "month")  # a Wednesday: not the day
    review = (" date 2025-09 Presseschau: Ein Franken für eine Bühne\n\nDer Verkauf der Bühne beschäftigt am "
              "Donnerstag die Zeitungen in der Region. Der Stadtrat und der Verein hatten am Mittwoch, 3. September "
              "2025, den Kaufvertrag unterzeichnet: Die Bühne geht an den Verein über.")
    assert date_of(review) == ("2025-09-03", "day")


def test_an_agency_trailer_and_a_rubric_line_date_reports_without_header(date_of):
    apa = ("Festspiele gesichert\n\nInnsbruck (APA) - Bund und Land haben am Donnerstag eine Vereinbarung "
           "unterzeichnet. Die Mittel steigen ab 2026.\n\n(Schluss) sam/kuc\n\nAPA0297    5 KI    0471      Do, 12.Jun 2025")
    assert date_of(apa) == ("2025-06-12", "day")
    rubric = ("KANTONSRAT · SEPTEMBERSESSION 2025\n\nDer Kantonsrat spart bei der Bildung\n\nDas Parlament hat am "
              "Dienstag die Sparmassnahmen beschlossen. Kommt das Referendum zustande, dürfte das Volk am 8. März "
              "2026 abstimmen.")
    assert date_of(rubric) == ("2025-09", "month")


def test_a_masthead_line_that_ends_in_its_date_stamps_the_report(date_of):
    text = ("KURIER | Sport | 11.12.2025\n\nAufstand im Skiverband\n\nDas Präsidium hat am Mittwoch eine neue "
            "Vereinbarung verabschiedet. Ursprünglich waren 20 Prozent geplant. Die Athleten drohen mit Klage.")
    assert date_of(text) == ("2025-12-10", "day")  # 11 Dec 2025 is a Thursday


def test_weekday_on_the_publication_day_is_that_day(date_of):
    assert date_of("Die Landräte einigten sich am Freitag.\nStand: 09.02.2024, 17:30 Uhr") == ("2024-02-09", "day")


def test_yesterday_counts_back_from_the_header_day(date_of):
    assert date_of(" date 2024-02-09 Die Landräte einigten sich gestern auf einen Plan.") == ("2024-02-08", "day")


def test_year_of_a_day_month_from_its_weekday():
    # 4 June 2024 is a Tuesday; 2023 (Sunday) and 2025 (Wednesday) are not
    assert resolve_year(6, 4, 1, None, past_years=[2023], all_years=[2023, 2025]) == 2024
    assert resolve_year(6, 4, 1, None, past_years=[2024, 2019], all_years=[2024, 2019, 2026]) == 2024
    assert resolve_year(6, 4, 5, None, past_years=[2024], all_years=[2024, 2026]) is None  # no Saturday in 2024-2026
    assert resolve_year(6, 4, 5, None, past_years=[2024], all_years=[2024]) is None  # next fit 2033: too far
    # a Saturday 22 November in a text naming 2026 (a plan read as past), 2025 and 2019: 2025, not 2031
    assert resolve_year(11, 22, 5, None, past_years=[2026, 2026, 2019, 2017, 2025],
                        all_years=[2026, 2026, 2019, 2017, 2025]) == 2025
    assert resolve_year(11, 5, 1, None, past_years=[2020], all_years=[2020]) == 2024  # Tuesday 5 Nov after 2020
    assert resolve_year(6, 4, None, None, past_years=[2022, 2024], all_years=[2022, 2024, 2027]) == 2024
    assert resolve_year(6, 4, None, None, past_years=[], all_years=[2027]) is None


def test_year_older_than_the_latest_past_one_is_no_candidate():
    # "Am Mittwoch, 19. November" beside "1941" (background) and "Seit 2019 überprüft …": 2025, the
    # first year from 2019 on in which 19 November is a Wednesday, not 1941
    assert resolve_year(11, 19, 2, None, past_years=[1941, 1938, 2019, 1998],
                        all_years=[1941, 1938, 2019, 1998, 2030]) == 2025


def test_day_month_without_year_before_a_january_anchor_is_last_year(date_of):
    text = "Die Minister telefonierten am Montag (30. Dezember).\nDieser Beitrag wurde am 03.01.2025 veröffentlicht."
    assert date_of(text) == ("2024-12-30", "day")


def test_day_month_takes_the_year_its_weekday_agrees_with(date_of):
    text = ("Die Mitgliedstaaten billigten das Statut am Dienstag (4. Juni). Die Vorarbeiten hatten im Jahr 2023 "
            "begonnen. Eine erste Überprüfung soll im März 2025 stattfinden.")
    assert date_of(text) == ("2024-06-04", "day")
    # "Sonnabend" is Saturday, as the north and east of Germany say it
    text = ("Am Sonnabend, 28. Juni, hat die Inhaberin den Laden zum letzten Mal abgeschlossen. Die Buchhandlung "
            "am Markt hatte schon im Januar 2021 aufgegeben.")
    assert date_of(text) == ("2025-06-28", "day")


def test_without_an_anchor_the_most_recent_event_month_wins(date_of):
    text = ("Die Konfliktparteien haben sich am Sonntag auf eine Feuerpause verständigt. "
            "Es ist der erste Schritt seit der Erklärung vom Februar 2022, und er kommt im Oktober 2024. "
            "Der Streit war im März 2021 ausgebrochen. Weitere Gespräche sind ab Januar 2025 geplant.")
    assert date_of(text) == ("2024-10", "month")



def test_a_later_month_below_the_lead_without_its_year_is_a_next_step(date_of):
    text = ("Im September hat der Rat die Initiative abgelehnt und einen Gegenvorschlag gutgeheissen. "
            "Die Kommission hatte den Text im Mai 2025 ausgearbeitet. Frau Muster, warum? Weil es nötig ist. "
            "Die zweite Kammer berät das Geschäft im Dezember erneut.")
    assert date_of(text) == ("2025-09", "month")  # not December, named further down without a year


def test_a_past_year_long_before_every_plan_does_not_date_the_month(date_of):
    text = ("Der Vorstand des Vereins hat Anfang November beschlossen, drei Stellen zum 31. Dezember 2025 zu "
            "schließen. Anna Muster führt den Verein seit 2019. Ab dem 1. Januar 2026 gibt es nur Beratung per Telefon.")
    assert date_of(text) == ("2025-11", "month")  # not November 2019
    plan_in_january = ("Der Vorstand hat Anfang November beschlossen, drei Stellen zu schließen. Muster führt ihn "
                       "seit 2019. Ab dem 1. Januar 2026 gibt es nur Beratung per Telefon.")
    assert date_of(plan_in_january) == ("2025-11", "month")  # a November before a January plan is the year before


def test_a_budget_for_next_year_is_decided_before_it(date_of):
    text = ("Der Gemeinderat hat Ende November den Voranschlag für 2026 beschlossen. Die Förderungen bleiben "
            "2026 gleich. Die Gebühren steigen mit 1. Jänner um neun Prozent. Die Werte stammen aus dem Jahr 1973.")
    assert date_of(text) == ("2025-11", "month")  # not November 2026, nor the term of 1 January


def test_a_weekday_and_day_long_after_every_past_year_date_from_the_plans(date_of):
    text = ("Bund und Länder haben sich am Dienstag, 14. Oktober, auf einen Fonds geeinigt. Seit 2001 seien "
            "130.000 Hektar verloren gegangen. Anträge sollen ab März 2026 möglich sein.")
    assert date_of(text) == ("2025-10-14", "day")  # 14 October is a Tuesday in 2003 too


def test_from_the_first_of_a_month_is_a_term_and_a_dated_decision_is_not(cues):
    assert mention_role("Die Gebühren steigen mit 1. Jänner um neun Prozent.", 25, 34, cues) == "effective"
    assert mention_role("Die mit 3. März 2025 datierte Entscheidung gilt.", 8, 20, cues) != "effective"


def test_a_term_without_its_year_is_no_earlier_fact(analyse_text, cues):
    analysed = analyse_text("Die Regierung hat sich am Dienstag geeinigt. Die Pensionen steigen mit 1. Jänner "
                            "um 2,25 Prozent. Erst am 10. Mai hatten die Gespräche begonnen.")
    event = DateFinding("2025-09-02", "day", "Dienstag", 1)
    assert earlier_sentences(analysed, event, cues) == frozenset({2})  # the talks of May, not the term


def test_the_date_of_a_thing_named_does_not_date_the_clause(analyse_text, cues):
    analysed = analyse_text("Das Gericht hat am Dienstag entschieden. Der 8. Senat wies die Revision gegen ein Urteil "
                            "des Oberverwaltungsgerichts vom Juni 2024 zurück. Im Juni 2024 hatte die Firma geklagt.")
    event = DateFinding("2025-03", "month", "Kopfzeile", None)
    assert earlier_sentences(analysed, event, cues) == frozenset({2})  # the suit of June 2024, not the ruling


def test_yesterday_far_below_a_scene_counts_back_from_the_byline_stamp(date_of):
    scene = " ".join(f"Szene {n} der Geschichte war ruhig." for n in range(9))
    text = (f"Betrug mit Wohnungen\n\nDie Kammer warnt vor falschen Inseraten.\n\nVon Anna Muster | 14.10.2025, "
            f"05:45 Uhr\n\n{scene} Fälle wie diesen hat die Kammer gestern in Graz vorgestellt.")
    assert date_of(text) == ("2025-10-13", "day")
    ticker = text.replace("Szene 1 der", "Auf dem Programm heute steht viel. Szene 1 der")
    assert date_of(ticker) == ("2025-10-14", "day")  # a text that tells of its own day is of that day


def test_a_span_that_opens_on_the_leads_weekday_is_no_event_day(date_of):
    text = (" date 2025-08 Bern (sda) – Eine Käserei ruft einen Käse zurück. Betroffen sind Packungen mit den "
            "Verbrauchsdaten vom 28. August bis 12. September 2025, wie das Amt am Donnerstag mitteilte.")
    assert date_of(text) == ("2025-08", "month")  # 28 August 2025 is a Thursday, but it opens a span


def test_header_month_with_a_weekday_stays_a_month_despite_deadlines(date_of):
    text = (" date 2024-09 Der Konzern und die Gewerkschaft einigten sich am Montag vor Gericht. "
            "Beide Seiten können den Vergleich bis zum 20. September widerrufen. Seit dem 2. September wurde gestreikt.")
    assert date_of(text) == ("2024-09", "month")


def test_effective_dates_do_not_replace_the_weekday_before_the_header_day(date_of):
    text = (" date 2024-02-11 Arbeitgeber und Gewerkschaft einigten sich am Sonntag auf einen Tarifvertrag. "
            "Die Löhne steigen zum 1. März 2024 und zum 1. Januar 2025. Am 30. Januar hatten Warnstreiks begonnen.")
    assert date_of(text) == ("2024-02-11", "day")


def test_a_lead_day_long_before_the_header_is_background_to_the_weekday(date_of):
    text = " date 2024-02-11 Am 14. März 2022 begann der Streit. Am Freitag einigten sich nun beide Seiten."
    assert date_of(text) == ("2024-02-09", "day")


def test_a_weekday_alone_without_anchor_or_month_gives_no_date(date_of):
    assert date_of("Die Landräte einigten sich am Freitag. Der Streit hatte 2019 begonnen.") is None


def test_pluperfect_needs_the_date_inside_the_verbal_bracket(cues):
    def role(sentence: str) -> str:
        return sentence_mentions(sentence, 0, cues)[0].role

    assert role("Der Konflikt war im April 2021 um Weideland ausgebrochen.") == "background"
    assert role("Nachdem die Gespräche im April 2021 gescheitert waren, ruhte alles.") == "background"
    assert role("Die Stimmung beim Treffen am Dienstag war angespannt.") == "event"


def test_war_with_a_participle_whose_perfect_takes_haben_is_the_state_on_the_day(cues, date_of):
    def role(sentence: str) -> str:
        return sentence_mentions(sentence, 0, cues)[0].role

    assert role("Nach zwei Stunden Debatte war die Sache am Dienstagabend entschieden.") == "event"
    assert role("Ein erster Anlauf war im Jänner 2019 am Widerstand der Gemeinde gescheitert.") == "background"
    assert role("Die Präsidentin war im März 2025 aus gesundheitlichen Gründen zurückgetreten.") == "background"
    text = ("Bankfiliale sperrt zu\n\nSCHÖNECK, 16. Jänner 2025. Nach zwei Stunden Debatte war die Sache am "
            "Dienstagabend entschieden: Die Gemeinde lässt einen Bankomaten aufstellen.")
    assert date_of(text) == ("2025-01-14", "day")


def test_a_year_after_bis_ende_is_no_past_year(date_of):
    text = ("Die Ressortchefs verabschiedeten den Plan am Montag (3. Juni). Die Mittel fließen bis Ende 2027. "
            "Der Vorgängerplan war im Jahr 2023 ausgelaufen.")
    assert date_of(text) == ("2024-06-03", "day")  # 3 June 2024 is a Monday; 2027's 3 June is a Thursday


def test_a_line_with_only_a_date_and_time_at_the_end_anchors_the_report(date_of):
    text = "Die Landräte einigten sich am Donnerstag auf einen Plan.\nDer Streit ist damit beendet.\n08.02.2024, 16:40 Uhr"
    assert date_of(text) == ("2024-02-08", "day")


def test_weekday_of_last_week_counts_from_the_week_before_the_anchor(date_of):
    # 14 Feb 2024 is a Wednesday: Tuesday of the week before is 6 Feb
    text = " date 2024-02-14 Die Landräte hatten sich nicht geeinigt. Sie trafen sich am Dienstag vergangener Woche."
    assert date_of(text) == ("2024-02-06", "day")
    assert date_of(" date 2024-02-14 Die Landräte einigten sich am Dienstag.") == ("2024-02-13", "day")


def test_a_headline_with_a_date_is_no_publication_line(cues):
    text = "Waffenruhe ab 01.01.2025\nA.\nB.\nC.\nD.\nE.\nF."
    assert publication_anchor(text, cues) is None
    assert publication_anchor("A.\nB.\nC.\nD.\nE.\nF.\nSendung vom 02.01.2025", cues).date.isoformat() == "2025-01-02"


def test_the_publication_note_is_not_the_event_day(date_of):
    text = "Veröffentlicht am 14.02.2024\nDie Landräte trafen sich am 12. Februar 2024 in Graz und einigten sich auf einen Plan."
    assert date_of(text) == ("2024-02-12", "day")


def test_a_sentence_full_of_dates_costs_linear_time(cues):
    import time

    sentence = " ".join(["am 3. Mai 2024 und"] * 3000) + " „Zitat“" * 300
    started = time.perf_counter()
    assert len(sentence_mentions(sentence, 0, cues)) == 3000
    assert time.perf_counter() - started < 5


def test_plans_and_hearsay(cues):
    def role(sentence: str) -> str:
        return sentence_mentions(sentence, 0, cues)[0].role

    assert role("Die Feuerpause soll am Montag um sechs Uhr beginnen.") == "future"
    assert role("Die Minister sollen sich am Montag heimlich geeinigt haben.") == "event"
    assert role("Am Montag vereinbarten beide Seiten die nächste Runde.") == "event"
    assert role("Am Montag in der kommenden Woche beginnt die Runde.") == "future"


def test_a_stated_day_just_after_the_header_day_is_the_event_further_ones_are_not(date_of):
    assert date_of(" date 2025-05-13 Kasse und Verband haben sich geeinigt. "
                   "Der Vertrag wurde am 14. Mai in Wien unterzeichnet.") == ("2025-05-14", "day")
    assert date_of(" date 2025-05-13 Kasse und Verband haben sich geeinigt. "
                   "Der Vertrag wurde am 20. Mai in Wien unterzeichnet.") == ("2025-05-13", "day")


def test_without_a_header_a_dateline_day_takes_the_year_of_the_text(date_of):
    # 9 September 2025 is a Tuesday; 2026 and 2022 are named too, but only as plan and background
    text = ("\nGas für zehn Jahre\n\nali. BAKU, 9. September. Der Importeur und die Regierung haben am Dienstag "
            "einen Vertrag geschlossen. Von Oktober 2026 an fließt Gas. Das Unternehmen gehört seit 2022 dem Bund. "
            "Im laufenden Jahr 2025 ist es der dritte Vertrag.")
    assert date_of(text) == ("2025-09-09", "day")


def test_a_plan_for_this_year_gives_the_year_of_a_day_month(date_of):
    text = ("\nBerlin (dpa) - Bund und Länder haben sich geeinigt. Bei der Konferenz am 18. Juni sagte der Kanzler "
            "zu, die Ausfälle auszugleichen. Das Gesetz soll noch im Sommer 2025 beschlossen werden.")
    assert date_of(text) == ("2025-06-18", "day")


def test_a_date_line_with_its_weekday_dates_a_ticker(date_of):
    text = ("Liveticker Hafenstreik: Gespräche in Bremen\nMontag, 28. Juli 2025\n\n+++ 19:05 Uhr – Einigung +++\n"
            "Verdi und die Arbeitgeber haben sich geeinigt. Der Streik endet.")
    assert date_of(text) == ("2025-07-28", "day")


def test_a_weekday_told_to_the_reader_does_not_date_a_ticker(date_of):
    """'Einen ausführlichen Bericht lesen Sie am Montag': what the reader will find, not the day the
    ticker tells of."""
    text = ("Live-Ticker: Modellbahnfreunde stimmen ab\n\nSamstag, 17. Mai 2025 – Mitgliederversammlung\n\n"
            "18.42 Uhr\nDamit beenden wir den Ticker. Die Mitglieder haben den Verkauf beschlossen. Einen "
            "ausführlichen Bericht lesen Sie am Montag in unserer Zeitung.\n\n18.05 Uhr\nDie Versammlung hat "
            "dem Verkauf zugestimmt.")
    assert date_of(text) == ("2025-05-17", "day")


def test_a_weekday_in_a_month_without_year_takes_the_latest_past_year(date_of):
    text = ("Rot-Grün, die Dritte\n\nEs ist kurz nach zehn an diesem Mittwoch im April, und SPD und Grüne stellen "
            "ihren Koalitionsvertrag vor. Seit der Bürgerschaftswahl vom 2. März 2025 wurde verhandelt.")
    assert date_of(text) == ("2025-04", "month")


def test_a_dateline_with_its_year_under_a_headline_gives_that_year(date_of):
    text = ("\nEU-Gipfel einigt sich auf Fonds\n\nBrüssel, 26. Juni 2025 (Reuters) - Die Staats- und Regierungschefs "
            "haben sich geeinigt. Ein erster Fonds war 2023 gescheitert.")
    assert date_of(text) == ("2025-06-26", "day")


def test_a_month_in_a_relative_clause_dates_a_report_that_names_no_other(date_of):
    text = ("\nDer Hammer fällt\n\nAm Samstag ist die Weltklimakonferenz, die im November 2025 in Belém tagte, "
            "zu Ende gegangen. Die Staaten einigten sich auf einen Kompromiss.")
    assert date_of(text) == ("2025-11", "month")


def test_sentences_naming_the_event_day(analyse_text, cues):
    analysed = analyse_text("Die Räte stimmten am Dienstag zu. Der Bund hatte am Montag gedrängt. "
                            "Die Frist lief am 3. Juni ab. Am 10. Juni folgt die Lesung.")
    on_tuesday = DateFinding("2025-06-10", "day", "am Dienstag")  # 10 June 2025 is a Tuesday
    assert event_day_sentences(analysed, on_tuesday, cues) == {0, 3}
    in_june = DateFinding("2025-06", "month", "Juni 2025")  # any weekday may be the event's
    assert event_day_sentences(analysed, in_june, cues) == {0, 1}


def test_an_agency_code_closing_the_text_dates_its_weekday(date_of):
    text = ("Indien und Bangladesch verhandeln über den Ganges\n\nDer Vertrag läuft 2026 aus.\n\n"
            "Die beiden Länder einigten sich am Donnerstag, über den Vertrag zu verhandeln.\n\n"
            "Die Kommission tagt im Januar.\n\nDer Vertrag läuft im Dezember 2026 aus.\n\n"
            "Bangladesch wählt im Februar.\n\nDie Dürre hält an.\n\n"
            "Ob der Zeitplan hält, ist offen, sagte der Staatssekretär. (APA, AFP, red, 6.11.2025)")
    assert date_of(text) == ("2025-11-06", "day")  # 6 November 2025 was a Thursday


def test_a_day_the_opening_states_outweighs_the_day_the_report_went_out(date_of):
    text = ("Ein Vertrag für das Tal: zwei Nachbarn legen ihren Streit bei\n\n"
            "Nach zwei Kriegen haben sich die Nachbarn geeinigt. Ratifiziert ist der Vertrag erst in einem Land. "
            "Und wer sein Haus verlassen muss, weiss noch nicht, wohin.\n\n"
            "Anna Muster, Batken\n20.03.2025, 05.30 Uhr\n\n"
            "Als die Präsidenten am 13. März in Bischkek ihre Unterschriften unter den Vertrag setzten, "
            "sprach der Gastgeber von einem historischen Tag.\n\nDer Vertrag regelt die Grenze.")
    assert date_of(text) == ("2025-03-13", "day")


def test_a_numeric_dateline_under_a_headline_anchors_the_weekday(date_of):
    text = ("Behörde bewilligt Übernahme nur mit Auflagen\n\n"
            "Bern, 20.08.2025 (Keystone-SDA) - Die Kommission lässt die Übernahme zu, wie sie am Mittwoch mitteilte. "
            "Der Konzern beschäftigt rund 1900 Personen. Im April eröffnete die Behörde eine Prüfung.")
    assert date_of(text) == ("2025-08-20", "day")


def test_last_weekday_in_the_lead_under_a_dateline_is_the_event(date_of):
    text = (" date 2025-06 Dorf kauft die Praxis\n\nDorf kauft die Praxis\n\nTannwald, 16. Juni 2025 – Es war eine "
            "volle Versammlung: 214 Stimmberechtigte kamen am vergangenen Donnerstag in die Halle. Mit 181 zu 27 "
            "Stimmen bewilligten sie den Kredit.")
    assert date_of(text) == ("2025-06-12", "day")
    # a pluperfect clause tells what came before
    assert date_of(text.replace("kamen am vergangenen Donnerstag in die Halle", "waren am vergangenen Donnerstag "
                                "in die Halle gekommen")) != ("2025-06-12", "day")


def test_a_count_is_no_year(date_of):
    text = ("Behörde bewilligt Übernahme\n\nDie Kommission lässt die Übernahme zu. Der Konzern beschäftigt "
            "rund 2030 Personen. Die Behörde prüfte den Fall bereits 2024. Im Juni entschied sie.")
    assert date_of(text) == ("2024-06", "month")


def test_an_agency_code_with_an_upper_case_weekday_and_a_short_month(date_of):
    text = ("Papierindustrie: Einigung in vierter Runde\n\nWien (APA) - Die Gewerkschaften haben sich in der Nacht "
            "auf Mittwoch auf einen neuen Kollektivvertrag geeinigt. Die Löhne steigen ab 1. Mai.\n\n"
            "(Schluss) hof/ths\n\nAPA0087 5 WI 0412 MI, 23.Apr 2025")
    assert date_of(text) == ("2025-04-23", "day")


def test_an_earlier_month_in_the_lead_outweighs_a_weekend_edition(date_of):
    text = ("Landes-Zeitung · Wirtschaft · Wochenendausgabe 1./2. November 2025\n\nDie Firma ist gerettet\n\n"
            "Lage. Ende Oktober hat die Gläubigerversammlung dem Insolvenzplan zugestimmt. Eine Garantie bis 2030 "
            "fehlt noch.")
    assert date_of(text) == ("2025-10", "month")


def test_a_line_with_weekday_and_day_under_a_broadcast_title_anchors_today(date_of):
    text = (" date 2025-11 Radio Bremen – Nachrichten um 12 Uhr\nFreitag, 14. November\n\nGuten Tag.\n\n"
            "Bremerhaven. Bund und Land haben heute eine Vereinbarung unterzeichnet. Der Bau beginnt 2026.")
    assert date_of(text) == ("2025-11-14", "day")  # 14 November 2025 was a Friday


def test_a_broadcast_line_with_its_publication_word_or_clock_time_anchors_today(date_of):
    aired = (" date 2025-03 WDR 2 – Westblick, Sendung vom 21. März\n\nAnmoderation: Stadt und Verein haben sich "
             "heute auf einen Mietvertrag geeinigt.\n\nDer Vertrag läuft bis 2035.")
    assert date_of(aired) == ("2025-03-21", "day")
    # no header: the weekday picks the year among those the text names ("vor zehn Jahren, 2015")
    clocked = ("Regionaljournal Ostschweiz, Donnerstag, 6. März, 12.03 Uhr\n\nDer Stadtrat hat heute den Kredit "
               "bewilligt. Vor zehn Jahren, im Frühjahr 2015, war ein ähnlicher Kredit noch gescheitert.")
    assert date_of(clocked) == ("2025-03-06", "day")  # 6 March 2025 was a Thursday, in 2015 a Friday


def test_a_day_the_lead_tells_with_its_weekday_is_no_stamp_but_the_events_day(date_of):
    text = ("Nach zehn Monaten Haft frei\n\nBielefeld. Anna Berg ist frei. Sie gehört zu vier Häftlingen, die "
            "Belarus am Freitag, 14. März 2025, freigelassen hat. Das bestätigte das Auswärtige Amt am Samstag. "
            "Festgenommen worden war sie im Mai 2024.")
    assert date_of(text) == ("2025-03-14", "day")


def test_a_release_whose_first_line_ends_in_its_day_is_of_that_day(date_of):
    text = ("Medienmitteilung Nr. 88 vom 14.05.2025\n\nAusschuss billigt Studie\n\nWien – Der Ausschuss hat am "
            "Dienstag einen Antrag der Koalition angenommen. Die Studie soll 2026 vorliegen. Ein Antrag von 2019 "
            "war gescheitert.")
    assert date_of(text) == ("2025-05-13", "day")  # the Tuesday before Wednesday 14 May


def test_a_release_line_below_the_headers_title_dates_its_today(analyse_text, cues):
    text = (" date 2025-12 Nationalrat nimmt Bericht zur Kenntnis\n\nParlamentskorrespondenz Nr. 1214 vom 10.12.2025\n\n"
            "Wien (PK) – Der Nationalrat hat heute den Bericht des Ausschusses zur Kenntnis genommen. "
            "Der Ausschuss war im Februar eingesetzt worden.")
    found = extract_date(analyse_text(text), cues)
    assert (found.value, found.precision) == ("2025-12-10", "day")
    assert found.evidence == "„heute“ am Veröffentlichungsdatum 10.12.2025", found.evidence


def test_a_day_the_text_calls_today_with_todays_weekday_dates_a_report_without_header(date_of):
    text = ("Radio SRF, Regionaljournal – Lohndaten im Darknet\n\nModeration: Die Firma Fidexa bestätigt heute "
            "Dienstag, dass Hacker Daten veröffentlicht haben.\n\nBeitrag: Am Sonntag, 29. Juni, haben Unbekannte "
            "die Server verschlüsselt. Heute, am 8. Juli, hat Fidexa informiert. Im vergangenen Jahr, also 2024, "
            "traf es eine andere Firma.")
    assert date_of(text) == ("2025-07-08", "day")  # 8 July is a Tuesday in 2025; 29 June is the attack


def test_a_ticker_dated_with_a_short_weekday_and_a_later_plan_without_year(date_of):
    text = ("LIVE | Landesparteitag der Grünen\n\nBehrendt führt die Grünen in die Wahl\n\nSa 22.11.2025 | Magdeburg\n\n"
            "Die Grünen haben auf ihrem Parteitag die Weichen gestellt.\n\nDie Plätze ab Rang neun werden erst auf einer "
            "zweiten Konferenz am 17. Januar gewählt. Die Landtagswahl findet am 6. September 2026 statt.")
    assert date_of(text) == ("2025-11-22", "day")


def test_an_earlier_month_in_the_lead_outweighs_the_issue_month_of_a_newsletter(date_of):
    text = ("Schwellenländer-Monitor | Börsen-Zeitung | Ausgabe Oktober 2025\n\nOSTAFRIKA\n\n"
            "Der Exekutivrat der Weltbank hat Ende September eine Budgethilfe für Kenia bewilligt. Im Juni 2024 "
            "hatte es Proteste gegeben.")
    assert date_of(text) == ("2025-09", "month")


def test_a_month_stated_with_its_year_in_the_opening_outweighs_an_inferred_later_one(date_of):
    text = ("Interview\n\nEnde Oktober 2025 hat die Beauftragte ihren ersten Jahresbericht vorgelegt.\n\n"
            "Ich habe für den Doppelhaushalt 2026/2027 vier Stellen beantragt. Ob sie kommen, entscheidet der "
            "Landtag im Dezember.")
    assert date_of(text) == ("2025-10", "month")


def test_a_decisions_own_day_in_a_press_review_of_the_next_day(date_of):
    text = ("Presseschau\n\nFreitag, 14. November 2025\n\nIm Mittelpunkt der Kommentare steht das Urteil des "
            "Bundesverfassungsgerichts.\n\nDer Erste Senat hatte mit seinem Urteil vom 13. November Teile des "
            "Gesetzes gekippt.")
    assert date_of(text) == ("2025-11-13", "day")


def test_a_byline_ending_in_the_full_date_anchors_an_earlier_month(date_of):
    text = ("„Versprechen sind keine Kraftwerke“\n\nIn Johannesburg haben Weltbank und Geber Ende November neue "
            "Milliarden zugesagt. Ein Gespräch über Bedingungen.\n\nInterview: Mareike Sonnenfeld, 2. Dezember 2025\n\n"
            "Herr Brettschneider, teilen Sie den Jubel?\n\nBrettschneider: Zum Teil.")
    assert date_of(text) == ("2025-11", "month")


def test_a_byline_with_a_separator_before_the_full_date_dates_the_report(date_of):
    text = ("Hallerbach will im Sommer auch sonntags aufsperren\n\nGemeinderat beantragt Tourismuszone beim Land\n\n"
            "Von Petra Lindinger | 15. Mai 2025\n\nHALLERBACH. Der Gemeinderat hat am Dienstagabend mit 17 zu 8 "
            "Stimmen beschlossen, beim Land eine Tourismuszone zu beantragen.")
    assert date_of(text) == ("2025-05-13", "day")


def test_a_broadcast_line_of_several_fields_ending_in_the_full_date_dates_the_report(date_of):
    text = ("Nach dem Brand: Halbing prüft alle Schulen\n\n"
            "Radio Salzkammergut, Abendjournal um sechs, 12. März 2025\n\nModeration: Zwei Wochen nach dem Brand "
            "hat der Gemeinderat heute Abend reagiert. Am 26. Februar war im Turnsaal ein Feuer ausgebrochen. "
            "Die Empfehlung der Feuerwehr stammt aus dem Jahr 2023.")
    assert date_of(text) == ("2025-03-12", "day")  # not the fire's day in the year of the recommendation


def test_a_tickers_opening_day_is_the_day_it_follows_not_the_earlier_deed(date_of):
    entries = "\n\n".join(f"{hour}.15 Uhr: Die Verhandlung geht weiter." for hour in (8, 9, 10, 11))
    text = ("Der Fenstersturz im Ticker\n\nVor dem Amtsgericht Lindau müssen sich am Mittwoch, 5. November 2025, "
            "zwei Handwerker verantworten. Am 3. März 2023 hatte sich ein Fenster gelöst. Wir berichten live.\n\n"
            + entries + "\n\n11.50 Uhr: Das Gericht verurteilt beide zu Geldstrafen.")
    assert date_of(text) == ("2025-11-05", "day")  # 5 Nov 2025 is a Wednesday


def test_a_line_with_place_and_day_under_title_and_teaser_fixes_the_day(date_of):
    text = (" date 2025-12\nOSZE-Ministerrat\n\nCassis übernimmt eine Organisation im Krisenmodus\n\n"
            "Ab Januar präsidiert die Schweiz die OSZE. Ein Budget gibt es.\n\nWien, 4. Dezember\n\n"
            "Es war ein Auftritt mit gedämpften Erwartungen. Die Minister einigten sich auf das Budget.")
    assert date_of(text) == ("2025-12-04", "day")


def test_the_lead_below_a_byline_gives_the_weekday(date_of):
    text = ("NZZ · Zürich und Region · Freitag, 24. Oktober 2025\n\nDie Grünliberalen setzen auf ein Duo\n\n"
            "Nach sechs Jahren tritt die Präsidentin ab. Die Nachfolge teilen sich zwei. Ob die Partei antritt, "
            "bleibt offen.\n\nVon Adrian Stucki\n\nDie Partei wird künftig von einem Co-Präsidium geführt. Die "
            "Mitgliederversammlung wählte am Donnerstagabend in Winterthur das Duo an die Spitze.")
    assert date_of(text) == ("2025-10-23", "day")


def test_a_weekday_in_a_relative_clause_of_the_lead_counts_back_from_the_masthead(date_of):
    text = ("NZZ · Schweiz · Donnerstag, 21. August 2025\n\nSarnaus wird nicht wieder aufgebaut\n\n"
            "Chur. Das Wort, das am Mittwoch im Regierungsgebäude niemand aussprechen wollte, lautet «Aufgabe». "
            "Die Regierung hat beschlossen, den Weiler nach dem Murgang vom 30. Juli nicht wieder aufzubauen.")
    assert date_of(text) == ("2025-08-20", "day")


def test_a_press_review_dates_a_signing_told_in_the_pluperfect(date_of):
    text = ("Presseschau vom Donnerstag, 11. Dezember 2025\n\nBochum verliert seine Fakultät\n\n"
            "Die Kommentatoren befassen sich mit der Theologie. Das Land und die Bistümer hatten am Mittwoch in "
            "Düsseldorf eine Vereinbarung unterzeichnet. Danach wird die Ausbildung konzentriert.")
    assert date_of(text) == ("2025-12-10", "day")


def test_the_commentators_day_in_the_main_clause_dates_the_review_not_the_decision(date_of):
    text = ("Presseschau: Höhere Ausgleichstaxe\n\nDie Kommentatoren der Tageszeitungen befassen sich am Donnerstag, "
            "10. Juli 2025, mit der Novelle, die der Nationalrat am Mittwoch beschlossen hat. Die Taxe steigt.")
    assert date_of(text) == ("2025-07-09", "day")
    text = (" date 2025-10 Presseschau: Pflegereform\n\nDie Kommentatoren befassen sich mit den Eckpunkten, die die "
            "Ministerin Sabine Kessler (CDU) und die Vorsitzende der Konferenz, Heike Roth (SPD), am Mittwoch, "
            "8. Oktober, in Berlin vorgestellt haben. Vereinbart wurde ein Budget.")
    assert date_of(text) == ("2025-10-08", "day")


def test_the_anniversary_of_an_earlier_day_is_the_events_day(date_of):
    text = (" date 2025-03 „Jetzt muss Kopenhagen liefern“\n\nAm Samstag haben Deutschland und Dänemark eine "
            "Erklärung unterzeichnet – auf den Tag genau 70 Jahre nach den Bonn-Kopenhagener Erklärungen vom "
            "29. März 1955. Herr Paulsen, was steht darin?")
    assert date_of(text) == ("2025-03-29", "day")
    # a weekday that does not fit tells another day
    assert date_of(text.replace("Am Samstag", "Am Freitag")) == ("2025-03", "month")


def test_a_weekday_counted_in_days_from_a_stated_day(date_of):
    text = (" date 2025-03 Wasserverband widmet Rückhalteflächen\n\nDer Wasserverband hat am Montag, zwei Tage "
            "nach dem Weltwassertag am 22. März, beschlossen, 140 Hektar als Rückhalteflächen zu widmen.")
    assert date_of(text) == ("2025-03-24", "day")
    # counted from a day named with "vom", and before it
    assert date_of(text.replace("zwei Tage nach dem Weltwassertag am", "drei Tage vor der Sitzung vom")
                   .replace("am Montag", "am Mittwoch")) == ("2025-03-19", "day")
    # a weekday the count does not fit leaves the stated day to the other rules
    assert date_of(text.replace("am Montag", "am Dienstag")) != ("2025-03-24", "day")
    # the weekday set off by a dash or a bracket rather than a comma
    assert date_of(text.replace("am Montag, zwei", "am Montag – zwei")) == ("2025-03-24", "day")
    assert date_of(text.replace("am Montag, zwei", "am Montag (zwei").replace("März, beschlossen",
                                                                             "März) beschlossen")) == ("2025-03-24", "day")
    # an occasion named with an ordinal ("dem 30. Jahrestag"): its point ends no sentence
    assert date_of(text.replace("dem Weltwassertag", "dem 30. Jahrestag der Gründung")) == ("2025-03-24", "day")


def test_a_weekday_named_apart_from_the_count_from_a_stated_day(date_of):
    text = (" date 2025-10 Jugendhaus bleibt\n\nDer Rat hat am Dienstagabend die Schließung abgelehnt. Die Sitzung "
            "fand genau eine Woche nach der Einwohnerversammlung vom 30. September statt.")
    assert date_of(text) == ("2025-10-07", "day")
    # the weekday of the lead must fit the count
    assert date_of(text.replace("Dienstagabend", "Donnerstagabend")) != ("2025-10-07", "day")
    # the stated day carries its own weekday, the event's is named after it
    text = (" date 2025-11 Lindenhain stimmt zu\n\nZwei Tage nachdem die Nachbargemeinde am Montag, 3. November, "
            "zugestimmt hatte, stimmte die Gemeindevertretung am Mittwochabend mit 17 zu 14 Stimmen für den Vertrag.")
    assert date_of(text) == ("2025-11-05", "day")


def test_a_stated_day_a_span_before_the_event(date_of):
    text = (" date 2025-09 Böllerverbot\n\nHannover (dpa) - Das Kabinett beschloss am Dienstag eine Initiative. "
            "Einen Tag zuvor, am Montag, 8. September, hatte die Gewerkschaft Unterschriften übergeben.")
    assert date_of(text) == ("2025-09-09", "day")
    # one day after a stated day, in the singular
    text = (" date 2025-03 Einigung\n\nDie Koalition einigte sich am Dienstag, einen Tag nach der Wahl am "
            "Montag, 3. März, auf einen Zeitplan.")
    assert date_of(text) == ("2025-03-04", "day")


def test_a_ticker_day_in_a_masthead_field_and_a_later_step_with_its_own_day(date_of):
    text = (" date 2025-11 Gemeinderat beschließt Paket\n\nLiveticker: Sondersitzung\n\nTraunfelder Rundschau | "
            "Donnerstag, 13. November | laufend aktualisiert\n\n21.51 Uhr\nDer Gemeinderat hat das Paket mit 29 von "
            "37 Stimmen angenommen.")
    assert date_of(text) == ("2025-11-13", "day")
    # a weekday that does not fit the header's month is no stamp
    assert date_of(text.replace("Donnerstag, 13.", "Freitag, 13.")) == ("2025-11", "month")
    text = ("Liveticker: Volksbefragung\n\nSonntag, 16.11.2025 – In drei Gemeinden haben die Bürger abgestimmt.\n\n"
            "20:15 Uhr – Die Gemeinderäte treten am Montag, 1. Dezember, zu Sondersitzungen zusammen.")
    assert date_of(text) == ("2025-11-16", "day")


def test_the_day_of_the_ruling_the_commentators_discuss(date_of):
    text = (" date 2025-11 Presseschau: Das Badesteg-Urteil\n\nDas Urteil des Obersten Gerichtshofs (OGH) vom "
            "6.11.2025 beschäftigt die Kommentatoren. Der OGH hatte die Gemeinde zu Schadenersatz verurteilt.")
    assert date_of(text) == ("2025-11-06", "day")
    # a ruling of another month than the header's is background; without commentators, an attribute
    assert date_of(text.replace("6.11.2025", "6.10.2025")) == ("2025-11", "month")
    assert date_of(text.replace("beschäftigt die Kommentatoren", "ist rechtskräftig")) == ("2025-11", "month")


@pytest.mark.parametrize(("year", "easter"), [(2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"),
                                              (2027, "2027-03-28"), (2000, "2000-04-23"), (2038, "2038-04-25")])
def test_easter_sunday_of_the_gregorian_calendar(year, easter):
    assert easter_sunday(year).isoformat() == easter


def test_a_weekday_counted_from_a_feast(date_of):
    text = ("Zwei Vereine, ein Vogel\n\nBürenhagen. Bei getrennten Versammlungen am Freitagabend, zwei Tage nach "
            "dem Aschermittwoch, stimmten beide Vereine der Fusion zu. Zum 1. Januar 2026 soll daraus ein Verein "
            "werden; das Schützenfest im Juli 2025 feiern beide noch getrennt.")
    assert date_of(text) == ("2025-03-07", "day")  # Ash Wednesday 2025: 5 March
    text = (" date 2025-04 Schützenfest 2029 in Ober-Rüdigen\n\nDie Delegierten haben heute Samstag, am Tag vor "
            "dem Palmsonntag, in Sursee entschieden.")
    assert date_of(text) == ("2025-04-12", "day")  # Palm Sunday 2025: 13 April
    # a weekday the count does not fit, or a day outside the header's month, dates nothing
    assert date_of(text.replace("Samstag", "Freitag")) == ("2025-04", "month")
    assert date_of(text.replace("2025-04", "2025-06")) == ("2025-06", "month")
    # fixed feasts count too: Christmas Eve 2025 is a Wednesday
    assert date_of(text.replace("Samstag, am Tag vor dem Palmsonntag", "Freitag, zwei Tage nach dem Heiligabend")
                   .replace("2025-04", "2025-12")) == ("2025-12-26", "day")


def test_feasts_in_the_cue_file_are_checked_when_loaded(tmp_path):
    path = tmp_path / "cues.yaml"
    path.write_text("dates:\n  feasts:\n    Aschermittwoch: -46\n    Heiligabend: \"12-24\"\n", encoding="utf-8")
    assert load_cues(path)["dates"]["feasts"]["Aschermittwoch"] == -46
    path.write_text("dates:\n  feasts:\n    Heiligabend: \"24.12.\"\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="feasts"):
        load_cues(path)


def test_a_span_after_a_stated_day_fixes_the_leads_weekday_and_the_days_year(date_of):
    text = (" date 2025-10 Gemeinde übernimmt die Lifte\n\nHinterbrand. Mit 9 zu 7 Stimmen hat der Gemeinderat am "
            "Donnerstagabend beschlossen, die Lifte zu übernehmen. Die Entscheidung fiel genau eine Woche, nachdem "
            "die Familie Faller am 16. Oktober ihren Rückzug angekündigt hatte.")
    assert date_of(text) == ("2025-10-23", "day")
    # without a header, the stated day's year is the one in which the count lands on the weekday
    text = ("Kino-Genossenschaft bekommt das Capitol\n\nLINDENBRÜCK. Am Donnerstagabend, genau eine Woche nach der "
            "Einwohnerversammlung vom 30. Oktober, hat der Stadtrat die Verpachtung beschlossen. Im März 2023 schloss "
            "das Kino. Der Umbau soll im Januar 2026 beginnen.")
    assert date_of(text) == ("2025-11-06", "day")


def test_the_day_before_a_dated_review_and_a_pluperfect_day_below_the_lead(date_of):
    text = (" date 2025-12 Presseschau: Gesetz beschlossen\n\nPresseschau vom Freitag, 5. Dezember 2025\n\n"
            "Der Bundestag hat am Vortag das Filmstandortgesetz verabschiedet. Die Zeitungen kommentieren.")
    assert date_of(text) == ("2025-12-04", "day")
    text = (" date 2025-09 Tarifeinigung im Busgewerbe\n\nHannover (dpa) - Verdi und die Busunternehmen haben sich "
            "geeinigt. Der Durchbruch sei am Dienstag gelungen, teilten beide Seiten mit. Der Vertrag gilt für 6800 "
            "Beschäftigte. Erst am vergangenen Donnerstag, dem 18. September, hatte Verdi zum Warnstreik aufgerufen.")
    assert date_of(text) == ("2025-09-23", "day")


def test_a_later_months_day_far_below_a_lead_month_is_a_step_to_come(date_of):
    text = ("«Wir können nicht für jeden Weiler einen Bus bestellen»\n\nDas Verwaltungsgericht hat im November "
            "2025 entschieden: Die Gemeinde muss den Transport organisieren. Die Eltern hatten sich seit August 2024 "
            "gewehrt. Das Gespräch führte Sandra Moser.\n\nSM: Hat Sie das Urteil überrascht?\n\nBS: Nicht ganz. "
            "Wir wussten es. Die Gerichte sind streng. Es kostet Geld. Wir prüfen alles.\n\nSM: Ziehen Sie weiter?"
            "\n\nBS: Das entscheidet der Gemeinderat an seiner Sitzung vom 15. Dezember.")
    assert date_of(text) == ("2025-11", "month")


def test_a_weekday_in_a_clause_of_whoever_is_no_day(date_of):
    text = (" date 2025-11 Wochenmarkt soll regionaler werden\n\nSeewilen, 5. November 2025 – Wer am Samstagmorgen "
            "über den Wochenmarkt schlendert, findet Oliven aus Apulien. Das soll sich ändern. Der Stadtrat hat am "
            "Montag ein neues Marktreglement verabschiedet.")
    assert date_of(text) == ("2025-11-03", "day")


def test_an_event_counted_back_from_the_day_of_the_talk(date_of):
    text = (" date 2025-06 „Wir verlieren junge Spender“\n\nDie Kassen und die Spenderdateien haben sich am "
            "Mittwoch in Berlin auf ein Modellprojekt geeinigt. Das Gespräch führte Tobias Lenzen am Freitag, "
            "20. Juni 2025, zwei Tage nach der Einigung.\n\nFrage: Was wurde vereinbart?")
    assert date_of(text) == ("2025-06-18", "day")
    # where the lead's weekday is the stated day's, the count tells of an earlier day, not the event
    assert date_of(text.replace("am Mittwoch", "am Freitag")) == ("2025-06-20", "day")


def test_a_pluperfect_weekday_under_a_dateline_is_what_came_before(date_of):
    text = (" date 2025-11 loe. HANNOVER, 13. November. Die Beschäftigten bekommen mehr Geld. Gewerkschaft und "
            "Arbeitgeber haben sich in Hannover auf einen Tarifabschluss verständigt. Die Gespräche hatten am "
            "Mittwochmorgen begonnen und zogen sich bis in den Donnerstag.")
    assert date_of(text) == ("2025-11-13", "day")


def test_a_weekend_before_a_monday_review_dates_the_event_to_its_month(date_of):
    text = ("Presseschau vom Montag, 1. Dezember 2025\n\nDer Verband hat gewählt\n\nDie Wahl beschäftigt die "
            "Kommentatoren. Die Zeitungen sehen einen Kurswechsel. Die Delegierten haben an ihrer Versammlung vom "
            "Wochenende in Bern eine neue Präsidentin gewählt.")
    assert date_of(text) == ("2025-11", "month")


def test_a_session_date_agreeing_with_the_weekday_of_the_announcement(date_of):
    text = ("WISSENSCHAFT\n\nNationalfonds streicht\n\nDer Nationalfonds reagiert auf die Sparvorgaben. Ein "
            "Programm wird ausgesetzt.\n\nRegula Frei, Bern\n\nDer Stiftungsrat hat an seiner Sitzung vom 2. "
            "September 2025 beschlossen, das Budget zu senken. Das gab der SNF am Dienstagabend in Bern bekannt.")
    assert date_of(text) == ("2025-09-02", "day")


def test_since_an_earlier_fact_is_background(date_of):
    text = ("Telefonat\n\nStand: 12.11.2025 19:32 Uhr\n\nDer Kanzler hat mit Li telefoniert. Beide wollen einen "
            "Kanal einrichten.\n\nVon Katrin Sommer, ARD\n\nEs war das erste Telefonat der beiden seit dem "
            "Amtsantritt von Merz im Mai. Das Gespräch, das Merz am Mittwochnachmittag führte, dauerte eine Stunde.")
    assert date_of(text) == ("2025-11-12", "day")


def test_an_interview_dated_by_its_issue_month_tells_a_decision_of_the_month_before(date_of):
    text = (" date 2025-12 „Wir prüfen weiter“\n\nDie Datenschutzbehörde hat am 27. November ein Bußgeld verhängt. "
            "Ein Gespräch über Fristen.\n\nHerr Albers, warum so spät?\n\nAlbers: Die Prüfung dauerte.")
    assert date_of(text) == ("2025-11-27", "day")


def test_yesterday_as_an_adjective_counts_back_from_a_press_review(date_of):
    text = ("Presseschau vom Freitag, 24. Oktober 2025\n\nDer Gipfel in Brüssel\n\nDie Kommentatoren befassen sich "
            "mit dem EU-Gipfel vom gestrigen Donnerstag. Belgien blockierte den Kredit.")
    assert date_of(text) == ("2025-10-23", "day")


def test_without_an_anchor_a_day_before_the_lead_month_is_background(date_of):
    text = ("Zürcher Abendblatt | Schweiz | Analyse\n\nWeniger Jets\n\nDer Bundesrat hält am Jet fest.\n\n"
            "Ende August 2025 hat der Bundesrat beschlossen, weniger Flugzeuge zu kaufen. Die Mehrkosten sind hoch. "
            "Den Kaufvertrag unterzeichnete die Armasuisse am 19. September 2022.")
    assert date_of(text) == ("2025-08", "month")


def test_a_pluperfect_report_of_the_same_weekday_does_not_fix_the_day(date_of):
    text = (" date 2025-11 BERLIN (dpa) - Der Haushaltsausschuss hat am Mittwoch Rüstungsprojekte freigegeben. "
            "Die Grünen stellten Bedingungen. Der Rechnungshof hatte bereits in einem Bericht vom 5. November "
            "bemängelt, dass Wettbewerb fehle.")
    assert date_of(text) == ("2025-11", "month")


def test_the_leads_month_before_the_headers_month_dates_the_event(date_of):
    text = (" date 2025-07\n\nMehr Kontrolle\n\nDer Verband gibt sich eine neue Satzung.\n\nVon Katrin Sommerfeld\n\n"
            "Frankfurt am Main. Beim Bundestag des Verbands Ende Juni stimmten die Delegierten für die Reform. "
            "Im Herbst 2026 wird gewählt.")
    assert date_of(text) == ("2025-06", "month")


def test_an_interview_that_says_when_it_was_held_is_of_then(date_of):
    text = ("Neue Westfälische · Lokales\n\n„Ohne Vorbehalt nicht“\n\nSeit der Kommunalwahl im September 2025 "
            "verhandeln Grüne und SPD. Ein Gespräch über das Bündnis.\n\nFrau Schürmann, steht das Bündnis?\n\n"
            "SCHÜRMANN: Ja. Es geht um das Ziel der Klimaneutralität 2035.\n\nUnd dann?\n\nSCHÜRMANN: Dann könnte der "
            "Rat in seiner Sitzung am 11. Dezember entscheiden.\n\nWann?\n\nSCHÜRMANN: Bald.\n\n"
            "Das Gespräch wurde Ende Oktober geführt.")
    assert date_of(text) == ("2025-10", "month")


def test_a_target_year_is_no_past_year_and_a_possible_session_no_event(date_of):
    text = ("Bündnis steht\n\nSeit der Kommunalwahl im September 2025 verhandeln Grüne und SPD. Ende Oktober "
            "haben sie sich verständigt. Beide wollen Klimaneutralität 2035. Dann könnte der Rat in seiner Sitzung "
            "am 11. Dezember entscheiden.")
    assert date_of(text) == ("2025-10", "month")


def test_the_year_a_sentence_names_dates_its_day_and_a_reporting_clauses_weekday_does_not(date_of):
    council = ("Kanton Bern\n\nNachts kein Schnaps mehr\n\nDer Grosse Rat hat am 2. Dezember in der "
               "Wintersession 2025 ein Verkaufsverbot beschlossen. Die Motion wurde 2023 überwiesen. Das Verbot "
               "gilt ab dem 1. Januar 2027.")
    assert date_of(council) == ("2025-12-02", "day")
    wine = ("Wallis senkt die Erträge\n\nSitten (sda) – Für die Lese 2025 gelten tiefere Höchsterträge. Die "
            "Regierung hat die Änderung am 2. Juli verabschiedet, wie sie am Donnerstag mitteilte.")
    assert date_of(wine) == ("2025-07-02", "day")


def test_a_day_dated_only_by_the_plans_after_it_and_a_swiss_effective_date(date_of):
    # no year but the session the plan is due in: the day lies before it, in its year
    canton = ("Kanton Thurgau\n\nWeniger Standorte für die Gewerbeschulen\n\nSchüler müssen weiter fahren.\n\n"
              "Der Regierungsrat hat am 4. Februar sein Konzept vorgestellt. Der Grosse Rat wird die Vorlage in "
              "der Maisession 2026 beraten.")
    assert date_of(canton) == ("2026-02-04", "day")
    # a term may lie years ahead: it dates no day
    term = ("Kanton Zug\n\nKein Schnaps mehr\n\nDer Kantonsrat hat am 2. Dezember ein Verkaufsverbot beschlossen. "
            "Das Verbot gilt ab dem 1. Januar 2027.")
    assert date_of(term) is None
    # "auf den 1. Juli 2026 in Kraft gesetzt" is the term, not the year of the council's meeting
    council = ("Bern (sda) – Der Bundesrat hat an seiner Sitzung vom 12. November die Verordnung verabschiedet und "
               "das Gesetz auf den 1. Juli 2026 in Kraft gesetzt. Die Vorlage war am 9. Februar 2025 angenommen "
               "worden. Die Kantone kritisierten am Mittwoch die Kosten.")
    assert date_of(council) == ("2025-11-12", "day")


def test_a_timetable_change_a_plan_takes_effect_from_is_no_event(date_of):
    text = ("„Der Takt darf nicht enden“\n\nIm Juni 2025 haben Vorarlberg und Bayern eine Absichtserklärung "
            "unterzeichnet. Ein Gespräch über den Takt.\n\nHerr Bitschnau, was ändert sich?\n\nBitschnau: Ab dem "
            "Fahrplanwechsel im Dezember 2026 fahren die Züge im Halbstundentakt.")
    assert date_of(text) == ("2025-06", "month")


# Reports dated by one reading of their own text each: the day of the meeting a decision was taken
# at ("an seiner Sitzung vom Freitag, 21. November"), only planned years (the weekday fixes the year
# before them), a dateline with its year and a full stop as the anchor of "gestern", "Vergangene
# Woche" before an interview's date, no past year after a planned day ("Evaluierung 2030" beside "ab
# dem 1. Jänner 2026"), a bare month in the one year named; a press review's "heute" of the
# commentators, its pluperfect "vorgestern" before a later "Gestern", "gestern" below a teaser, and
# "zuletzt am 8. Oktober" in a ticker of the 17th; a deadline ahead ("bis Ende Juni 2026") dates a
# weekday and day without year, not a founding year ("seit 1962"); a month in a condition ("Wenn …
# im Juli") is no event.
REPORT_DATES = {
    "meeting-of-the-day": (
        "Bern (sda) – Der Vorstand hat an seiner Sitzung vom Freitag, 21. November, beschlossen, den Richtpreis "
        "zu senken. Der bisherige Preis hatte seit dem 1. Juli 2025 gegolten. Der Bericht vom 3. Oktober "
        "blieb folgenlos.", ("2025-11-21", "day")),
    "only-planned-years": (
        "Berlin. Kurz vor Mitternacht trat der Kanzler am Donnerstag, dem 4. Dezember, vor die Kameras. "
        "Die neue Pauschale gilt ab dem 1. Januar 2026. Die im Haushaltsentwurf 2026 vorgesehene Kürzung "
        "entfällt. Die Frage wurde auf die nächste Konferenz im Juni 2026 vertagt.", ("2025-12-04", "day")),
    "dateline-with-year-and-full-stop": (
        "Lokales\n\nStadt und Träger einigen sich\n\nHildesheim, 7. Oktober 2025. Die Stadt will 240 Kita-Plätze "
        "schaffen. Darauf haben sich die Dezernentin und die Träger gestern Abend verständigt.", ("2025-10-06", "day")),
    "last-week-before-an-interview": (
        "Bund und Länder haben sich geeinigt.\n\nVergangene Woche haben sich Bund und Länder in Salzburg "
        "auf Eckpunkte verständigt. In Kraft treten soll die Reform mit 1. Jänner 2027.\n\nFrau Strobl, was "
        "ändert sich?\n\nStrobl: Vieles.\n\nUnd was nicht?\n\nStrobl: Die Höhe.\n\nWarum?\n\nStrobl: Geld.\n\n"
        "Interview: Lukas Binder, 27. Juni 2025", ("2025-06", "month")),
    "no-past-year-after-a-planned-day": (
        "Linz (APA) - Die Stadt und der Verband haben am Donnerstag, den 13. März, den Vertrag unterzeichnet. "
        "Er gilt ab dem 1. Jänner 2026, also in knapp zehn Monaten. Bei der Evaluierung 2030 soll die Menge "
        "sinken. Der Rechnungshof hatte 2022 die Vergabe kritisiert.", ("2025-03-13", "day")),
    "bare-month-in-the-one-year-named": (
        "Presseschau\n\nDie Einigung über die Polizeikosten beschäftigt heute die Kommentatoren. Die Liga zahlt "
        "ab der Saison 2025/26 in einen Fonds. Eine Zeitung schreibt: Mitte Juli haben wir nun drei Länder mit "
        "Fonds.", ("2025-07", "month")),
    "the-commentators-today": (
        " date 2025-04 Presseschau – Mittwoch, 9. April 2025\n\nDie Kommentatoren beschäftigen sich heute vor allem "
        "mit dem Schlichterspruch im Busgewerbe. Der Schlichter hatte gestern in München seinen Vorschlag vorgelegt. "
        "Die Gewerkschaft hat den Spruch angenommen.", ("2025-04-08", "day")),
    "a-reviews-pluperfect-before-a-reaction": (
        "Presseschau\n\nFreitag, 14. November 2025\n\nIm Mittelpunkt der Kommentare steht das Urteil zur A5. Die "
        "Richter hatten vorgestern die Klagen weitgehend abgewiesen. Nachbessern muss die Autobahn GmbH beim "
        "Lärmschutz. Gestern kündigte das Ministerium an, im Februar 2026 mit den Rodungen zu beginnen.",
        ("2025-11-12", "day")),
    "yesterday-below-a-teaser": (
        " date 2025-09 LUZERN · Donnerstag, 11. September 2025\n\nGrünes Licht für den Turm\n\nDer Stadtrat hat "
        "die Baubewilligung erteilt. Zwei Einsprachen heisst er gut. Der Quartierverein droht mit Klage.\n\n"
        "Die SBB dürfen ihr Projekt realisieren. Der Stadtrat hat gestern die Baubewilligung erteilt.",
        ("2025-09-10", "day")),
    "last-time-before-a-ticker": (
        "Warnstreik am Flughafen\n\n+++ Liveticker vom Freitag, 17. Oktober 2025 +++\n\nDie Gewerkschaft hat die "
        "Beschäftigten zu einem Warnstreik aufgerufen.\n\n18:40 Uhr – 186 Flüge sind ausgefallen.\n\n"
        "12:10 Uhr – Seit August hat es drei Verhandlungsrunden gegeben, zuletzt am 8. Oktober – ohne Ergebnis.",
        ("2025-10-17", "day")),
    "perfect-passive-behind-an-apposition": (
        "Linz (APA) - Im Prozess um die Grundstücke ist der frühere Ortschef von Aubach, Karl Egger (Liste Egger), "
        "am Mittwoch (12. März) am Landesgericht Linz verurteilt worden. Die Anklage hatte die "
        "Staatsanwaltschaft (WKStA) im Oktober 2024 eingebracht, der Prozess hatte am 3. März 2025 begonnen.",
        ("2025-03-12", "day")),
    "numeric-dateline-with-agency-tag-and-no-dash": (
        "Bern, 24.9.2025 (sda) Der Bundesrat will die Kandidatur absichern. Die Landesregierung hat am Mittwoch "
        "beschlossen, eine Garantie von höchstens 200 Millionen Franken zu gewähren. Bis Ende März 2026 folgt "
        "die Botschaft.", ("2025-09-24", "day")),
    "a-deadline-ahead-and-a-founding-year-long-past": (
        "Werk schliesst\n\nAltstätten. Am Dienstag, 4. November, versammelte die Geschäftsleitung die Belegschaft. "
        "Das Werk soll bis Ende Juni 2026 geschlossen werden. Seit die US-Regierung am 7. August die Zölle in Kraft "
        "gesetzt hat, brechen die Bestellungen ein. Die Firma sei seit 1962 in Altstätten.", ("2025-11-04", "day")),
    "a-month-in-a-condition-is-no-event": (
        "Die Übernahme des Sensorherstellers ist genehmigt – unter Auflagen. Die Chefin über Exportregeln.\n\n"
        "Im Jänner 2025 hatte der Konzern angekündigt, die Firma zu übernehmen. Weil sie Sensoren herstellt, musste "
        "das Ministerium den Deal prüfen. Mitte Juni kam die Genehmigung – mit Auflagen.\n\nRainer: Den Basiszoll "
        "geben wir weiter. Wenn Washington im Juli wirklich auf 50 Prozent erhöht, wie angedroht, wird es "
        "schwierig.", ("2025-06", "month")),
}


@pytest.mark.parametrize("name", list(REPORT_DATES))
def test_reports_are_dated_by_their_own_text(date_of, name):
    text, expected = REPORT_DATES[name]
    assert date_of(text) == expected


def test_a_day_without_year_is_dated_by_the_one_weekday_named_after_the_lead(date_of):
    """Plans name 2025 to 2027; only 2025 makes 22 October the Wednesday the text names later."""
    text = ("Wien (APA) - Die Regierung hat im Ministerrat am 22. Oktober das Programm für 2025 bis 2027 "
            "beschlossen. Der Fonds wird für 2026 gekürzt. Die Mittel sinken bis 2028 weiter. Die Agentur "
            "verweist auf Gespräche. Ob Personal abgebaut wird, blieb am Mittwoch offen.")
    assert date_of(text) == ("2025-10-22", "day")
    thursday = text.replace("am Mittwoch", "am Donnerstag")  # a Wednesday in 2025, a Tuesday in 2024
    assert date_of(thursday) is None
    two_days = text.replace("blieb am Mittwoch offen", "blieb am Mittwoch offen. Am Montag tagt der Rat")
    assert date_of(two_days) is None  # two weekdays: neither dates the day


def test_a_press_review_of_a_stated_day_dates_its_yesterday(date_of):
    text = ("Presseschau vom 15. Mai 2025\n\nPaket gegen Jugendkriminalität\n\nWien – Das gestern im Ministerrat "
            "beschlossene Paket ist am Donnerstag das beherrschende Thema in den Kommentarspalten.")
    assert date_of(text) == ("2025-05-14", "day")


def test_a_review_of_a_named_weekday_does_not_stamp_the_next_sentences_date(date_of):
    """'Presseschau vom Mittwoch:' stamps the review, not the meeting the next sentence dates."""
    text = (" date 2025-09 Kegelcenter verkauft\n\nPresseschau vom Mittwoch: Der Verkauf beschäftigt die "
            "Kommentatoren. Die Generalversammlung hatte am Dienstag, 23. September 2025, den Verkauf "
            "beschlossen.\n\nDas Tagblatt spricht von einem Abschied.")
    assert date_of(text) == ("2025-09-23", "day")


def test_a_lead_that_dates_the_event_to_a_part_of_a_month_keeps_it_from_other_days(date_of):
    """'Ende Jänner haben … unterschrieben': a day outside the month's end, or one told far below
    the opening, is another event (the council's meeting), so only the month is known."""
    filler = "".join(f"Satz {n} erzählt die Vorgeschichte der Trinkhalle. " for n in range(8))
    text = (" date 2025-02 Trinkhalle zu\n\nNidderbach. Ende Februar hat Elfriede Stumpf ihre Trinkhalle "
            f"geschlossen.\n\n{filler}\n\nDer Ortsbeirat hat sich in seiner Sitzung vom 25. Februar hinter "
            "die Forderung gestellt.")
    assert date_of(text) == ("2025-02", "month")
    early = text.replace("Ende Februar", "Ende Jänner").replace("2025-02", "2025-01").replace(
        filler, filler[:150]).replace("25. Februar", "11. Jänner")  # within the opening
    assert date_of(early) == ("2025-01", "month")


def test_the_weekday_the_commentators_write_on_is_not_the_events(analyse_text, cues):
    """'beschäftigen am Donnerstag die Kommentatoren': the review's day; the event lies before it, so
    the weekday must not tie the review to another report's Thursday."""
    text = (" date 2025-10 Presseschau: Das falsche Signal\n\nDie Kürzungen beschäftigen am Donnerstag die "
            "Kommentatoren der Tageszeitungen. Die Regierung hatte das Programm im Ministerrat beschlossen.")
    found = extract_date(analyse_text(text), cues)
    assert (found.value, found.precision, found.weekday) == ("2025-10", "month", None)


def test_a_day_years_before_the_review_is_background(date_of):
    """The review is of 16 October 2025; the law's entry into force in 2022, stated in the opening,
    is background, and the vote "am Mittwoch" is the day before."""
    text = (" date 2025-10 Pressestimmen zur Reform\n\nWien (APA) - Die Novelle, die der Nationalrat am "
            "Mittwoch beschlossen hat, beschäftigt die Kommentatoren in ihren Ausgaben vom Donnerstag, 16. "
            "Oktober 2025. Die Reform verkürzt die Wartefrist. Seit Inkrafttreten des Gesetzes am 1. Jänner "
            "2022 wurden 1.143 Verfügungen errichtet. Der Bundesrat muss noch zustimmen.")
    assert date_of(text) == ("2025-10-15", "day")


def test_a_year_that_completes_another_date_does_not_date_its_sentences_day(date_of):
    """"27 Jahre nach dem Gesetz vom 3. Juli 1998": 1998 is that law's year, not the vote's; the
    vote's Wednesday, 2 July, lies before the law takes effect in January 2026."""
    text = ("Schwerin. Der Landtag hat am Mittwoch, 2. Juli, das neue Bestattungsgesetz beschlossen – fast auf "
            "den Tag genau 27 Jahre nach dem ersten Landesbestattungsgesetz vom 3. Juli 1998. Für den Entwurf "
            "stimmten 41 Abgeordnete. Das Gesetz tritt am 1. Januar 2026 in Kraft.")
    assert date_of(text) == ("2025-07-02", "day")


def test_a_month_before_a_coming_school_year_takes_that_years_year(date_of):
    """No header, no past year: "Anfang Juli" lies before "im kommenden Schuljahr 2025/26", which
    begins in the autumn of 2025; the evaluation "2029" is a plan."""
    text = ("Anfang Juli hat der Ministerrat beschlossen, dass Ethik ab dem Schuljahr 2026/27 Pflichtfach wird. "
            "SN: Wie geht es weiter? Pichler: Im kommenden Schuljahr 2025/26 testen wir das Fach an 80 Schulen. "
            "Wir haben vereinbart, dass das Modell 2029 evaluiert wird.")
    assert date_of(text) == ("2025-07", "month")


def test_a_day_the_lead_states_in_the_headers_month_outweighs_a_later_weekday(date_of):
    """17 August 2025 was a Sunday; "am Montag" and "Am Montagabend" tell of the announcement and the
    flight home, the day the lead states is the release's."""
    text = (" date 2025-08 Nach fast zwei Jahren in Haft ist ein Schweizer wieder frei. Der Mann sei am 17. August "
            "in Maskat eingetroffen, teilte das Aussendepartement am Montag mit.\n\nAm Montagabend landete der Mann "
            "in Zürich.")
    assert date_of(text) == ("2025-08-17", "day")


def test_the_events_weekday_counts_on_from_a_day_the_lead_tells_in_the_pluperfect(date_of):
    text = (" date 2025-11 DRESDEN (epd) - Die Synode hat ihren Sparkurs verschärft. Das Kirchenparlament "
            "verabschiedete am Mittwoch zum Abschluss seiner Jahrestagung einen Haushalt für 2026. Die Tagung hatte "
            "am Sonntag, 9. November, mit einem Gottesdienst begonnen.")
    assert date_of(text) == ("2025-11-12", "day")
    wrong_weekday = text.replace("am Sonntag, 9. November", "am Montag, 9. November")  # 9 November 2025 was a Sunday
    assert date_of(wrong_weekday) == ("2025-11", "month")


def test_a_year_with_its_distance_from_now_gives_the_texts_own_year(date_of):
    """22 October 2025 was a Wednesday, as was 22 October 2031: "Tramnetz 2030" and "Baubeginn wäre
    2027" are no past years, "vor sieben Jahren, im Herbst 2018" says the text is of 2025."""
    text = ("Der Grosse Rat hat am Mittwoch, 22. Oktober, einen Kredit für das Tram bewilligt. Baubeginn wäre "
            "2027, die ersten Trams sollen im Dezember 2030 fahren. Das Tram ist Teil des Tramnetzes 2030, das der "
            "Rat vor sieben Jahren, im Herbst 2018, verabschiedet hatte.")
    assert date_of(text) == ("2025-10-22", "day")
    assert date_of(text.replace("vor sieben Jahren, im Herbst 2018", "im Herbst 2018")) != ("2025-10-22", "day")
    in_two_years = text.replace("Baubeginn wäre 2027,", "Baubeginn wäre 2027, also in zwei Jahren,")
    assert date_of(in_two_years.replace("vor sieben Jahren, im Herbst 2018", "im Herbst 2018")) == ("2025-10-22", "day")
    disagreeing = in_two_years.replace("vor sieben Jahren", "vor sechs Jahren")  # 2024 against 2025: no year told
    assert date_of(disagreeing) != ("2025-10-22", "day")


def test_a_day_the_text_calls_today_dates_a_ticker_in_the_headers_month(date_of):
    text = (" date 2025-09 Liveticker: Nationalrat lockert Nährstoff-Ziel\n13.10 Uhr – Der Nationalrat hat die Motion "
            "mit 112 zu 78 Stimmen angenommen. Als Nächstes muss der Ständerat entscheiden.\n\n12.45 Uhr – Die "
            "Umweltverbände reagieren mit Kritik. Ob sie eine Initiative lancieren, ist offen.\n\n12.20 Uhr – Jubel "
            "auf dem Bundesplatz. Die Bauern klatschen.\n\n11.05 Uhr – Die Debatte läuft. Die SVP will mehr.\n\n"
            "09.40 Uhr – Die Polizei spricht von 5000 Personen. Der Verkehr ist eingeschränkt.\n\n08.30 Uhr – Willkommen "
            "zum Ticker\nGuten Morgen aus Bern! Heute, Mittwoch, 17. September, demonstrieren Bauern vor dem "
            "Bundeshaus. Zum Hintergrund: 2021 hatte das Parlament beschlossen, die Verluste zu senken.")
    assert date_of(text) == ("2025-09-17", "day")
    assert date_of(text.replace("Mittwoch, 17.", "Donnerstag, 17.")) == ("2025-09", "month")
    assert date_of(text.replace("17. September", "17. Oktober")) == ("2025-09", "month")


def test_a_line_naming_what_it_is_of_a_day_dates_a_ticker_in_the_headers_month(date_of):
    text = (" date 2025-02 Live-Ticker: Lawinengefahr im Tal\n\nTicker vom Mittwoch, 19. Februar – die neuesten "
            "Einträge stehen oben.\n\n22:05 Uhr – Die Strasse bleibt gesperrt. Wann sie wieder geöffnet werden kann, "
            "ist noch offen.\n\n19:15 Uhr – Der Führungsstab hat die Evakuierung beschlossen.")
    assert date_of(text) == ("2025-02-19", "day")
    assert date_of(text.replace("Mittwoch, 19.", "Donnerstag, 19.")) == ("2025-02", "month")
    assert date_of(text.replace("19. Februar", "19. März")) == ("2025-02", "month")
    subline = (" date 2025-11 Gedenktag in Rodenfels: Stadt kündigt einen Gedenkstein für getötete Feuerwehrleute an – "
               "der Ticker zum Nachlesen\nGedenkfeier am Ehrenmal im Stadtpark, Proteste der Friedensinitiative, ein "
               "Vertrag mit dem Kriegsgräberverein – alle Entwicklungen vom 16.11.2025 im Überblick\n\n13.20 Uhr – "
               "Damit beenden wir unseren Ticker\nDie Feier ist vorbei. Ob der Rat dem Gedenkstein zustimmt, "
               "entscheidet sich im Dezember.")
    assert date_of(subline) == ("2025-11-16", "day")  # "the developments of the day": the ticker's


def test_a_day_whose_weekday_no_later_year_fits_lies_just_before_a_funded_period(date_of):
    """3 November was a Monday in 2025: "in den Jahren 2026 und 2027" names a period paid for ahead,
    not the latest past year, and no year from 2026 to the plan's fits the weekday (before, the
    report failed for want of a date)."""
    text = ("Görlitz. Der Kreistag hat am Montag, dem 3. November, beschlossen, eine Beratungsstelle mitzufinanzieren. "
            "Das Gremium stimmte dafür, in den Jahren 2026 und 2027 jeweils 48.000 Euro beizusteuern. "
            "Die Beratungsstelle soll am 2. Februar 2026 öffnen. Im Herbst 2015 hatte die alte Beratungsstelle schließen müssen.")
    assert date_of(text) == ("2025-11-03", "day")
    assert date_of(text.replace("Montag, dem 3.", "Sonntag, dem 3.")) != ("2025-11-03", "day")


def test_a_lead_day_of_the_month_before_the_header_with_its_own_weekday_is_the_event(date_of):
    text = (" date 2025-07 Kreistag besiegelt Orchesterfusion\n\nPlauen. Der Kreistag hat am späten Montagabend, "
            "30. Juni, mit 51 zu 22 Stimmen der Fusion zugestimmt. Der Stadtrat soll am 10. Juli abstimmen.")
    assert date_of(text) == ("2025-06-30", "day")
    assert date_of(text.replace("Montagabend, 30. Juni", "Montagabend")) == ("2025-07", "month")


def test_a_day_after_a_finite_verb_in_a_list_of_signatories_is_the_event_not_a_relative_clause(date_of):
    """", die Salzburger Flughafen GmbH und … haben am Montag" opens with "die" like a relative clause,
    but a relative clause puts its verb last; before, the day was read as an attribute."""
    text = (" date 2025-06 Einigung über Nachtflüge\n\nSALZBURG. Das Land Salzburg, die Salzburger Flughafen GmbH "
            "und der Landkreis Berchtesgadener Land haben am Montag, dem 16. Juni, eine Vereinbarung unterzeichnet.")
    assert date_of(text) == ("2025-06-16", "day")
    relative = text.replace("Flughafen GmbH und der Landkreis Berchtesgadener Land haben am Montag, dem 16. Juni,",
                            "Flughafen GmbH, die am Montag, dem 16. Juni, verkauft wurde, und der Landkreis haben")
    assert date_of(relative) == ("2025-06", "month")


def test_a_day_no_named_year_fits_takes_the_one_year_of_the_next_six_that_does():
    """16 June was a Monday in 2025: the text names 2020, 2021 (past) and 2023 (a background plan),
    none of which fits; before, the day was left undated and a background month won."""
    assert resolve_year(6, 16, 0, None, past_years=[2021, 2020], all_years=[2021, 2020, 2023]) == 2025
    # of 2025-2030, Friday 4 June is only 2027's; a Saturday 4 June is none of theirs
    assert resolve_year(6, 4, 4, None, past_years=[2024], all_years=[2024, 2026]) == 2027
    assert resolve_year(6, 4, 5, None, past_years=[2024], all_years=[2024, 2026]) is None


def test_a_day_a_body_must_still_decide_on_is_a_step_to_come(date_of):
    text = ("Die Brauerei gehört seit Freitag, 7. Februar 2025, ihren Angestellten.\n\n"
            "Frage: Was fehlt noch?\n\nAntwort: Das Baurecht läuft aus. Der Gemeinderat beantragt eine "
            "Verlängerung, entscheiden muss aber die Gemeindeversammlung am 12. Juni.")
    assert date_of(text) == ("2025-02-07", "day")


def test_a_deadline_that_ends_on_a_day_is_not_the_event(cues):
    assert mention_role("Die Begutachtungsfrist endet am 20. Oktober.", 28, 39, cues) == "future"
    assert mention_role("Die Begutachtung begann am 20. Oktober.", 27, 38, cues) == "event"


def test_a_ruling_of_a_day_the_clause_reports_is_the_event_one_referred_to_is_not(cues):
    ruling = "Mit Beschluss vom 2. September untersagte die Kammer der Stadt die Vergabe."
    assert mention_role(ruling, 18, 30, cues) == "event"
    referred = "Die Kammer verwies auf ihren Beschluss vom 2. September."
    assert mention_role(referred, 43, 55, cues) == "attribute"


def test_a_day_a_state_holds_since_dates_a_report_without_header(date_of):
    text = ("„Die Luft ist besser geworden“\n\nSeit Montag, 8. September 2025, ist der Entwurf für eine Novelle "
            "in Begutachtung. Das Ministerium will damit die Richtlinie umsetzen.\n\nSN: Wozu ein neues Gesetz?\n\n"
            "Windisch: Die Landeshauptleute haben im Juni Geld verlangt. Die Begutachtungsfrist endet am 20. Oktober.")
    assert date_of(text) == ("2025-09-08", "day")
    assert date_of(text.replace("Montag, 8.", "Dienstag, 8.")) != ("2025-09-08", "day")


def test_a_press_review_opening_in_the_pluperfect_dates_the_event_in_the_headers_month(date_of):
    text = (" date 2025-07 Presseschau: Die neue E-Auto-Prämie\nDie Kommentatoren befassen sich mit der neuen "
            "Kaufprämie. Das Bundeskabinett hatte am Mittwoch, 16. Juli, die Eckpunkte beschlossen. Ob Gebrauchtwagen "
            "gefördert werden, ist noch offen.")
    assert date_of(text) == ("2025-07-16", "day")
    assert date_of(text.replace("Mittwoch, 16.", "Donnerstag, 16.")) == ("2025-07", "month")
    assert date_of(text.replace("16. Juli", "16. Juni")) == ("2025-07", "month")
    # without a header or a dateline, the day the lead tells in full in the pluperfect, rather than
    # a deadline further down
    text = ("Presseschau: Der gekürzte Zug\n\nDie Entscheidung des Stadtrats beschäftigt die Kommentatoren. Der Rat "
            "hatte am 16.10.2025 mit 31 zu 27 Stimmen beschlossen, den Zuschuss zu senken. Der Zug am 16. Februar 2026 "
            "wird kürzer. Die Zeitung schreibt: „Bis zum Anmeldeschluss am 30. November bleibt wenig Zeit.“")
    assert date_of(text) == ("2025-10-16", "day")


def test_a_later_weekday_after_a_stated_day_dates_a_report_without_header(date_of):
    text = ("„Wir haben zu lange geglaubt“\n\nAm Sonntag, 20. Juli 2025, ist das Open Air in Lyss zu Ende gegangen. "
            "Am Montag hat das Organisationskomitee Bilanz gezogen und Massnahmen beschlossen. Die Sicherheitschefin "
            "erklärt, was sich ändert.")
    assert date_of(text) == ("2025-07-21", "day")
    assert date_of(text.replace("Am Montag hat", "Danach hat")) == ("2025-07-20", "day")


def test_a_year_named_with_how_long_ago_since_tells_the_reports_own_year(date_of):
    text = ("Rettungsdienste sollen schneller am Notfallort sein\n\nModeration: Der Verband hat heute, Donnerstag, "
            "27. März, in Bern seine Richtlinien verschärft. Die bisherigen Vorgaben gelten seit 2010, also seit 15 "
            "Jahren. Die neuen Vorgaben sollen ab 2027 gelten.")
    assert date_of(text) == ("2025-03-27", "day")  # 2014 also has a Thursday, 27 March
    assert date_of(text.replace(", also seit 15 Jahren", "")) != ("2025-03-27", "day")


def test_names_listed_after_a_comma_are_no_relative_clause_that_dates_something_else(cues):
    listed = ("Darauf haben sich das Land Steiermark, das Österreichische Rote Kreuz (Landesverband Steiermark) und "
              "die Österreichische Gesundheitskasse (ÖGK) am Montag, 22. September, in Graz geeinigt.")
    start = listed.index("Montag")
    assert mention_role(listed, start, start + 21, cues) == "event"
    relative = "Die Einigung, die das Land und die Kasse am Montag, 22. September, unterzeichnet haben, gilt nun."
    start = relative.index("Montag")
    assert mention_role(relative, start, start + 21, cues) == "attribute"


def test_how_long_after_an_earlier_years_step_something_happens_tells_the_reports_year(date_of):
    text = ("Interview\n\nDie Ärztekammer hat am 6. November in Bern eine neue Weiterbildungsordnung verabschiedet. "
            "Sechs Jahre nach dem Startschuss im Jahr 2019 ist die Reform damit beschlossen; in Kraft treten "
            "soll sie am 1. Januar 2027.")
    assert date_of(text) == ("2025-11-06", "day")
    assert date_of(text.replace("Sechs Jahre nach dem Startschuss im Jahr 2019", "Nach dem Startschuss im Jahr "
                                "2019")) != ("2025-11-06", "day")


def test_an_interview_held_after_the_event_is_dated_by_the_weekday_its_lead_names(date_of):
    text = ("«Wer für andere den Knopf drückt, soll zahlen»\n\nDie Kommission will die Regeln verschärfen. Am "
            "Dienstag hat sie mit 15 zu 10 Stimmen einen Entwurf verabschiedet. Das Gespräch wurde am Mittwoch, 29. "
            "Oktober 2025, im Bundeshaus geführt.\n\nFrau Ammann, ist das ein Problem?\n\nAmmann: Ja.\n\nWas hat die "
            "Kommission beschlossen?\n\nAmmann: Bussen.\n\nUnd der Ständerat?\n\nAmmann: Er entscheidet im Januar.")
    assert date_of(text) == ("2025-10-28", "day")
    assert date_of(text.replace("Am Dienstag hat", "Heute hat")) == ("2025-10-29", "day")


def test_since_when_a_meeting_sits_is_not_the_day_a_ticker_reports(date_of):
    text = (" date 2025-05 Liveticker: Ärztetag stimmt über Berufsordnung ab\n\nDer Ärztetag tagt seit Dienstag in "
            "Leipzig. Die Delegierten entscheiden über die Berufsordnung. Die neuesten Einträge stehen oben.\n\n"
            "Mittwoch, 28. Mai 2025\n\n18:40 Uhr – Das war's für heute\nDer zweite Sitzungstag ist beendet.\n\n"
            "16:25 Uhr – Mehrheit für Paragrafen\nDie Berufsordnung bekommt einen neuen Paragrafen.")
    assert date_of(text) == ("2025-05-28", "day")


def test_a_full_date_in_a_masthead_field_dates_the_ticker(date_of):
    text = (" date 2025-11 Liveticker\n\nLiveticker: Die Versammlung entscheidet über den Neubau\n\n"
            "Talbacher Nachrichten | 24.11.2025 | Ticker: Nora Keller\n\n22.41 Uhr – Der Kredit ist angenommen.\n\n"
            "19.30 Uhr – Heute Abend entscheidet die Versammlung über den Kredit für den Neubau.")
    assert date_of(text) == ("2025-11-24", "day")


def test_a_heading_that_ends_in_the_day_with_its_weekday_dates_the_ticker(date_of):
    text = (" date 2025-10 Bürgerentscheid\n\nLiveticker: Bürgerentscheid über das Freibad – Sonntag, 19. Oktober\n\n"
            "Die Bürger stimmen darüber ab, ob die Gemeinde das Freibad kauft.\n\n21.47 Uhr\nDie Mehrheit will den Kauf.")
    assert date_of(text) == ("2025-10-19", "day")
    # a weekday that does not agree with the header's year is no stamp
    assert date_of(text.replace("Sonntag, 19.", "Montag, 19.")) == ("2025-10", "month")


def test_a_press_review_dates_the_ruling_its_lead_tells_in_the_pluperfect_with_its_year(date_of):
    text = (" date 2025-10 Presseschau\n\nDie Kommentatoren der Zeitungen beschäftigen sich heute mit dem Urteil. "
            "Das Gericht in Leipzig hatte am 15. Oktober 2025 entschieden, dass die Gebühren zu hoch sind. "
            "Die Stadt muss nun zahlen.")
    assert date_of(text) == ("2025-10-15", "day")
    # outside a press review the report's own month stands
    text = (" date 2025-10 Bericht\n\nDie Eltern protestieren heute vor dem Rathaus. "
            "Der Gemeinderat hatte am 15. Oktober 2025 entschieden, dass die Gebühren steigen. "
            "Die Stadt prüft nun eine Härtefallregel.")
    assert date_of(text)[1] == "month"


def test_a_subline_naming_the_sitting_and_its_date_before_a_dash_dates_the_ticker(date_of):
    text = ("Liveticker: Stadtrat entscheidet über die Umbenennung\n\n"
            "Sondersitzung im Rathaus Tannwald am 12.06.2025 – alle Entwicklungen im Überblick\n\n"
            "21.08 Uhr: Die Sitzung ist beendet. Der Stadtrat hat die Straße umbenannt. Die Tafel aus dem Jahr "
            "1938 wird im April 1938 nicht mehr erwähnt.\n\n20.12 Uhr: Die Debatte beginnt.")
    assert date_of(text) == ("2025-06-12", "day")
    # a subline that tells of an earlier decision is no stamp
    assert date_of(text.replace("Sondersitzung im Rathaus Tannwald am", "Stadtrat kippt den Beschluss vom")) != (
        "2025-06-12", "day")
    # an adjective after the small word: "zur städtischen Abstimmung vom"
    adjective = text.replace("Sondersitzung im Rathaus Tannwald am", "Liveticker zur städtischen Abstimmung vom")
    assert date_of(adjective) == ("2025-06-12", "day")
    # a plural verb is no adjective: "Räte kippen den Beschluss vom" tells an earlier day
    assert date_of(text.replace("Sondersitzung im Rathaus Tannwald am", "Räte kippen den alten Beschluss vom")) != (
        "2025-06-12", "day")


def test_a_subline_naming_the_sitting_with_its_weekday_and_full_date_dates_the_ticker(date_of):
    text = (" date 2025-06 Gemeinderat stimmt für das Vlies\n\n"
            "Liveticker zur Sondersitzung des Gemeinderats Tannwald am Donnerstag, 12. Juni 2025\n\n"
            "21.52 Uhr\nDer Gemeinderat hat das Pilotprojekt beschlossen. Die Förderung ist offen.\n\n"
            "20.49 Uhr\nAbstimmung! Der Gemeinderat beschließt das Projekt mit 9 zu 6 Stimmen.")
    assert date_of(text) == ("2025-06-12", "day")
    # without the subline only the header's month is known
    assert date_of(text.replace("Liveticker zur Sondersitzung des Gemeinderats Tannwald am Donnerstag, "
                                "12. Juni 2025\n\n", "")) == ("2025-06", "month")


def test_the_sitting_a_line_under_the_title_names_outweighs_an_earlier_day_the_ticker_tells(date_of):
    text = (" date 2025-09 Liveticker: Rat entscheidet über die Unterkunft\n"
            "Ratssitzung der Stadt Tannwald, Donnerstag, 18. September 2025 – Aula der Oberschule\n\n"
            "18.02 Uhr: Guten Abend aus der Aula!\n\n"
            "18.09 Uhr: Die Bürgermeisterin eröffnet die Sitzung und erinnert an die Vorgeschichte: der "
            "Bauausschuss hat am 2. September eine Zustimmung unter Auflagen empfohlen.\n\n"
            "21.40 Uhr: Der Rat stimmt mit 21 zu 14 Stimmen zu.")
    assert date_of(text) == ("2025-09-18", "day")
    # a line that only dates the report's issue leaves the sitting the text tells its own day
    issue = text.replace("Ratssitzung der Stadt Tannwald, Donnerstag, 18. September 2025 – Aula der Oberschule",
                         "Der Rat tagte. Das Protokoll erschien in der Ausgabe vom Donnerstag, 18. September 2025.")
    assert date_of(issue) == ("2025-09-02", "day")


def test_a_sitting_with_its_weekday_and_day_before_a_dash_dates_a_ticker_without_header(date_of):
    text = ("Liveticker: Gemeinderat beschließt höhere Beiträge\n\n"
            "Gemeinderatssitzung im Rathaus Tannwald, Dienstag, 14. Oktober – die neuesten Einträge stehen oben.\n\n"
            "22:14 Uhr\nDer Gemeinderat hat die neuen Tarife ab Jänner 2026 beschlossen. Im Budget 2025 fehlt Geld.\n\n"
            "21:31 Uhr\nIm November soll der Kindergarten öffnen.")
    assert date_of(text) == ("2025-10-14", "day")
    # without the weekday no year is sure enough for the day
    assert date_of(text.replace("Dienstag, 14. Oktober", "14. Oktober")) != ("2025-10-14", "day")


def test_a_day_stated_a_week_before_the_one_called_today_counts_forward(date_of):
    text = (" date 2025-05 Landtag beschließt Reitwege\n\nDer Landtag hat heute, Mittwoch, das Reitwegemodell "
            "beschlossen. Die Begutachtungsfrist war erst vor einer Woche, am 7. Mai, zu Ende gegangen. "
            "Die Opposition kritisiert das Tempo.")
    assert date_of(text) == ("2025-05-14", "day")
    # a today on another weekday than the count gives leaves the stated day aside
    assert date_of(text.replace("heute, Mittwoch,", "heute, Donnerstag,")) != ("2025-05-14", "day")


def test_the_day_exactly_one_year_after_a_stated_day_on_the_weekday_the_lead_names(date_of):
    text = (" date 2025-02 Gemeinderat stellt sich hinter das Läuten\n\nAm Montag, genau ein Jahr nachdem der "
            "Hotelier am 3. Februar 2024 seine erste Beschwerde eingebracht hatte, stimmte der Gemeinderat für "
            "einen Kompromiss. Die Glocke läutet künftig später.")
    assert date_of(text) == ("2025-02-03", "day")
    assert date_of(text.replace("Am Montag", "Am Dienstag")) == ("2025-02", "month")


def test_a_weekday_of_last_week_counts_back_from_the_programme_line(date_of):
    text = ("Fährverein ersetzt das Seil\n\nSRF 1, Regionaljournal, Freitag, 14. November 2025, 17.30 Uhr\n\n"
            "Moderatorin: Vergangene Woche Donnerstag hat der Fährverein an einer Versammlung entschieden. "
            "Die Fähre steht seit Mitte Oktober still.")
    assert date_of(text) == ("2025-11-06", "day")
    # a broadcast early in the month after the header's dates a day of the header's month
    assert date_of(" date 2025-11 " + text.replace("Freitag, 14. November", "Mittwoch, 3. Dezember")) == (
        "2025-11-27", "day")
    # but never a day the header's month rules out
    assert date_of(" date 2025-10 " + text.replace("Freitag, 14. November", "Mittwoch, 3. Dezember")) == (
        "2025-10", "month")


def test_a_sitting_dated_before_its_hall_and_a_dash_dates_a_ticker(date_of):
    text = (" date 2025-07 Liveticker: Thalwangen entscheidet\n"
            "Ausserordentliche Gemeindeversammlung vom 02.07.2025 in der Mehrzweckhalle Rebacker – wir berichten laufend\n\n"
            "22.41 Uhr\nDie Gemeindeversammlung hat den Kredit bewilligt.")
    assert date_of(text) == ("2025-07-02", "day")


def test_a_sitting_dated_in_a_subline_that_ends_without_a_dash_dates_a_ticker(date_of):
    # no header: the title and the subline are headings, the sitting's date only in the subline
    text = ("Gemeindeversammlung Talwil: Ja zum Kredit\n"
            "Die ausserordentliche Gemeindeversammlung vom 26.11.2025 in der Mehrzweckhalle Talwil im Liveticker\n\n"
            "22.04 Uhr\nDamit schliessen wir unseren Ticker. Die Versammlung hat den Kredit genehmigt.")
    assert date_of(text) == ("2025-11-26", "day")


def test_a_sitting_dated_before_its_subject_and_a_dash_dates_a_ticker(date_of):
    text = (" date 2025-09 Liveticker: Ortheim vergibt Stromnetz\n"
            "Sondersitzung des Stadtrats am 18.09.2025 zur Stromkonzession – alle Entwicklungen im Überblick\n\n"
            "21.48 Uhr\nDer Stadtrat hat die Konzession ab dem 1. Januar 2026 an die Stadtwerke vergeben.")
    assert date_of(text) == ("2025-09-18", "day")
    # a title that tells of a date is no stamp ("Stadtrat kippt den Beschluss vom …")
    assert date_of(text.replace("Sondersitzung des Stadtrats am", "Stadtrat kippt den Beschluss vom")) == (
        "2025-09", "month")


def test_sittings_in_two_towns_joined_by_und_date_a_ticker(date_of):
    text = (" date 2025-06 Liveticker: Zwei Banken stimmen über Fusion ab\n"
            "Vertreterversammlungen in Adelfeld und Bornbach am 24.06.2025 – alle Entwicklungen im Überblick\n\n"
            "22.31 Uhr\nBeide Vertreterversammlungen haben der Verschmelzung zugestimmt.")
    assert date_of(text) == ("2025-06-24", "day")


def test_a_subline_that_dates_the_ticker_before_a_colon_and_its_first_sentence(date_of):
    text = (" date 2025-06 Kantonsrat will Mindestalter\n"
            "Liveticker aus dem Rathaus vom 11.06.2025: Der Kantonsrat berät über die Motion. Die Debatte zum "
            "Nachlesen.\n\n12.20 Uhr\nDer Kantonsrat nimmt die Motion mit 90 zu 70 Stimmen an.")
    assert date_of(text) == ("2025-06-11", "day")
    # a sentence that tells of an earlier date before its colon is no stamp
    assert date_of(text.replace("Liveticker aus dem Rathaus vom", "Der Rat kippt den Beschluss vom")) == (
        "2025-06", "month")


def test_a_month_after_a_background_month_of_the_latest_year_is_of_the_next_year(date_of):
    text = ("„Die Fähre gehört jetzt den Menschen“\n\nDie Fähre lag still, nachdem sich der Landkreis im "
            "Oktober 2024 aus dem Betrieb zurückgezogen hatte. Im Juli unterzeichneten der Landkreis und die "
            "Genossenschaft einen Pachtvertrag.")
    assert date_of(text) == ("2025-07", "month")
    # a month after the background one stays in its year
    assert date_of(text.replace("Im Juli", "Im Dezember")) == ("2024-12", "month")
