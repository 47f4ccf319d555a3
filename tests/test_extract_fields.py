"""Each field extractor on small German texts of our own (other events, outlets and formats)."""

import pytest

from extract_helpers import brief_of, classify

from generator.extract.actors import extract_actors
from generator.extract.dates import extract_date, german_date
from generator.extract.figures import extract_figures
from generator.extract.statements import extract_statements


def names(actors):
    return [a.name for a in actors]


def test_person_with_title_and_country_from_adjective(analyse_text, knowledge):
    a = analyse_text("Der französische Außenminister Jean-Luc Renard traf am Montag den polnischen Präsidenten Andrzej Nowak.")
    found = extract_actors(a, knowledge)
    assert names(found.parties) == ["Jean-Luc Renard", "Andrzej Nowak"] or "Andrzej Nowak" in names(found.parties)
    nowak = next(p for p in found.parties + found.mentioned if p.name == "Andrzej Nowak")
    assert (nowak.role, nowak.country) == ("Präsident", "Polen")


def test_apposition_and_surname_resolution(analyse_text, knowledge):
    text = ("Bundeskanzler Friedrich Merz hat mit Präsident Emmanuel Macron telefoniert. "
            "Die Sprecherin der Regierung, Maria Hoffmann, sagte, man sei zufrieden. Hoffmanns Angaben zufolge folgt ein Treffen.")
    found = extract_actors(analyse_text(text), knowledge)
    assert names(found.parties) == ["Friedrich Merz", "Emmanuel Macron"]
    assert "Maria Hoffmann" in names(found.mentioned)
    assert not any(n in ("Hoffmanns", "Hoffmann") for n in names(found.mentioned))


def test_relative_clause_person_is_not_a_party(analyse_text, knowledge):
    text = ("Kanzler Olaf Scholz hat dem Plan, dem zuvor Präsident Joe Biden zugestimmt hatte, eine Absage erteilt. "
            "Das teilte ein Sprecher mit.")
    found = extract_actors(analyse_text(text), knowledge)
    assert names(found.parties) == ["Olaf Scholz"]
    assert "Joe Biden" in names(found.mentioned)


def test_organisation_party_when_no_person_leads(analyse_text, knowledge):
    text = "Die Mitglieder der Europäischen Union haben sich auf Zölle gegen China geeinigt. Die Details folgen."
    found = extract_actors(analyse_text(text), knowledge)
    assert names(found.parties) == ["Europäische Union"]


def test_acronym_and_aliases_give_one_canonical_name(analyse_text, knowledge):
    text = "Präsident Zelensky sprach mit der NATO. Selenskyj sagte danach, die Nato stehe bereit."
    found = extract_actors(analyse_text(text), knowledge)
    everyone = names(found.parties) + names(found.mentioned)
    assert everyone.count("Wolodymyr Selenskyj") == 1
    assert "NATO" in everyone


def test_agreement_goes_to_outcome_and_demand_to_open(analyse_text, knowledge):
    outcome, open_issues = classify(analyse_text, knowledge,
        "Beide Seiten einigten sich auf einen Zeitplan. Die Opposition fordert Neuwahlen.")
    assert outcome == ["Beide Seiten einigten sich auf einen Zeitplan."]
    assert open_issues == ["Die Opposition fordert Neuwahlen."]


def test_negation_moves_an_agreement_to_open(analyse_text, knowledge):
    outcome, open_issues = classify(analyse_text, knowledge,
        "Das Treffen brachte keine Einigung über die Grenzfrage. Eine Vereinbarung über Zölle gab es nicht.")
    assert outcome == []
    assert len(open_issues) == 2


def test_separable_verbs_and_weak_preterite(analyse_text, knowledge):
    outcome, _ = classify(analyse_text, knowledge,
        "Der Präsident ordnete eine Untersuchung an. Beide vereinbarten, die Hilfe auszuweiten.")
    assert outcome == ["Der Präsident ordnete eine Untersuchung an.", "Beide vereinbarten, die Hilfe auszuweiten."]


def test_pending_and_unclear_are_open(analyse_text, knowledge):
    _, open_issues = classify(analyse_text, knowledge,
        "Eine Antwort aus Peking steht noch aus. Wann die Gespräche beginnen, blieb offen.")
    assert len(open_issues) == 2


