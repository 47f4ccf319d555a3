"""Rules that keep commentary, background and duplicates out of outcome and open issues.

Every text here is our own invented example, not a sentence of a seed or held-out report.
"""

from extract_helpers import brief_of, classify, texts

from generator.extract.dates import extract_date
from generator.extract.statements import pluperfect_main_clause


def all_items(brief) -> str:
    return " | ".join(texts(brief.outcome) + texts(brief.open_issues))


def test_outsider_reaction_and_commentators_yield_no_items(nlp, knowledge):
    text = (" date 2025-09-16 Oslo (dpa) - Norwegens Regierungschef Jonas Gahr Støre und Schwedens "
            "Ministerpräsident Ulf Kristersson haben am Dienstag ein Abkommen über ein gemeinsames Stromnetz "
            "unterzeichnet. Beide vereinbarten zudem einen Fonds für neue Leitungen. Støre verlangt eine "
            "Beteiligung der Industrie an den Kosten.\n\n"
            "Der finnische Präsident Alexander Stubb begrüßte das Abkommen und forderte eine rasche Ausweitung "
            "auf Finnland. Beobachter erwarten, dass weitere Staaten folgen werden.")
    brief = brief_of(nlp, knowledge, text)
    items = all_items(brief)
    assert "Ausweitung" not in texts(brief.outcome)  # a reaction from outside the event is no result,
    assert any("Ausweitung" in t for t in texts(brief.open_issues))  # but a demand stays open, whoever makes it
    assert "Beobachter" not in items and "folgen" not in items  # commentary
    assert any("Beteiligung der Industrie" in t for t in texts(brief.open_issues))  # a party's demand stays
    assert any("Fonds" in t for t in texts(brief.outcome))


def test_members_of_an_alliance_take_part_in_its_summit(nlp, knowledge):
    text = (" date 2025-10-23 Brüssel (AFP) - Die Staats- und Regierungschefs der EU haben sich auf einen "
            "gemeinsamen Fonds für Rüstungsprojekte geeinigt. Der Fonds soll 2026 starten.\n\n"
            "Der slowakische Regierungschef Robert Fico verlangt eine Ausnahme für sein Land.")
    brief = brief_of(nlp, knowledge, text)
    assert any("Ausnahme" in t for t in texts(brief.open_issues))


def test_superseded_positions_and_standing_situations_yield_nothing(analyse_text, knowledge):
    outcome, open_issues = classify(analyse_text, knowledge,
        "Die Gewerkschaft hatte ursprünglich zwölf Prozent mehr Lohn gefordert. "
        "Die Regierung droht seit Monaten mit Kürzungen bei den Zuschüssen.")
    assert outcome == [] and open_issues == []


def test_pluperfect_main_clause_is_no_outcome(analyse_text, knowledge):
    outcome, _ = classify(analyse_text, knowledge,
        "Im Frühjahr hatte die Stadt eine Sperrung der Brücke beschlossen.")
    assert outcome == []


def test_a_fronted_participle_before_worden_war_is_pluperfect():
    text = "Ausgelöst worden war der Konflikt im Sommer 2024, als die Firma die Erweiterung beantragte."
    assert pluperfect_main_clause(text)
    assert not pluperfect_main_clause(text.replace("Ausgelöst worden war", "Ausgelöst wurde"))


def test_pluperfect_after_a_rubric_of_a_few_words_is_no_outcome(analyse_text, knowledge):
    text = "Zur Erinnerung: Im Frühjahr hatte die Stadt eine Sperrung der Brücke beschlossen."
    assert classify(analyse_text, knowledge, text)[0] == []
    assert classify(analyse_text, knowledge, text.replace("hatte", "hat"))[0] != []


