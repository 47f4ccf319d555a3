"""Synthetic German report sets for event clustering, written for these tests (not the seeds).

Each report is a short machine brief as the extractor would write it, with the gold event it
belongs to. The sets cover: one event from three outlets (one of them giving only month and
weekday), two calls of the same pair in different months, two events on the same day with
different parties, two meetings of the same pair in one month (both on a Monday), reports that
name an extra party or the states instead of the leaders, and month-only reports of the same
pair in one month about different things.
"""

from __future__ import annotations

from generator.brief import Actor, Brief, Figure, Item, Source
from generator.events import EventMember

TRUMP = ("Donald Trump", "US-Präsident", "USA")
PUTIN = ("Wladimir Putin", "Präsident", "Russland")
SELENSKYJ = ("Wolodymyr Selenskyj", "Präsident", "Ukraine")
XI = ("Xi Jinping", "Staatschef", "China")
MACRON = ("Emmanuel Macron", "Präsident", "Frankreich")
SCHOLZ = ("Olaf Scholz", "Bundeskanzler", "Deutschland")
MERZ = ("Friedrich Merz", "Bundeskanzler", "Deutschland")
NETANJAHU = ("Benjamin Netanjahu", "Ministerpräsident", "Israel")
ERDOGAN = ("Recep Tayyip Erdoğan", "Präsident", "Türkei")
TUSK = ("Donald Tusk", "Ministerpräsident", "Polen")
RUSSLAND = ("Russland", "", "")
UKRAINE = ("Ukraine", "", "")
EMIRATE = ("Vereinigte Arabische Emirate", "", "")


def report(gold: str, file: str, date: str, kind: str, parties, topics, outcome=(), open_issues=(),
           weekday: int | None = None, outlet: str = "", figures=(), summary: str = "") -> tuple[EventMember, str]:
    """One report's brief (as extracted) and its gold event label."""
    precision = "day" if len(date) == 10 else "month"
    brief = Brief(
        id=f"{date}-{file}", title=f"{kind} {file}", date=date, date_precision=precision,
        date_evidence="synthetisch", source=Source(f"{file}.txt", "0" * 64, outlet), event="",
        summary=summary, parties=tuple(Actor(*p) for p in parties),
        outcome=tuple(Item(t, t) for t in outcome), open_issues=tuple(Item(t, t) for t in open_issues),
        topics=tuple(topics), figures=tuple(Figure(v, label) for v, label in figures),
    )
    return EventMember(brief, weekday, kind), gold