def test_item_text_is_trimmed_but_evidence_is_verbatim(analyse_text, knowledge):
    sentence = "Außerdem soll es einen Austausch von Gefangenen geben, so der Pressedienst des Kremls."
    outcome, _ = extract_statements(analyse_text(sentence), knowledge)
    assert outcome[0].text == "Es soll einen Austausch von Gefangenen geben."
    assert outcome[0].evidence == sentence


def test_conditions_after_colon_become_items(analyse_text, knowledge):
    _, open_issues = classify(analyse_text, knowledge,
        "Der Präsident stellte zwei Bedingungen: Die Armee soll abziehen, und die Regierung muss zurücktreten.")
    # the intro names no condition of its own: the first item tells whose they are
    assert open_issues == ["Der Präsident stellte zwei Bedingungen: Die Armee soll abziehen.",
                           "Bedingung: Die Regierung muss zurücktreten."], open_issues


def test_quote_keeps_its_speaker(analyse_text, knowledge):
    _, open_issues = classify(analyse_text, knowledge,
        '"Wir fordern sofortige Verhandlungen", sagte Sprecherin Anna Berg am Abend in Genf.')
    assert open_issues == ["Sprecherin Anna Berg: „Wir fordern sofortige Verhandlungen“."]


def test_dates_day_month_and_weekday(analyse_text):
    assert extract_date(analyse_text(" date 2025-04 Am Dienstag trafen sich die Minister in Rom.")).value == "2025-04"
    day = extract_date(analyse_text(" date 2025-06-27 Am Donnerstag trafen sich die Minister in Rom."))
    assert (day.value, day.precision) == ("2025-06-26", "day")
    explicit = extract_date(analyse_text("Das Gespräch fand am 3. Februar 2025 in Riad statt."))
    assert (explicit.value, explicit.precision, explicit.evidence) == ("2025-02-03", "day", "3. Februar 2025")
    numeric = extract_date(analyse_text("Der Gipfel fand am 05.11.2025 statt."))
    assert numeric.value == "2025-11-05"
    assert extract_date(analyse_text("Am Montag sprachen beide Seiten miteinander.")) is None
    assert german_date("2025-03-18", "day") == "18. März 2025"
    assert german_date("2025-03", "month") == "März 2025"


def test_background_month_does_not_become_the_event_day(analyse_text):
    found = extract_date(analyse_text(" date 2025-05 Am Montag telefonierten beide. Zuletzt hatten sie Mitte Februar gesprochen."))
    assert (found.value, found.precision) == ("2025-05", "month")


def test_figures_with_what_they_count():
    figures = extract_figures(["Zudem sollen je 175 Kriegsgefangene ausgetauscht werden.",
                               "Das Gespräch dauerte zwei Stunden und 28 Minuten.",
                               "Die Waffenruhe gilt für 30 Tage."])
    pairs = [(f.value, f.label) for f in figures]
    assert ("175", "Kriegsgefangene je Seite") in pairs
    assert ("2 Stunden 28 Minuten", "Dauer") in pairs
    assert ("30", "Tage") in pairs


def test_a_swiss_amount_with_its_apostrophes_is_one_figure():
    figures = extract_figures(["Die Gemeindeversammlung genehmigt den Kredit von 485'000 Franken.",
                               "Der Kanton zahlt 1’200’000 Franken."])
    pairs = [(f.value, f.label) for f in figures]
    assert ("485'000", "Franken") in pairs and ("1’200’000", "Franken") in pairs, pairs
    assert not any(value.startswith("000") for value, _ in pairs)


def test_pending_step_and_nominal_negation_are_open(analyse_text, knowledge):
    outcome, open_issues = classify(analyse_text, knowledge,
        "Der Premier muss der Vereinbarung noch im Parlament zustimmen. "
        "Eine Einigung über die Zölle wurde nicht erzielt. "
        "Eine Vereinbarung wurde getroffen, dass keine Truppen verlegt werden.")
    assert outcome == ["Eine Vereinbarung wurde getroffen, dass keine Truppen verlegt werden."]
    assert len(open_issues) == 2