def test_pluperfect_position_before_the_event_is_no_open_issue(nlp, knowledge):
    brief = brief_of(nlp, knowledge,
        " date 2025-06-12 Madrid (dpa) - Die Regierungen Spaniens und Portugals haben sich am Donnerstag "
        "auf einen gemeinsamen Wasserplan für den Tajo geeinigt. "
        "Madrid hatte mehr Wasser für den Fluss verlangt. "
        "Portugal hatte am Donnerstag zudem eine Prüfung der Entnahmen gefordert. "
        "Im Vorfeld des Treffens hatte Lissabon eine Garantie für die Sommermonate gefordert.")
    open_texts = " ".join(texts(brief.open_issues))
    assert "mehr Wasser" not in open_texts  # before the event
    assert "Prüfung" in open_texts  # the event's day
    assert "Garantie" in open_texts  # for the event ('im Vorfeld')


def test_steps_still_to_come_are_open(analyse_text, knowledge):
    outcome, open_issues = classify(analyse_text, knowledge,
        "Über die Finanzierung der Schulen soll erst im Herbst verhandelt werden. "
        "Ob die Fähre auch im Winter fährt, soll bis Mai geklärt werden.")
    assert outcome == []
    assert len(open_issues) == 2


def test_conditions_and_member_votes_are_open(analyse_text, knowledge):
    outcome, open_issues = classify(analyse_text, knowledge,
        "Die Prämie wird nur gezahlt, wenn der Umsatz um zehn Prozent steigt. "
        "Die Mitglieder der Gewerkschaft stimmen im November in einer Urabstimmung über den Vertrag ab.")
    assert len(open_issues) == 2 and outcome == []


def test_agreement_named_again_with_article_is_no_new_outcome(analyse_text, knowledge):
    outcome, _ = classify(analyse_text, knowledge, "Die Einigung gelang erst nach zwölf Stunden im Rathaus.")
    assert outcome == []


def test_explanation_after_colon_joins_its_open_item(analyse_text, knowledge):
    _, open_issues = classify(analyse_text, knowledge,
        "Bei den Renten ist die Lage unklar: Die Kommission prüft derzeit eine Reform der Beiträge.")
    assert len(open_issues) == 1
    assert "Beiträge" in open_issues[0]


def test_listed_conditions_stay_separate_items(analyse_text, knowledge):
    _, open_issues = classify(analyse_text, knowledge,
        "Der Verband stellte zwei Bedingungen: Die Stadt soll die Miete senken; "
        "die Hallen müssen bis Juni saniert werden.")
    assert open_issues == ["Der Verband stellte zwei Bedingungen: Die Stadt soll die Miete senken.",
                           "Bedingung: Die Hallen müssen bis Juni saniert werden."], open_issues


def test_a_reply_in_the_next_sentence_joins_the_point(analyse_text, knowledge):
    _, open_issues = classify(analyse_text, knowledge,
        "Der Senat forderte eine Untersuchung der Vergabe. Die Regierung habe dies abgelehnt.")
    assert len(open_issues) == 1
    assert "abgelehnt" in open_issues[0]


def test_writers_assessment_yields_nothing(analyse_text, knowledge):
    outcome, open_issues = classify(analyse_text, knowledge,
        "Trotz dieser Zusagen gab es keine nennenswerten Fortschritte bei den Löhnen. "
        "Der Konzern zeigte wenig Bereitschaft zu Zugeständnissen.")
    assert outcome == [] and open_issues == []


def test_concessive_clause_later_in_a_sentence_keeps_the_open_point(analyse_text, knowledge):
    _, open_issues = classify(analyse_text, knowledge,
        "Die Frage der Renten bleibt trotz der Einigung offen.")
    assert len(open_issues) == 1


def test_item_without_content_is_dropped(analyse_text, knowledge):
    _, open_issues = classify(analyse_text, knowledge, "Ob es dabei bleibt, ist offen.")
    assert open_issues == []


def test_deadline_dates_and_later_days_are_not_the_event_date(analyse_text):
    finding = extract_date(analyse_text(
        " date 2025-09-12 Genf (Reuters) - Die Schweiz und Indien haben sich am Freitag auf ein Abkommen "
        "geeinigt. Die neuen Zölle gelten ab dem 1. Oktober, die Listen folgen am 20. September."))
    assert (finding.value, finding.precision) == ("2025-09-12", "day")