SETS: dict[str, list[tuple[EventMember, str]]] = {
    # One meeting, three outlets; the third gives only "Januar" and "am Mittwoch".
    "drei-quellen": [
        report("paris", "dpa-paris", "2025-01-22", "Treffen", [MACRON, SCHOLZ],
               ["europaeische-beteiligung", "sicherheitsgarantien"],
               ["Macron und Scholz vereinbarten eine gemeinsame Initiative für Sicherheitsgarantien der Ukraine.",
                "Die Verteidigungsminister sollen sich in der kommenden Woche in Berlin treffen."],
               ["Offen blieb, ob Europa Truppen zur Absicherung eines Waffenstillstands entsendet."],
               outlet="dpa", figures=[("60", "Jahre Élysée-Vertrag")]),
        report("paris", "afp-paris", "2025-01", "Treffen", [SCHOLZ, MACRON],
               ["sicherheitsgarantien", "europaeische-beteiligung", "friedenstruppen"],
               ["Deutschland und Frankreich wollen gemeinsam Sicherheitsgarantien für die Ukraine ausarbeiten.",
                "Ein Treffen der Verteidigungsminister in Berlin ist für kommende Woche geplant."],
               ["Eine Entsendung europäischer Friedenstruppen ist umstritten."],
               weekday=2, outlet="AFP", figures=[("60", "Jahre")]),
        report("paris", "spiegel-paris", "2025-01-22", "Gipfeltreffen",
               [MACRON, SCHOLZ, ("Ursula von der Leyen", "Kommissionspräsidentin", "")],
               ["europaeische-beteiligung", "sicherheitsgarantien", "wirtschaft-handel"],
               ["Zum 60. Jahrestag des Élysée-Vertrags sagten beide Regierungen der Ukraine weitere Sicherheitsgarantien zu."],
               ["Über Zölle auf chinesische Elektroautos gibt es weiter Streit."],
               outlet="Spiegel"),
    ],
    # The same pair talks twice, months apart, about different things.
    "zwei-telefonate": [
        report("xi-juni", "reuters-xi-1", "2025-06", "Telefonat", [TRUMP, XI], ["wirtschaft-handel", "telefonat"],
               ["Trump und Xi einigten sich auf eine Senkung der Zölle für 90 Tage.",
                "Die Handelsdelegationen sollen sich in London treffen."],
               ["Der Streit um Exportkontrollen für seltene Erden bleibt ungelöst."],
               weekday=3, outlet="Reuters", figures=[("90", "Tage")]),
        report("xi-juni", "ap-xi-1", "2025-06-05", "Telefonat", [XI, TRUMP], ["wirtschaft-handel", "seltene-erden"],
               ["Nach dem 90-minütigen Telefonat kündigte Trump neue Handelsgespräche in London an.",
                "Die Zollpause gilt 90 Tage."],
               ["China verlangt ein Ende der Exportbeschränkungen für Chips."],
               outlet="AP", figures=[("90", "Tage")]),
        report("xi-sept", "reuters-xi-2", "2025-09-19", "Telefonat", [TRUMP, XI], ["wirtschaft-handel", "telefonat"],
               ["Trump und Xi verständigten sich auf einen Rahmen für den Verkauf von TikTok.",
                "Trump will im kommenden Jahr nach Peking reisen."],
               ["Ob der Kongress dem TikTok-Rahmen zustimmt, ist offen."],
               outlet="Reuters"),
        report("xi-sept", "faz-xi-2", "2025-09", "Telefonat", [TRUMP, XI], ["wirtschaft-handel", "gipfeltreffen"],
               ["Eine Einigung über TikTok sei nahe, sagte Trump nach dem Telefonat mit Xi.",
                "Beide vereinbarten ein Treffen am Rande des Gipfels in Südkorea."],
               [], weekday=4, outlet="FAZ"),
        # The extractor found no parties here; only the content ties it to the June call.
        report("xi-juni", "hb-xi-1", "2025-06", "Telefonat", [], ["wirtschaft-handel", "seltene-erden"],
               ["Die Zollpause zwischen den USA und China gilt 90 Tage.",
                "Neue Handelsgespräche sollen in London stattfinden."],
               ["Exportkontrollen für seltene Erden bleiben ein Streitpunkt."],
               outlet="Handelsblatt", figures=[("90", "Tage")]),
    ],
    # Same day: Trump talks to Putin and, separately, to Selenskyj.
    "gleicher-tag": [
        report("putin-12", "apa-putin", "2025-02-12", "Telefonat", [TRUMP, PUTIN],
               ["friedensverhandlungen", "telefonat", "gipfeltreffen"],
               ["Trump und Putin vereinbarten, dass Verhandlungsteams sofort Gespräche aufnehmen.",
                "Putin lud Trump nach Moskau ein."],
               ["Die Europäer verlangen, an den Verhandlungen beteiligt zu werden."],
               outlet="APA"),
        report("putin-12", "tass-putin", "2025-02", "Telefonat", [PUTIN, TRUMP, SELENSKYJ],
               ["friedensverhandlungen", "gipfeltreffen"],
               ["Die beiden Präsidenten vereinbarten ein persönliches Treffen.",
                "Die Verhandlungsteams sollen unverzüglich beginnen."],
               ["Ob Selenskyj an den Gesprächen teilnimmt, ließ der Kreml offen."],
               weekday=2, outlet="TASS"),
        report("selenskyj-12", "kyiv-selenskyj", "2025-02-12", "Telefonat", [TRUMP, SELENSKYJ],
               ["friedensverhandlungen", "seltene-erden", "telefonat"],
               ["Trump und Selenskyj sprachen eine Stunde über die Chancen für einen Frieden.",
                "Ein Abkommen über seltene Erden soll in München unterzeichnet werden."],
               ["Selenskyj fordert Sicherheitsgarantien vor jeder Waffenruhe."],
               outlet="Kyiv Independent"),
        report("selenskyj-12", "ukrinform-selenskyj", "2025-02-12", "Gespräch", [SELENSKYJ, TRUMP],
               ["seltene-erden", "sicherheitsgarantien"],
               ["Selenskyj und Trump besprachen ein Rohstoffabkommen über seltene Erden."],
               [], outlet="Ukrinform"),
    ],
    # The same pair meets twice in April, both times on a Monday (7th and 21st).
    "zwei-montage": [
        report("bibi-07", "ynet-bibi-1", "2025-04-07", "Treffen", [TRUMP, NETANJAHU],
               ["wirtschaft-handel", "gipfeltreffen"],
               ["Trump kündigte direkte Gespräche mit dem Iran über das Atomprogramm an.",
                "Israel will Zölle auf US-Waren abschaffen."],
               ["Die Zölle von 17 Prozent auf israelische Waren bleiben vorerst bestehen."],
               outlet="Ynet", figures=[("17", "Prozent")]),
        report("bibi-07", "zeit-bibi-1", "2025-04", "Treffen", [NETANJAHU, TRUMP],
               ["wirtschaft-handel"],
               ["Netanjahu sagte zu, das Handelsdefizit mit den USA rasch abzubauen.",
                "Überraschend kündigte Trump Atomgespräche mit dem Iran an."],
               ["Offen blieb, ob die Zölle von 17 Prozent gesenkt werden."],
               weekday=0, outlet="Zeit", figures=[("17", "Prozent")]),
        report("bibi-21", "ynet-bibi-2", "2025-04-21", "Telefonat", [TRUMP, NETANJAHU],
               ["humanitaere-lage", "telefonat"],
               ["Trump und Netanjahu besprachen Hilfslieferungen für den Gazastreifen.",
                "Die Geiselverhandlungen in Kairo sollen fortgesetzt werden."],
               ["Die humanitäre Lage in Gaza bleibt dramatisch."],
               outlet="Ynet"),
        report("bibi-21", "taz-bibi-2", "2025-04", "Telefonat", [NETANJAHU, TRUMP],
               ["humanitaere-lage", "telefonat"],
               ["Netanjahu und Trump sprachen über Geiseln und Hilfslieferungen nach Gaza.",
                "Die Verhandlungen in Kairo gehen weiter."],
               ["Wann die Grenzübergänge für Hilfslieferungen öffnen, ist unklar."],
               weekday=0, outlet="taz"),
    ],
    # A prisoner exchange: one outlet names the leaders' states, another adds the mediator.
    "staaten": [
        report("austausch", "dw-austausch", "2025-05-23", "Austausch", [RUSSLAND, UKRAINE],
               ["gefangenenaustausch", "humanitaere-lage"],
               ["Russland und die Ukraine haben je 390 Gefangene ausgetauscht.",
                "Weitere Austausche sollen am Wochenende folgen."],
               [], outlet="DW", figures=[("390", "Gefangene je Seite")]),
        report("austausch", "bbc-austausch", "2025-05-23", "Austausch", [UKRAINE, RUSSLAND, EMIRATE],
               ["gefangenenaustausch"],
               ["Unter Vermittlung der Emirate wurden je 390 Kriegsgefangene und Zivilisten freigelassen."],
               ["Die Ukraine verlangt einen Austausch aller gegen alle."],
               outlet="BBC", figures=[("390", "Kriegsgefangene je Seite")]),
        report("merz-tusk", "pap-merz-tusk", "2025-05-23", "Treffen", [MERZ, TUSK],
               ["europaeische-beteiligung"],
               ["Merz und Tusk vereinbarten gemeinsame Grenzkontrollen an der Oder."],
               ["Polen fordert Reparationen für den Zweiten Weltkrieg."],
               outlet="PAP"),
    ],
    # Two month-only reports each on two different Erdoğan–Putin contacts in August.
    "nur-monat": [
        report("gas", "anadolu-gas", "2025-08", "Telefonat", [ERDOGAN, PUTIN], ["wirtschaft-handel", "telefonat"],
               ["Erdoğan und Putin vereinbarten den Ausbau des Gas-Hubs in Thrakien.",
                "Das Kernkraftwerk Akkuyu soll 2026 den ersten Strom liefern."],
               ["Strittig bleibt der Preis für russisches Gas."], outlet="Anadolu"),
        report("gas", "interfax-gas", "2025-08", "Telefonat", [PUTIN, ERDOGAN], ["wirtschaft-handel"],
               ["Putin und Erdoğan sprachen über den Gas-Hub in Thrakien und das Kernkraftwerk Akkuyu."],
               ["Über Gaspreise wurde keine Einigung erzielt."], outlet="Interfax"),
        report("istanbul", "hurriyet-istanbul", "2025-08", "Telefonat", [ERDOGAN, PUTIN],
               ["friedensverhandlungen", "gefangenenaustausch", "telefonat"],
               ["Erdoğan bot an, eine neue Runde der Istanbuler Verhandlungen auszurichten.",
                "Die Türkei will einen weiteren Gefangenenaustausch vermitteln."],
               ["Ob Russland an einem Waffenstillstand interessiert ist, bleibt offen."],
               outlet="Hürriyet"),
        report("istanbul", "ria-istanbul", "2025-08", "Telefonat", [PUTIN, ERDOGAN],
               ["friedensverhandlungen", "gefangenenaustausch"],
               ["Putin dankte Erdoğan für die Ausrichtung der Istanbuler Verhandlungen.",
                "Ein weiterer Gefangenenaustausch wird vorbereitet."],
               [], outlet="RIA Nowosti"),
    ],
}