def test_mediators_in_the_genitive_are_not_parties(analyse_text, knowledge):
    text = "Israel und die Hamas haben sich unter Vermittlung Katars und Ägyptens auf eine Waffenruhe geeinigt."
    assert names(extract_actors(analyse_text(text), knowledge).parties) == ["Israel", "Hamas"]


def test_attribution_after_a_date_apposition_is_trimmed(analyse_text, knowledge):
    outcome, _ = classify(analyse_text, knowledge,
        "Im Gegenzug sollen 50 Häftlinge freikommen, wie das Ministerium am Mittwoch, 15. Januar 2025, mitteilte.")
    assert outcome == ["Im Gegenzug sollen 50 Häftlinge freikommen."]


def test_an_agreement_told_again_without_its_terms_is_one_item(analyse_text, knowledge):
    text = ("Nach langem Streit haben sich Stadt und Stadtwerke Lindau auf einen Kompromiss verständigt. "
            "Der Vertrag läuft bis 2030. Oberbürgermeisterin Eva Sommer und Werkleiter Tom Brandt haben sich am "
            "Montag im Rathaus auf einen Kompromiss im Streit um die Fernwärme geeinigt. Zudem vereinbarten beide Seiten, "
            "die Preise bis 2027 einzufrieren.")
    outcome, _ = extract_statements(analyse_text(text), knowledge)
    texts = [item.text for item in outcome]
    assert sum("Kompromiss" in t for t in texts) == 1, texts
    assert any("einzufrieren" in t for t in texts), texts


def test_people_whose_title_names_a_side_the_lead_gives_by_a_common_noun(analyse_text, knowledge):
    text = ("Konzern, Betriebsrat und IG Metall haben am Montag eine Vereinbarung für das Werk in Gießen unterschrieben. "
            "Die Fertigung endet 2027. „Wir haben eine Perspektive geschaffen“, sagte Gesamtbetriebsratschefin "
            "Anja Lorenz. Kündigungen sind ausgeschlossen. " + "Das Werk hat eine lange Geschichte. " * 8
            + "Betriebsratsvorsitzender Jörg Keller sprach von einem harten Tag.")
    parties = names(extract_actors(analyse_text(text), knowledge).parties)
    assert {"IG Metall", "Anja Lorenz", "Jörg Keller"} <= set(parties), parties


def test_conditions_refusals_and_what_a_side_would_not_say_are_open(analyse_text, knowledge):
    outcome, open_issues = classify(analyse_text, knowledge,
        "Sollte die Stadt die Zahlung verzögern, werde man den Vertrag sofort kündigen. "
        "Zu den Kosten machten beide Seiten keine Angaben. "
        "Einen Termin nannten die Verhandler nicht. "
        "Die Gemeinde Altdorf erkennt den Vertrag weiterhin nicht an. "
        "Die Gemeinde Neudorf verweigerte ihre Unterschrift. "
        "Gegen den Beschluss sind noch zwei Klagen beim Verwaltungsgericht anhängig.")
    assert outcome == []
    assert len(open_issues) == 6, open_issues


def test_terms_after_an_agreement_marked_without_a_figure_and_an_opening_participle(analyse_text, knowledge):
    outcome, _ = classify(analyse_text, knowledge,
        "Der Verein und die Liga haben ihren Streit beigelegt. "
        "Im Gegenzug richtet die Liga einen Fonds für kleine Klubs ein. "
        "Vereinbart wurde zudem, dass sich die Präsidenten jährlich treffen. "
        "Das teilten beide Seiten am 14. Mai mit. "
        "Der Rasen im Stadion ist grün.")
    assert any("Fonds" in t for t in outcome), outcome
    assert any("jährlich treffen" in t for t in outcome), outcome
    assert not any("Rasen" in t or "teilten" in t for t in outcome), outcome