def test_company_with_state_adjective_is_an_organisation(nlp, knowledge):
    brief = brief_of(nlp, knowledge,
        " date 2025-02-03 Frankfurt (dpa) - Die Deutsche Bahn und die Gewerkschaft EVG haben sich am Montag "
        "auf einen Tarifvertrag geeinigt.")
    names = [p.name for p in brief.parties]
    assert "Deutsche Bahn" in names and "Deutschland" not in names


def test_surname_read_as_adjective_after_a_given_name(nlp, knowledge):
    brief = brief_of(nlp, knowledge,
        " date 2025-02-03 Berlin (dpa) - Die Regierung hat das Gesetz beschlossen. "
        "Die Abgeordnete Katharina Fröhlich kritisierte den Entwurf.")
    everyone = [a.name for a in brief.parties + brief.mentioned]
    assert "Katharina Fröhlich" in everyone


def test_proper_noun_with_article_is_an_organisation(nlp, knowledge):
    brief = brief_of(nlp, knowledge,
        " date 2025-05-06 Hamburg (dpa) - Der Hafen und die Gewerkschaft Verdi haben sich geeinigt. "
        "Die Beschäftigten der Fraport erhalten mehr Geld. Ursula von der Leyen war nicht beteiligt.")
    everyone = [a.name for a in brief.parties + brief.mentioned]
    assert "Fraport" in everyone  # not in the actor list
    assert "Leyen" not in everyone


def test_people_acting_for_the_lead_states_are_parties(nlp, knowledge):
    brief = brief_of(nlp, knowledge,
        " date 2025-03-04 Genf (AFP) - Serbien und Kosovo haben sich auf ein Abkommen über Grenzübergänge "
        "geeinigt. Der serbische Präsident Aleksandar Vučić und der kosovarische Regierungschef Albin Kurti "
        "unterzeichneten die Vereinbarung in Genf.")
    names = [p.name for p in brief.parties]
    assert "Aleksandar Vučić" in names and "Albin Kurti" in names
    assert "Serbien" not in names  # the leader who acts stands for his state (as in the references)


def test_a_source_in_the_second_sentence_is_no_party(nlp, knowledge):
    brief = brief_of(nlp, knowledge,
        " date 2025-03-04 Genf (AFP) - Serbien und Kosovo haben sich auf ein Abkommen über Grenzübergänge "
        "geeinigt. Das teilte der EU-Sondergesandte Miroslav Lajčák am Dienstag mit.")
    assert "Miroslav Lajčák" not in [p.name for p in brief.parties]


def test_open_question_about_an_outsider_is_still_open(nlp, knowledge):
    brief = brief_of(nlp, knowledge,
        " date 2025-06-02 Wien (APA) - Österreichs Kanzler Christian Stocker und Tschechiens Premier Petr Fiala "
        "haben eine Kooperation beim Atomstrom vereinbart.\n\n"
        "Beim Streit mit den Betreibern der Weltbank gibt es weiter keine Einigung über die Kredite. "
        "Ob die Weltbank das Projekt noch in diesem Jahr freigibt, ist offen.")
    open_texts = " | ".join(texts(brief.open_issues))
    assert "in diesem Jahr" in open_texts
    assert "Kredite" in open_texts


def test_an_open_point_is_not_dropped_as_a_copy_of_an_outcome(analyse_text, knowledge):
    outcome, open_issues = classify(analyse_text, knowledge,
        "Auf die meisten Waren sollen künftig Zölle von zehn Prozent erhoben werden. "
        "Bei Medikamenten ist die Lage unklar: Die Regierung prüft eigene Zölle von zehn Prozent auf Medikamente.")
    assert any("Medikament" in t for t in open_issues)


def test_outsider_named_again_by_a_common_noun_stays_an_outsider(nlp, knowledge):
    brief = brief_of(nlp, knowledge,
        " date 2025-09-16 Oslo (dpa) - Norwegens Regierungschef Jonas Gahr Støre und Schwedens "
        "Ministerpräsident Ulf Kristersson haben am Dienstag ein Abkommen über ein gemeinsames Stromnetz "
        "unterzeichnet. Beide vereinbarten zudem einen Fonds für neue Leitungen.\n\n"
        "Der Industrieverband NHO begrüßte das Abkommen. Die Strompreise müssten nun nicht mehr steigen, "
        "erklärte der Verband.")
    assert not any("Strompreise" in t for t in texts(brief.outcome) + texts(brief.open_issues))