COSTA = ("António Costa", "Ratspräsident", "")
LEYEN = ("Ursula von der Leyen", "Kommissionspräsidentin", "")
MELONI = ("Giorgia Meloni", "Ministerpräsidentin", "Italien")
STARMER = ("Keir Starmer", "Premierminister", "Großbritannien")
WITKOFF = ("Steve Witkoff", "Sondergesandter", "USA")
ARAGHTSCHI = ("Abbas Araghtschi", "Außenminister", "Iran")
LUKASCHENKO = ("Alexander Lukaschenko", "Präsident", "Belarus")
KIM = ("Kim Jong Un", "Machthaber", "Nordkorea")

# Written after the clustering rules were fixed, and run once: a check on unseen cases.
HELD_OUT: dict[str, list[tuple[EventMember, str]]] = {
    # An EU summit; outlets list different subsets of the leaders. Same day: a separate call.
    "gipfel": [
        report("eu-gipfel", "dpa-gipfel", "2025-03-20", "Gipfeltreffen", [COSTA, LEYEN, MACRON, MERZ],
               ["europaeische-beteiligung", "sicherheitsgarantien", "gipfeltreffen"],
               ["Die Staats- und Regierungschefs billigten den Plan zur Aufrüstung Europas mit 800 Milliarden Euro.",
                "Der Gipfel sagte der Ukraine weitere Unterstützung zu."],
               ["Ungarn blockierte eine gemeinsame Erklärung zur Ukraine."], outlet="dpa",
               figures=[("800", "Milliarden Euro")]),
        report("eu-gipfel", "ansa-gipfel", "2025-03", "Gipfeltreffen", [MELONI, LEYEN, COSTA],
               ["europaeische-beteiligung", "gipfeltreffen"],
               ["Der EU-Gipfel in Brüssel unterstützte den Aufrüstungsplan von 800 Milliarden Euro."],
               ["Meloni lehnte die Entsendung italienischer Soldaten ab.",
                "Eine Erklärung zur Ukraine scheiterte am Veto Ungarns."],
               weekday=3, outlet="ANSA", figures=[("800", "Milliarden Euro")]),
        report("eu-gipfel", "politico-gipfel", "2025-03-20", "Treffen", [LEYEN, COSTA],
               ["europaeische-beteiligung", "wirtschaft-handel"],
               ["Die EU will ihre Verteidigungsausgaben massiv erhöhen."],
               ["Über gemeinsame Schulden für Rüstung gibt es keine Einigung."], outlet="Politico"),
        report("starmer", "bbc-starmer", "2025-03-20", "Telefonat", [STARMER, SELENSKYJ],
               ["friedenstruppen", "telefonat"],
               ["Starmer und Selenskyj besprachen die Koalition der Willigen.",
                "Militärplaner sollen in London zusammenkommen."],
               ["Ob die USA eine Absicherung zusagen, ist offen."], outlet="BBC"),
    ],
    # Two rounds of US–Iran talks, both on a Saturday in April (Maskat, then Rom).
    "zwei-runden": [
        report("maskat", "irna-maskat", "2025-04-12", "Verhandlungen", [WITKOFF, ARAGHTSCHI],
               ["friedensverhandlungen"],
               ["Die Gespräche in Maskat unter Vermittlung Omans verliefen konstruktiv.",
                "Eine zweite Runde soll in einer Woche stattfinden."],
               ["Die USA fordern den vollständigen Verzicht auf Urananreicherung."], outlet="IRNA"),
        report("maskat", "nzz-maskat", "2025-04", "Verhandlungen", [ARAGHTSCHI, WITKOFF],
               ["friedensverhandlungen"],
               ["In Maskat sprachen Witkoff und Araghtschi erstmals direkt miteinander.",
                "Oman vermittelte die Gespräche."],
               [], weekday=5, outlet="NZZ"),
        report("rom", "ansa-rom", "2025-04-19", "Verhandlungen", [WITKOFF, ARAGHTSCHI],
               ["friedensverhandlungen"],
               ["In Rom vereinbarten beide Seiten Expertengespräche über ein Rahmenabkommen.",
                "Die Experten sollen am Mittwoch in Oman beginnen."],
               ["Über die Urananreicherung gibt es weiter keine Einigung."], outlet="ANSA"),
        report("rom", "faz-rom", "2025-04", "Verhandlungen", [ARAGHTSCHI, WITKOFF],
               ["friedensverhandlungen"],
               ["Die zweite Runde in Rom brachte eine Einigung auf Expertengespräche.",
                "Ein Rahmenabkommen soll ausgearbeitet werden."],
               [], weekday=5, outlet="FAZ"),
    ],
    # One visit, read once as a meeting and once as a joint statement.
    "erklaerung": [
        report("besuch", "ap-besuch", "2025-07-14", "Treffen", [TRUMP, ("Mark Rutte", "Generalsekretär", "")],
               ["waffenlieferungen", "nato-beitritt"],
               ["Trump kündigte Patriot-Lieferungen an die Ukraine über die NATO an.",
                "Russland hat 50 Tage Zeit für eine Einigung, sonst drohen Zölle."],
               [], outlet="AP", figures=[("50", "Tage")]),
        report("besuch", "welt-besuch", "2025-07-14", "Erklärung", [("Mark Rutte", "Generalsekretär", ""), TRUMP],
               ["waffenlieferungen", "sanktionen"],
               ["Die NATO-Staaten kaufen Patriot-Systeme in den USA für die Ukraine.",
                "Trump setzte Russland eine Frist von 50 Tagen."],
               ["Ob Sekundärzölle tatsächlich kommen, ist offen."], outlet="Welt", figures=[("50", "Tage")]),
    ],
    # Putin meets Lukaschenko and, the same month, calls Kim; both reports name only the month.
    "putin-juni": [
        report("lukaschenko", "belta-luka", "2025-06", "Treffen", [PUTIN, LUKASCHENKO],
               ["wirtschaft-handel", "gipfeltreffen"],
               ["Putin und Lukaschenko vereinbarten eine engere Zusammenarbeit der Unionsstaaten."],
               ["Die Stationierung weiterer Raketen in Belarus ist ungeklärt."], outlet="Belta"),
        report("lukaschenko", "tass-luka", "2025-06", "Treffen", [LUKASCHENKO, PUTIN],
               ["wirtschaft-handel"],
               ["Der Unionsstaat soll wirtschaftlich enger zusammenwachsen, sagte Lukaschenko nach dem Treffen."],
               [], outlet="TASS"),
        report("kim", "kcna-kim", "2025-06", "Telefonat", [PUTIN, KIM],
               ["militaerhilfe", "telefonat"],
               ["Kim sicherte Russland weitere Unterstützung in Kursk zu.",
                "Nordkorea will 6000 Pioniere nach Kursk schicken."],
               [], outlet="KCNA", figures=[("6000", "Pioniere")]),
    ],
}