def test_an_office_before_a_name_does_not_make_the_parties_outsiders(nlp, knowledge):
    brief = brief_of(nlp, knowledge, " date 2025-07-04 Genf (sda) - Die Schweiz und Frankreich teilen sich künftig "
                     "das Wasser. Bundesrat Albert Rösti und die französische Ministerin Anne Martin haben am Freitag "
                     "in Genf ein Abkommen über die Rhone unterzeichnet. Frankreich ist auf einen ausreichenden "
                     "Abfluss angewiesen.")
    texts = [item.text for item in brief.outcome]
    assert any("unterzeichnet" in t for t in texts), texts
    assert not any("angewiesen" in t for t in texts), texts


def test_a_title_given_by_a_party_organisation_in_the_genitive_makes_a_party(analyse_text, knowledge):
    text = ("Die Regierung und die Huthi-Miliz haben sich auf einen Austausch von Gefangenen geeinigt. "
            "Der Austausch soll in zwei Wochen beginnen. "
            "Der Leiter des Gefangenenkomitees der Huthis, Abdulkader al-Hamdi, sprach von einem Erfolg.")
    parties = names(extract_actors(analyse_text(text), knowledge).parties)
    assert "Abdulkader al-Hamdi" in parties, parties


def test_a_negotiator_whose_title_spells_a_two_word_party_with_hyphens_is_a_party(analyse_text, knowledge):
    text = ("Der Autobauer und die IG Metall haben sich vor Gericht auf einen Vergleich geeinigt. "
            "„Das ist ein hart erkämpftes Ergebnis“, sagte IG-Metall-Verhandlungsführer Jens Ohlsen.")
    assert "Jens Ohlsen" in names(extract_actors(analyse_text(text), knowledge).parties)


def test_a_short_side_the_lead_names_opens_the_title_of_the_person_acting_for_it(analyse_text, knowledge):
    text = ("Im Tarifstreit haben sich Bund, Kommunen und die Gewerkschaft Verdi auf einen Abschluss geeinigt. "
            "Die Beschäftigten erhalten mehr Lohn, teilte Bundesinnenministerin Petra Lang mit.")
    assert "Petra Lang" in names(extract_actors(analyse_text(text), knowledge).parties)


def test_terms_penalties_and_pending_steps_after_a_verb_final_modal(analyse_text, knowledge):
    outcome, open_issues = classify(analyse_text, knowledge,
        "Die Regierungen haben einen Austausch von Gefangenen vereinbart. "
        "Im Gegenzug ließ Deutschland den Iraner Ali Rahimi frei, der im vergangenen Jahr verurteilt worden war. "
        "Die Fluggesellschaft will im Gegenzug zwei zusätzliche Flugzeuge in Hamburg stationieren. "
        "Die Datenschutzbehörde hat gegen das Unternehmen eine Geldbuße verhängt. "
        "Faeser verwies darauf, dass darüber die künftige Regierung entscheiden müsse.")
    assert any("frei" in t for t in outcome), outcome
    assert any("stationieren" in t for t in outcome), outcome
    assert any("Geldbuße" in t for t in outcome), outcome
    assert any("entscheiden müsse" in t for t in open_issues), open_issues


def test_an_announced_step_is_open_and_wie_angekuendigt_is_none(analyse_text, knowledge):
    outcome, open_issues = classify(analyse_text, knowledge,
        "Die Bürgerinitiative kündigte an, ein Bürgerbegehren gegen den Beschluss zu starten. "
        "Der Minister trat, anders als angekündigt, nicht vor die Presse. "
        "Rechte Abgeordnete wie Jan Krause haben angekündigt, gegen den Haushalt zu stimmen.")
    assert any("Bürgerbegehren" in t for t in open_issues), open_issues
    assert any("Krause" in t for t in open_issues), open_issues
    assert not any("Presse" in t for t in outcome + open_issues), (outcome, open_issues)


def test_states_coordinated_in_the_genitive_are_attributes_of_the_subject(analyse_text, knowledge):
    found = extract_actors(analyse_text("Nach zwei Jahren Pause sitzen die Regierungschefs Griechenlands und der "
                                        "Türkei wieder an einem Tisch."), knowledge)
    attributes = {m.canonical: m.after_preposition for m in found.mentions}
    assert attributes == {"Griechenland": True, "Türkei": True}