def test_new_outcome_and_open_verbs(analyse_text, knowledge):
    outcome, open_issues = classify(analyse_text, knowledge,
        "Die Delegierten nahmen am Abend eine gemeinsame Erklärung zum Meeresschutz an. "
        "Die Frage der Fischereiquoten wurde auf das nächste Treffen vertagt.")
    assert any("Meeresschutz" in t for t in outcome)
    assert any("Fischereiquoten" in t for t in open_issues)


def test_pronoun_is_not_resolved_to_a_person_the_item_names():
    from generator.extract.anaphora import resolve_pronoun
    assert resolve_pronoun("Er und Meier hätten den Plan besprochen.", ["Anna Meier", "Jan Berg"]) == \
        "Er und Meier hätten den Plan besprochen."
    assert resolve_pronoun("Er verlangt einen Plan.", ["Jan Berg"]) == "Berg verlangt einen Plan."
    assert resolve_pronoun("Er und Meier hätten den Plan besprochen.", ["Anna Meier"]) == \
        "Er und Meier hätten den Plan besprochen."


def test_a_pronoun_takes_the_noun_phrase_the_sentence_before_opens_with(analyse_text, knowledge):
    outcome, open_issues = classify(analyse_text, knowledge,
        "Die Stadt und das Land haben sich geeinigt. Die Vorlage des Senats geht nun an den Ausschuss. "
        "Sie soll im Januar erneut beraten werden. Die Kantone lehnen den Plan ab. Sie verlangen mehr Geld.")
    assert "Die Vorlage des Senats soll im Januar erneut beraten werden." in open_issues, open_issues
    assert "Die Kantone verlangen mehr Geld." in open_issues, open_issues


def test_a_pronoun_takes_a_noun_phrase_with_its_prepositional_attribute(analyse_text, knowledge):
    """"Motion" is feminine by its ending (-tion), so "Sie" is the motion, not the man named after it."""
    outcome, _ = classify(analyse_text, knowledge,
        "Der Grosse Rat hat den Kredit bewilligt. Die Motion zur Veröffentlichung der Standorte stammte von "
        "EDU-Grossrat Samuel Krebs. Sie scheiterte mit 61 zu 93 Stimmen.")
    assert "Die Motion zur Veröffentlichung der Standorte scheiterte mit 61 zu 93 Stimmen." in outcome, outcome


def test_a_pronoun_takes_the_organisation_the_sentence_before_opens_with(analyse_text, knowledge):
    from generator.extract.anaphora import opens_with, resolve_pronoun
    genders = knowledge.roles.genders
    assert opens_with("Und der Umweltverband BUND verlangt einen Ausgleich.", "BUND")
    assert opens_with("Die Pilotengewerkschaft Vereinigung Cockpit warnte.", "Vereinigung Cockpit")
    assert not opens_with("Ministerin Anna Berg sprach mit der Gewerkschaft Verdi.", "Gewerkschaft Verdi")
    assert resolve_pronoun("Sie fordert Sozialstandards.", [], None, "Vereinigung Cockpit", genders) == (
        "Die Vereinigung Cockpit fordert Sozialstandards.")
    assert resolve_pronoun("Er prüft eine Klage.", [], None, "Bund für Umwelt und Naturschutz (BUND)", genders) == (
        "Der Bund für Umwelt und Naturschutz (BUND) prüft eine Klage.")
    # the gender must agree, and a person named in that sentence comes first for "Er"
    assert resolve_pronoun("Er fordert Sozialstandards.", [], None, "Vereinigung Cockpit", genders) == (
        "Er fordert Sozialstandards.")
    assert resolve_pronoun("Er prüft eine Klage.", ["Jan Berg"], None, "Umweltverband", genders) == (
        "Berg prüft eine Klage.")