HAMAS = ("Hamas", "", "")
KATAR = ("Katar", "", "")
ISRAEL = ("Israel", "", "")
USA = ("USA", "", "")
RUBIO = ("Marco Rubio", "US-Außenminister", "USA")
LAWROW = ("Sergej Lawrow", "Außenminister", "Russland")

# Written after the summit fix above and run once more, unchanged.
HELD_OUT_2: dict[str, list[tuple[EventMember, str]]] = {
    # A Gaza ceasefire deal; the outlets name different sets of states and groups.
    "gaza": [
        report("gaza", "ap-gaza", "2025-01-15", "Abkommen", [ISRAEL, HAMAS, KATAR],
               ["waffenruhe", "gefangenenaustausch"],
               ["Israel und die Hamas einigten sich auf eine Waffenruhe in drei Phasen.",
                "In der ersten Phase sollen 33 Geiseln freikommen."],
               ["Die zweite Phase muss noch verhandelt werden."], outlet="AP", figures=[("33", "Geiseln")]),
        report("gaza", "aljazeera-gaza", "2025-01", "Abkommen", [KATAR, HAMAS, ISRAEL, USA],
               ["waffenruhe", "humanitaere-lage"],
               ["Katar verkündete die Einigung auf eine Waffenruhe zwischen Israel und der Hamas.",
                "Täglich sollen 600 Lastwagen mit Hilfsgütern nach Gaza fahren."],
               ["Ob die Waffenruhe hält, ist ungewiss."], weekday=2, outlet="Al Jazeera",
               figures=[("600", "Lastwagen")]),
        report("gaza", "haaretz-gaza", "2025-01-15", "Abkommen", [("Benjamin Netanjahu", "Ministerpräsident", "Israel"), HAMAS],
               ["waffenruhe", "gefangenenaustausch"],
               ["Netanjahus Kabinett soll dem Abkommen über 33 Geiseln noch zustimmen."],
               ["Rechtsextreme Minister drohen mit dem Austritt aus der Regierung."], outlet="Haaretz",
               figures=[("33", "Geiseln")]),
    ],
    # US–Russia: ministers in Riad, then diplomats in Istanbul nine days later.
    "riad-istanbul": [
        report("riad", "reuters-riad", "2025-02-18", "Treffen", [RUBIO, LAWROW],
               ["friedensverhandlungen", "gipfeltreffen"],
               ["Rubio und Lawrow vereinbarten, die Botschaften wieder voll zu besetzen.",
                "Teams sollen ein Ende des Krieges in der Ukraine vorbereiten."],
               ["Die Ukraine war in Riad nicht beteiligt."], outlet="Reuters"),
        report("riad", "ria-riad", "2025-02", "Treffen", [LAWROW, RUBIO, ("Juri Uschakow", "Berater", "Russland")],
               ["friedensverhandlungen"],
               ["In Riad einigten sich Lawrow und Rubio auf eine Normalisierung der Botschaften."],
               [], weekday=1, outlet="RIA"),
        report("istanbul", "dpa-istanbul", "2025-02-27", "Gespräche", [USA, RUSSLAND],
               ["friedensverhandlungen"],
               ["Diplomaten beider Länder sprachen in Istanbul sechs Stunden über die Arbeit der Botschaften."],
               ["Eine Rückgabe beschlagnahmter Diplomatenimmobilien ist offen."], outlet="dpa"),
        report("istanbul", "tass-istanbul", "2025-02", "Gespräche", [RUSSLAND, USA],
               ["friedensverhandlungen"],
               ["Die Delegationen in Istanbul vereinbarten eine weitere Runde."],
               [], weekday=3, outlet="TASS"),
    ],
}