def test_late_sentences_yield_outcome_items_only_for_agreements(analyse_text, knowledge):
    filler = "Die Stadt liegt am Rhein. " * 9
    outcome, _ = classify(analyse_text, knowledge,
        "Stadt und Verein haben sich auf einen neuen Pachtvertrag geeinigt. " + filler
        + "Das Stadion soll künftig auch für Konzerte genutzt werden. "
        + "Zudem vereinbarten beide Seiten eine jährliche Überprüfung.")
    assert any("Pachtvertrag" in t for t in outcome), outcome
    assert any("Überprüfung" in t for t in outcome), outcome
    assert not any("Konzerte" in t for t in outcome), outcome


def test_a_teaser_above_the_byline_yields_no_items_where_the_body_does(analyse_text, knowledge):
    text = ("Sarnaus wird nicht wieder aufgebaut\n\nDie Regierung zieht einen Schlussstrich: Der Weiler soll "
            "aufgegeben werden. Die Bewohner erhalten Geld.\n\nVon Anna Kessler\n\nChur. Die Bündner Regierung hat "
            "am Mittwoch beschlossen, den Weiler nicht wieder aufzubauen. Die Gemeinde fordert eine Entschädigung.")
    outcome, open_issues = extract_statements(analyse_text(" date 2025-08 " + text), knowledge)
    evidence = {item.evidence for item in outcome + open_issues}
    assert any("beschlossen" in e for e in evidence), evidence
    assert not any("aufgegeben" in e or "erhalten Geld" in e for e in evidence), evidence


def test_a_clause_without_a_cue_keeps_its_particulars_in_the_item(analyse_text, knowledge):
    outcome, _ = classify(analyse_text, knowledge,
        "Am Mittwoch hat das Parlament den Vertrag ratifiziert; 87 Abgeordnete stimmten dafür, niemand dagegen. "
        "Kernpunkt ist das Klimaziel: Die Stadt soll bis 2040 klimaneutral werden, das haben beide beschlossen.")
    assert "Am Mittwoch hat das Parlament den Vertrag ratifiziert; 87 Abgeordnete stimmten dafür, niemand dagegen." in outcome
    assert not any(item.startswith("Kernpunkt") for item in outcome), outcome


def test_a_clause_before_a_colon_that_says_something_of_its_own_stays_in_the_item(analyse_text, knowledge):
    _, open_issues = classify(analyse_text, knowledge,
        "Die Kirche hat am Montag eine Einigung mit den Betroffenen erzielt. Auch die Finanzierung ist nicht "
        "abschließend geklärt: Umstritten ist, ob die Landeskirchen oder die Träger zahlen.")
    assert any(item.startswith("Die Finanzierung ist nicht abschließend geklärt: Umstritten ist, ob")
               for item in open_issues), open_issues
    _, open_issues = classify(analyse_text, knowledge,
        "Die Kirche hat am Montag eine Einigung mit den Betroffenen erzielt. Die Eckpunkte: Umstritten ist, ob "
        "die Landeskirchen oder die Träger zahlen.")
    assert any(item.startswith("Umstritten ist, ob") for item in open_issues), open_issues


def test_a_decision_at_the_end_of_a_report_still_counts_and_a_word_part_in_brackets_stays(analyse_text, knowledge):
    background = " ".join(f"Die Debatte über den Bereich {word} dauerte lange." for word in (
        "Bau", "Verkehr", "Schule", "Kultur", "Sport", "Umwelt", "Energie", "Wasser", "Wald", "Handel", "Post", "Kirche"))
    outcome, _ = classify(analyse_text, knowledge,
        "Die Länder haben sich auf ein Gesetz geeinigt. " + background +
        " Der Bundesrat billigte die fünf (Erz-)Bistümern zugesagte Ausbildung zur Pflegefachassistenz.")
    assert "Der Bundesrat billigte die fünf (Erz-)Bistümern zugesagte Ausbildung zur Pflegefachassistenz." in outcome, outcome