def test_an_interviews_first_person_answers_say_whose_they_are(nlp, knowledge):
    text = (" date 2025-09 „Eine Ortstafeldebatte wird es nicht geben“\n\nAußenministerin Beate Meinl-Reisinger hat "
            "ihre Amtskollegin Tanja Fajon getroffen. Fajon kam mit Forderungen. Fajon blieb hart.\n\n"
            "KLEINE ZEITUNG: Frau Ministerin, was hat das Treffen gebracht?\n\nMEINL-REISINGER: Mehr, als viele "
            "erwartet haben.\n\nKLEINE ZEITUNG: Und die Grenzkontrollen?\n\nMEINL-REISINGER: Ich habe deutlich "
            "gemacht, dass wir an dieser Forderung festhalten.\n\nKLEINE ZEITUNG: Und Krško?\n\nMEINL-REISINGER: "
            "Das war ein offenes Gespräch. Wir fordern eine Prüfung des Kraftwerks.")
    brief = brief_of(nlp, knowledge, text)
    items = texts(brief.outcome) + texts(brief.open_issues)
    # an answer's own label stays, in the name's case; the interviewee's name labels the others
    assert "Meinl-Reisinger: Ich habe deutlich gemacht, dass wir an dieser Forderung festhalten." in items, items
    assert "Beate Meinl-Reisinger: Wir fordern eine Prüfung des Kraftwerks." in items, items


def test_the_interviewee_is_labelled_or_addressed_before_named_most():
    from generator.extract.anaphora import interviewee, name_first_person
    people = [("Mareike Hofbauer", 0), ("Florian Reisinger", 1), ("Mareike Hofbauer", 5), ("Mareike Hofbauer", 6)]
    labelled = "Dopingfall Hofbauer: Ein Urteil\n\nBZ: Ein Sieg?\n\nReisinger: Halb.\n\nBZ: Und?\n\nReisinger: Mal sehen."
    assert interviewee(people, 2, labelled) == "Florian Reisinger"
    assert interviewee(people, 2, "BZ: Herr Reisinger, ein Sieg?\n\nHalb.") == "Florian Reisinger"
    assert interviewee(people, 2, "Ein Sieg?\n\nHalb.") == "Mareike Hofbauer"  # named most
    assert name_first_person("Wir prüfen eine Beschwerde.", "Florian Reisinger") == (
        "Florian Reisinger: Wir prüfen eine Beschwerde.")
    assert name_first_person("Die Hürden sind hoch.", "Florian Reisinger") == "Die Hürden sind hoch."


def test_reported_speech_with_man_names_the_one_person_named_before(nlp, knowledge):
    brief = brief_of(nlp, knowledge, " date 2025-10 \n\nBund und Länder haben sich am 9. Oktober geeinigt. "
                     "Juso-Chef Timo Albrecht sagte, die Fraktion dürfe dem Gesetz nicht zustimmen. Man werde im "
                     "Verfahren auf Änderungen dringen.\n\nDie Stadt und die Kammer kritisieren die Einigung scharf. "
                     "Man werde Nachverhandlungen fordern.")
    open_issues = texts(brief.open_issues)
    assert "Timo Albrecht: Man werde im Verfahren auf Änderungen dringen." in open_issues, open_issues
    assert "Man werde Nachverhandlungen fordern." in open_issues, open_issues  # no one person named before


def test_a_pronoun_keeps_to_a_person_beside_a_noun_of_unlisted_gender(analyse_text, knowledge):
    from generator.extract.anaphora import OpeningPhrase, opening_noun_phrase, resolve_pronoun
    genders = knowledge.roles.genders
    opening = opening_noun_phrase(analyse_text("Der Landesanteil beträgt 40 Millionen Euro.").sentences[0].tokens,
                                  genders)
    assert opening == OpeningPhrase("Der Landesanteil", "masculine", False)
    assert resolve_pronoun("Er knüpft die Auszahlung an eine Bedingung.", ["Anton Ortner"], opening) == (
        "Ortner knüpft die Auszahlung an eine Bedingung.")
    assert resolve_pronoun("Er gilt ab Januar.", [], opening) == "Der Landesanteil gilt ab Januar."
    # a pronoun that does not agree with the phrase stays
    assert resolve_pronoun("Sie gilt ab Januar.", [], opening) == "Sie gilt ab Januar."


def test_a_pronoun_does_not_take_the_subject_of_reported_speech(analyse_text, knowledge):
    """'Die Quote liege …' is what the speaker said: the next 'Sie forderte' is the speaker, not the quote."""
    from generator.extract.anaphora import OpeningPhrase, opening_noun_phrase
    genders = knowledge.roles.genders
    said = analyse_text("Die öffentliche Hilfsquote liege weit unter dem Ziel.").sentences[0].tokens
    assert opening_noun_phrase(said, genders) is None
    stated = analyse_text("Die öffentliche Hilfsquote liegt weit unter dem Ziel.").sentences[0].tokens
    assert opening_noun_phrase(stated, genders) == OpeningPhrase("Die öffentliche Hilfsquote", "feminine", False)
    past = analyse_text("Die Kommission sollte bis Mai berichten.").sentences[0].tokens
    assert opening_noun_phrase(past, genders) is not None


def test_an_organisation_noun_with_the_bodys_name_is_the_opening_subject(analyse_text, knowledge):
    from generator.extract.anaphora import OpeningPhrase, opening_noun_phrase
    genders = knowledge.roles.genders
    union = analyse_text("Die Gewerkschaft Syndicom hält das für ungenügend.").sentences[0].tokens
    assert opening_noun_phrase(union, genders) == OpeningPhrase("Die Gewerkschaft Syndicom", "feminine", True)
    lobby = analyse_text("Der Fahrgastverband Pro Bahn kritisiert den Plan.").sentences[0].tokens
    assert opening_noun_phrase(lobby, genders) == OpeningPhrase("Der Fahrgastverband Pro Bahn", "masculine", True)
    person = analyse_text("Die Ministerin Anna Berg sagte das.").sentences[0].tokens
    assert opening_noun_phrase(person, genders) is None  # a person: "Sie" may be her or others


def test_terms_after_an_agreement_are_outcomes(analyse_text, knowledge):
    outcome, _ = classify(analyse_text, knowledge,
        "Der Verband und die Gewerkschaft einigten sich am Freitag auf einen neuen Tarifvertrag. "
        "Die Zahl der Ausbildungsplätze wird bis 2027 verdoppelt. "
        "Das Urlaubsgeld wird ab 2027 aufgestockt. "
        "Die Zahl der Filialen wird nach Angaben von Forschern nicht bis 2030 verdoppelt.")
    assert any("Ausbildungsplätze" in t for t in outcome)
    assert any("Urlaubsgeld" in t for t in outcome)
    assert not any("Filialen" in t for t in outcome)  # negated: no term


def test_terms_need_an_agreement_before_them(analyse_text, knowledge):
    outcome, _ = classify(analyse_text, knowledge,
        "Die Zahl der Ladesäulen wird bis 2027 verdoppelt. "
        "Die Minister trafen sich am Montag in Rom.")
    assert outcome == []


def test_steps_not_yet_taken_are_open(analyse_text, knowledge):
    _, open_issues = classify(analyse_text, knowledge,
        "Rechtskräftig ist das Urteil allerdings noch nicht. "
        "Erst danach kann der Bau der Brücke beginnen. "
        "Gültig wird der Vertrag erst, wenn beide Parlamente ihn gebilligt haben.")
    assert len(open_issues) == 3, open_issues


def test_commentators_named_by_a_compound_yield_no_items(nlp, knowledge):
    brief = brief_of(nlp, knowledge,
        " date 2025-09-16 Kiel (dpa) - Die Werft und die Gewerkschaft haben sich auf einen Tarifvertrag "
        "geeinigt. Die Arbeitszeit sinkt auf 35 Stunden.\n\nBranchenexperten fordern dennoch staatliche Hilfen. "
        "Die Expertengruppen beider Seiten sollen im Mai einen Bericht vorlegen.")
    items = all_items(brief)
    assert "Hilfen" not in items  # 'Branchenexperten': commentators
    assert "Bericht" in items  # 'Expertengruppen' are no commentators