def test_an_interviews_teaser_gives_the_decision_but_not_its_announcement(analyse_text, knowledge):
    text = ("„Wir lassen niemanden stehen“\n\nDer Kreistag hat im März eine Notvergabe für sieben Buslinien "
            "beschlossen. Ein Gespräch über Ausfälle, harte Bedingungen und teure Lösungen.\n\nInterview: Thomas Eibl\n\n"
            "Frau Kerschbaumer, wie konnte es so weit kommen?\n\nKerschbaumer: Das Unternehmen ist insolvent.\n\n"
            "Was kostet das?\n\nKerschbaumer: Wir zahlen mehr.\n\nUnd danach?\n\nKerschbaumer: Das prüfen wir. "
            "Der Verband fordert eine Ausschreibung.")
    outcome, open_issues = classify(analyse_text, knowledge, " date 2025-03 " + text)
    assert any("Notvergabe" in item for item in outcome), outcome
    assert not any("Gespräch" in item for item in outcome + open_issues), open_issues


def test_an_interviews_teaser_that_tells_what_the_answers_explain_makes_no_item(analyse_text, knowledge):
    qa = ("\n\nFrau Aebischer, wie viele Fälle gab es?\n\nZwölf. Eine Antwort des Verbands steht noch aus.\n\n"
          "Was ändert sich?\n\nEs gibt Deckel.\n\nUnd die Kosten?\n\nDas ist noch offen.")
    teaser = "Die Sicherheitschefin erklärt, was sich ändert – und was noch nicht geklärt ist."
    _, open_issues = classify(analyse_text, knowledge, " date 2025-07 Das OK hat Massnahmen beschlossen. " + teaser + qa)
    assert not any("Sicherheitschefin" in item for item in open_issues), open_issues
    assert any("Antwort" in item for item in open_issues), open_issues
    _, open_issues = classify(analyse_text, knowledge, "Das OK hat Massnahmen beschlossen. " + teaser)
    assert any("Sicherheitschefin" in item for item in open_issues), open_issues  # no interview: a statement


def test_the_subject_moved_before_the_verb_leaves_the_comma_before_the_clause(analyse_text, knowledge):
    outcome, _ = classify(analyse_text, knowledge, "Zugleich beschloss die Regierung, den Budgetpfad fortzuschreiben.")
    assert outcome == ["Die Regierung beschloss, den Budgetpfad fortzuschreiben."], outcome


def test_pressing_for_investigating_and_examining_stay_open(analyse_text, knowledge):
    _, open_issues = classify(analyse_text, knowledge,
        "Bund und Länder haben sich geeinigt. Estland und Litauen drängen auf eine dauerhafte Mission. "
        "Die Staatsanwaltschaft ermittelt weiter gegen zwei frühere Vorstände. Der Rechnungshof prüft die Vergabe.")
    assert len(open_issues) == 3, open_issues


def test_how_an_election_or_a_vote_ended_is_an_outcome(analyse_text, knowledge):
    outcome, open_issues = classify(analyse_text, knowledge,
        "Die Kandidatin setzte sich in der Stichwahl mit 54,8 Prozent der Stimmen gegen Michael Brandt durch. "
        "Brandt räumte seine Niederlage noch am Abend ein. 58,3 Prozent der Stimmenden haben die Initiative "
        "verworfen. Das Quorum von 25 Prozent wurde mit 23,7 Prozent knapp verfehlt. Das Gericht verkürzte die "
        "Sperre von vier auf zwei Jahre.")
    assert len(outcome) == 5 and not open_issues, (outcome, open_issues)


def test_titles_and_ids_name_organisations_by_their_short_form_not_their_legal_form(nlp, knowledge):
    brief = brief_of(nlp, knowledge, " date 2025-04 Wien (APA) - Die Nordstrom Energie AG und das Bundesamt für "
                     "Verkehr (BAV) haben am Dienstag einen Vertrag über den Ausbau der Ladesäulen unterzeichnet.")
    assert {"Nordstrom Energie AG", "Bundesamt für Verkehr (BAV)"} <= {p.name for p in brief.parties}
    assert "AG" not in brief.title.replace("–", " ").split() and "(BAV)" not in brief.title
    assert "BAV" in brief.title and "Energie" in brief.title
    assert "-ag" not in brief.id and "-bav" in brief.id


def test_a_decision_that_points_back_is_told_with_what_was_decided(analyse_text, knowledge):
    from generator.extract.statements import extract_statements
    text = (" date 2025-11 Der Deutsche Alpenverein gibt zwei seiner Hütten auf und erhöht den Beitrag für die Hütten. "
            "Das hat die Hauptversammlung des Vereins am Samstag in Friedrichshafen beschlossen.")
    outcome, _ = extract_statements(analyse_text(text), knowledge)
    assert [item.text for item in outcome] == [
        "Der Deutsche Alpenverein gibt zwei seiner Hütten auf und erhöht den Beitrag für die Hütten; das hat die "
        "Hauptversammlung des Vereins am Samstag in Friedrichshafen beschlossen."], outcome
    assert outcome[0].evidence.startswith("Der Deutsche Alpenverein gibt"), outcome  # what was decided
    merged, _ = classify(analyse_text, knowledge,
        "Bund und Länder zahlen 2,5 Milliarden Euro für Flüchtlinge. Darauf haben sich beide am Montag geeinigt.")
    assert len(merged) == 1 and "Milliarden" in merged[0] and "geeinigt" in merged[0], merged


@pytest.mark.parametrize(("lead", "kind"), [
    ("Die Stimmberechtigten der Stadt Luzern haben am Sonntag die Volksinitiative angenommen.", "Abstimmung"),
    ("Das Bundesverfassungsgericht hat den langen Präventivgewahrsam für teilweise verfassungswidrig erklärt.", "Urteil"),
    ("Der Grazer Gemeinderat hat am Donnerstag das Budget für 2026 beschlossen.", "Beschluss"),
    ("Die Wärmeversorgung Emscher-Lippe und die Verbraucherzentrale einigen sich auf Rückzahlungen.", "Einigung"),
    ("Im Werk der Lippechem GmbH in Lünen hat es am Vormittag eine Explosion gegeben.", "Unglück"),
    ("Die Arbeiterkammer Steiermark warnt vor gefälschten Mietinseraten.", "Bericht"),
])
def test_the_kind_of_event_in_the_title_comes_from_the_editable_list(nlp, knowledge, lead, kind):
    """Before, a vote, a ruling or a council's decision was titled "Bericht" like a report of nothing."""
    brief = brief_of(nlp, knowledge, f" date 2025-09 Meldung\n\n{lead}")
    assert brief.title.split()[0].rstrip(":") == kind, brief.title


def test_a_short_name_two_parties_share_stands_once_in_title_and_id():
    from generator.brief import Actor
    from generator.extract.compose import compose_title, short_names
    parties = (Actor("Welterbegemeinde Hallstatt"), Actor("Gemeinderat Hallstatt"), Actor("Karin Pilz", "Bürgermeisterin"),
               Actor("Gerhard Höll"))
    assert short_names(parties) == ["Hallstatt", "Pilz", "Höll"]
    assert compose_title("Beschluss", parties, []) == "Beschluss Hallstatt–Pilz–Höll"
    # a town's name of several words stays whole
    towns = (Actor("Kanton St. Gallen"), Actor("Stadtrat Frankfurt am Main"), Actor("Gemeinderat Sankt Ulrich am Rodlbach"),
             Actor("Stadt Frankfurt an der Oder"))
    assert short_names(towns, limit=4) == ["St. Gallen", "Frankfurt am Main", "Sankt Ulrich am Rodlbach",
                                           "Frankfurt an der Oder"]


def test_the_summary_opens_with_the_event_not_the_tickers_sign_off(nlp, knowledge):
    text = (" date 2025-07 Liveticker: Thalwangen entscheidet über die Ratten\n\n22.41 Uhr\nDamit schliessen wir "
            "diesen Ticker. Die Zusammenfassung lesen Sie morgen in unserer Ausgabe.\n\n22.05 Uhr\nDie "
            "Gemeindeversammlung genehmigt den Kredit von 485'000 Franken mit 388 Ja zu 141 Nein.")
    summary = brief_of(nlp, knowledge, text).summary
    assert summary.startswith("Die Gemeindeversammlung genehmigt den Kredit"), summary
    assert "Ticker" not in summary and "lesen Sie" not in summary