def test_date_of_an_earlier_event_in_the_pluperfect_is_not_the_report_date(analyse_text):
    finding = extract_date(analyse_text(
        " date 2025-02 Kiel (dpa) - Am Montag haben die Stadt und die Werft einen Vertrag unterzeichnet. "
        "Die Gespräche waren am 12. Februar vorerst gescheitert."))
    assert finding.value == "2025-02" and finding.precision == "month"


def test_approval_owed_by_an_outsider_stays_open(nlp, knowledge):
    brief = brief_of(nlp, knowledge,
        " date 2025-09-16 Oslo (dpa) - Norwegens Regierungschef Jonas Gahr Støre und Schwedens "
        "Ministerpräsident Ulf Kristersson haben ein Abkommen über ein gemeinsames Stromnetz unterzeichnet. "
        "Der Nordische Rat begrüßte das Abkommen. Der Nordische Rat muss dem Vertrag noch zustimmen.")
    open_texts = texts(brief.open_issues)
    assert any("noch zustimmen" in t for t in open_texts)
    assert not any("begrüßte" in t for t in texts(brief.outcome) + open_texts)


def test_bringing_a_treaty_on_its_way_is_an_outcome(analyse_text, knowledge):
    outcome, _ = classify(analyse_text, knowledge,
        "Die Kommission hat am Mittwoch das Abkommen mit den Andenstaaten auf den Weg gebracht.")
    assert len(outcome) == 1


def test_a_quoted_judgement_is_no_outcome(analyse_text, knowledge):
    outcome, _ = classify(analyse_text, knowledge,
        "Die Stadt und die Gewerkschaft haben sich am Montag auf neue Schichtpläne geeinigt. "
        "Gewerkschaftschefin Holm sagte: „Das ist ein Durchbruch für die Beschäftigten“.")
    assert any("Schichtpläne" in t for t in outcome)
    assert not any("Durchbruch" in t for t in outcome)


def test_a_decision_still_to_be_taken_is_open_but_one_taken_is_not(analyse_text, knowledge):
    outcome, open_issues = classify(analyse_text, knowledge,
        "Der Stadtrat soll den Haushalt Ende Juli beschließen. "
        "Beschlossen haben die Minister ein Programm, mit dem der Streit beigelegt werden soll.")
    assert any("Stadtrat" in t for t in open_issues)
    assert not any("Minister" in t for t in open_issues)


def test_an_outsiders_criticism_stays_open_but_its_praise_and_warning_yield_nothing(nlp, knowledge):
    brief = brief_of(nlp, knowledge,
        " date 2025-09-16 Oslo (dpa) - Norwegens Regierungschef Jonas Gahr Støre und Schwedens "
        "Ministerpräsident Ulf Kristersson haben ein Abkommen über ein gemeinsames Stromnetz unterzeichnet.\n\n"
        "Der Nordische Rat begrüßte das Abkommen. Die Umweltorganisation Grønn Fremtid kritisierte, "
        "der Vertrag lasse den Schutz der Fjorde außen vor. Der Verband Norsk Industri warnte vor höheren Preisen.")
    open_texts = texts(brief.open_issues)
    assert any("Fjorde" in t for t in open_texts), open_texts
    assert not any("begrüßte" in t or "Preisen" in t for t in texts(brief.outcome) + open_texts)


def test_legal_steps_announced_are_open_a_reserve_and_an_appeal_admitted_are_not(analyse_text, knowledge):
    outcome, open_issues = classify(analyse_text, knowledge,
        "Der Versorger prüft eine Aufhebungsklage beim Obersten Gerichtshof. "
        "Die Stadt entnimmt 20 Millionen Euro aus ihren Rücklagen. "
        "Das Gericht ließ die Rechtsbeschwerde zum Bundesgerichtshof zu. "
        "Beim Streit um die Fischereirechte gab es keine Bewegung. "
        "Ausgespart blieb die Frage der Grenzposten.")
    assert any("Aufhebungsklage" in t for t in open_issues), open_issues
    assert not any("Rücklagen" in t for t in open_issues), open_issues
    assert any("Rechtsbeschwerde" in t for t in outcome), outcome
    assert any("Bewegung" in t for t in open_issues) and any("Ausgespart" in t for t in open_issues), open_issues