def test_a_vote_count_is_one_figure():
    figures = extract_figures(["Der Stadtrat hat mit 27 zu 24 Stimmen beschlossen, 240.000 Euro zu zahlen.",
                               "Die Versammlung genehmigt den Kredit mit 388 Ja zu 141 Nein bei 12 Enthaltungen."])
    pairs = [(f.value, f.label) for f in figures]
    assert ("27 zu 24", "Stimmen") in pairs and ("388 Ja zu 141 Nein", "Stimmen") in pairs, pairs
    assert not {("24", "Stimmen"), ("141", "Nein")} & set(pairs)


def test_the_summary_of_a_press_review_opens_with_the_event_and_keeps_its_clauses_whole(nlp, knowledge):
    text = (" date 2025-07 Presseschau\n\nDie Kommentatoren der Zeitungen befassen sich mit der Kaufprämie. "
            "Das Bundeskabinett hatte am Mittwoch, 16. Juli, die Eckpunkte des Programms beschlossen, das "
            "Bundesumweltminister Jan Ostendorf vorgelegt hatte. Die Stimmbeteiligung lag bei 47,3 Prozent.")
    summary = brief_of(nlp, knowledge, text).summary
    assert summary.startswith("Das Bundeskabinett hatte am Mittwoch, 16. Juli, die Eckpunkte des Programms "
                              "beschlossen"), summary


def test_a_group_named_by_a_title_in_quotes_is_that_title_in_titles_and_ids():
    from generator.brief import Actor
    from generator.extract.compose import short_names
    parties = (Actor("Bündnis „Klimagerechtigkeit jetzt“"), Actor("Bürgerinitiative «Unser Ehrenmal»"), Actor("Stadt Hallstedt"))
    assert short_names(parties) == ["Klimagerechtigkeit jetzt", "Unser Ehrenmal", "Hallstedt"]


def test_a_bylines_journalist_is_no_outlet_the_agencies_and_paper_it_lists_are(nlp, knowledge):
    body = ("\n\nDer Stadtrat von Seewil hat am Dienstag, 26. August 2025, den älteren Ofen des Krematoriums "
            "stillgelegt.\n")
    for byline, outlet in (("Von: APA/Reuters/dpa/TASS", "APA/Reuters/dpa/TASS"), ("Von: Samir Osman /Reuters", "Reuters")):
        brief = brief_of(nlp, knowledge, byline + body)
        assert brief.source.outlet == outlet, byline
    for byline, outlet in (("Interview: Reto Aebischer", ""), ("Interview: Mareike Sonnenfeld, 2. Dezember 2025", ""),
                           ("Interview: Stefan Mayrhofer, Oberösterreichische Nachrichten", "Oberösterreichische Nachrichten")):
        brief = brief_of(nlp, knowledge, "Ein Ofen steht still\n\nDer ältere Ofen ist stillgelegt.\n\n" + byline + body)
        assert brief.source.outlet == outlet, byline


def test_a_programme_line_or_masthead_names_the_outlet_and_a_title_about_a_broadcaster_does_not(nlp, knowledge):
    body = ("\n\nMODERATOR: Der Stadtrat von Seewil hat am Dienstag, 26. August 2025, den älteren Ofen des "
            "Krematoriums stillgelegt.\n")
    brief = brief_of(nlp, knowledge, "Regionaljournal Ostschweiz, Radio SRF 1, Dienstag, 26. August 2025, 17.30 Uhr"
                     "\n\nKrematorium Seewil: Ein Ofen steht still" + body)
    assert brief.source.outlet == "SRF"
    brief = brief_of(nlp, knowledge, "ORF Kärnten heute – Sendung vom 26. August 2025" + body)
    assert brief.source.outlet == "ORF"
    brief = brief_of(nlp, knowledge, "NZZ · Schweiz · Dienstag, 26. August 2025" + body)
    assert brief.source.outlet == "Neue Zürcher Zeitung"
    brief = brief_of(nlp, knowledge, "Radio Steiermark, Journal um 7 Uhr, 26. August 2025" + body)
    assert brief.source.outlet == "Radio Steiermark"  # an ORF regional station named on its own
    for title in ("Wie der ORF sparen muss", "ORF-Stiftungsrat beschließt Sparpaket"):
        brief = brief_of(nlp, knowledge, f" date 2025-08 {title}" + body)
        assert brief.source.outlet == "", title