def test_a_vote_is_a_result_even_where_an_outsider_leads_the_sentence(nlp, knowledge):
    brief = brief_of(nlp, knowledge, " date 2025-11 Halle (dpa) - Der Stadtrat von Halle hat am Mittwoch den Haushalt "
                     "für 2026 mit 31 zu 20 Stimmen beschlossen. Oberbürgermeister Jens Kessler sprach von einem "
                     "tragfähigen Kompromiss. Der Antrag der AfD, die Grundsteuer zu senken, scheiterte mit 9 zu 42 "
                     "Stimmen.")
    outcome = [item.text for item in brief.outcome]
    assert any("Grundsteuer" in text for text in outcome), outcome


def test_a_papers_comment_quoted_over_several_sentences_yields_no_outcome(nlp, knowledge):
    """In a press review the second and third sentence of a paper's quote are its opinion, not the
    event's result; a German quote closed with a straight mark („…") ends the quote too."""
    text = (" date 2025-07 Presseschau: Das Aus für das Autowerk\n\nDer Aufsichtsrat der Hansa Automobilwerke AG hat am "
            "Mittwoch die Schließung des Werks Wilhelmshaven beschlossen. Betroffen sind rund 3.400 Beschäftigte.\n\n"
            "Die FAZ sieht eine verspätete Einsicht: „Das Werk war seit Jahren zu klein. Die Beschäftigten zahlen nun "
            "den Preis dafür. Weitere Werksschließungen werden folgen.“\n\n„Wir haben entschieden\", sagte der "
            "Vorstand. Der Betriebsrat hat einem Sozialplan über 90 Millionen Euro zugestimmt.")
    outcome = [item.text for item in brief_of(nlp, knowledge, text).outcome]
    assert any("Schließung des Werks" in t for t in outcome), outcome
    assert any("Sozialplan" in t for t in outcome), outcome
    assert not any("Preis dafür" in t or "Werksschließungen werden folgen" in t for t in outcome), outcome


def test_a_thing_owned_by_an_outsider_is_no_outsider_speaking(nlp, knowledge):
    """'Das Haus der alten Bäckerei Moser steht zum Verkauf': the house is the subject, the bakery
    only its genitive attribute, so what is open about the house stays open."""
    brief = brief_of(nlp, knowledge,
        " date 2025-05-06 Gurnbach (APA) - Die Gemeinde Gurnbach und der Bäcker Rainer Wutte haben am Dienstag "
        "einen Vertrag über einen Bäckerbus unterzeichnet. Seit Franz Moser 2023 aufgehört hat, fehlt ein "
        "Bäcker.\n\n"
        "Das Haus der alten Bäckerei Moser steht zum Verkauf, einen Käufer gibt es bislang nicht.")
    assert "Bäckerei Moser" in [a.name for a in brief.parties + brief.mentioned]
    assert any("Haus der alten Bäckerei Moser" in t for t in texts(brief.open_issues)), texts(brief.open_issues)


def test_an_office_named_by_its_field_or_district_moves_whole_before_the_verb(analyse_text, knowledge):
    _, open_issues = classify(analyse_text, knowledge,
        "Der Gemeinderat hat den Zonenplan am Dienstag geändert. Nun muss das kantonale Amt für Gemeinden und "
        "Raumordnung die Änderung noch genehmigen. Zudem muss die Regierung von Oberfranken das Konzept noch prüfen. "
        "Außerdem muss die Kommission für Umwelt und Energie des Ständerates (UREK-S) den Vorstoss noch prüfen.")
    assert "Das kantonale Amt für Gemeinden und Raumordnung muss die Änderung noch genehmigen." in open_issues
    assert "Die Regierung von Oberfranken muss das Konzept noch prüfen." in open_issues
    assert any(item.startswith("Die Kommission für Umwelt und Energie des Ständerates (UREK-S) muss")
               for item in open_issues), open_issues
