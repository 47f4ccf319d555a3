"""General German name cues for people and organisations the actor list does not know.

Every text here is our own invented example, not a sentence of a seed or held-out report.
"""

from dataclasses import replace

import pytest
from extract_helpers import brief_of

from generator.extract.actors import gazetteer, standalone_form, standing_bodies_named

HEADER = " date 2025-06-02 Köln (dpa) - "


def names_in_brief(nlp, knowledge, report: str) -> list[str]:
    brief = brief_of(nlp, knowledge, report)
    return [a.name for a in brief.parties + brief.mentioned]


def names(nlp, knowledge, body: str) -> list[str]:
    return names_in_brief(nlp, knowledge, HEADER + body)


def test_run_of_proper_nouns_is_a_name(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Investor haben sich geeinigt. "
                  "Kritik kam von Global Witness. Blue Ocean Partners will gegen den Beschluss klagen.")
    assert "Global Witness" in found and "Blue Ocean Partners" in found


def test_a_local_business_is_named_with_its_owner_or_place(nlp, knowledge):
    found = names(nlp, knowledge, "Die Genossenschaft übernimmt die Buchhandlung Köhlert. Im Gasthof Adler "
                  "tagte der Vorstand, die Metzgerei Stadler liefert das Essen. Das Auktionshaus Tscharner "
                  "versteigert die Bilder, das Modehaus Rieder zieht aus.")
    assert {"Buchhandlung Köhlert", "Gasthof Adler", "Metzgerei Stadler", "Auktionshaus Tscharner",
            "Modehaus Rieder"} <= set(found), found
    assert not {"Köhlert", "Adler", "Stadler", "Tscharner", "Rieder"} & set(found), found


def test_a_media_group_after_its_name_ends_it(nlp, knowledge):
    found = names(nlp, knowledge, "Das Kartellamt hat die Übernahme der Lokalzeitung durch die Brenninger "
                  "Mediengruppe erlaubt. Die Donauland Mediengruppe schweigt.")
    assert {"Brenninger Mediengruppe", "Donauland Mediengruppe"} <= set(found), found


def test_proper_nouns_after_in_or_in_quotes_or_numbered_are_no_names(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Investor haben sich in Santa Cruz geeinigt. "
                  "Der Plan heißt „Green Harbor“. Der Minister flog mit der Air Force One.")
    assert not any(n in found for n in ("Santa Cruz", "Green Harbor", "Air Force One"))


def test_organisation_noun_with_plain_noun_name(nlp, knowledge):
    found = names(nlp, knowledge, "Die Reederei und die Vereinigung Bergbau haben sich geeinigt. "
                  "Der Bundesverband Schiene und Güterverkehr warnte vor Folgen.")
    assert "Vereinigung Bergbau" in found
    assert "Bundesverband Schiene und Güterverkehr" in found


def test_title_then_given_name_initial_and_surname(nlp, knowledge):
    found = names(nlp, knowledge, "Die Regierung hat den Plan gebilligt, sagte Verkehrsminister Walter P. Krause. "
                  "Staatssekretärin Henrike Grün sprach von einem Erfolg.")
    assert "Walter P. Krause" in found
    assert "Henrike Grün" in found  # a surname the tagger reads as an adjective


def test_unknown_surname_in_er_after_a_given_name(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und das Land haben sich geeinigt. "
                  "Der zuständige Landesrat Markus Tauchner sagt weitere Gespräche zu.")
    assert "Markus Tauchner" in found  # the tagger guesses a nominalised adjective for "Tauchner"


def test_a_councils_name_titles_a_councillor_only_before_a_given_name(nlp, knowledge):
    brief = brief_of(nlp, knowledge, HEADER + "Die Regierung und der Verband haben sich geeinigt. "
                     "Regierungsrat Pirmin Stadelmann (Mitte) wirbt für die Vorlage. Gemeinderat Florian Huber "
                     "stimmte zu. Der Gemeinderat Glattwil hatte die Vorlage im März gutgeheissen. "
                     "Der Stadtrat Glattwil will rasch beginnen.")
    people = {a.name: a.role for a in brief.parties + brief.mentioned}
    assert people.get("Pirmin Stadelmann") == "Regierungsrat", people
    assert people.get("Florian Huber") == "Gemeinderat", people
    assert "Glattwil" not in people and "Gemeinderat Florian Huber" not in people, people
    assert "Stadtrat Glattwil" in people and "Gemeinderat Glattwil" in people, people


def test_an_inflected_noun_after_given_name_and_surname_ends_the_name(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Bund haben sich geeinigt. Die Nordland Wohnbau GmbH prüft nach "
                  "Angaben ihres Geschäftsführers Arne Petersen Schadenersatzansprüche. Konzernchef Pieter van Leeuwen und "
                  "Claus Ruhe Madsen begrüßten die Einigung.")
    assert "Arne Petersen" in found, found
    assert "Pieter van Leeuwen" in found and "Claus Ruhe Madsen" in found, found


def test_surname_after_a_title_joins_the_full_name(nlp, knowledge):
    found = names(nlp, knowledge, "Der Konzern und der Betriebsrat haben sich geeinigt, teilte Vorstandschef "
                  "Ruben Okafor mit. Der Betriebsrat begrüßte das. Konzernchef Okafor sprach von einem Erfolg.")
    assert "Ruben Okafor" in found and "Okafor" not in found


def test_party_affiliations_are_mentioned_never_parties(nlp, knowledge):
    brief = brief_of(nlp, knowledge, HEADER + "Der Senat und die Gewerkschaft Verdi haben sich geeinigt. "
                     "Senatorin Maria Lenz (SPD) lobte den Abschluss. Die FDP-Politikerin Ina Brand kritisierte ihn. "
                     "Nationalrat Beat Keller (SVP/ZH) schwieg.")
    mentioned = [a.name for a in brief.mentioned]
    assert "SPD" in mentioned and "FDP" in mentioned, mentioned  # the report names them
    assert not {"SPD", "FDP"} & {a.name for a in brief.parties}, brief.parties
    assert "ZH" not in mentioned  # a canton's code is no party
    assert {"Maria Lenz", "Ina Brand"} <= {a.name for a in brief.parties + brief.mentioned}


def test_listed_organisation_with_a_tail_word_is_its_own_name(nlp, knowledge):
    found = names(nlp, knowledge, "Der Konzern und die Gewerkschaft Verdi haben sich geeinigt. "
                  "Für die Beschäftigten der Lufthansa Technik gilt die Einigung nicht. Die Fraport AG schweigt, die Nordkamm AG auch.")
    assert "Lufthansa Technik" in found and "Nordkamm AG" in found and "Fraport" in found  # listed: its own name


def parties(nlp, knowledge, body: str) -> list[str]:
    return [a.name for a in brief_of(nlp, knowledge, HEADER + body).parties]


def test_states_listed_after_in_den_kantonen_are_the_scene_not_parties(nlp, knowledge):
    found = parties(nlp, knowledge, "Die Pronto24 AG wird an zwölf Bahnhöfen in den Kantonen St. Gallen, Thurgau "
                    "und Tessin Läden betreiben. Den Vertrag mit den SBB hat sie am Dienstag unterzeichnet.")
    assert "Pronto24 AG" in found and not {"Thurgau", "Tessin", "St. Gallen"} & set(found), found


def test_organisations_that_open_a_signing_sentence_after_the_teaser_are_parties(nlp, knowledge):
    text = (" date 2025-09 Neue Busse für das Mühlviertel\n\nLand, Bahn und Gemeindebund haben sich geeinigt. Ob auch Flixbus "
            "mitmacht, ist offen.\n\nLINZ/FREISTADT. Wer im Mühlviertel einen Bus sucht, wartet bisher lange. "
            "Das Land Oberösterreich, die Westbahn GmbH und der OÖ Gemeindebund haben gestern eine Vereinbarung "
            "unterzeichnet. Der Gemeindebund stellt die Haltestellen.")
    brief = brief_of(nlp, knowledge, text)
    found = [a.name for a in brief.parties]
    assert {"Land Oberösterreich", "Westbahn GmbH", "OÖ Gemeindebund"} <= set(found)
    assert "Flixbus" not in found  # asked about ("ob auch Flixbus mitmacht"), no side
    named = found + [a.name for a in brief.mentioned]
    assert not {"OÖ", "Gemeindebund", "FREISTADT", "LINZ"} & set(named)


def test_state_in_a_genitive_after_a_prepositional_noun_is_no_party(nlp, knowledge):
    found = parties(nlp, knowledge, "Kenia und Somalia haben unter Vermittlung der Türkei ein Grenzabkommen "
                    "unterzeichnet. Die Grenze soll im Herbst geöffnet werden.")
    assert found == ["Kenia", "Somalia"]


def test_joint_name_is_dropped_where_its_members_are_named(nlp, knowledge):
    found = names(nlp, knowledge, "CDU, CSU und SPD haben sich auf ein Rentenpaket geeinigt. "
                  "Die Union setzte eine Haltelinie durch.")
    assert "CDU/CSU" not in found and "CDU" in found
    alone = names(nlp, knowledge, "Union und SPD haben sich auf ein Rentenpaket geeinigt.")
    assert "CDU/CSU" in alone


def test_particle_names_and_code_names(nlp, knowledge):
    found = names(nlp, knowledge, "Der Übergangspräsident Ahmed al-Rahimi und die Miliz M44 haben eine "
                  "Waffenruhe vereinbart.")
    assert "Ahmed al-Rahimi" in found and "M44" in found


def test_unlisted_proper_noun_as_subject_is_named_but_not_a_place(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. Auch Solvaro erklärte, "
                  "man sei zufrieden. Kestrel und Nordmark gewannen an der Börse. In Tarvis blieb es ruhig. "
                  "Tarvis bleibt ein Zentrum der Region.")
    assert "Solvaro" in found and "Kestrel" in found and "Nordmark" in found
    assert "Tarvis" not in found  # also written after 'in': a place


def test_times_and_adverbs_are_no_names_and_a_weekday_after_a_given_name_is_a_surname(nlp, knowledge):
    found = names(nlp, knowledge, "Land und Gemeinden haben sich geeinigt. Beide hatten bereits Anfang Juli "
                  "Eckpunkte vorgelegt. Wir trafen Staatssekretär Albrecht Wendel Mitte Oktober 2025 in Bonn. "
                  "Beim Digitalpaket hakt es noch. Der Abgeordnete Jonas Freitag wirft der Regierung Eile vor.")
    assert "Albrecht Wendel" in found and "Jonas Freitag" in found
    assert not any(n.startswith(("Juli", "Digitalpaket", "Jonas")) and n != "Jonas Freitag" for n in found)
    assert not any("Mitte" in n for n in found)
    opening = names(nlp, knowledge, "Lange haben Stadt und Verein verhandelt, nun haben sie sich geeinigt.")
    assert "Lange" not in opening


def test_surname_as_subject_joins_the_full_name(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt, teilte Bürgermeisterin "
                  "Ilka Varnholt mit. Varnholt sagte, das sei ein guter Tag.")
    assert "Ilka Varnholt" in found and "Varnholt" not in found


def test_apostrophe_names_and_regions(nlp, knowledge):
    found = names(nlp, knowledge, "Die Regierung und die Reedereien haben sich geeinigt. Die Coastal Traders' "
                  "Alliance sprach von einem Erfolg. Europa bleibt skeptisch.")
    assert "Coastal Traders' Alliance" in found
    assert "Europa" not in found


def test_foreign_letters_mark_names_and_compounds_of_listed_names_are_none(nlp, knowledge):
    found = names(nlp, knowledge, "Die Minister haben sich auf eine Erklärung verständigt, sagte Gastgeberin "
                  "Hélène Marchetti. Die Kosten des Deutschlandtickets blieben offen.")
    assert "Hélène Marchetti" in found
    assert not any("Deutschlandticket" in n for n in found)


def test_speaker_of_a_trailing_attribution_is_no_party(nlp, knowledge):
    found = parties(nlp, knowledge, "Kenia und Somalia haben ein Grenzabkommen unterzeichnet, sagte der "
                    "Sprecher des Außenministeriums, Peter Odhiambo.")
    assert "Peter Odhiambo" not in found and found == ["Kenia", "Somalia"]
    partner = parties(nlp, knowledge, "Der Präsident Kenias hat eine Waffenruhe angeordnet, wie das Präsidialamt "
                      "nach einem Telefonat mit US-Präsident Donald Trump mitteilte.")
    assert "Donald Trump" in partner  # inside the attribution, but the partner of the call


def test_long_forms_before_a_short_form_are_read_whole_and_their_parts_are_the_same_actor(nlp, knowledge):
    found = names(nlp, knowledge, "Der Kreis und die Kassenärztliche Vereinigung Thüringen (KVT) haben sich "
                  "geeinigt. Das Sächsische Landesamt für Geobasisinformation (SLG) liefert die Karten, das "
                  "Sächsische Landesamt für Denkmalpflege prüft noch. Die Daten des Landesamts für "
                  "Geobasisinformation sind frei.")
    assert "Kassenärztliche Vereinigung Thüringen (KVT)" in found
    assert "Sächsisches Landesamt für Geobasisinformation (SLG)" in found
    assert "Sächsisches Landesamt für Denkmalpflege" in found
    assert not {"Kassenärztliche Vereinigung", "Thüringen", "Landesamt für Geobasisinformation",
                "Sächsisches Landesamt"} & set(found)


def test_a_title_a_list_and_a_document_before_a_short_form(nlp, knowledge):
    found = names(nlp, knowledge, "Der Kanton und die Gemeinden haben sich geeinigt, sagte Regierungsrätin "
                  "Mirjam Keller, Vorsteherin des Departements für Bildung und Kultur (DBK). Der Regierungsrat "
                  "änderte die Verordnung über Fernmeldedienste (FDV) und eine Änderung des "
                  "Strafgesetzbuches (StGB) bleibt offen.")
    assert "Mirjam Keller" in found and "Departement für Bildung und Kultur (DBK)" in found
    assert not any("FDV" in n or "StGB" in n or "Vorsteherin" in n for n in found)


def test_listed_organisation_with_its_first_word_in_the_genitive(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. Auch der Präsident des "
                  "Bundesverbands der Deutschen Industrie äußerte sich.")
    assert "BDI" in found and "Deutsche Industrie" not in found


def test_acronym_in_parentheses_names_the_long_form_and_its_later_uses(nlp, knowledge):
    found = parties(nlp, knowledge, "Der Verband der Fährbetriebe (VdF) und die Gewerkschaft Seeleute-Union (SLU) "
                    "haben sich geeinigt. Die SLU verlangt dennoch Nachbesserungen.")
    assert found == ["Verband der Fährbetriebe (VdF)", "Gewerkschaft Seeleute-Union (SLU)"]
    everyone = names(nlp, knowledge, "Die Stadt und die Gewerkschaft Seeleute-Union (SLU) haben sich geeinigt. "
                     "Die SLU verlangt dennoch Nachbesserungen.")
    assert "SLU" not in everyone
    # a short form written small, whose letters the long form holds in order
    found = names(nlp, knowledge, "Der Deutsche Juristinnenbund (djb) fordert eine Klarstellung. Auch der "
                  "Verband Forschender Arzneimittelhersteller (vfa) ist dafür. In Bern (sda) ist man skeptisch.")
    assert found[:2] == ["Deutscher Juristinnenbund (djb)", "Verband Forschender Arzneimittelhersteller (vfa)"], found
    assert "Deutschland" not in found, found


def test_names_given_as_examples_after_wie_are_named_but_no_parties(nlp, knowledge):
    brief = brief_of(nlp, knowledge, HEADER + "Die Gewerkschaft Verdi und der Handelsverband "
                     "haben sich für Ketten wie Lidora, Brot Palast und Nordbäck geeinigt. "
                     "Themen wie Ladenöffnung blieben offen.")
    mentioned = [a.name for a in brief.mentioned]
    assert {"Lidora", "Brot Palast", "Nordbäck"} <= set(mentioned)
    assert "Ladenöffnung" not in mentioned
    assert not {"Lidora", "Brot Palast", "Nordbäck"} & {a.name for a in brief.parties}


def test_double_given_name_and_organisation_joined_to_a_person(nlp, knowledge):
    found = parties(nlp, knowledge, "Grönlands Regierungschef Jens-Frederik Sørby und die Partei Siumut haben "
                    "eine Koalition vereinbart.")
    assert found == ["Jens-Frederik Sørby", "Siumut"]
    genitive = parties(nlp, knowledge, "US-Präsident Donald Trump und Chinas Staatschef Xi Jinping haben telefoniert.")
    assert genitive == ["Donald Trump", "Xi Jinping"]


def test_title_compound_before_an_acronym_is_an_affiliation_and_genitive_heads(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. Das UN-Kinderhilfswerk UNICEF "
                  "begrüßte das. Auch der Vorsitz des Staatenbundes Mercosur äußerte sich.")
    assert "Unicef" in found and "Vereinte Nationen" not in found
    assert "Mercosur" in found


def test_listed_name_after_a_capitalised_adjective_is_another_body(nlp, knowledge):
    found = names(nlp, knowledge, "Die Regierung und die Armee haben sich geeinigt. Der ghanaische Nationale "
                  "Sicherheitsrat bestätigte das. Der Sicherheitsrat in New York tagte.")
    assert found.count("UN-Sicherheitsrat") == 1  # only the second: the first is Ghana's own council


def test_owner_after_von_is_named_unless_a_place(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. Die Aktien von Solvaro legten zu. "
                  "Der Bürgermeister von Tarvis sprach. In Tarvis blieb es ruhig.")
    assert "Solvaro" in found and "Tarvis" not in found


def test_dateline_pieces_and_a_scene_setting_opening_are_not_the_lead(nlp, knowledge):
    found = parties(nlp, knowledge,
        "abc. OSLO, 5. November. Es war ein langer Abend in der Hauptstadt, und er endete "
        "versöhnlicher als erwartet. Die norwegische Ministerpräsidentin Anna Lindqvist und der finnische "
        "Präsident Mikko Harju haben sich am Mittwoch auf einen gemeinsamen Stromfonds verständigt.")
    assert set(found) == {"Anna Lindqvist", "Mikko Harju"}


def test_people_announcing_an_agreement_together_are_its_parties(nlp, knowledge):
    found = parties(nlp, knowledge,
        "Die Beschäftigten der Werften bekommen mehr Geld. Die Werften und die Gewerkschaft haben sich auf "
        "einen Tarifvertrag geeinigt. Das teilten Werftenverbandschef Ole Brandt und Gewerkschaftschefin Maren Holm am "
        "Mittwoch gemeinsam mit. Die Löhne steigen um vier Prozent.")
    assert {"Ole Brandt", "Maren Holm"} <= set(found)


def test_organisations_named_by_a_genitive_or_their_place(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. Der Bund der Steuerzahler "
                  "kritisierte das. Das Verwaltungsgericht Regensburg muss noch entscheiden. Der Präsident des "
                  "Deutschen Fischereiverbands, Uwe Lenz, warnte.")
    assert "Bund der Steuerzahler" in found
    assert "Verwaltungsgericht Regensburg" in found
    assert "Deutscher Fischereiverband" in found
    # the members named in both genders, and the Land after them
    found = names(nlp, knowledge, "Die Vorsitzende des Fachverbands der Standesbeamtinnen und Standesbeamten "
                  "Niedersachsen, Petra Lorenz, lobte das.")
    assert "Fachverband der Standesbeamtinnen und Standesbeamten Niedersachsen" in found, found
    # two kinds of members, joined; a person's role after "und" begins the next phrase
    found = names(nlp, knowledge, "Der Verband der Gärtnereien und Baumschulen Niederösterreich stimmte zu. Der "
                  "Verband der Landwirte und Bürgermeister Franz Huber lehnten ab.")
    assert "Verband der Gärtnereien und Baumschulen Niederösterreich" in found, found
    assert "Verband der Landwirte" in found and "Franz Huber" in found, found
    # three trades listed, one the tagger takes for a surname; a person listed after a body is no trade
    found = names(nlp, knowledge, "Die Landesinnung der Dachdecker, Glaser und Spengler Tirol stimmte zu. Der Bund "
                  "der Steuerzahler, Anna Huber und Max Weber lehnten ab.")
    assert "Landesinnung der Dachdecker, Glaser und Spengler Tirol" in found, found
    assert "Bund der Steuerzahler" in found and "Anna Huber" in found, found
    # a place's adjective before the members; the office of a Land's government is a name of its own
    found = names(nlp, knowledge, "Das Land und der Verband der Mostviertler Edelbrenner einigten sich. Das Amt der "
                  "Tiroler Landesregierung prüft.")
    assert "Verband der Mostviertler Edelbrenner" in found and "Amt der Tiroler Landesregierung" in found, found


def test_a_list_of_things_after_wie_names_no_one(nlp, knowledge):
    found = names(nlp, knowledge, "Die Regierung und die Länder haben sich geeinigt. Maßnahmen wie Lockdowns, "
                  "Fahrverbote oder Ausgangssperren bleiben Sache der Länder.")
    assert not {"Lockdowns", "Fahrverbote", "Ausgangssperren"} & set(found)


def test_person_whose_given_name_the_tagger_reads_as_a_common_noun(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. Sozialministerin Hanne Brockel "
                  "lobte das. Der Sprecher der Mieter, Abdulkader al-Hamdi, sprach von einem Anfang. "
                  "Detlev Wesselhöft, Sprecher der Anwohner, blieb skeptisch. "
                  "Kämmerer Ole Pfeiffer (SPD) und Stadt-Chef Ralf Brune unterschrieben.")
    assert {"Hanne Brockel", "Abdulkader al-Hamdi", "Detlev Wesselhöft", "Ole Pfeiffer", "Ralf Brune"} <= set(found)
    assert "Stadt-Chef Ralf" not in found


def test_public_body_named_by_a_common_noun_where_it_acts(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. Der Landeselternausschuss "
                  "begrüßte das. Zuvor war der Plan durch das Verfassungsgericht gestoppt worden. "
                  "Die Sitzung fand in der Bürgerschaft statt. Das Ministerium schwieg.")
    assert {"Landeselternausschuss", "Verfassungsgericht"} <= set(found)
    assert "Bürgerschaft" not in found and "Ministerium" not in found
    found = names(nlp, knowledge, "Das Museum muss das Bild zurückgeben. Der Kunstrückgabebeirat hat das am "
                  "Mittwoch empfohlen. Das Protestkomitee erteilte die Lizenz.")
    assert {"Kunstrückgabebeirat", "Protestkomitee"} <= set(found), found


def test_a_parliament_is_named_wherever_it_stands_but_as_the_scene(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. Der Plan muss dem Landtag "
                  "vorgelegt werden. Die Zustimmung des Nationalrats gilt als sicher. Die Sitzung fand in der "
                  "Bürgerschaft statt. Das Gericht hörte den Senat nicht an.")
    assert {"Landtag", "Nationalrat"} <= set(found), found
    assert "Bürgerschaft" not in found and "Senat" not in found
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. Der Sächsische Landtag "
                  "debattierte. Der Plan muss dem Landtag noch vorgelegt werden.")
    assert "Sächsischer Landtag" in found and "Landtag" not in found  # the name the report gives it


def test_a_long_name_with_an_adjective_or_a_list_before_its_short_form(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. Das Landesdepartement für "
                  "auswärtige Beziehungen (LAB) bestätigte das. Auch das Landesdepartement für Bau, Umwelt und Energie "
                  "(LBUE) schwieg. Die Minister billigten ein Importverbot für russisches Flüssiggas (LNG).")
    assert {"Landesdepartement für auswärtige Beziehungen (LAB)",
            "Landesdepartement für Bau, Umwelt und Energie (LBUE)"} <= set(found), found
    assert not any("LNG" in name for name in found)  # liquefied gas, no organisation
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. Ein Sprecher des Landesamtes "
                  "für Verkehr (LAV) sagte, man prüfe das. Die Vertreter des Bundes Deutscher Imker (BDIM) lehnten ab.")
    assert {"Landesamt für Verkehr (LAV)", "Bund Deutscher Imker (BDIM)"} <= set(found), found  # nominative


def test_platforms_are_named_and_a_compound_cut_short_is_no_name(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. Meta trainiert seine Modelle mit "
                  "Beiträgen von Facebook- und Instagram-Nutzern. Die Gruppe chattete über Telegram.")
    assert {"Facebook", "Instagram", "Telegram"} <= set(found), found
    assert "Facebook-" not in found


def test_a_given_name_the_lexicon_does_not_know_after_a_title(nlp, knowledge):
    found = names(nlp, knowledge, "Die Übung ist zu Ende gegangen. Verteidigungsministerin Klaudia Tanner (ÖVP) "
                  "nutzte ihren Besuch. Kommissionssprecher Pirmin Zwyssig (Mitte/UR) sprach von einer Frage.")
    assert {"Klaudia Tanner", "Pirmin Zwyssig"} <= set(found), found
    assert "UR" not in found  # the canton after the party label


def test_an_organisation_named_by_an_adjective_and_noun_in_the_genitive(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. Der Landesverband der Hessischen "
                  "Hebammen begrüßte das. Die Synode der Evangelischen Kirche in Deutschland (EKD) schwieg.")
    assert "Landesverband der Hessischen Hebammen" in found, found
    assert "Synode der Evangelischen Kirche" not in found  # a longer name, whole


def test_swiss_members_of_parliament_lawyers_and_a_surname_that_is_a_role(nlp, knowledge):
    found = names(nlp, knowledge, "Die Kammer hat beschlossen. SP-Ständerätin Flavia Caduff (SP/GR) sagte, das Volk "
                  "entscheide. Das sei gut, sagte Verbandsjuristin Johanna Weiß. Ressortchef Jens Richter (CDU) "
                  "forderte eine Härtefallregel.")
    assert {"Flavia Caduff", "Johanna Weiß", "Jens Richter"} <= set(found), found
    assert "Jens" not in found


def test_the_federal_cabinet_acts(nlp, knowledge):
    brief = brief_of(nlp, knowledge, " date 2025-09 BERLIN (dpa) - Das Bundeskabinett billigte am Mittwoch einen "
                     "Gesetzentwurf zur Aufsicht über künstliche Intelligenz.")
    assert "Bundeskabinett" in [a.name for a in brief.parties], brief.parties


def test_the_commission_in_a_report_on_the_eu(nlp, knowledge):
    found = names(nlp, knowledge, "Die EU-Innenminister haben sich auf eine Linie geeinigt. Verhandlungen mit "
                  "Parlament und Kommission beginnen im Januar.")
    assert "Europäische Kommission" in found, found
    found = names(nlp, knowledge, "Die EU-Staaten haben sich geeinigt. Die Wehrdienstkommission tagte. "
                  "Die Kommission empfiehlt acht Monate.")
    assert "Europäische Kommission" not in found, found  # another commission is named


def test_a_cantons_grand_council_takes_no_town_from_the_dateline(nlp, knowledge):
    brief = brief_of(nlp, knowledge, " date 2025-06-02 Chur (sda) – Die Regierung und die Gemeinden haben sich "
                     "geeinigt. Das Gesetz wurde vom Grossen Rat mit 80 zu 30 Stimmen gebilligt.")
    found = [a.name for a in brief.parties + brief.mentioned]
    assert "Grosser Rat" in found and "Grosser Rat Chur" not in found, found


def test_an_institution_with_its_town_in_the_genitive(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt hat beschlossen. Nach zwei Tagen hat die Strafkammer des Landgerichts "
                  "Hildesheim ihr Urteil gesprochen. Die Richter des Verwaltungsgerichtes Halle lehnten ab.")
    assert {"Landgericht Hildesheim", "Verwaltungsgericht Halle"} <= set(found), found
    assert "Hildesheim" not in found


def test_libraries_archives_and_police_directorates_with_their_place(nlp, knowledge):
    found = names(nlp, knowledge, "Der Präsident der Bundespolizeidirektion Koblenz, Markus Brendel, sprach mit der "
                  "Stadtbücherei Wolfsberg. Die Büchereizentrale Niedersachsen in Lüneburg wird verankert. Das "
                  "Stadtarchiv Köln und die Polizeiinspektion Konstanz haben den Vertrag unterzeichnet.")
    assert {"Bundespolizeidirektion Koblenz", "Stadtbücherei Wolfsberg", "Büchereizentrale Niedersachsen",
            "Stadtarchiv Köln", "Polizeiinspektion Konstanz"} <= set(found), found


def test_offices_with_their_place_and_a_board_members_title(nlp, knowledge):
    found = names(nlp, knowledge, "Die Gemeinde hat beschlossen. Das Komitee will beim Regierungsstatthalteramt "
                  "Emmental Beschwerde einreichen. Das Landeskriminalamt Sachsen-Anhalt ermittelt. "
                  "VSEG-Vorstandsmitglied Beatrice Studer fordert eine Regelung. Laut Stadtamt Mehrkosten von "
                  "96 Euro. Die Blutspendezentrale des Österreichischen Roten Kreuzes warnt.")
    assert {"Regierungsstatthalteramt Emmental", "Landeskriminalamt Sachsen-Anhalt", "Beatrice Studer",
            "Österreichisches Rotes Kreuz"} <= set(found), found
    assert not {"Emmental", "VSEG-Vorstandsmitglied Beatrice Studer", "Stadtamt Mehrkosten",
                "Internationales Komitee vom Roten Kreuz"} & set(found), found


def test_a_companys_kind_before_its_registered_name_is_no_part_of_it(nlp, knowledge):
    found = names(nlp, knowledge, "Der Verwaltungsgerichtshof hat die Revision des Fahrtenvermittlers Rydo Mobility "
                  "GmbH abgewiesen. Ein Kontrolleur der Firma Ordnungsdienst Jura AG öffnete den Sack. Die Casinos "
                  "Austria AG schweigt.")
    assert {"Rydo Mobility GmbH", "Ordnungsdienst Jura AG", "Casinos Austria AG"} <= set(found), found
    assert not {"Fahrtenvermittlers Rydo Mobility GmbH", "Jura AG", "Austria AG"} & set(found), found


def test_a_society_named_by_adjective_and_what_it_is_for(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt hat beschlossen. Thomas Brandl von der Österreichischen Gesellschaft "
                  "für Immundefekte warnt. Primar Georg Haslinger leitet die Abteilung.")
    assert {"Österreichische Gesellschaft für Immundefekte", "Georg Haslinger"} <= set(found), found
    assert not {"Österreichische Gesellschaft", "Primar Georg"} & set(found), found


def test_municipalities_named_together_act_each(nlp, knowledge):
    found = names(nlp, knowledge, "Der Verband hat beschlossen. Die Gemeinden Aarburg und Olten haben angekündigt, "
                  "nicht mitzumachen. Die Verwaltungen in den Landkreisen Gießen, Lahn-Dill und Vogelsberg arbeiten "
                  "eingeschränkt.")
    assert {"Gemeinde Aarburg", "Gemeinde Olten"} <= set(found), found
    assert not {"Landkreis Gießen", "Landkreis Lahn-Dill", "Landkreis Vogelsberg"} & set(found), found
    # a town's prefix stays with its name
    found = names(nlp, knowledge, "Die Verbandsgemeinden Hachenburg, Bad Marienberg und Westerburg haben am Montag "
                  "die Fusion beschlossen.")
    assert {"Verbandsgemeinde Hachenburg", "Verbandsgemeinde Bad Marienberg",
            "Verbandsgemeinde Westerburg"} <= set(found), found
    assert "Verbandsgemeinde Bad" not in found, found


def test_hospitals_with_their_place_in_any_case(nlp, knowledge):
    found = names(nlp, knowledge, "Die Gemeindeversammlung stimmte der Fusion des Regionalspitals Talwil mit dem "
                  "Spital Oberau zu. Die Direktorin des Kantonsspitals Aarau war da. Das Krankenhaus Bergheide "
                  "schliesst. Präsident Urs Kälin sagt, in einer Zeit, in der dem Spital Pflegepersonal fehle, "
                  "sende man ein falsches Signal.")
    assert {"Regionalspital Talwil", "Spital Oberau", "Kantonsspital Aarau", "Krankenhaus Bergheide"} <= set(found), found
    assert not {"Regionalspitals Talwil", "Aarau", "Spital Pflegepersonal"} & set(found), found


def test_local_clubs_and_shelters_with_their_place(nlp, knowledge):
    found = names(nlp, knowledge, "Die Gemeinde hat beschlossen. Der Tierschutzverein Nordhagen klagt, das Tierheim "
                  "Wiesengrund ist voll. Der Gewerbeverein Biebrich begrüßt das. Die IG behält sich Einsprachen "
                  "vor. Der Verein Changing Cities protestiert.")
    assert {"Tierschutzverein Nordhagen", "Tierheim Wiesengrund", "Gewerbeverein Biebrich"} <= set(found), found
    assert not {"IG", "Nordhagen", "Verein Changing"} & set(found), found
    # rings of clubs and youth groups and a town's marketing office, the genitive too
    found = names(nlp, knowledge, "Lukas Brandl, Vorsitzender des Stadtjugendrings Neuburgried, spricht. Der "
                  "Vereinsring Wettenrod protestiert. Bewerbungen gehen an das Stadtmarketing Traunsdorf.")
    assert {"Stadtjugendring Neuburgried", "Vereinsring Wettenrod", "Stadtmarketing Traunsdorf"} <= set(found), found
    # a club's or an initiative's name of a word and the town the report names, or an inflected adjective and a name
    found = names(nlp, knowledge, "In Uferlingen wird gestritten. Der Verein Stadttauben Uferlingen übernimmt. "
                  "Die Bürgerinitiative Lebenswertes Laimtal klagt.")
    assert {"Verein Stadttauben Uferlingen", "Bürgerinitiative Lebenswertes Laimtal"} <= set(found), found
    # an association's noun, a place's adjective and a plural noun; not a company's legal tail
    found = names(nlp, knowledge, "Die Vereinigung Oberwiesner Vereine sieht das anders. Der Verband Luzerner "
                  "Gemeinden ist dagegen. Die Beteiligungsgesellschaft Rainer Holding zahlt.")
    assert {"Vereinigung Oberwiesner Vereine", "Verband Luzerner Gemeinden"} <= set(found), found
    assert "Oberwiesner" not in found and "Beteiligungsgesellschaft Rainer Holding" not in found, found


def test_a_bare_council_takes_the_one_municipality_the_report_names(nlp, knowledge):
    brief = brief_of(nlp, knowledge, " date 2025-11 Aarwil sagt Nein\n\nDie Stadt Aarwil baut keine Markthalle. Der "
                     "Stadtrat werde bis Ende Februar einen neuen Vorschlag vorlegen. Der Kantonsrat hatte Geld "
                     "zugesagt.")
    found = [a.name for a in brief.parties + brief.mentioned]
    assert "Stadtrat Aarwil" in found and "Stadtrat" not in found, found
    assert "Kantonsrat Aarwil" not in found, found


def test_an_adjective_the_tagger_reads_as_a_noun_opens_an_associations_name(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt hat beschlossen. Der Steirische Schaustellerverband will bleiben. Kritik "
                  "kommt vom Steiermärkischen Gemeindebund und vom Schweizerischen Israelitischen Gemeindebund (SIG).")
    assert {"Steirischer Schaustellerverband", "Steiermärkischer Gemeindebund",
            "Schweizerischer Israelitischer Gemeindebund (SIG)"} <= set(found), found


def test_a_registered_name_keeps_its_adjective_in_the_names_own_form(nlp, knowledge):
    found = names(nlp, knowledge, "Der Aufsichtsrat der Deutschen Messe AG hat beschlossen. Die Mitteldeutsche "
                  "Flughafen AG und die Stadt haben sich geeinigt.")
    assert {"Deutsche Messe AG", "Mitteldeutsche Flughafen AG"} <= set(found), found


def test_a_swiss_chambers_committee_by_its_short_form(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. In der Sicherheitspolitischen "
                  "Kommission des Nationalrats (SiK-N) wurde die Forderung laut. Die Verkehrs- und "
                  "Fernmeldekommission des Ständerates (KVF-S) lehnt ab.")
    assert {"Sicherheitspolitische Kommission des Nationalrats (SiK-N)",
            "Verkehrs- und Fernmeldekommission des Ständerates (KVF-S)"} <= set(found), found
    assert "KVF" not in found


def test_a_long_name_after_a_dative_or_genitive_article_in_its_own_form(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. Der Spruch des Senats am "
                  "Internationalen Schiedsgericht der Wirtschaftskammer Österreich (VIAC) ist endgültig. Die "
                  "Vorsitzende des Sächsischen Lehrerverbands (SLV), Ines Brückner, unterschrieb. Geld kommt "
                  "vom Deutschen Zentrum für Seefahrt (DZS).")
    assert {"Internationales Schiedsgericht der Wirtschaftskammer Österreich (VIAC)",
            "Sächsischer Lehrerverband (SLV)", "Deutsches Zentrum für Seefahrt (DZS)"} <= set(found), found


def test_a_name_goes_on_past_a_slash_or_with_its_number(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. Die Flughafen Köln/Bonn GmbH lehnt "
                  "ab. Die Umweltschutzorganisation Global 2000 begrüßt das, in Wien hat die MA 48 nach eigenen "
                  "Angaben weniger gesammelt. Die Gesellschaft bestellt beim Hersteller Stadler 31 elektrische "
                  "Triebzüge. Und St. Pölten hat sich nicht bewegt.")
    assert {"Flughafen Köln/Bonn GmbH", "Global 2000", "MA 48", "Stadler"} <= set(found), found
    assert not {"Bonn GmbH", "Pölten", "Stadler 31"} & set(found), found


def test_a_local_council_takes_the_town_that_leads_the_headline(nlp, knowledge):
    text = (" date 2025-10 Emmen: Einwohnerrat sagt knapp Ja zur Steuererhöhung\n\nDer Einwohnerrat hat das "
            "Budget am Dienstag gutgeheissen. Der Gemeinderat rechnet mit einem Defizit.")
    found = names_in_brief(nlp, knowledge, text)
    assert {"Einwohnerrat Emmen", "Gemeinderat Emmen"} <= set(found), found
    rubric = names_in_brief(nlp, knowledge, text.replace("Emmen:", "Kommentar:"))
    assert "Gemeinderat Kommentar" not in rubric and "Gemeinderat" in rubric, rubric


def test_a_bare_council_takes_the_town_a_subline_names_after_it(nlp, knowledge):
    """'Sondersitzung des Gemeinderats der Stadtgemeinde Rabenfeld': the town is certain, though
    the lexicon reads 'Rabenfeld' as a common noun and no sentence says 'in Rabenfeld'."""
    text = (" date 2025-01 Stadtsaal geht an die Tanzschule\n\nDonnerstag, 16. Jänner 2025 - Sondersitzung des "
            "Gemeinderats der Stadtgemeinde Rabenfeld\n\n22.07 Uhr\nDer Gemeinderat hat die Verpachtung beschlossen.")
    found = names_in_brief(nlp, knowledge, text)
    assert "Gemeinderat Rabenfeld" in found and "Gemeinderat" not in found, found


def test_a_bare_council_takes_the_town_whose_adjective_the_headline_gives(nlp, knowledge):
    text = (" date 2025-11 Traunfelder Gemeinderat beschließt Sanierungspaket\n\nDer Gemeinderat hat das Paket mit "
            "29 von 37 Stimmen angenommen. Traunfeld investiert 3,1 Millionen Euro.")
    assert "Gemeinderat Traunfeld" in names_in_brief(nlp, knowledge, text)
    # a town's name with its saint, spelt as the text spells it
    text = (" date 2025-06 St. Galler Kantonsrat: Kanton zahlt an die Schülertransporte\n\nDas ändert sich im Kanton "
            "St. Gallen: Der Kantonsrat hat einen Nachtrag gutgeheissen.")
    assert "Kantonsrat St. Gallen" in names_in_brief(nlp, knowledge, text)
    # an inflected adjective is no town's, nor is an adjective whose town the text does not name
    text = (" date 2025-11 Grosser Stadtrat sagt Ja\n\nDer Stadtrat hat das Reglement beschlossen. Die Grosse Mehrheit "
            "stimmte zu.")
    assert "Stadtrat Grosse" not in names_in_brief(nlp, knowledge, text)
    text = (" date 2025-11 Traunfelder Gemeinderat beschließt Paket\n\nDer Gemeinderat hat das Paket angenommen.")
    assert "Gemeinderat" in names_in_brief(nlp, knowledge, text)
    # a rare adjective the lemmatiser reads as a plural, an umlaut the town lacks, a town's river
    text = (" date 2025-09 Liveticker\n\nDer Ortheimer Stadtrat entscheidet heute, wer das Netz in Ortheim betreibt. "
            "Der Wernstädter Gemeinderat tagt in Wernstadt. Der Rabensteiner Gemeinderat lud nach Rabenstein an der "
            "Mur ein.")
    found = names_in_brief(nlp, knowledge, text)
    assert {"Stadtrat Ortheim", "Gemeinderat Wernstadt", "Gemeinderat Rabenstein an der Mur"} <= set(found), found


def test_a_feminine_council_after_the_verb_acts_and_takes_the_town_its_clause_opens_with(nlp, knowledge):
    text = (" date 2025-11 Bürgerrat zum Ehrenamt\n\nModeration: In Schnepfach im Bregenzerwald hat die "
            "Gemeindevertretung am Donnerstag über die Empfehlungen abgestimmt. Drei davon hat die Gemeindevertretung "
            "einstimmig beschlossen.")
    assert "Gemeindevertretung Schnepfach" in names_in_brief(nlp, knowledge, text)
    # after a lone demonstrative, which is the object
    text = " date 2025-11 Ehrenamt\n\nEs gibt einen Bürgerrat. Das hat die Gemeindevertretung am Donnerstag beschlossen."
    assert "Gemeindevertretung" in names_in_brief(nlp, knowledge, text)
    # after a subject that opens the clause, the council is its object and names no actor
    text = (" date 2025-11 Streit im Rathaus\n\nDer Bürgermeister kritisiert die Gemeindevertretung scharf. "
            "Die Sitzung dauerte drei Stunden.")
    assert not any("Gemeindevertretung" in name for name in names_in_brief(nlp, knowledge, text))


def test_a_bodys_long_name_its_party_labels_and_a_social_insurance(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. Die Kommission für soziale Sicherheit "
                  "und Gesundheit des Ständerats (SGK-S) hatte die Mehrwertsteuer ins Spiel gebracht, sagte Urs "
                  "Gmür (Mitte, LU). Die 13. AHV-Rente kommt.")
    assert "Kommission für soziale Sicherheit und Gesundheit des Ständerats (SGK-S)" in found, found
    assert not {"LU", "AHV", "Sicherheit und Gesundheit des Ständerats (SGK-S)"} & set(found), found


def test_a_listed_organisations_branch_in_a_state(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. Greenpeace Schweiz bemängelte das. "
                  "Die Wirtschaftskammer Steiermark schwieg. Zudem warf die Nato Russland Sabotage vor.")
    assert {"Greenpeace Schweiz", "Wirtschaftskammer Steiermark"} <= set(found), found
    assert not any(name.startswith("NATO ") for name in found)  # the state is the object, no branch


def test_a_ministry_named_with_its_lands_short_form(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. Das NRW-Wirtschaftsministerium "
                  "in Düsseldorf bestätigte den Eingang des Antrags.")
    assert "NRW-Wirtschaftsministerium" in found, found


def test_names_listed_after_a_plural_organisation_noun(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und die Baukonzerne Strabag, Züblin und Porr haben sich "
                  "geeinigt. Die Verbraucherzentrale Sachsen und das Amtsgericht Neumünster prüfen den Vertrag.")
    assert {"Strabag", "Züblin", "Porr", "Verbraucherzentrale Sachsen", "Amtsgericht Neumünster"} <= set(found)


def test_long_forms_across_a_link_word_and_an_english_common_noun(nlp, knowledge):
    found = names(nlp, knowledge, "Die Synode der Evangelischen Kirche in Deutschland (EKD) und die "
                  "paramilitärischen Rapid Support Forces (RSF) haben sich geeinigt.")
    assert "Synode der Evangelischen Kirche in Deutschland (EKD)" in found, found
    assert "Rapid Support Forces (RSF)" in found, found


def test_a_long_form_keeps_a_lowercase_adjective_its_short_form_spells(nlp, knowledge):
    found = names(nlp, knowledge, "Der Verband öffentlicher Verkehr (VöV) und die Tarifgemeinschaft deutscher "
                  "Länder (TdL) haben sich geeinigt. Auch der Verband kommunaler Unternehmen (VKU) stimmte zu.")
    assert {"Verband öffentlicher Verkehr (VöV)", "Tarifgemeinschaft deutscher Länder (TdL)",
            "Verband kommunaler Unternehmen (VKU)"} <= set(found), found


def test_a_roman_numeral_after_a_place_or_in_a_file_number_is_no_name(nlp, knowledge):
    found = names(nlp, knowledge, "Die Wahl im Wahlkreis Gera II muss wiederholt werden. Der Bundesfinanzhof "
                  "(Az. VII R 14/24) legte die Frage vor.")
    assert found == ["Bundesfinanzhof"], found


def test_a_groups_own_name_follows_its_noun_alone(nlp, knowledge):
    found = names(nlp, knowledge, "Die Firma und das Land haben sich geeinigt. Hinter dem Angriff steht die "
                  "Ransomware-Gruppe „Play“. Früher traf es die Stadt, damals bekannte sich die Gruppe Black Basta. "
                  "Eine Gruppe Jugendlicher randalierte.")
    assert {"Play", "Black Basta"} <= set(found), found
    assert not any("Jugendlicher" in name or "Gruppe" in name for name in found), found


def test_a_local_list_is_named_with_its_noun_up_to_a_name(nlp, knowledge):
    found = names(nlp, knowledge, "Der Gemeinderat hat den Umbau beschlossen. Dagegen stimmte die Bürgerliste "
                  "Lindenhain, ebenso die Fraktion der Liste Lebenswertes Lauterbrück. Auf der Liste stehen "
                  "fünf Namen.")
    assert {"Bürgerliste Lindenhain", "Liste Lebenswertes Lauterbrück"} <= set(found), found
    assert not any(name.startswith("Liste ") and "Lauterbrück" not in name for name in found), found


def test_a_local_lists_name_may_hold_a_word_capitalised_only_in_names_or_fuer_and_its_place(nlp, knowledge):
    found = names(nlp, knowledge, "Der Gemeinderat hat den Umbau beschlossen. Dagegen stimmten die Liste Hainsbach Neu "
                  "und die Liste Wir für Oberkirchen. Die Liste Gemeinsam für Hinterwald enthielt sich. Er legte "
                  "die Liste für Kandidaten vor.")
    assert {"Liste Hainsbach Neu", "Liste Wir für Oberkirchen", "Liste Gemeinsam für Hinterwald"} <= set(found), found
    assert not any(name.startswith("Liste ") and name.endswith(("Kandidaten", "Gemeinsam")) for name in found), found


def test_a_local_list_named_only_as_someones_side_is_mentioned_not_a_party(nlp, knowledge):
    brief = brief_of(nlp, knowledge, HEADER + "Bürgermeisterin Andrea Seiwald (Liste Zukunft Hallbrunn) hat den "
                     "Vertrag unterschrieben. Die Liste Offenes Pöllenstein lehnt ihn ab.")
    assert "Liste Zukunft Hallbrunn" in [a.name for a in brief.mentioned], brief.mentioned
    assert "Liste Offenes Pöllenstein" in [a.name for a in brief.parties], brief.parties


def test_a_group_for_a_town_the_report_names_keeps_it(nlp, knowledge):
    found = names(nlp, knowledge, "Der Stadtrat hat den Vertrag für das Theater in Dornwalde gebilligt. Der Antrag "
                  "der Fraktion Bürger für Dornwalde ist abgelehnt.")
    assert "Fraktion Bürger für Dornwalde" in found, found


def test_an_interest_group_by_its_short_form_with_an_adjective_and_a_name(nlp, knowledge):
    found = names(nlp, knowledge, "Der Gemeinderat hat den Umbau beschlossen. Die IG Ruhiges Ebnetwil verlangt eine "
                  "Umfahrung, Heinz Oertli von der IG Gesunde Gemeindefinanzen ist dagegen.")
    assert {"IG Ruhiges Ebnetwil", "IG Gesunde Gemeindefinanzen"} <= set(found), found
    assert "Ebnetwil" not in found, found


def test_the_swiss_centre_party_is_named_but_not_a_time_a_place_or_a_leaning(nlp, knowledge):
    found = names(nlp, knowledge, "Bern (sda) – Der Nationalrat hat die Vorlage für 30 Millionen Franken angenommen. "
                  "Dafür stimmten SP, Grüne, GLP und Mitte, dagegen die SVP. Die Mitte hat den Ausschlag gegeben.")
    assert "Die Mitte" in found, found
    absent = names(nlp, knowledge, "Bern (sda) – Der Nationalrat hat die Vorlage für 30 Millionen Franken angenommen. "
                   "Bis Mitte 2026 soll die "
                   "SVP einen Bericht vorlegen, Mitte Dezember tagt die GLP. Die Mitte-links-Fraktionen stimmten "
                   "dagegen. Ein Park mit einem Loch in der Mitte, das will niemand.")
    assert "Die Mitte" not in absent and {"SVP", "GLP"} <= set(absent), absent


def test_a_party_by_its_acronym_is_named_after_von_der_at_the_sentences_end(nlp, knowledge):
    """The guard for "in der Mitte," is for a party named by a common word; before, "von der AfD."
    and "von der AfD, der größten Fraktion" named no one (the full stop also stuck to "AfD")."""
    found = names(nlp, knowledge, "Der Landtag hat den Haushalt beschlossen. Scharfe Kritik kam von der AfD, "
                  "der größten Oppositionsfraktion. Lob kam von der SPD. Ein Antrag kam von der FDP.")
    assert {"AfD", "SPD", "FDP"} <= set(found), found
    found = names(nlp, knowledge, "Der Landtag hat den Haushalt beschlossen. Kritik kam allein von der AfD.")
    assert "AfD" in found, found


def test_a_quoted_club_name_may_end_in_its_registered_form(nlp, knowledge):
    found = names(nlp, knowledge, "Die Behörde hat die Erlaubnis entzogen. Betroffen ist der Verein „Grüne "
                  "Deisterwiese e.V.“ aus Wennigsbrück.")
    assert "Verein „Grüne Deisterwiese e.V.“" in found, found
    assert "Grüne" not in found, found


def test_quoted_initiatives_platforms_and_adjective_bodies(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. Die Bürgerinitiative „Grüne Aue“ "
                  "kündigte Widerstand an. Der Vereinschef schrieb im Onlinedienst X, man sei zufrieden. "
                  "Nun muss der Hessische Landtag zustimmen. Der Waadtländer Fischereiverband warnte. "
                  "Die Brüsseler Behörde schwieg.")
    assert {"Bürgerinitiative „Grüne Aue“", "X", "Hessischer Landtag", "Waadtländer Fischereiverband"} <= set(found), found
    assert "Brüsseler Behörde" not in found
    # in Swiss quotes a citizens' group too, after an association's noun in the genitive or without its
    # own ending, and after a place's adjective
    found = names(nlp, knowledge, "Die Bürgerinitiative «Unser Ehrenmal» lehnt ab. Das Protestcamp des Bündnisses "
                  "„Klimagerechtigkeit jetzt“ darf stattfinden. Das Kollektiv «Dorfplatz für alle» sammelt "
                  "Unterschriften. Die Feier, die bisher der Verein „Gedenken Lindgraben“ organisiert hat, wird "
                  "offiziell. Die Stadt gibt den Auftrag an das Grazer Künstlerkollektiv „Farbwerk“.")
    assert {"Bürgerinitiative «Unser Ehrenmal»", "Bündnis „Klimagerechtigkeit jetzt“", "Kollektiv «Dorfplatz für alle»",
            "Verein „Gedenken Lindgraben“", "Künstlerkollektiv „Farbwerk“"} <= set(found), found
    found = names(nlp, knowledge, "Die Aktivisten des Auwaldbündnisses Obere Mur geben nicht auf.")
    assert "Auwaldbündnis Obere Mur" in found, found
    # in straight quotes too, a number in the name; a Volksinitiative is a proposal put to the vote
    found = names(nlp, knowledge, 'Das Bündnis "Bahnhofsviertel solidarisch" kritisierte die Stadt. Das Komitee '
                  '«Stimmrecht mit 16» hat die Unterschriften eingereicht. Der Landtag lehnte die Volksinitiative '
                  '„Wählen ab 16“ ab.')
    assert {'Bündnis "Bahnhofsviertel solidarisch"', "Komitee «Stimmrecht mit 16»"} <= set(found), found
    assert "Volksinitiative „Wählen ab 16“" not in found, found
    # an interest group ("IG") names itself with the words after it; a short form ends no compound
    found = names(nlp, knowledge, "Die IG Chalmatt wehrt sich gegen den Steinbruch. Die Stadt lässt ein "
                  "zehnminütiges Höhenfeuerwerk zünden. Die Sachverständige Annette Wiegand, Verwaltungsrechtlerin an "
                  "der Universität Münster, hält das für machbar.")
    assert "IG Chalmatt" in found and not {"Höhenfeuerwerk", "Verwaltungsrechtlerin"} & set(found), found


def test_a_body_of_a_listed_organisation_and_a_genitive_name_with_its_land(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. Der Haushaltsausschuss des "
                  "Bundestags muss die Mittel freigeben. Kritik kam vom Bund der Steuerzahler Sachsen.")
    assert {"Haushaltsausschuss des Bundestags", "Bund der Steuerzahler Sachsen"} <= set(found), found
    # the ministry of the interior ("des Innern", which the tagger reads as an adjective's noun) with its fields
    found = names(nlp, knowledge, "Das Brandenburger Ministerium des Innern und für Kommunales hat einen "
                  "Beauftragten eingesetzt. Das Hessische Ministerium des Innern, für Sicherheit und Heimatschutz "
                  "zahlt.")
    assert {"Ministerium des Innern und für Kommunales",
            "Hessisches Ministerium des Innern, für Sicherheit und Heimatschutz"} <= set(found), found
    # and the other departments a Land's ministry names in the genitive
    found = names(nlp, knowledge, "Die Sparkassen haben fusioniert. Die Aufsicht beim Hessischen Ministerium der "
                  "Finanzen muss zustimmen. Das Ministerium der Justiz prüft den Fall.")
    assert {"Hessisches Ministerium der Finanzen", "Ministerium der Justiz"} <= set(found), found
    # with the parliament's adjective, which the tagger reads as a noun ("der Deutschen")
    found = names(nlp, knowledge, "Der Petitionsausschuss des Deutschen Bundestages hat ein Gutachten bestellt.")
    assert "Petitionsausschuss des Deutschen Bundestages" in found, found


def test_a_long_form_keeps_a_common_noun_that_is_no_description(nlp, knowledge):
    found = names(nlp, knowledge, "Die Arbeitgebervereinigung Sozialwirtschaft Österreich (SWÖ) und die "
                  "Gewerkschaft haben sich geeinigt.")
    assert "Sozialwirtschaft Österreich (SWÖ)" in found, found


def test_a_run_may_start_with_the_first_word_of_a_listed_name_that_does_not_match(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. Pro Natura und "
                  "Pro Asyl kritisierten das.")
    assert {"Pro Natura", "Pro Asyl"} <= set(found), found


def test_every_place_of_a_list_after_in_is_a_place(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. Gespräche gab es in Emden, "
                  "Meppen und Lingen. Auch Emden erklärte, zufrieden zu sein.")
    assert "Emden" not in found, found


def test_long_forms_start_at_the_short_forms_letter_and_keep_a_courts_town(nlp, knowledge):
    found = names(nlp, knowledge, "Der Gasimporteur Securing Energy for Europe (SEFE) und das Land haben sich "
                  "geeinigt. Das Oberlandesgericht (OLG) Celle genehmigte den Vergleich.")
    assert "Securing Energy for Europe (SEFE)" in found, found
    assert "Oberlandesgericht Celle (OLG)" in found, found


def test_a_short_form_after_a_documents_name_is_no_organisation(nlp, knowledge):
    found = names(nlp, knowledge, "Die Airline und der Pilotenverband Aeropers haben einen neuen "
                  "Gesamtarbeitsvertrag (GAV) ausgehandelt. Der GAV gilt bis 2028.")
    assert not any("GAV" in n for n in found), found


def test_companies_by_legal_form_or_after_a_describing_noun(nlp, knowledge):
    found = names(nlp, knowledge, "Die Almtal Energie AG und die Kestrow Anlagenbau GmbH haben sich geeinigt. "
                  "Die Aufsicht rügte die Privatbank Hubli & Cie wegen Mängeln. Verkauft wird an den Finanzinvestor Norvik Capital. "
                  "Geliefert wird vom niederländischen Generikahersteller Pharvalon. Die Übernahme durch den "
                  "Mannheimer Baustoffkonzern Kallweit ist genehmigt.")
    assert {"Almtal Energie AG", "Kestrow Anlagenbau GmbH", "Hubli & Cie", "Norvik Capital", "Pharvalon",
            "Kallweit"} <= set(found), found
    assert "Mannheimer Baustoffkonzern" not in found


def test_a_swiss_federal_councillor_is_a_person_not_the_chamber(nlp, knowledge):
    found = names(nlp, knowledge, "Die Minister trafen sich auf Einladung von Bundesrat Ignazio Cassis in Genf. "
                  "Der Bundesrat in Berlin stimmte dem Gesetz zu.")
    assert "Ignazio Cassis" in found and "Bundesrat" in found, found


def test_a_registered_company_named_by_its_first_word_later_is_one_actor(nlp, knowledge):
    found = names(nlp, knowledge, "Die Almtal Energie AG und die Kestrow Anlagenbau GmbH haben sich geeinigt. "
                  "Auch Kestrow erklärte, der Vergleich sei fair.")
    assert "Kestrow Anlagenbau GmbH" in found and "Kestrow" not in found, found


def test_compound_nouns_and_names_ending_a_prepositional_phrase_are_no_organisations(nlp, knowledge):
    found = names(nlp, knowledge, "Die Firmen haben sich geeinigt. Der Zusammenschluss darf erst vollzogen werden. "
                  "Nach dem Streit um die Turbinen im Kraftwerk Gerlostal haben sich beide Seiten geeinigt.")
    assert "Zusammenschluss" not in found and "Gerlostal" not in found, found


def test_listed_names_after_a_describing_noun_genitive_heads_and_titled_unknown_people(nlp, knowledge):
    brief = brief_of(nlp, knowledge, HEADER + "Die Stadt und der Verband haben sich geeinigt. Kritik kam vom "
                     "Fahrgastverband Pro Bahn. Peking stoppte die Ausfuhr von Chips des Herstellers Nexperia. "
                     "Das sagte Wiebke Judith, rechtspolitische Sprecherin des Verbands.")
    found = {a.name: a for a in brief.parties + brief.mentioned}
    assert "Pro Bahn" in found and "Pro" not in found, list(found)
    assert "Nexperia" in found, list(found)
    assert found["Wiebke Judith"].role == "Sprecherin", found.get("Wiebke Judith")


def test_a_title_opening_an_apposition_is_the_role_and_the_next_in_a_list_is_not(nlp, knowledge):
    brief = brief_of(nlp, knowledge, HEADER + "Die Stadt und der Verein haben sich geeinigt. Unterzeichnet haben "
                     "Bürgermeister Falk Reinsberg, die Geschäftsführerin des Sozialwerks Oberlausitz, Kerstin "
                     "Lohse, und drei Vertreter der Anwohner. Die Präsidentin des Pensionistenverbandes "
                     "Österreichs (PVÖ), Herta Wimmer, und der Obmann des Seniorenbundes, Franz Lechner, "
                     "kritisierten das. Wimmer forderte mehr Geld.")
    found = {a.name: a for a in brief.parties + brief.mentioned}
    assert found["Kerstin Lohse"].role == "Geschäftsführerin", found.get("Kerstin Lohse")
    assert found["Herta Wimmer"].role == "Präsidentin", found.get("Herta Wimmer")
    assert found["Franz Lechner"].role == "Obmann", found.get("Franz Lechner")
    assert "Wimmer" not in found, list(found)


def test_pronouns_and_nouns_after_a_possessive_or_an_adjective_are_no_names_and_state_forests_are(nlp, knowledge):
    found = names(nlp, knowledge, "Die Gemeinde hat den Vertrag beschlossen. «Mir ist eine Lösung wichtig», sagte "
                  "der Präsident. Unsere Förster haben wochenlang aufgeräumt. Der jährliche Erbbauzins beträgt "
                  "einen Euro. Am 3. Mai haben die Niedersächsischen Landesforsten eine Vereinbarung unterzeichnet.")
    assert not {"Mir", "Förster", "Erbbauzins"} & set(found), found
    assert "Niedersächsische Landesforsten" in found, found


def test_associations_named_pro_and_what_they_stand_for(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt hat den Plan beschlossen. Kritik kam von der Vereinigung Pro Altstadt "
                  "Tannwald, in der 90 Geschäfte sind, und von der Interessengemeinschaft Pro Kirchenglocken. Auch "
                  "die Organisation Pro Schweiz und Pro Natura Graubünden protestierten. Pro Jahr fehlen 20 "
                  "Millionen.")
    for name in ("Pro Altstadt Tannwald", "Interessengemeinschaft Pro Kirchenglocken", "Pro Schweiz",
                 "Pro Natura Graubünden"):
        assert name in found, (name, found)
    assert not any(name in ("Pro", "Pro Jahr", "Altstadt Tannwald") for name in found), found


def test_a_group_named_pro_keeps_its_own_noun_and_ends_before_a_common_noun(nlp, knowledge):
    found = names(nlp, knowledge, "Die Gemeindeversammlung hat den Verkauf beschlossen. Vor der Halle verteilt die IG "
                  "Pro Gummen Flugblätter mit dem Slogan. Der Präsident des Vereins Pro Sunnehalde tritt zurück.")
    assert {"IG Pro Gummen", "Verein Pro Sunnehalde"} <= set(found), found
    assert not any("Flugblätter" in name for name in found), found


def test_a_club_section_is_named_with_its_head(nlp, knowledge):
    found = names(nlp, knowledge, "Die Delegierten haben den Beitrag beschlossen. Die Sektion Schwarzhorn prüft ein "
                  "Referendum, der Antrag der Sektion Hohgant fiel durch. Auch die Sektion Surses des Bündner "
                  "Kantonalen Patentjäger-Verbands (BKPJV) hatte dagegen geworben.")
    assert "Sektion Schwarzhorn" in found and "Sektion Hohgant" in found, found
    assert any(name.startswith("Sektion Surses des") for name in found), found


def test_a_council_title_before_a_town_the_report_names_is_the_council(nlp, knowledge):
    found = names(nlp, knowledge, "Der Stadtrat Tannwald hat heute entschieden, das WLAN abzuschalten. In Tannwald "
                  "surfen immer weniger Leute gratis. Das Jugendparlament Tannwald und der Einwohnerrat Tannwald "
                  "protestieren. Stadtrat Müller verteidigt den Entscheid.")
    for name in ("Stadtrat Tannwald", "Jugendparlament Tannwald", "Einwohnerrat Tannwald"):
        assert name in found, (name, found)
    assert "Tannwald" not in found and "Müller" in found, found  # a councillor stays a person
    found = names(nlp, knowledge, "Sie reichte beim Bezirksrat Hinwil eine Beschwerde gegen die Reise in die "
                  "Partnerstadt Vila Serrana ein. Die Partnergemeinde Castel Ardena hat zugestimmt.")
    assert "Bezirksrat Hinwil" in found, found
    assert not any("Serrana" in name or "Castel" in name or "Ardena" in name for name in found), found  # places


def test_councils_with_their_place(nlp, knowledge):
    found = names(nlp, knowledge, "Der Rat der Stadt Düsseldorf hat den Plan beschlossen. Der Kreistag des "
                  "Landkreises Mainbach-Rott stimmte zu. Der Grazer Gemeinderat beschloss das Budget.")
    assert {"Rat der Stadt Düsseldorf", "Kreistag Mainbach-Rott", "Grazer Gemeinderat"} <= set(found), found
    # the genitive names the same council
    found = names(nlp, knowledge, "Die Sondersitzung des Rates der Stadt Kellersbach dauerte bis in die Nacht.")
    assert "Rat der Stadt Kellersbach" in found, found
    # an adjective may stand before the locality
    found = names(nlp, knowledge, "Der Gemeinderat der oberösterreichischen Stadt Hallbruck hat das Verbot beschlossen.")
    assert "Gemeinderat Hallbruck" in found and "Stadt Hallbruck" not in found, found
    # a town the lemmatiser reads as an unknown noun's old dative ("Dornwalde" as "Dornwald")
    found = names(nlp, knowledge, "Der Stadtrat von Dornwalde hat den Vertrag gebilligt.")
    assert "Stadtrat Dornwalde" in found, found
    # a town's prefix is part of its name
    found = names(nlp, knowledge, "Der Rat der Stadt Bad Kressenau hat das beschlossen. Der Gemeinderat der Stadt "
                  "Bad Ischl stimmte zu.")
    assert {"Rat der Stadt Bad Kressenau", "Gemeinderat der Stadt Bad Ischl"} <= set(found), found
    # and a capitalised one in the title of the locality's status
    found = names(nlp, knowledge, "Der Gemeinderat der Großen Kreisstadt Marienfels hat das Denkmal beschlossen.")
    assert "Gemeinderat Marienfels" in found and "Gemeinderat" not in found, found
    # councils of other names, with the town of the dateline
    for council in ("Gemeindevertretung", "Stadtvertretung", "Ortschaftsrat", "Stadtsenat"):
        brief = brief_of(nlp, knowledge, f" date 2025-11 Fusion\n\nLINDENHAIN. Die {council} stimmte am Mittwochabend "
                         "mit 17 zu 14 Stimmen für den Vertrag.")
        assert [a.name for a in brief.parties] == [f"{council} Lindenhain"], (council, brief.parties)


def test_a_district_council_takes_the_one_district_a_report_names(nlp, knowledge):
    text = ("Görlitz. Der Kreistag hat am Montag beschlossen, eine Beratungsstelle mitzufinanzieren. Wer im "
            "Landkreis Görlitz Rat sucht, muss nicht mehr nach Dresden fahren.")
    found = names(nlp, knowledge, text)
    assert "Kreistag Görlitz" in found and "Kreistag" not in found, found
    two = names(nlp, knowledge, text + " Der Landkreis Bautzen wartet ab.")
    assert "Kreistag" in two and "Kreistag Görlitz" not in two, two  # two districts: whose is not said
    found = names(nlp, knowledge, "Plauen. Die Fusion ist beschlossen. Der Greizer Kreistag will in Greiz erst im "
                  "September entscheiden.")
    assert "Kreistag Greiz" in found, found


def test_a_land_or_canton_body_takes_the_one_region_a_report_names(nlp, knowledge):
    text = ("Potsdam (dpa) - Der Landtag hat am Mittwoch das Gesetz beschlossen. Die Kommunen in "
            "Brandenburg sollen mehr Geld bekommen.")
    found = names(nlp, knowledge, text)
    assert "Landtag Brandenburg" in found and "Landtag" not in found, found
    two = names(nlp, knowledge, text + " In Sachsen gilt das schon.")
    assert "Landtag" in two and "Landtag Brandenburg" not in two, two  # two Länder: whose is not said
    found = names(nlp, knowledge, "Der Regierungsrat hat den Kredit gestern bewilligt. Im Kanton Luzern war er "
                  "umstritten.")
    assert "Regierungsrat Luzern" in found, found
    # so does a Land's police directorate, a body where it acts
    found = names(nlp, knowledge, "Erfurt (dpa) - Die Landespolizeidirektion hat am Montag Verfahren gegen zwei "
                  "Beamte eingeleitet. Der Landtag in Thüringen berät darüber.")
    assert "Landespolizeidirektion Thüringen" in found, found
    # a government named alone takes the region an organisation's name gives, or the body's own
    # name with the region's adjective where the report has it
    found = names(nlp, knowledge, "Die Landesregierung hat das Paket beschlossen. Das Landeskriminalamt Vorarlberg "
                  "ermittelt.")
    assert "Landesregierung Vorarlberg" in found, found
    found = names(nlp, knowledge, "Die Vorarlberger Landesregierung hat das Paket beschlossen. Die Landesregierung "
                  "hat es gestern vorgestellt. Auch Kärnten prüft das.")
    assert "Vorarlberger Landesregierung" in found and "Landesregierung Kärnten" not in found, found
    # an alias names the region ("Städtetag NRW"); a word that only opens a region's name is no
    # adjective of it ("Rheinische Post": not Rheinland-Pfalz, "Schwäbische Zeitung": not Schwyz)
    found = names(nlp, knowledge, "Die Landesregierung hat den Erlass beschlossen. Der Städtetag NRW verlangt Geld, "
                  "schreibt die Rheinische Post.")
    assert "Landesregierung Nordrhein-Westfalen" in found, found
    found = names(nlp, knowledge, "Die Landesregierung hat das Jagdgesetz beschlossen. Für Jäger in Baden-Württemberg "
                  "ändert sich viel, schreibt die Schwäbische Zeitung.")
    assert "Landesregierung Baden-Württemberg" in found, found


def test_a_field_with_the_sector_it_lies_in_is_part_of_the_name(nlp, knowledge):
    found = names(nlp, knowledge, "Das Bundesamt für Sicherheit im Gesundheitswesen (BASG) hat ein Exportverbot "
                  "verhängt. Über jedes Vorhaben soll eine neue Kommission für Forschungssicherheit im Einzelfall "
                  "entscheiden.")
    assert "Bundesamt für Sicherheit im Gesundheitswesen (BASG)" in found, found
    assert "Kommission für Forschungssicherheit" in found, found  # "im Einzelfall" says how it decides


def test_a_commission_or_council_for_a_field_is_named(nlp, knowledge):
    found = names(nlp, knowledge, "Das Museum gibt das Bild zurück. Die Kommission für Provenienzforschung prüft "
                  "noch 14 Objekte, die Kommission für Verkehr und Umwelt tagt im Mai.")
    assert {"Kommission für Provenienzforschung", "Kommission für Verkehr und Umwelt"} <= set(found), found
    # a region's or nation's adjective in small letters after "der"; not where it describes a town or
    # what someone runs
    found = names(nlp, knowledge, "Die Plattform der steirischen Sozialmärkte kritisiert das. Der Gemeinderat der "
                  "obersteirischen Stadtgemeinde stimmte zu. Die Betreiber des österreichischen Pfandsystems jubeln.")
    assert "Plattform der steirischen Sozialmärkte" in found, found
    assert not [n for n in found if "Stadtgemeinde" in n or "Pfandsystems" in n], found
    # the field with its adjective in small letters; not a quantifier ("für andere Werke")
    found = names(nlp, knowledge, "Der Rat für deutsche Rechtschreibung hatte das bekräftigt. Das Presswerk soll als "
                  "Zulieferer für andere Werke bestehen bleiben.")
    assert "Rat für deutsche Rechtschreibung" in found, found
    assert not [n for n in found if "Werke" in n], found


def test_von_after_a_surname_says_where_someone_is_from(nlp, knowledge):
    found = names(nlp, knowledge, "Die Organisationen sind skeptisch. Thomas Brändli von Public Eye kritisierte "
                  "das Abkommen. Auch Ursula von der Leyen äußerte sich.")
    assert "Thomas Brändli" in found and "Ursula von der Leyen" in found, found


def test_a_name_opening_with_a_compound_cut_short_is_named_whole(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt hat den Haushalt beschlossen. Kritik kam von der Industrie- und "
                  "Handelskammer Kassel-Marburg. Das teilten Innen- und Finanzministerium mit.")
    assert "Industrie- und Handelskammer Kassel-Marburg" in found, found
    assert "Innen- und Finanzministerium" not in found, found  # two ministries, not one name


def test_a_partys_group_is_the_party(nlp, knowledge):
    found = names(nlp, knowledge, "Der Kreistag hat die Beratungsstelle beschlossen. Die AfD-Fraktion stimmte "
                  "dagegen, die Grünen-Fraktion enthielt sich.")
    assert {"AfD", "Grüne"} <= set(found) and not any(name.endswith("Fraktion") for name in found), found
    found = names(nlp, knowledge, "Der Stadtrat hat die Pacht beschlossen. Die Fraktion der Freien Wähler stimmte dagegen.")
    assert "Freie Wähler" in found and not any(name.startswith("Fraktion") for name in found), found


def test_two_given_names_before_one_surname_are_two_people(nlp, knowledge):
    found = names(nlp, knowledge, "Das Bild geht an die Erben des Sammlerehepaares Leopold und Hermine Kohn zurück.")
    assert {"Leopold Kohn", "Hermine Kohn"} <= set(found), found
    found = names(nlp, knowledge, "Das Bild gehörte Leopold und Hermine Kohn Verlag.")
    assert "Leopold Kohn" not in found, found  # a name goes on after the surname: not a couple


def test_museums_and_theatres_with_their_place_but_not_a_state_in_the_genitive(nlp, knowledge):
    found = names(nlp, knowledge, "Das Gemälde stammt aus den Beständen der Österreichischen Galerie Belvedere. "
                  "Fix ist, dass die Neue Galerie Graz saniert wird; auch das Kunsthaus Graz und das Theater Erfurt "
                  "sparen. Sie übernimmt das zweitgrößte Museum Österreichs.")
    assert {"Österreichische Galerie Belvedere", "Neue Galerie Graz", "Kunsthaus Graz", "Theater Erfurt"} <= set(found), found
    assert not any("Österreichs" in name for name in found), found
    found = names(nlp, knowledge, "Die Theatergenossenschaft Basel begrüsst den Entscheid.")
    assert "Theatergenossenschaft Basel" in found and "Basel" not in found, found


def test_airports_dioceses_towns_and_municipalities_with_their_place(nlp, knowledge):
    found = names(nlp, knowledge, "Der Flughafen Stuttgart und die Fluggesellschaft Eurowings haben sich geeinigt. "
                  "Das Bistum Osnabrück, die Stadt Zug und die Gemeinde Erl unterzeichneten.")
    assert {"Flughafen Stuttgart", "Eurowings", "Bistum Osnabrück", "Stadt Zug", "Gemeinde Erl"} <= set(found), found


def test_a_subsidiary_after_its_owner_is_the_actor(nlp, knowledge):
    brief = brief_of(nlp, knowledge, HEADER + "Der Flughafen Köln und die Lufthansa-Tochter Eurowings haben sich "
                     "geeinigt. Die Gebühren sinken.")
    assert [p.name for p in brief.parties] == ["Flughafen Köln", "Eurowings"], brief.parties
    assert "Lufthansa" in [m.name for m in brief.mentioned]


def test_ministries_wherever_they_act_and_the_governments_of_lands_and_cantons(nlp, knowledge):
    found = names(nlp, knowledge, "Das Land Berlin und der Kanton Zug haben unterzeichnet. Die Gewerkschaft will "
                  "beim Bundesarbeitsministerium die Allgemeinverbindlichkeit beantragen. Die Feier fand im "
                  "Wissenschaftsministerium statt.")
    assert {"Land Berlin", "Kanton Zug", "Bundesarbeitsministerium"} <= set(found), found
    assert "Wissenschaftsministerium" not in found  # only the scene
    # a canton's or Land's offices, by their compound or the fields they are for
    found = names(nlp, knowledge, "Die Gemeinde und der Kanton einigten sich. Das Justiz- und Sicherheitsdepartement "
                  "wies die Beschwerde ab. Die Bildungsdirektion prüft. Die Dienststelle Landwirtschaft und Wald "
                  "genehmigte den Plan, die Direktion für Inneres und Justiz auch. Die Feier fand im Finanzdepartement "
                  "statt.")
    assert {"Justiz- und Sicherheitsdepartement", "Bildungsdirektion", "Dienststelle Landwirtschaft und Wald",
            "Direktion für Inneres und Justiz"} <= set(found), found
    assert "Finanzdepartement" not in found, found  # only the scene
    # a Freistaat is its government as any Land is, named where it is only mentioned too
    brief = brief_of(nlp, knowledge, HEADER + "Die Stadt und der Investor einigten sich. Unklar ist die Rolle des "
                     "Freistaats Bayern. Auch der Freistaat Sachsen zahlt nichts.")
    assert {"Freistaat Bayern", "Freistaat Sachsen"} <= {a.name for a in brief.parties + brief.mentioned}, brief


def test_a_court_named_by_its_kind_where_it_decides_or_a_case_goes_to_it(nlp, knowledge):
    found = names(nlp, knowledge, "Das Verwaltungsgericht hat die Klage abgewiesen. Die Verbände prüfen eine Klage "
                  "vor dem Staatsgerichtshof. Der Fall liegt nun beim Kantonsgericht. Das Hauptgericht kostet zwölf "
                  "Euro. Um 11 Uhr beginnt am Amtsgericht der Versteigerungstermin.")
    assert {"Verwaltungsgericht", "Staatsgerichtshof", "Kantonsgericht"} <= set(found), found
    assert not any(name.startswith(("Hauptgericht", "Amtsgericht")) for name in found), found
    # the court of that kind the report names with its place
    found = names(nlp, knowledge, "So geht das nicht, hat das Verwaltungsgericht des Kantons Solothurn entschieden. "
                  "Das Verwaltungsgericht hebt die Busse deshalb auf.")
    assert found.count("Verwaltungsgericht des Kantons Solothurn") == 1 and "Verwaltungsgericht" not in found, found


def test_given_names_of_germany_austria_and_switzerland(nlp, knowledge):
    found = names(nlp, knowledge, "Erika Sutter, Betreiberin des Campingplatzes, unterstützt das Reglement. "
                  "Hansruedi Perren warnte vor den Folgen. Seraina Bundi enthielt sich.")
    assert {"Erika Sutter", "Hansruedi Perren", "Seraina Bundi"} <= set(found), found


def test_towns_named_after_a_saint(nlp, knowledge):
    found = names(nlp, knowledge, "Die Gemeinde St. Leonhard im Kalkgraben hat beschlossen. Die Gemeinde Sankt "
                  "Florian stimmte zu. Das Amt für Kultur des Kantons St. Gallen kürzt die Beiträge. Der FC St. Pauli "
                  "stimmte dagegen.")
    assert {"Gemeinde St. Leonhard im Kalkgraben", "Gemeinde Sankt Florian", "Amt für Kultur des Kantons St. Gallen",
            "FC St. Pauli"} <= set(found), found


def test_a_partys_local_branch_by_the_town_the_report_is_from(nlp, knowledge):
    found = names(nlp, knowledge, "In Wilerbach hat die Gemeindeversammlung den Kredit genehmigt. Urs Keller, "
                  "Präsident der SVP Wilerbach, prüft das Referendum. Die FDP Wilerbach unterstützt das Projekt.")
    assert {"SVP Wilerbach", "FDP Wilerbach"} <= set(found), found
    # a word the report does not name as a town is no branch's place
    found = names(nlp, knowledge, "Die Gemeindeversammlung hat den Kredit genehmigt. Die SVP Senioren sind dagegen.")
    assert "SVP Senioren" not in found, found
    # a town named as the place of its council ("der Gemeinderat von …"), also before its canton's letters
    found = names(nlp, knowledge, "Die Gemeindeversammlung von Oberwilen BE hat den Kredit genehmigt. Einen Antrag "
                  "der SVP Oberwilen lehnte sie ab. Der Gemeinderat von Dachsenbühl will nun auch bauen, die SVP "
                  "Dachsenbühl ist dagegen.")
    assert {"SVP Oberwilen", "SVP Dachsenbühl"} <= set(found) and "SVP" not in found, found


def test_a_towns_office_where_it_acts_with_the_town_and_a_truncated_compound_is_no_name(nlp, knowledge):
    found = names_in_brief(nlp, knowledge, " date 2025-03 Traunfeld (APA) - Der Gemeinderat von Traunfeld hat die "
                           "Verordnung beschlossen. Das Stadtamt muss dazu einen Bericht vorlegen.")
    assert "Stadtamt Traunfeld" in found, found
    found = names(nlp, knowledge, "Viele Beschwerden waren beim Rechtsamt der Bau- und Verkehrsdirektion hängig.")
    assert not any(name.endswith("-") for name in found), found


def test_schools_with_their_place_an_executive_council_and_a_welfare_organisation(nlp, knowledge):
    found = names(nlp, knowledge, "Erste Kontakte gab es, als die Mittelschule Rabenstein mitmachte. Der "
                  "Gemeindevorstand wies die Berufung der Anrainer ab. Neben der Caritas war die Volkshilfe beteiligt.")
    assert {"Mittelschule Rabenstein", "Volkshilfe"} <= set(found), found
    assert any(name.startswith("Gemeindevorstand") for name in found), found


def test_a_body_after_its_verb_and_before_an_accusative_is_the_subject(nlp, knowledge):
    found = names(nlp, knowledge, "Außerdem fordert die Clubkommission einen städtischen Schallschutzfonds.")
    assert "Clubkommission" in found, found
    found = names(nlp, knowledge, "Der Bürgermeister kritisiert die Gemeindevertretung scharf.")
    assert not any("Gemeindevertretung" in name for name in found), found  # the object


def test_lands_and_cantons_in_the_genitive_are_their_governments(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt braucht eine Konzession des Kantons Thurgau. Der Entscheid des Kantons "
                  "Bern ist hängig. Die Förderung des Landes Oberösterreich kommt. Die Zukunft des Landes hängt davon ab.")
    assert {"Kanton Thurgau", "Kanton Bern", "Land Oberösterreich"} <= set(found), found
    assert "Schweiz" not in found  # the canton Bern, not the capital standing for the state


def test_a_capital_adjective_names_with_a_bare_organisation_noun_in_one_form(nlp, knowledge):
    found = names(nlp, knowledge, "Die Gewerkschaften haben sich geeinigt. Kritik kam vom Europäischen "
                  "Gewerkschaftsbund. Der Europäische Gewerkschaftsbund warnte. Die Brüsseler Behörde schwieg.")
    assert found.count("Europäischer Gewerkschaftsbund") == 1, found
    assert not any("Behörde" in n for n in found), found


def test_a_quoted_newspaper_that_speaks_is_named(nlp, knowledge):
    found = names(nlp, knowledge, "Die Liga und der Verband haben sich geeinigt. Die «Neue Zürcher Zeitung» "
                  "spricht von einem Pyrrhussieg. «Le Temps» schreibt, die Clubs hätten verloren. "
                  "Der Plan heißt „Green Harbor“.")
    assert {"Neue Zürcher Zeitung", "Le Temps"} <= set(found), found
    assert "Green Harbor" not in found


def test_a_quoted_newspaper_keeps_its_short_form_and_drops_its_town(nlp, knowledge):
    found = names(nlp, knowledge, "Der Landtag hat die Novelle beschlossen. Die „Salzburger Nachrichten“ (SN) "
                  "kritisieren, dass die Regierung die Frage ausgeklammert habe. „Der Standard“ (Wien): Das Blatt "
                  "sieht einen Schritt. „Tiroler Tageszeitung“ (Innsbruck): „Sechs Euro sind viel.“")
    assert {"Salzburger Nachrichten (SN)", "Der Standard", "Tiroler Tageszeitung"} <= set(found), found
    assert "SN" not in found and "Wien" not in found and "Innsbruck" not in found, found


def test_an_association_and_the_region_it_works_in_are_one_name(nlp, knowledge):
    found = names(nlp, knowledge, "Die Verbandsversammlung des Abwasserverbands Lahn-Dill-Mitte hat den Bau "
                  "beschlossen. Der Quartierverein Unteres Kleinbasel verlangt mehr. Der europäische Dachverband "
                  "Copa-Cogeca protestiert. Der Gewerbeverband Berner KMU schweigt.")
    assert {"Abwasserverband Lahn-Dill-Mitte", "Quartierverein Unteres Kleinbasel"} <= set(found), found
    assert not any(n.startswith(("Dachverband", "Gewerbeverband Berner")) for n in found), found


def test_a_council_of_a_resort_is_named_with_it_and_the_district_in_brackets_is_no_short_form(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadtvertretung des Ostseebads Kühlungsborn (Landkreis Rostock) hat am "
                  "Montag eine Satzung beschlossen. Die Gewerkschaft Erziehung und Wissenschaft (GEW) protestiert.")
    assert "Stadtvertretung Kühlungsborn" in found and "GEW" in found, found


def test_a_name_by_the_water_is_a_river_not_an_organisation(nlp, knowledge):
    found = names(nlp, knowledge, "Der Gemeinderat hat den Kredit beschlossen. Die Kläranlage an der Zaya wird "
                  "erweitert. Die Bestattung in der Elbe und der Warnow wurde gestrichen. Sie arbeitet bei der Lufthansa.")
    assert not {"Zaya", "Elbe", "Warnow"} & set(found) and "Lufthansa" in found, found


def test_a_body_named_right_before_its_own_name_is_one_organisation(nlp, knowledge):
    found = names(nlp, knowledge, "Die Regierung hat entschieden. Das Schweizerische Heilmittelinstitut Swissmedic "
                  "hat zugestimmt. Die Deutsche Flugsicherung DFS warnte. Dass die Deutsche Bahn Siemens beauftragt, "
                  "ist klar.")
    assert {"Swissmedic", "Deutsche Flugsicherung (DFS)", "Deutsche Bahn", "Siemens"} <= set(found), found
    assert "Schweizerisches Heilmittelinstitut" not in found and "DFS" not in found, found


def test_the_chamber_of_the_laender_is_the_bundesrat(nlp, knowledge):
    found = names(nlp, knowledge, "Der Bundestag hat das Gesetz beschlossen. Der Bundesrat berät am Freitag. "
                  "Die Länderkammer muss zustimmen.")
    assert "Bundesrat" in found and "Länderkammer" not in found, found


def test_a_name_read_after_an_article_stands_in_its_own_form(nlp, knowledge):
    found = names(nlp, knowledge, "Der Thüringische Landtag hat das Gesetz am Freitag beschlossen. "
                  "Das Bayerische Gesundheitsministerium kündigte eine Klage an.")
    assert "Thüringischer Landtag" in found and "Bayerisches Gesundheitsministerium" in found


def test_standalone_form_follows_the_head_noun_and_keeps_listed_names(knowledge):
    gaz = gazetteer(knowledge)
    assert standalone_form("Sächsische Städte- und Gemeindetag (SSG)", gaz) == "Sächsischer Städte- und Gemeindetag (SSG)"
    assert standalone_form("Grosse Stadtrat", gaz) == "Grosser Stadtrat"  # Swiss spelling
    assert standalone_form("Neue Wohnungsbaugesellschaft", gaz) == "Neue Wohnungsbaugesellschaft"
    assert standalone_form("Europäische Union", gaz) == "Europäische Union"  # listed
    assert standalone_form("Deutsche Ruderzentrale Quux", gaz) == "Deutsche Ruderzentrale Quux"


def test_a_paper_or_council_read_in_an_oblique_case_stands_in_its_own_form(nlp, knowledge):
    """Press reviews quote regional papers by name ('der Westfälische Kurier'), Swiss councils sit
    'im Grossen Gemeinderat': the brief names them as they stand alone, the superlative too."""
    gaz = gazetteer(knowledge)
    assert standalone_form("Grossen Gemeinderat", gaz) == "Grosser Gemeinderat"
    assert standalone_form("Oberste Gerichtshof (OGH)", gaz) == "Oberster Gerichtshof (OGH)"
    assert standalone_form("Sächsische Staatsarchiv", gaz) == "Sächsisches Staatsarchiv"
    assert standalone_form("Neuen Wohnungsbaugesellschaft", gaz) == "Neue Wohnungsbaugesellschaft"
    found = names(nlp, knowledge, "Der Westfälische Kurier lobt den Entscheid. Das Oberösterreichische Tagblatt "
                  "spricht von einem Fehler. Im Grossen Gemeinderat wurde der Kredit bewilligt.")
    assert {"Westfälischer Kurier", "Oberösterreichisches Tagblatt"} <= set(found), found
    assert any(name.startswith("Grosser Gemeinderat") for name in found), found  # with the report's town


def test_a_council_takes_the_name_of_its_town(nlp, knowledge):
    found = names(nlp, knowledge, "Der Bonner Stadtrat hat den Haushalt beschlossen. "
                  "Der Stadtrat tagte bis Mitternacht. Bonn muss sparen.")  # HEADER: filed from Köln
    assert "Stadtrat Bonn" in found and "Stadtrat" not in found and "Stadtrat Köln" not in found
    found = names(nlp, knowledge, "Der Dresdner Stadtrat hat den Haushalt beschlossen. Der Stadtrat tagte lange.")
    assert "Dresdner Stadtrat" in found and "Stadtrat" not in found  # 'Dresdn' is no town
    filed = brief_of(nlp, knowledge, " date 2025-06-02 Minden. Der Stadtrat hat den Haushalt beschlossen.")
    assert [a.name for a in filed.parties] == ["Stadtrat Minden"]
    assert "Gemeinderat Graz" in names(nlp, knowledge, "Der Grazer Gemeinderat stimmte am Abend zu. Graz spart.")


def test_a_parliament_that_opens_the_lead_is_a_party_beside_the_people(nlp, knowledge):
    brief = brief_of(nlp, knowledge, " date 2025-11-21 Berlin (dpa) - Die Länder lassen Bauministerin "
                     "Klara Gessner auflaufen. Der Bundesrat hat am Freitag das Mietgesetz gestoppt.")
    parties = [a.name for a in brief.parties]
    assert "Klara Gessner" in parties and "Bundesrat" in parties


def test_people_who_meet_in_an_alliance_stand_for_it(nlp, knowledge):
    brief = brief_of(nlp, knowledge, " date 2025-05-20 Brüssel (dpa) - Die Außenminister der Europäischen Union "
                     "haben am Dienstag neue Sanktionen beschlossen. Die Außenbeauftragte Kaja Kallas und "
                     "Außenminister Johann Wadephul begrüßten die Einigung.")
    parties = [a.name for a in brief.parties]
    assert "Kaja Kallas" in parties and "Johann Wadephul" in parties and "Europäische Union" not in parties


def test_a_parliament_of_a_state_is_named_with_it(nlp, knowledge):
    found = parties(nlp, knowledge, "Der Landtag von Schleswig-Holstein hat am Mittwoch das Polizeigesetz beschlossen.")
    assert found == ["Landtag Schleswig-Holstein"], found


def test_an_article_after_a_name_and_clubs(nlp, knowledge):
    found = names(nlp, knowledge, "Der Verband und die Liga haben sich geeinigt. Der SV Leithaberg darf aufsteigen. "
                  "„Wir sind froh“, sagte Obmann Herbert Pichlmayr der APA.")
    assert "SV Leithaberg" in found and "Herbert Pichlmayr" in found, found
    assert "Ursula von der Leyen" in names(nlp, knowledge, "Ursula von der Leyen reiste ab.")


def test_an_agency_a_party_speaks_to_is_no_party(nlp, knowledge):
    brief = brief_of(nlp, knowledge, " date 2025-05-02 Wien. Die Liga hat dem Klub am Donnerstag die Lizenz erteilt. "
                     "„Wir sind froh“, sagte Obmann Herbert Pichlmayr der APA.")
    assert "APA" not in [a.name for a in brief.parties]


def test_a_towns_adjective_describes_a_company_with_a_proper_name_and_signatures_make_participants(nlp, knowledge):
    found = names(nlp, knowledge, "Das Kartellamt hat die Übernahme durch die Hamburger Nordhagen Umwelt AG genehmigt. "
                  "Die Hamburger Hochbahn AG fährt weiter.")
    assert "Nordhagen Umwelt AG" in found and "Hamburger Hochbahn AG" in found, found
    brief = brief_of(nlp, knowledge, " date 2025-03 Kirgistan und Tadschikistan legen ihren Streit bei.\n\n"
                     "Als Sadyr Schaparow und Emomali Rahmon am 13. März ihre Unterschriften unter den "
                     "Grenzvertrag setzten, sprach der Gastgeber von einem historischen Tag.")
    assert {"Sadyr Schaparow", "Emomali Rahmon"} <= {a.name for a in brief.parties}


def test_a_region_of_the_world_is_no_actor(nlp, knowledge):
    assert names(nlp, knowledge, "Die Außenminister Südostasiens haben sich geeinigt. Zentralasien ist weit.") == []


@pytest.mark.parametrize("body, expected", [
    pytest.param(
        "Die Liga und der Verband haben sich geeinigt. Liga-CEO Claudia Mettler "
        "unterschrieb. Hamburgs Bischöfin Kirsten Fehrs sprach von einem guten Tag.",
        {"Claudia Mettler", "Kirsten Fehrs"}, id="ceo-bishop-and-praeses-titles"),
    pytest.param(
        "Die Koalition aus KPÖ, Grünen und SPÖ stimmte dafür. Die Neos vermissten eine "
        "Reform. Die Freien Wähler waren gespalten.",
        {"KPÖ", "SPÖ", "Neos", "Freie Wähler"},
        id="austrian-and-german-regional-parties-are-listed"),
    pytest.param(
        "Die Handelsketten und die Bauern haben sich geeinigt. "
        "Rewe West und Lidl zahlen mehr, Hochtief baut das Lager. Die Uefa schwieg.",
        {"Rewe West", "Lidl", "Hochtief", "Uefa"},
        id="known-companies-and-their-regional-companies"),
    pytest.param(
        "Der Verband und die Liga haben sich geeinigt. CDU-Stadtrat Falk Hermsdorf "
        "kritisierte das. Vizepräsident Finanzen Rainer Kolb trat zurück. "
        "Dazu schwieg Adnoc-Chef Sultan Ahmed al-Dschaber.",
        {"Falk Hermsdorf", "Rainer Kolb", "Sultan Ahmed al-Dschaber"},
        id="councillors-and-title-nouns-before-a-given-name"),
    pytest.param(
        "Land und Kreis haben sich geeinigt. Der Geschäftsführer der Diakonie-Klinikum "
        "Hochried gGmbH, Pfarrer Matthias Seeger, unterzeichnete.",
        {"Diakonie-Klinikum Hochried gGmbH", "Matthias Seeger"},
        id="clergy-titles-and-non-profit-companies"),
    pytest.param(
        "Der Verband und die Werke haben sich geeinigt. Wolfgang Porsche schwieg, "
        "Adam Opel auch. Ford und Opel streiken.",
        {"Wolfgang Porsche", "Adam Opel", "Ford", "Opel"},
        id="a-person-whose-surname-a-listed-company-bears"),
    pytest.param(
        "Der Bundesgerichtshof hat entschieden, dass die Enerva Strom & Gas GmbH zahlen muss, "
        "sagte die Vorsitzende Richterin des VIII. Zivilsenats, Dagmar Hellwig.",
        {"Enerva Strom & Gas GmbH", "Dagmar Hellwig"},
        id="an-ampersand-in-a-company-name-and-a-roman-ordinal"),
    pytest.param(
        "Die Stadt hat den Auftrag an die Pölzl & Ranftl Logistikpark GmbH vergeben. Die Bärtschi Schlüssel + "
        "Schloss AG geht an eine Gruppe.",
        {"Pölzl & Ranftl Logistikpark GmbH", "Bärtschi Schlüssel + Schloss AG"},
        id="an-ampersand-or-a-plus-between-words-a-legal-form-closes"),
    pytest.param(
        "Lettland unterzeichnete mit NIB-Präsident Mart Leppik Darlehensverträge. Der tunesische Minister, "
        "Karim Ben Salah, war dabei. Das forderte Ben Salah. Sie erlaubt Emirates tägliche Flüge. "
        "Die Landesrektorenkonferenz stimmte zu. Der Regierungsrat stimmte zu.",
        {"Mart Leppik", "Karim Ben Salah", "Emirates", "Landesrektorenkonferenz", "Regierungsrat"},
        id="a-name-ends-before-a-common-noun-a-two-word-surname-airlines-and-councils"),
    pytest.param(
        "Die Finanzaufsicht und die Hamburger Elbtor Privatbank legten den Streit bei. Der Erste Senat des "
        "Bundesverfassungsgerichts hatte entschieden.",
        {"Elbtor Privatbank", "Bundesverfassungsgericht"},
        id="an-unknown-word-before-a-company-tail-and-the-court-of-a-senate"),
    pytest.param(
        "Das Landvolk Niedersachsen und der WWF Österreich stimmten zu. Der Rat billigte den Vertrag mit der "
        "Vilstaler Mineralbrunnen GmbH.",
        {"Landvolk Niedersachsen", "WWF Österreich", "Vilstaler Mineralbrunnen GmbH"},
        id="branches-of-a-region-and-a-legal-form-before-the-full-stop"),
    pytest.param(
        "Nach Angaben des Gemeindetags Baden-Württemberg klagen mehrere Städte.",
        {"Gemeindetag Baden-Württemberg"},
        id="a-body-of-a-state-in-the-genitive"),
    pytest.param(
        "In Brackenfeld wird gestritten. Der Verband Haus & Grund Brackenfeld kündigte eine Klage an.",
        {"Haus & Grund Brackenfeld"},
        id="a-listed-association-and-the-town-of-its-local-branch"),
    pytest.param(
        "Genau diese Ausnahme stösst bei Pro Natura Graubünden auf Kritik. Das Regierungspräsidium Kassel muss "
        "den Haushalt genehmigen. Der Landesrechnungshof Tirol prüft seit dem Vorjahr.",
        {"Pro Natura Graubünden", "Regierungspräsidium Kassel", "Landesrechnungshof Tirol"},
        id="a-name-and-its-canton-and-supervisors-named-by-their-town"),
    pytest.param(
        "Die Nürnberger Nachrichten meinen, es sei zu spät. Laut der Badischen Tagespost reicht das nicht. "
        "Die Mitteldeutsche Zeitung lobt den Schritt.",
        {"Nürnberger Nachrichten", "Badische Tagespost", "Mitteldeutsche Zeitung"},
        id="newspapers-in-a-press-review"),
    pytest.param(
        "Die Zuger Zeitung meint, es sei zu spät. Das St. Galler Tagblatt lobt den Schritt.",
        {"Zuger Zeitung", "St. Galler Tagblatt"},
        id="newspapers-of-a-short-town-and-a-saints-town"),
    pytest.param(
        "Wie die Liga mitteilte, erhält der Streamingdienst Courtside+ den Zuschlag. Der Bayerische "
        "Tischtennis-Verband stimmte dagegen, auch der Hessische Städtetag. Die Donautal Molkerei übernimmt.",
        {"Courtside+", "Bayerischer Tischtennis-Verband", "Hessischer Städtetag", "Donautal Molkerei"},
        id="a-plus-in-a-brand-a-hyphenated-association-and-a-dairy"),
    pytest.param(
        "Die Studie der Johannes Kepler Universität Linz zeigt das. Das Kuratorium sagte das Konzert mit dem "
        "russischen Dirigenten Arkadi Wolkow ab.",
        {"Johannes Kepler Universität Linz", "Arkadi Wolkow"},
        id="a-university-named-after-a-person-and-a-conductor"),
    pytest.param(
        "Das Kartellamt hat die Übernahme des Reutlinger Transportbetonherstellers Südwest Beton genehmigt, "
        "ebenso die des Dortmunder Entsorgers Westfalia Recycling durch die Hamburger Nordhagen Umwelt AG.",
        {"Südwest Beton", "Westfalia Recycling", "Nordhagen Umwelt AG"},
        id="two-word-company-names-after-a-company-noun-in-the-genitive"),
    pytest.param(
        "Die Regierung und die Bauern haben sich geeinigt. Die SÜDDEUTSCHE ZEITUNG meint, es sei zu spät. In der "
        "FRANKFURTER ALLGEMEINEN ZEITUNG heißt es, das reiche. Der RHEIN-RUHR-ANZEIGER aus Essen lobt den "
        "Schritt. Die «Luzerner Zeitung» schliesslich freut sich.",
        {"Süddeutsche Zeitung", "Frankfurter Allgemeine Zeitung", "Rhein-Ruhr-Anzeiger", "Luzerner Zeitung"},
        id="papers-in-capitals-and-a-quoted-paper-before-an-adverb"),
    pytest.param(
        "Die sächsische Landesregierung und die Bündner Regierung haben sich geeinigt. Die Pläne der "
        "niedersächsischen Landesregierung stehen. Die russische Regierung schwieg.",
        {"Sächsische Landesregierung", "Bündner Regierung", "Niedersächsische Landesregierung"},
        id="a-regions-government-by-its-adjective"),
    pytest.param(
        "Die Max-Planck-Gesellschaft und die Gates-Stiftung haben sich geeinigt. Die Studie des "
        "Friedrich-Loeffler-Instituts zeigt das. Die Pumpen des Technischen Hilfswerks laufen.",
        {"Max-Planck-Gesellschaft", "Gates-Stiftung", "Friedrich-Loeffler-Institut", "Technisches Hilfswerk"},
        id="institutions-named-after-people-and-a-genitive-dropped"),
    pytest.param(
        "Die Ludwig-Maximilians-Universität München und die Stadt haben sich geeinigt. Ein Gutachten der "
        "Georg-August-Universität Göttingen liegt vor.",
        {"Ludwig-Maximilians-Universität München", "Georg-August-Universität Göttingen"},
        id="a-university-named-after-people-with-its-town"),
    pytest.param(
        "Das Zentrum für Islamische Theologie und das Bundesministerium für Bildung und Forschung haben sich "
        "geeinigt. Das Bundesamt für Umwelt prüft ein Gesuch. Die Bayerische Tierseuchenkasse zahlt.",
        {"Zentrum für Islamische Theologie", "Bundesministerium für Bildung und Forschung", "Bundesamt für Umwelt",
         "Bayerische Tierseuchenkasse"},
        id="offices-for-a-matter-of-two-words-and-a-fund"),
    pytest.param(
        "Die oberösterreichische SPÖ und Niedersachsens Grüne haben gewählt. Die Tiroler Grünen und die CDU Bremen "
        "auch. Die Grünen in Hamburg stimmten zu.",
        {"SPÖ Oberösterreich", "Grüne Niedersachsen", "Grüne Tirol", "CDU Bremen", "Grüne Hamburg"},
        id="a-partys-branch-in-a-region"),
    pytest.param(
        "Die Stiftung FAR und der Zweckverband Wasserversorgung Donaumoos haben sich geeinigt. Das Gesuch liegt "
        "beim Amt für Umwelt des Kantons Zug. Die Regierung von Unterfranken muss zustimmen, die Regierung der "
        "Oberpfalz auch. Er zog seine Klage vor dem Handelsgericht des Kantons Bern zurück.",
        {"Stiftung FAR", "Zweckverband Wasserversorgung Donaumoos", "Amt für Umwelt des Kantons Zug",
         "Regierung von Unterfranken", "Regierung der Oberpfalz", "Handelsgericht des Kantons Bern"},
        id="foundations-utilities-and-offices-of-a-canton-or-district"),
    pytest.param(
        "Die Gemeindeversammlung hat den Kredit bewilligt. Der Regierungsrat des Kantons Schaffhausen hat zugestimmt, "
        "der Regierungsrat des Kantons Luzern auch. Dagegen ist der Fischereiverband des Kantons Solothurn.",
        {"Regierungsrat des Kantons Schaffhausen", "Regierungsrat des Kantons Luzern",
         "Fischereiverband des Kantons Solothurn"},
        id="a-body-of-a-canton-named-after-its-capital"),
])
def test_names_found(nlp, knowledge, body, expected):
    """Titles (CEO, Bischöfin, councillors, clergy), listed parties and companies, a company's
    region, legal forms of non-profits, and people whose surname a listed company bears."""
    found = names(nlp, knowledge, body)
    assert expected <= set(found), found


def test_words_between_an_unknown_word_and_a_company_tail_unless_the_first_describes(nlp, knowledge):
    found = names(nlp, knowledge, "Die Kwanlo Group zahlt. Verkauft wurde an die Hongyun Musical Instruments "
                  "Group aus Guangzhou. Beraten hat die Nairobier Investmentbank Mara Capital.")
    assert {"Kwanlo Group", "Hongyun Musical Instruments Group"} <= set(found), found
    assert not any(name.startswith("Nairobier") for name in found), found


def test_a_council_before_another_in_the_dative_is_no_council_of_it(nlp, knowledge):
    found = names(nlp, knowledge, "Bis Ende Jahr muss der Gemeinderat der Gemeindeversammlung einen Bericht "
                  "vorlegen. Der Haushaltsausschuss des Bundestags tagt.")
    assert "Gemeinderat der Gemeindeversammlung" not in found, found
    assert any(name.startswith("Gemeinderat") for name in found), found  # the council, of the dateline's town
    assert "Haushaltsausschuss des Bundestags" in found, found  # a committee of a parliament is named so


def test_a_listed_association_named_like_a_party_is_not_the_party(nlp, knowledge):
    found = names(nlp, knowledge, "Der Widerspruch der Grünen Liga hat keine aufschiebende Wirkung.")
    assert found == ["Grüne Liga"], found


def test_a_land_is_named_by_its_name_not_by_a_common_noun_after_it(nlp, knowledge):
    found = names(nlp, knowledge, "Das Land Salzburg zahlt. Dafür stellt das Land Fördermittel bereit.")
    assert "Land Salzburg" in found and "Land Fördermittel" not in found, found


def test_another_states_congress_is_not_the_listed_us_congress(nlp, knowledge):
    found = names(nlp, knowledge, "Die Vereinbarung muss vom peruanischen Kongress gebilligt werden. "
                  "Präsident Petro unterschrieb.")
    assert "US-Kongress" not in found, found


def test_a_described_common_noun_is_not_the_listed_body_it_may_stand_for(nlp, knowledge):
    found = names(nlp, knowledge, "Der Verband tagt in Wien. Ihr jährlicher Kongress gilt als wichtigstes Treffen. Der "
                  "nächste Kongress folgt 2027. Der Name geht auf die „Union des Foires Internationales“ zurück.")
    assert not {"US-Kongress", "CDU/CSU"} & set(found), found
    listed = names(nlp, knowledge, "Der Kongress hat zugestimmt. Die Union stimmte dagegen. Die dort herrschenden "
                   "Taliban lassen einen Kanal bauen.")
    assert {"US-Kongress", "CDU/CSU", "Taliban"} <= set(listed), listed


def test_a_country_adjective_before_a_common_noun_names_no_body(nlp, knowledge):
    found = names(nlp, knowledge, "Die Schweizer Investoren und Schweizer Diplomaten begrüßten den Entscheid. "
                  "Der Schweizer Bauernverband protestierte, der Deutsche Landkreistag auch.")
    assert not any(n.startswith("Schweizer I") or n.startswith("Schweizer D") for n in found), found
    assert {"Schweizer Bauernverband", "Deutscher Landkreistag"} <= set(found), found


def test_a_matter_and_a_region_after_an_organisation_noun(nlp, knowledge):
    found = names(nlp, knowledge, "Ganz ausgestanden ist die Causa Obernosterer damit nicht. Verdi und der "
                  "Handelsverband Nord einigten sich.")
    assert "Causa" not in " ".join(found) and "Handelsverband Nord" in found and "Nord" not in found, found


def test_a_town_described_or_named_as_a_place_is_no_actor(nlp, knowledge):
    found = names(nlp, knowledge, "Die Gespräche in der Hauptstadt Nairobi dauerten an. Die Kämpfe in der Stadt "
                  "Lashio gingen weiter. Der Vertrag mit der Stadt Winterthur gilt. Die Landeshauptstadt Düsseldorf "
                  "stimmte zu.")
    assert "Hauptstadt Nairobi" not in found and "Stadt Lashio" not in found, found
    assert {"Stadt Winterthur", "Landeshauptstadt Düsseldorf"} <= set(found), found


def test_compounds_of_a_companys_type_and_the_national_government_name_no_one(nlp, knowledge):
    found = names(nlp, knowledge, "Das Biotech-Unternehmen und der US-Finanzinvestor haben sich geeinigt. "
                  "Die neue Regierung schwieg. Im Zentrum der Stadt wurde demonstriert.")
    assert not {"Biotech-Unternehmen", "US-Finanzinvestor", "Neue Regierung", "Zentrum der Stadt"} & set(found), found


def test_parties_listed_before_a_region_and_a_states_party_keep_their_names(nlp, knowledge):
    found = names(nlp, knowledge, "CDU, BSW und SPD in Thüringen haben sich geeinigt. Die österreichische SPÖ "
                  "schwieg.")
    assert {"CDU", "BSW", "SPD", "SPÖ"} <= set(found) and "SPD Thüringen" not in found, found


def test_the_council_of_the_eu_in_a_report_on_its_institutions(nlp, knowledge):
    found = names(nlp, knowledge, "Unterhändler des Europäischen Parlaments und der Mitgliedstaaten einigten sich auf "
                  "ein Gesetz. Die dänische Ratspräsidentschaft sprach von einem Erfolg. Nun muss der Rat zustimmen.")
    assert {"Rat der EU", "Europäisches Parlament"} <= set(found), found


def test_a_towns_council_and_an_austrian_cabinet_are_not_the_eus(nlp, knowledge):
    found = names(nlp, knowledge, "Der Rat der Stadt und die Verwaltung haben sich geeinigt. Der Rat billigte den "
                  "Plan. Der Ministerrat in Wien beschloss das Paket.")
    assert "Rat der EU" not in found, found


def test_whose_document_a_compound_names_is_no_actor(nlp, knowledge):
    brief = brief_of(nlp, knowledge, HEADER + "Die umstrittene EU-Verordnung gegen Missbrauch ist vorerst gestoppt. "
                     "Die dänische Ratspräsidentschaft nahm die Abstimmung von der Tagesordnung.")
    assert "Europäische Union" not in [a.name for a in brief.parties], brief.parties


def test_the_federal_government_is_an_actor_of_its_own(nlp, knowledge):
    """Analysts list "Bundesregierung" as it stands (55 of the 132 blind references whose report
    names it; 5 list the state instead); in a report from Vienna it is Austria's, never Germany."""
    brief = brief_of(nlp, knowledge, " date 2025-10-08 Wien (APA) - Die Bundesregierung hat am Mittwoch das "
                     "Universitätsbudget beschlossen. Österreich investiert mehr, sagte die Ministerin in Wien.")
    names = [a.name for a in brief.parties + brief.mentioned]
    assert "Deutschland" not in names and "Bundesregierung" in [a.name for a in brief.parties], names
    brief = brief_of(nlp, knowledge, " date 2025-10-08 Berlin (dpa) - Die Bundesregierung hat am Mittwoch den "
                     "Haushalt beschlossen.")
    assert [a.name for a in brief.parties] == ["Bundesregierung"], brief.parties


def test_a_name_used_as_an_adjective_in_compounds_names_no_actor(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Landkreis haben sich geeinigt. Das Geld kommt aus dem "
                  "EU-Programm Interreg, das auf EU-Ebene verwaltet wird. Kliniken in den Niederlanden helfen aus.")
    assert "Europäische Union" not in found and "Niederlanden" not in found, found
    found = names(nlp, knowledge, "Die EU-Staaten haben sich auf neue Fangquoten geeinigt. Die EU will sie prüfen.")
    assert "Europäische Union" in found, found


def test_a_name_used_as_an_adjective_names_the_area_after_in_or_outside(nlp, knowledge):
    found = names(nlp, knowledge, "Agrarminister Cem Özdemir hat das Mittel verboten. Es darf nicht mehr in die EU gelangen; "
                  "außerhalb der Europäischen Union bleibt es erlaubt, sagte der Vertreter der EU-Bauern.")
    assert "Europäische Union" not in found, found
    found = names(nlp, knowledge, "Agrarminister Cem Özdemir hat das Mittel verboten. Es ist in der EU nicht mehr erlaubt. "
                  "Die EU werde es prüfen, hieß es.")
    assert "Europäische Union" in found, found


def test_seas_rivers_and_common_nouns_read_as_names_are_no_actors(nlp, knowledge):
    found = names(nlp, knowledge, "Die EU-Staaten haben sich auf Fangquoten geeinigt. Die Fischer an der Küste "
                  "müssen Einbußen hinnehmen. Die Fischerei auf den Hering in der westlichen Ostsee bleibt verboten. "
                  "Für die Betriebe zwischen Ems und Weser ist das bitter. Ex-Minister Joschka Fischer kritisierte das.")
    assert not {"Fischer", "Hering", "Ostsee", "Ems", "Weser"} & set(found), found
    assert "Joschka Fischer" in found, found


def test_short_compounds_of_a_company_noun_and_web_addresses_introduce_names(nlp, knowledge):
    found = names(nlp, knowledge, "Die Regierung in Baku hat den Liefervertrag unterzeichnet. Die Mengen soll die "
                  "staatliche Ölgesellschaft Socar bereitstellen. Auch der Baukonzern Strabag ist beteiligt. "
                  "Die Behindertenorganisation Agile.ch begrüsste den Entscheid.")
    assert {"Socar", "Strabag", "Agile.ch"} <= set(found), found


def test_papers_a_press_review_quotes_are_named(nlp, knowledge):
    review = ("Wien (APA) - Die Novelle ist Thema in den Kommentaren der Tageszeitungen.\n\n"
              "Ein Überblick über die Kommentare:\n\n\"Der Standard\" (Wien):\n\n\"Endlich nimmt der Gesetzgeber "
              "das ernst.\"\n\nSalzburger Nachrichten:\n\n\"Ein Werkzeug, kein Selbstzweck.\"\n\n"
              "Kritischer urteilt das „Chemnitzer Morgenblatt“: „Das hilft keiner Klasse.“ Im „Elbtal-Kurier“ heißt "
              "es, der Minister sei gefordert. Der «Corriere del Ticino» verlangt eine Sonderlösung. «bz Basel»: «Das "
              "Baselbiet hat nicht gegen die S-Bahn gestimmt.» Der Club warnt vor einer „Überidentifikation“: Wenn "
              "der Ausweis im Handy steckt, verlange jeder einen Nachweis.")
    found = names(nlp, knowledge, review)
    assert {"Der Standard", "Salzburger Nachrichten", "Chemnitzer Morgenblatt", "Elbtal-Kurier",
            "Corriere del Ticino", "bz Basel"} <= set(found), found
    assert "Überidentifikation" not in found and "Ein Überblick über die Kommentare" not in found, found


def test_a_law_named_before_its_verb_is_no_actor(nlp, knowledge):
    found = names(nlp, knowledge, "Die gestern vom Ministerrat beschlossene Novelle des Anti-Doping-Bundesgesetzes ist "
                  "am Donnerstag Thema in den Kommentaren der Tageszeitungen. Das Anti-Doping-Bundesgesetz gilt ab "
                  "Januar. Auch Oxfam erklärte, das sei gut. Die Sozialpartner verlängern die Laufzeit des "
                  "Gesamtarbeitsvertrags (GAV). Der GAV gilt bis 2028.")
    assert not any("gesetz" in name.lower() or "GAV" in name for name in found) and "Oxfam" in found, found


def test_a_weekday_opening_a_ticker_is_no_town_for_its_council(nlp, knowledge):
    brief = brief_of(nlp, knowledge, "Liveticker Hauptbahnhof\n\nMontag, 19. Mai 2025 – Die Stadtverordnetenversammlung "
                     "stimmt heute über die Finanzierung ab.\n\n21.38 Uhr: Die Stadtverordnetenversammlung hat die "
                     "Vereinbarung mit 48 Ja-Stimmen angenommen.")
    assert not any("Montag" in a.name for a in brief.parties + brief.mentioned), brief.parties


def test_towns_named_with_st_sankt_or_bad_stay_whole(nlp, knowledge):
    found = names(nlp, knowledge, "Das Bundesverwaltungsgericht in St. Gallen hat die Beschwerde abgewiesen. "
                  "Die Verbandsgemeinde Bad Marienberg stimmte zu. Die Universität St. Gallen lädt ein. "
                  "Die Gemeinde aus St. Pölten hat abgelehnt.")
    assert {"Verbandsgemeinde Bad Marienberg", "Universität St. Gallen"} <= set(found), found
    assert not {"Gallen", "Pölten", "Verbandsgemeinde Bad"} & set(found), found


def test_a_listed_short_form_that_is_no_last_word_resolves_to_the_full_name(nlp, knowledge):
    found = names(nlp, knowledge, "Kanzler Merz hat mit Chinas Regierungschef Li telefoniert. Es war das erste Gespräch "
                  "mit dem chinesischen Ministerpräsidenten Li Qiang. Li habe zugesichert, dass Genehmigungen kommen.")
    assert "Li Qiang" in found and "Li" not in found, found


def test_a_town_adjective_and_company_noun_before_a_registered_name_only_describe_it(nlp, knowledge):
    found = names(nlp, knowledge, "Die Kommission hat die Übernahme des Nürnberger Transformatorenherstellers "
                  "Franken-Trafo AG durch den japanischen Elektrokonzern Hoshino Electric genehmigt.")
    assert "Franken-Trafo AG" in found and not any("Nürnberger" in n for n in found), found


def test_foreign_legal_forms_end_a_company_name_and_common_nouns_after_an_article_are_none(nlp, knowledge):
    found = names(nlp, knowledge, "Die Kessler Antriebe AG soll an die Nordvik Industries AB gehen. "
                  "Die Sensortechnik GmbH gehört künftig der Hangzhou Lianke Precision Co. und dem Werk. "
                  "Die Beschäftigten verließen die Halle mit Trillerpfeifen. Den Deal finanziert die "
                  "Dekabank.")
    assert "Nordvik Industries AB" in found and "Hangzhou Lianke Precision Co" in found, found
    assert "Dekabank" in found, found
    assert not {"AB", "Halle", "Deal"} & set(found), found


def test_acronym_with_a_tail_an_organ_of_a_body_and_an_adjective_opening_a_bracketed_name(nlp, knowledge):
    found = names(nlp, knowledge, "Die Plenarversammlung der Konferenz der Kantonsregierungen (KdK) hat eine "
                  "Stellungnahme verabschiedet. Die Deutsche Gesellschaft für Muskelkranke (DGM) begrüßte das. "
                  "Ein Analyst der DZ Bank rechnet mit Zustimmung.")
    assert "Konferenz der Kantonsregierungen (KdK)" in found and "DZ Bank" in found, found
    assert "Deutsche Gesellschaft für Muskelkranke (DGM)" in found, found
    assert not {"Plenarversammlung der Konferenz", "Deutsche Gesellschaft", "Deutschland", "DZ"} & set(found), found


def test_an_everyday_noun_after_an_institution_is_no_town_and_weapon_systems_are_no_actors(nlp, knowledge):
    found = names(nlp, knowledge, "Der Stadtrat hat den Vertrag mit der Firma Tekon gekündigt. Jeder weitere "
                  "Monat koste die Stadt Geld, sagte die Kämmerin. Das Amtsgericht Neumünster prüft den Fall. "
                  "Die Eurofighter erhalten zwei Feuereinheiten IRIS-T SLM.")
    assert "Amtsgericht Neumünster" in found, found
    assert not {"Stadt Geld", "Eurofighter", "SLM"} & set(found), found


def test_a_noun_the_report_uses_with_an_article_is_no_town_after_an_institution(nlp, knowledge):
    found = names(nlp, knowledge, "Der Gemeinderat hat den Kauf der Parkgarage beschlossen. Weil die Gemeinde Kauf "
                  "und Sanierung allein bezahlt, fehlt Geld. Die Anwohner prüfen, ob sie beim Verwaltungsgericht "
                  "Beschwerde einreichen. Eine Beschwerde hätte aufschiebende Wirkung. Die Steiermark und das Land "
                  "Steiermark zahlen nichts.")
    assert not {"Gemeinde Kauf", "Verwaltungsgericht Beschwerde"} & set(found), found
    assert "Land Steiermark" in found, found  # a name the lexicon hardly knows, with an article


def test_a_party_of_one_state_is_the_political_camp_in_a_report_from_another(nlp, knowledge):
    swiss = brief_of(nlp, knowledge, " date 2025-11 Bern (sda) – Der Nationalrat hat das Gesetz mit 112 zu 76 "
                     "Stimmen gutgeheissen. Die Linke kündigte umgehend das Referendum an. Der Ständerat folgt im "
                     "Dezember, die Vorlage kostet 40 Millionen Franken.")
    german = brief_of(nlp, knowledge, HEADER + "Der Bundestag hat das Gesetz beschlossen. Die Linke kündigte eine "
                      "Klage an.")
    assert "Die Linke" not in [a.name for a in swiss.parties + swiss.mentioned]
    assert "Die Linke" in [a.name for a in german.parties + german.mentioned]


def test_a_state_adjective_before_a_group_or_a_given_name_names_no_organisation(nlp, knowledge):
    found = names(nlp, knowledge, "Die Regierung und die Schweizer Post haben sich geeinigt. Schweizer Unternehmen "
                  "begrüßten das, die Schweizer Bevölkerung bleibt skeptisch.")
    assert "Schweizer Post" in found, found
    assert not {"Schweizer Unternehmen", "Schweizer Bevölkerung"} & set(found), found


def test_a_ministry_or_listed_body_in_the_genitive_is_named_and_a_foreign_ministry_is_its_state(nlp, knowledge):
    found = names(nlp, knowledge, "Die Länder haben sich geeinigt, sagte ein Sprecher des Bundesinnenministeriums. "
                  "Die Zeitung sprach mit dem Kommandanten des Bundesheeres. Nach Angaben des omanischen "
                  "Außenministeriums gehen die Gespräche weiter. Der Etat des Verkehrsministeriums schrumpft.")
    assert {"Bundesinnenministerium", "Bundesheer", "Verkehrsministerium"} <= set(found), found
    assert "Außenministerium" not in found, found


def test_the_author_a_byline_credits_is_mentioned_never_a_party(nlp, knowledge):
    brief = brief_of(nlp, knowledge, "Kanton Bern\n\nNachts gibt es keinen Schnaps mehr\n\nVon Andrea Stöcklin\n\n"
                     "Der Grosse Rat hat am 2. Dezember 2025 ein Verkaufsverbot beschlossen. Das Gewerbe droht mit "
                     "dem Referendum.\n\nInterview: Lena Marquardt\n")
    mentioned = {a.name: a.role for a in brief.mentioned}
    assert mentioned.get("Andrea Stöcklin") == "Autorin/Autor", mentioned
    assert mentioned.get("Lena Marquardt") == "Interview", mentioned
    assert not {"Andrea Stöcklin", "Lena Marquardt"} & {a.name for a in brief.parties}, brief.parties


def test_a_byline_with_the_papers_staff_word_or_its_date_after_a_bar_credits_the_author(nlp, knowledge):
    for byline, author in (("Von unserem Redakteur Jonas Brehm", "Jonas Brehm"),
                           ("Von Mira Kälin | Landbote, Samstag, 13. September 2025", "Mira Kälin")):
        brief = brief_of(nlp, knowledge, f"Nachts gibt es keinen Schnaps mehr\n\n{byline}\n\nDer Grosse Rat hat "
                         "am 2. Dezember 2025 ein Verkaufsverbot beschlossen.\n")
        mentioned = {a.name: a.role for a in brief.mentioned}
        assert mentioned.get(author) == "Autorin/Autor", mentioned
    brief = brief_of(nlp, knowledge, "Neue Brücke für Hollbach\n\nVon Peter Brehm, dem Bürgermeister, stammt die "
                     "Idee.\n\nDer Stadtrat hat am 2. Dezember 2025 den Bau beschlossen.\n")
    assert all(a.role != "Autorin/Autor" for a in brief.mentioned), brief.mentioned


def test_a_lands_ministry_named_by_the_lands_adjective_keeps_it_and_its_bare_mentions_are_that_one(nlp, knowledge):
    found = names(nlp, knowledge, "Das hessische Innenministerium hat den Antrag geprüft. Das Innenministerium "
                  "will im Mai entscheiden. Ein Sprecher des niedersächsischen Umweltministeriums widersprach, das "
                  "Thüringer Wirtschaftsministerium schwieg.")
    assert {"Hessisches Innenministerium", "Niedersächsisches Umweltministerium",
            "Thüringer Wirtschaftsministerium"} <= set(found), found
    assert not {"Innenministerium", "Umweltministerium"} & set(found), found
    found = names(nlp, knowledge, "Das Bayerische Staatsministerium für Unterricht und Kultus hat die Regel erlassen.")
    assert "Bayerisches Staatsministerium" not in found, found


def test_a_trades_group_in_a_regions_chamber_is_named_with_the_chamber(nlp, knowledge):
    found = names(nlp, knowledge, "Die Landesinnung der Bestatter in der Wirtschaftskammer Steiermark lehnt das ab. "
                  "Das Landesgremium des Fahrzeughandels der Wirtschaftskammer Oberösterreich fordert mehr Zeit.")
    assert {"Landesinnung der Bestatter in der Wirtschaftskammer Steiermark",
            "Landesgremium des Fahrzeughandels der Wirtschaftskammer Oberösterreich"} <= set(found), found
    assert not {"Landesinnung der Bestatter", "Wirtschaftskammer Steiermark"} & set(found), found


def test_a_chamber_and_the_regions_it_serves_are_one_name_but_a_courts_panel_is_none(nlp, knowledge):
    found = names(nlp, knowledge, "Die Ärztekammer für Tirol warnt. Die Notariatskammer für Wien, Niederösterreich "
                  "und Burgenland schrieb die Stelle aus. Die Kurse soll die Industrie- und Handelskammer für "
                  "Oberfranken Bayreuth anbieten. Die Kammer für Handelssachen entschied.")
    assert {"Ärztekammer für Tirol", "Notariatskammer für Wien, Niederösterreich und Burgenland",
            "Industrie- und Handelskammer für Oberfranken Bayreuth"} <= set(found), found
    assert not {"Tirol", "Burgenland", "Oberfranken Bayreuth", "Kammer für Handelssachen"} & set(found), found


def test_an_architects_or_lawyers_firm_is_named_by_its_partners_and_profession_and_an_office_by_its_owners(
        nlp, knowledge):
    found = names(nlp, knowledge, "Die Jury entschied sich für den Entwurf des Berliner Büros Kessler Brandt "
                  "Architekten. Die Bremer Sozietät Tiedemann Rechtsanwälte fusioniert. Das Ingenieurbüro Terhorst "
                  "und das Planungsbüro Hartl & Sommer prüfen die Statik. Im Büro brannte Licht.")
    assert {"Kessler Brandt Architekten", "Tiedemann Rechtsanwälte", "Ingenieurbüro Terhorst",
            "Planungsbüro Hartl & Sommer"} <= set(found), found
    assert not {"Kessler Brandt", "Büro Kessler", "Planungsbüro Hartl", "Büro"} & set(found), found


def test_an_association_of_members_named_by_adjective_may_end_in_a_hyphenated_noun(nlp, knowledge):
    found = names(nlp, knowledge, "Der Verband Schweizerischer Veteranenfahrzeug-Clubs kritisiert die Abgabe.")
    assert found == ["Verband Schweizerischer Veteranenfahrzeug-Clubs"], found


def test_a_cantons_office_is_named_by_the_adjective_in_its_own_form_but_a_bare_office_by_its_field(nlp, knowledge):
    found = names(nlp, knowledge, "Die kantonale Denkmalpflege lehnt den Abbruch ab. Ein Gutachten des kantonalen "
                  "Veterinäramts liegt vor. Das Kantonale Laboratorium Thurgau nahm Proben. Das kantonale Amt für "
                  "Umwelt prüft.")
    assert {"kantonale Denkmalpflege", "kantonales Veterinäramt", "Kantonales Laboratorium Thurgau",
            "Amt für Umwelt"} <= set(found), found
    assert not any(name.startswith("kantonale Amt") for name in found), found


def test_an_association_of_members_keeps_the_laender_it_serves(nlp, knowledge):
    found = names(nlp, knowledge, "Der Landesverband der Tafeln in Niedersachsen und Bremen begrüßte das. Der "
                  "Landesverband der Volkshochschulen von Nordrhein-Westfalen kritisiert die Kürzung.")
    assert {"Landesverband der Tafeln in Niedersachsen und Bremen",
            "Landesverband der Volkshochschulen von Nordrhein-Westfalen"} <= set(found), found
    assert not {"Landesverband der Tafeln", "Bremen", "Nordrhein-Westfalen"} & set(found), found


def test_listed_austrian_and_german_bodies_are_named_in_their_own_form_also_in_the_dative_plural(nlp, knowledge):
    found = names(nlp, knowledge, "Das Holz kommt von den Österreichischen Bundesforsten. Der Österreichische Aero "
                  "Club ist dagegen. Die Deutsche Rentenversicherung Bund prüft den Fall.")
    assert {"Österreichische Bundesforste", "Österreichischer Aero Club", "Deutsche Rentenversicherung Bund"} <= set(
        found), found
    assert not {"Österreichische Bundesforsten", "Österreichische Aero", "Deutsche Rentenversicherung"} & set(found), found


def test_listed_offices_and_bodies_take_their_canonical_name_from_a_long_form_or_an_inflection(nlp, knowledge):
    found = names(nlp, knowledge, "Wie das Auswärtige Amt mitteilte, kommt die Hilfe. Die Vereinte "
                  "Dienstleistungsgewerkschaft ist dagegen. Der Kreditschutzverband von 1870 (KSV1870) zählt mehr "
                  "Pleiten.")
    assert {"Auswärtiges Amt", "Verdi", "KSV1870"} <= set(found), found
    assert not {"Auswärtige Amt", "Vereinte Dienstleistungsgewerkschaft"} & set(found), found


def test_a_youth_organisation_is_not_the_party_in_its_name_and_a_unions_kind_is_no_part_of_its_branch(nlp, knowledge):
    found = names(nlp, knowledge, "Der Stadtrat hat das Anwohnerparken beschlossen. Die Grüne Jugend und die Junge "
                  "Union kritisierten das. Die Gewerkschaft Verdi Nord verlangte eine Garantie.")
    assert {"Grüne Jugend", "Junge Union", "Verdi Nord"} <= set(found), found
    assert not {"Grüne", "CDU/CSU", "Gewerkschaft Verdi Nord"} & set(found), found


def test_a_person_named_by_given_name_and_initial_is_named_so_but_a_middle_initial_is_no_end(nlp, knowledge):
    found = names(nlp, knowledge, "Das Landgericht hat den Monteur Dennis K. verurteilt. Sein Chef Marco R. muss "
                  "5000 Euro zahlen. Der Richter Hans W. Schneider sprach von Wucher.")
    assert {"Dennis K.", "Marco R.", "Hans W. Schneider"} <= set(found), found
    assert not {"Marco", "Hans W."} & set(found), found


def test_a_cantons_government_council_named_by_its_adjective_but_not_a_members_title(nlp, knowledge):
    found = names(nlp, knowledge, "Der Walliser Staatsrat hat die Höchsterträge gesenkt. Der Zürcher Regierungsrat "
                  "begrüßte das, sagte KdK-Präsident Beat Imhof, Luzerner Regierungsrat.")
    assert {"Walliser Staatsrat", "Zürcher Regierungsrat", "Beat Imhof"} <= set(found), found
    assert "Luzerner Regierungsrat" not in found, found


def test_a_name_opening_with_an_organisation_noun_in_the_genitive_is_named_in_the_nominative(nlp, knowledge):
    found = names(nlp, knowledge, "Die Länder haben sich geeinigt. Das begrüßte der Obmann des Waldverbands "
                  "Steiermark, Johann Pölzl. Eine Sprecherin des Herstellers Nexperia sagte nichts.")
    assert {"Waldverband Steiermark", "Nexperia"} <= set(found), found
    assert "Waldverbands Steiermark" not in found, found


def test_prosecutors_police_chancelleries_and_commands_are_bodies_where_they_act(nlp, knowledge):
    found = names(nlp, knowledge, "Die Staatsanwaltschaft hat Anklage erhoben. Die Kantonspolizei nahm zwei Männer "
                  "fest. Die Staatskanzlei wollte den Bericht nicht kommentieren. Die Luftwaffe erhält sechs Jets.")
    assert {"Staatsanwaltschaft", "Kantonspolizei", "Staatskanzlei", "Luftwaffe"} <= set(found), found


def test_a_short_form_with_its_qualifier_in_brackets_names_the_long_form(nlp, knowledge):
    found = names(nlp, knowledge, "Der Landtag hat die Reform beschlossen. Der Verband der Westfälischen "
                  "Hafenwirtschaft (VdH west) sprach von einem Fehler. Zufrieden zeigte sich die "
                  "Fischereigenossenschaft Zug-Nord (FGZ Zug-Nord). Die FGZ werde das Gesetz prüfen.")
    assert "Verband der Westfälischen Hafenwirtschaft (VdH west)" in found
    assert "Fischereigenossenschaft Zug-Nord (FGZ Zug-Nord)" in found
    assert not {"VdH", "FGZ", "Fischereigenossenschaft Zug-Nord"} & set(found), found


def test_an_association_and_its_region_before_an_acronym_are_one_name(nlp, knowledge):
    found = names(nlp, knowledge, "Der Landtag hat das Jagdgesetz beschlossen. Der Landesjagdverband "
                  "Rheinland-Pfalz (LJV) prüft eine Klage. Der Marineausrüster Weser Defence Systems (WDS) "
                  "lieferte die Boote.")
    assert "Landesjagdverband Rheinland-Pfalz (LJV)" in found, found
    assert "Weser Defence Systems (WDS)" in found and not any(n.startswith("Rheinland-Pfalz") for n in found)


def test_a_company_with_an_organisation_noun_before_its_legal_form_is_one_name(nlp, knowledge):
    found = names(nlp, knowledge, "Die Datenschutzbehörde hat der Donauland Versicherung AG die Prüfung untersagt. "
                  "Die Donauland Versicherung kündigte Beschwerde an. Die Donauland habe kooperiert.")
    assert "Donauland Versicherung AG" in found, found
    assert not {"AG", "Donauland Versicherung", "Donauland"} & set(found), found


def test_a_long_form_its_short_form_spells_is_no_person(nlp, knowledge):
    found = names(nlp, knowledge, "Der Rektor hat sich mit dem Management Center Innsbruck (MCI) geeinigt. "
                  "Das MCI will mitmachen. Minister Wolfgang Hattmannsdorfer (ÖVP) begrüßte das.")
    assert "Management Center Innsbruck (MCI)" in found, found
    assert "Center Innsbruck" not in found and "Wolfgang Hattmannsdorfer" in found, found


def test_a_long_form_may_hold_zu_and_stand_in_quotes(nlp, knowledge):
    found = names(nlp, knowledge, "Die Christian-Albrechts-Universität zu Kiel (CAU) hat eine Präsidentin gewählt. "
                  "Der Senat der Fraunhofer-Gesellschaft hat die Gründung des „Fraunhofer-Instituts für "
                  "Agrarsysteme und Robotik“ (IAR) beschlossen.")
    assert "Christian-Albrechts-Universität zu Kiel (CAU)" in found, found
    assert "Fraunhofer-Institut für Agrarsysteme und Robotik (IAR)" in found, found
    assert not {"Kiel (CAU)", "IAR", "Fraunhofer-Instituts für Agrarsysteme und Robotik"} & set(found), found


def test_a_law_named_in_english_with_its_short_form_in_brackets_is_no_actor(nlp, knowledge):
    found = names(nlp, knowledge, "Die EU-Kommission hat eine Geldbuße nach dem Gesetz über digitale Dienste "
                  "(Digital Services Act, DSA) gegen die Plattform Vidora verhängt. Der DSA sei kein Papiertiger, "
                  "sagte Kommissionssprecherin Elena Marchetti. Der Critical Medicines Act soll folgen.")
    assert not {"Digital Services Act", "DSA", "Critical Medicines Act"} & set(found), found
    assert "Vidora" in found and "Elena Marchetti" in found, found


def test_a_court_numbered_in_its_town_and_a_towns_fire_brigade_are_named_whole(nlp, knowledge):
    found = names(nlp, knowledge, "Der Stadtrat hat den Plan beschlossen. Darüber muss das Landgericht München I "
                  "entscheiden. Die Feuerwehr Köln rückte aus.")
    assert {"Landgericht München I", "Feuerwehr Köln"} <= set(found), found
    assert not {"Landgericht München", "Köln"} & set(found), found


def test_an_adjective_of_an_institutions_name_before_it_and_its_town_belongs_to_the_name(nlp, knowledge):
    found = names(nlp, knowledge, "Der Rektor hat sich mit der Medizinischen Universität Innsbruck geeinigt. "
                  "Die Technische Universität Dresden schweigt. Das Landgericht Hamburg urteilte.")
    assert {"Medizinische Universität Innsbruck", "Technische Universität Dresden", "Landgericht Hamburg"} <= set(found)
    assert "Universität Innsbruck" not in found, found


def test_a_number_in_an_organisations_name_stays_at_the_sentences_end(nlp, knowledge):
    found = names(nlp, knowledge, "Der Landtag hat das Gesetz beschlossen. Scharfe Kritik kam von der "
                  "Umweltschutzorganisation Global 2000. Bosch baute 2000 Stellen ab.")
    assert "Global 2000" in found and "Global" not in found, found


def test_the_town_council_named_without_its_town_takes_the_towns_name_from_the_dateline(nlp, knowledge):
    brief = brief_of(nlp, knowledge, " date 2025-04 OSNABRÜCK. Die Fraunhofer-Gesellschaft hat das Institut "
                     "gegründet. Eine Entscheidung soll bis zum Sommer fallen; der Rat der Stadt muss dem "
                     "Grundstücksgeschäft zustimmen.")
    found = [a.name for a in brief.parties + brief.mentioned]
    assert "Rat der Stadt Osnabrück" in found, found


def test_a_hyphenated_name_whose_first_part_is_a_proper_noun_follows_an_organisation_noun(nlp, knowledge):
    """The tagger reads "Elbe-Chemie" by its last part, a common noun; before, the company was lost."""
    found = names(nlp, knowledge, "Der Chemiekonzern Elbe-Chemie gibt große Teile seines Standorts in Bitterfeld auf. "
                  "Die Gewerkschaft kritisierte die Corona-Hilfen.")
    assert "Elbe-Chemie" in found
    assert not any("Corona" in n for n in found)


def test_a_short_form_the_report_spells_out_itself_beats_the_listed_one(nlp, knowledge):
    """The list knows "BAG" as the Bundesarbeitsgericht and "SGB" as the Swiss union federation; a
    Swiss report's "Bundesamt für Gesundheit (BAG)" and a German one's "SGB VI" are neither."""
    found = names(nlp, knowledge, "Das Bundesamt für Gesundheit (BAG) hat am Dienstag die Prämien für 2026 "
                  "veröffentlicht. Das BAG rechnet mit höheren Kosten. Der VdK verlangte, die Regel im Sechsten Buch "
                  "Sozialgesetzbuch (SGB VI) abzuschaffen.")
    assert "Bundesamt für Gesundheit (BAG)" in found
    assert not {"Bundesarbeitsgericht", "Schweizerischer Gewerkschaftsbund", "SGB"} & set(found), found
    listed = names(nlp, knowledge, "Das Bundesarbeitsgericht (BAG) hat am Dienstag entschieden. Das Bundesamt für "
                   "Migration (BAMF) prüft die Folgen.")
    assert {"Bundesarbeitsgericht", "Bundesamt für Migration und Flüchtlinge"} <= set(listed), listed
    # a listed name whose canonical form is the short form itself: "BDA" is the employers' federation,
    # but "das Bundesdenkmalamt (BDA)" of an Austrian report is the monuments office, and so is "das BDA"
    found = names(nlp, knowledge, "Die Stadtgemeinde und das Bundesdenkmalamt (BDA) haben sich geeinigt. Das BDA "
                  "hatte die Pläne im Dezember abgelehnt. Auch die Fraunhofer-Gesellschaft und die Preisüberwachung "
                  "prüfen.")
    assert "Bundesdenkmalamt (BDA)" in found and "BDA" not in found, found
    assert {"Fraunhofer-Gesellschaft", "Preisüberwachung"} <= set(found), found


def test_an_organisations_branch_in_a_land_is_named_with_the_land(nlp, knowledge):
    found = names(nlp, knowledge, "Die Deutsche Rentenversicherung Hessen hatte den Antrag abgelehnt. Der "
                  "Sozialverband VdK Hessen-Thüringen fordert Konsequenzen. Der Landkreis hat der Stiftung Hessen "
                  "Geld gegeben.")
    assert {"Deutsche Rentenversicherung Hessen", "Sozialverband VdK Hessen-Thüringen"} <= set(found), found
    assert "Hessen-Thüringen" not in found and "Stiftung Hessen" not in found


def test_a_swiss_ammann_is_a_title_and_a_surname_ammann_stays_a_name(nlp, knowledge):
    found = names(nlp, knowledge, "Die Gemeindeversammlung hat den Kredit genehmigt. Gemeindeammann Reto Hübscher (FDP) "
                  "sagte, es gebe keine Alternative. Alt-Bundesrat Johann Schneider-Ammann lobte den Entscheid.")
    assert "Reto Hübscher" in found and "Johann Schneider-Ammann" in found, found
    assert not any(n.startswith("Gemeindeammann") for n in found), found


def test_a_word_made_with_a_verb_prefix_is_no_compound_on_an_organisation_noun(nlp, knowledge):
    """"Verdienst" ends in "Dienst" but is a merit, not a service: "ein Verdienst des Betriebsrats"
    names no organisation."""
    found = names(nlp, knowledge, "Der Betriebsrat hat den Sozialplan unterschrieben. Dass niemand entlassen wird, ist "
                  "ein Verdienst des Betriebsrats. Der Nachrichtendienst BND warnte.")
    assert not any(n.startswith("Verdienst") for n in found) and "BND" in found, found


def test_a_noun_that_only_describes_a_company_is_no_part_of_its_name(nlp, knowledge):
    found = names(nlp, knowledge, "Der Terminalbetreiber Zapfwerk und der Rückversicherer Nordhavn Rück AG haben "
                  "sich geeinigt. Die Vereinigung Cockpit begrüßte das. Gehandelt wird an der Börse Hannover.")
    assert {"Zapfwerk", "Nordhavn Rück AG", "Vereinigung Cockpit", "Börse Hannover"} <= set(found)
    assert not any(n.startswith(("Terminalbetreiber", "Rückversicherer")) for n in found)
    found = names(nlp, knowledge, "Die Grazer Supermarktkette Murkauf und der Diskonter Preisigel haben sich "
                  "geeinigt. Künftig darf das Unternehmen Kassendaten nur noch kurz speichern.")
    assert {"Murkauf", "Preisigel"} <= set(found) and "Kassendaten" not in found, found
    assert not any("Supermarktkette" in n for n in found), found


def test_a_paper_named_by_its_title_after_a_describing_noun_or_in_capitals(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. Die Westschweizer Zeitung "
                  "«Le Temps» hebt die knappe Mehrheit hervor. Aus Wien kommentiert DER STANDARD: „Das ist zu "
                  "wenig.“ Der Bayerische Landtag „tagt“ erst im Herbst.")
    assert {"Le Temps", "Der Standard", "Bayerischer Landtag"} <= set(found), found
    assert not {"Westschweizer Zeitung", "DER"} & set(found), found


def test_a_listed_paper_with_its_article_before_its_quoted_or_capitalised_title(nlp, knowledge):
    for text in ('Der „Standard“ lobt die Ministerin.', 'Der Wiener "Standard" sieht die Länder in der Pflicht.',
                 "Der STANDARD aus Wien fragt nach der Rolle Europas.", "Der Wiener STANDARD blickt auf die Kosten."):
        found = names(nlp, knowledge, "Die Stadt und der Verein haben sich geeinigt. " + text)
        assert "Der Standard" in found and "Standard" not in found, (text, found)


def test_a_brand_word_with_a_capital_inside_names_an_organisation_but_not_a_product_or_place(nlp, knowledge):
    found = names(nlp, knowledge, "Die Autobahn GmbH hat die Lose vergeben. Ein Los geht an die niederländische "
                  "TruckCharge Europe. Laut GeoSphere Austria steigen die Werte, MeteoSchweiz warnt vor Frost.")
    assert {"TruckCharge Europe", "GeoSphere Austria", "MeteoSchweiz"} <= set(found), found
    absent = names(nlp, knowledge, "Die Versicherung hat die Fälle geprüft. Sie liefen durch das Programm "
                   "„ClaimScore“. Die Tagung fand im SportCentrum Kaiserau statt, Geld kam aus dem Förderprogramm "
                   "HatTrick. Auch David McAllister und der Kreis nach BauGB.")
    assert not {"ClaimScore", "SportCentrum Kaiserau", "SportCentrum", "HatTrick", "McAllister"} & set(absent), absent


def test_conferences_of_officials_are_bodies_where_they_act(nlp, knowledge):
    found = names(nlp, knowledge, "Bund und Länder haben sich geeinigt. Die Landessozialreferentenkonferenz "
                  "lehnte verbindliche Standards ab. Die Landeshauptleutekonferenz verlangte einen Kostenersatz.")
    assert {"Landessozialreferentenkonferenz", "Landeshauptleutekonferenz"} <= set(found), found


def test_foreign_legal_forms_end_a_company_name_and_a_start_up_introduces_one(nlp, knowledge):
    found = names(nlp, knowledge, "Steyr Automotive und das schwedische Start-up Volthaul AB haben unterzeichnet. "
                  "Die Reederei Nordic Ferry Oy und die Marmare SpA einigten sich ebenfalls.")
    assert {"Volthaul AB", "Nordic Ferry Oy", "Marmare SpA"} <= set(found), found
    assert not any(name.startswith("Start-up") for name in found), found


def test_legal_forms_written_with_full_stops_or_a_slash_end_a_company_name(nlp, knowledge):
    found = names(nlp, knowledge, "Die tschechische Firma Varhany Dvořák s.r.o. aus Brünn bot weniger. "
                  "Gekauft hat die Velmont Hospitality S.A. gemeinsam mit der Nordvang A/S.")
    assert {"Varhany Dvořák s.r.o.", "Velmont Hospitality S.A.", "Nordvang A/S"} <= set(found), found
    assert not {"Varhany Dvořák", "Velmont Hospitality", "Nordvang A"} & set(found), found


def test_an_animal_after_an_article_is_no_organisation_a_company_is(nlp, knowledge):
    found = names(nlp, knowledge, "Das Kabinett hat das Jagdgesetz beschlossen. Der Wolf soll künftig dem "
                  "Jagdrecht unterliegen, der Wolf bleibt geschützt. Die Lufthansa und die Asfinag begrüßten das.")
    assert "Wolf" not in found, found
    assert {"Lufthansa", "Asfinag"} <= set(found), found


def test_a_proper_noun_in_the_genitive_before_the_verb_is_no_subject(nlp, knowledge):
    found = names(nlp, knowledge, "Das Kabinett hat das Jagdgesetz beschlossen. Die Zahl des Wolfs ist gestiegen. "
                  "Ein Team des Landes-CERT ist vor Ort. Auch Oxfam erklärte, das sei gut.")
    assert "Wolfs" not in found, found
    assert {"Landes-CERT", "Oxfam"} <= set(found), found
    # a word with an article that the tagger also reads as a common noun is no town that acts
    found = names(nlp, knowledge, "Die Gemeindeversammlung tagt. Die Halle ist voll. Die Jusos lehnen ab.")
    assert "Halle" not in found and "Jusos" in found, found
    found = names(nlp, knowledge, "Die Anrainer klagen. Eine Halle ändert nichts daran. Ein Baum kühlt niemanden.")
    assert not {"Halle", "Baum"} & set(found), found


def test_papers_quoted_with_their_town_or_publisher_or_after_their_verb_are_named(nlp, knowledge):
    found = names(nlp, knowledge, "Das Kabinett hat das Gesetz beschlossen. Die „Rheinische Post“ aus Düsseldorf "
                  "blickt auf die Kosten. Die \"Aargauer Zeitung\" von CH Media fragt nach den Heimen. Der „Kurier“ "
                  "(Wien) kritisiert die Opposition. Ähnlich urteilt der \"Blick\". Die Städte haben die "
                  "\"Frankfurter Erklärung\" unterzeichnet und ein Netz gegründet. Er las den \"Spiegel\".")
    assert {"Rheinische Post", "Aargauer Zeitung", "Kurier", "Blick"} <= set(found), found
    assert not {"Frankfurter Erklärung", "Spiegel"} & set(found), found


def test_a_limited_partnership_keeps_its_co_kg_and_an_acronym_its_branch(nlp, knowledge):
    found = names(nlp, knowledge, "Die BH hat der Marchfelder Kieswerke GmbH & Co KG den Bescheid erteilt. Die Müller "
                  "Bau GmbH & Co. KG hat geklagt. Die ÖVP Wien sprach von Symptombekämpfung, die GEW Berlin lehnt "
                  "das ab. Auch die ECPAT Deutschland warnt. Die Außenminister der DR Kongo und Ruandas trafen sich.")
    assert {"Marchfelder Kieswerke GmbH & Co KG", "Müller Bau GmbH & Co. KG", "ÖVP Wien", "GEW Berlin",
            "ECPAT Deutschland"} <= set(found), found
    assert "DR Kongo" not in found and "KG" not in found, found


def test_listed_names_opening_with_adjectives_match_however_the_sentence_inflects_them(nlp, knowledge):
    found = names(nlp, knowledge, "Das Deutsche Rote Kreuz begrüßte den Beschluss. Laut der Neuen Zürcher Zeitung "
                  "hat das Europäische Parlament zugestimmt.")
    assert {"Deutsches Rotes Kreuz", "Neue Zürcher Zeitung", "Europäisches Parlament"} <= set(found), found


def test_a_ministry_keeps_the_departments_named_after_it(nlp, knowledge):
    found = names(nlp, knowledge, "Angeordnet hat das Bayerische Staatsministerium des Innern die Lage. Das "
                  "Bundesministerium für Wohnen, Kunst, Kultur, Medien und Sport prüft. Das Bundesministerium für "
                  "Land- und Forstwirtschaft, Klima- und Umweltschutz, Regionen und Wasserwirtschaft (BMLUK) widerspricht. "
                  "Die Arbeitgebervereinigung Sozialwirtschaft Österreich (SWÖ) verhandelt.")
    assert {"Bayerisches Staatsministerium des Innern", "Bundesministerium für Wohnen, Kunst, Kultur, Medien und Sport",
            "Bundesministerium für Land- und Forstwirtschaft, Klima- und Umweltschutz, Regionen und Wasserwirtschaft "
            "(BMLUK)", "Sozialwirtschaft Österreich (SWÖ)"} <= set(found), found
    # pairs listed ("…, Kunst und Kultur"), but not parties after the ministry
    found = names(nlp, knowledge, "Ein Sprecher des Hessischen Ministeriums für Wissenschaft und Forschung, Kunst und "
                  "Kultur sagte das. Laut dem Ministerium für Arbeit und Soziales, Grüne und SPD seien dafür.")
    assert {"Hessisches Ministerium für Wissenschaft und Forschung, Kunst und Kultur",
            "Ministerium für Arbeit und Soziales", "Grüne", "SPD"} <= set(found), found
    # with the adjective of its region before a genitive field
    found = names(nlp, knowledge, "Das Hessische Ministerium des Innern prüft die Fusion.")
    assert "Hessisches Ministerium des Innern" in found, found
    # also where the ministry acts after "vom"
    found = names(nlp, knowledge, "Die Polizei erhält das System vom Bundesministerium für Inneres leihweise.")
    assert "Bundesministerium für Inneres" in found and "Bundesministerium" not in found, found


def test_parliaments_services_and_a_foundation_named_by_its_purpose_are_named(nlp, knowledge):
    found = names(nlp, knowledge, "Der Nationalrat hat die Regeln verschärft. Die Parlamentsdienste haben sieben "
                  "Vorfälle registriert. Der Förderverein hat mit Unterstützung der Deutschen Stiftung Denkmalschutz "
                  "gewonnen, die Deutsche Rentenversicherung Bund zahlt.")
    assert {"Parlamentsdienste", "Deutsche Stiftung Denkmalschutz", "Deutsche Rentenversicherung Bund"} <= set(found), found


def test_an_assembly_of_an_organisation_is_the_organisation_and_a_parliament_keeps_its_state(nlp, knowledge):
    found = names(nlp, knowledge, "Die Vertreterversammlung der Architektenkammer Rheinland-Pfalz hat am Samstag "
                  "beschlossen. Die Mitgliederversammlung des Vereins stimmte zu. Die 97 Abgeordneten des Landtags "
                  "von Sachsen-Anhalt bekommen mehr Geld.")
    assert {"Architektenkammer Rheinland-Pfalz", "Landtag Sachsen-Anhalt"} <= set(found), found
    assert not any("versammlung" in name for name in found), found


def test_an_office_or_committee_keeps_every_field_listed_after_its_fuer(nlp, knowledge):
    found = names(nlp, knowledge, "Der Bundestag hat zugestimmt. Grundlage war eine Empfehlung des Ausschusses für "
                  "Wahlprüfung, Immunität und Geschäftsordnung. Wendler sitzt im Ausschuss für Arbeit und Soziales. Das "
                  "Bayerische Staatsministerium für Wohnen, Bau und Verkehr prüft. Die Behörde für Umwelt, Klima und "
                  "Agrarwirtschaft widerspricht.")
    assert {"Ausschuss für Wahlprüfung, Immunität und Geschäftsordnung", "Ausschuss für Arbeit und Soziales",
            "Bayerisches Staatsministerium für Wohnen, Bau und Verkehr",
            "Behörde für Umwelt, Klima und Agrarwirtschaft"} <= set(found), found


def test_a_listed_name_read_by_a_rule_takes_the_lists_spelling(nlp, knowledge):
    found = names(nlp, knowledge, "Die Autobahn GmbH hat die Talbrücke gesperrt. Das berichtet die Kleine "
                  "Zeitung. Laut der Kleinen Zeitung fehlt ein Plan.")
    assert "Autobahn GmbH des Bundes" in found and "Autobahn GmbH" not in found
    assert "Kleine Zeitung" in found and "Kleinen Zeitung" not in found


def test_a_short_name_told_before_a_registered_one_is_its_own_actor(nlp, knowledge):
    found = names(nlp, knowledge, "Die Firma Velmar, das Land und die Stadt haben sich geeinigt. Die Velmar "
                  "saniert die Brücke. Velmar zahlt 4 Millionen Euro. Gebaut wird von der Velmar Bau Management GmbH.")
    assert "Velmar" in found and "Velmar Bau Management GmbH" in found
    found = names(nlp, knowledge, "Die Velmar Anlagenbau GmbH hat geklagt. Velmar zahlt 4 Millionen Euro.")
    assert "Velmar" not in found and "Velmar Anlagenbau GmbH" in found


def test_a_trade_compound_after_a_companys_name_ends_it(nlp, knowledge):
    found = names(nlp, knowledge, "Vor Gericht hat der Maschinenbauer Hartmann Schweißtechnik einen Erfolg erzielt. "
                  "Der Sprengmeister der Firma Thiele Sprengtechnik, Ralf Kötter, ist zufrieden.")
    assert "Hartmann Schweißtechnik" in found and "Thiele Sprengtechnik" in found
    assert "Hartmann" not in found and "Thiele" not in found


def test_a_regional_adjective_names_an_institution_without_its_place(nlp, knowledge):
    found = names(nlp, knowledge, "Der BGH bestätigt die Entscheidung des Hanseatischen Oberlandesgerichts vom März. "
                  "Der Richter am Obersten Gericht widersprach.")
    assert "Hanseatisches Oberlandesgericht" in found
    assert not any(name.startswith("Ober") for name in found)  # no superlative read as a name's adjective
    found = names(nlp, knowledge, "Das Gericht ließ die Berufung zum Hessischen Verwaltungsgerichtshof in Kassel zu.")
    assert "Hessischer Verwaltungsgerichtshof" in found, found  # with its seat after it


def test_a_quoted_paper_after_its_verb_and_es(nlp, knowledge):
    found = names(nlp, knowledge, "Der Nationalrat hat die Novelle beschlossen. Kritischer sieht es „Die Presse“. "
                  "Ähnlich sieht es der „Grenzbote“. Die Regierung bitte den Mittelstand zur Kasse.")
    assert "Die Presse" in found and "Grenzbote" in found


def test_papers_after_an_adverb_with_a_town_in_brackets_and_as_a_hyphenated_compound(nlp, knowledge):
    found = names(nlp, knowledge, "Die Regierung hat die Kontrollen verlängert. Anders die „Passauer Neue Presse“: Die "
                  "Kontrollen hätten sich bewährt. Die „Märkische Oderzeitung“ aus Frankfurt (Oder) verweist auf "
                  "Polen. Die Nordwest-Zeitung aus Oldenburg richtet den Blick auf das Land.")
    assert {"Passauer Neue Presse", "Märkische Oderzeitung", "Nordwest-Zeitung"} <= set(found), found


def test_a_disease_with_its_short_form_is_no_organisation(nlp, knowledge):
    found = names(nlp, knowledge, "Im Landkreis ist die Afrikanische Schweinepest (ASP) ausgebrochen. Die ASP ist für "
                  "Menschen ungefährlich. Gegen die Maul- und Klauenseuche (MKS) sperrt das Land die Grenze. "
                  "Die Tierseuchenkasse zahlt.")
    assert not any("ASP" in name or "MKS" in name or "Schweinepest" in name for name in found), found


def test_a_court_for_a_field_with_its_town_and_no_parliament_for_a_cause(nlp, knowledge):
    found = names(nlp, knowledge, "Das Landesgericht für Zivilrechtssachen Graz hat den Sanierungsplan bestätigt. "
                  "Der Verband werde sich im Ständerat für Korrekturen einsetzen.")
    assert "Landesgericht für Zivilrechtssachen Graz" in found
    assert not any("für Korrekturen" in name for name in found)


def test_an_office_for_its_fields_with_its_town_and_a_district_of_two_towns(nlp, knowledge):
    found = names(nlp, knowledge, "Der Antrag auf Förderung liegt beim Amt für Ernährung, Landwirtschaft und Forsten "
                  "Kempten, eine Entscheidung steht noch aus. Der Landkreis Neustadt an der Aisch-Bad Windsheim zahlt.")
    assert {"Amt für Ernährung, Landwirtschaft und Forsten Kempten",
            "Landkreis Neustadt an der Aisch-Bad Windsheim"} <= set(found), found
    assert "Forsten Kempten" not in found, found


def test_a_paper_in_capitals_a_speaker_in_capitals_and_a_name_with_two_tails(nlp, knowledge):
    found = names(nlp, knowledge, "Das Gericht hat das Verfahren über die Brinkmann Logistik Gruppe eröffnet. "
                  "Die NEUE WESTFÄLISCHE aus Bielefeld schreibt: „Das ist bitter.“ "
                  "Bundesrätin Nadia Rüegg äußerte sich in Bern. O-TON RÜEGG: Wir können keine Plätze bauen.")
    assert {"Brinkmann Logistik Gruppe", "Neue Westfälische", "Nadia Rüegg"} <= set(found)
    assert "NEUE" not in found and "RÜEGG" not in found and "Brinkmann Logistik" not in found
    found = names(nlp, knowledge, "Elfriede Kogler leitet den Sozialmarkt seit elf Jahren.\n\nO-TON ELFRIEDE KOGLER: "
                  "Wir haben heuer so viele Ansuchen wie noch nie.")
    assert found == ["Elfriede Kogler"], found


def test_a_name_in_a_speaker_label_in_capitals_is_spelled_as_the_report_spells_it(nlp, knowledge):
    found = names_in_brief(nlp, knowledge, "Regionaljournal Zürich, Mittwoch, 17. September 2025, 17.30 Uhr\n\n"
                           "MODERATOR: Die Glattwäsche AG zieht nach Rümlikon. Die Gewerkschaft Syna ist skeptisch. "
                           "Die 14-jährige Lena hat zugehört.\n\n"
                           "O-TON MARCO BERNASCONI, SYNA: Automatisierung ja, aber nicht so.\n\n"
                           "O-TON URSULA HÄGI, GEMEINDEPRÄSIDENTIN RÜMLIKON: Für uns ist das ein Glücksfall.\n\n"
                           "O-TON DANIEL FREI, CEO GLATTWÄSCHE AG: Wir wachsen.\n\n"
                           "O-TON LENA, SCHÜLERIN: Am Anfang war es peinlich.\n")
    assert {"Glattwäsche AG", "Syna", "Lena"} <= set(found), found
    assert not {"GLATTWÄSCHE AG", "SYNA", "RÜMLIKON", "Rümlikon", "LENA"} & set(found), found


def test_a_describing_head_in_the_genitive_leaves_the_name_alone(nlp, knowledge):
    found = names(nlp, knowledge, "Der Ausschuss stimmte dem Verkauf des Terminalbetreibers Eurogate zu.")
    assert "Eurogate" in found and not any("Terminalbetreiber" in name for name in found)


def test_a_chains_name_the_lexicon_hardly_knows_stands_without_the_chain(nlp, knowledge):
    found = names(nlp, knowledge, "Die Friseurkette Haarwerk übernimmt 19 Salons. Der wichtigste Kunde, die "
                  "Möbelhandelskette Wohnwelt Kranz, ist zahlungsunfähig. Kundinnen des Autobauers Velaro erhalten "
                  "Entschädigungen, Kunden des Autobauers Zentor Entschädigungen.")
    assert {"Haarwerk", "Wohnwelt Kranz", "Velaro", "Zentor"} <= set(found), found
    assert not any("kette" in name or "Entschädigungen" in name for name in found), found


def test_a_short_form_one_word_spells_and_an_order_are_no_longer_names(nlp, knowledge):
    found = names(nlp, knowledge, "Die Gesellschaft entscheidet über die Vergabe der Bundesgartenschau (BUGA) 2035. "
                  "Die Hessische Bauordnung (HBO) wird geändert.")
    assert "Bundesgartenschau (BUGA)" in found
    assert not any(name.startswith("Vergabe") or "HBO" in name for name in found), found


def test_a_courts_numeral_at_a_sentences_end_and_a_describing_noun_before_a_company(nlp, knowledge):
    found = names(nlp, knowledge, "Das Urteil fällte das Landgericht München I. Die Projektentwicklerin "
                  "Frankenhof Projektentwicklung AG will klagen. Die Müller Bau GmbH schweigt.")
    assert {"Landgericht München I", "Frankenhof Projektentwicklung AG", "Müller Bau GmbH"} <= set(found), found
    # a rival or buyer before a company's registered name only says how it stands to the other
    found = names(nlp, knowledge, "23 Standorte übernimmt der Hamburger Konkurrent Studio Nordlicht AG. Die Käufer "
                  "Alpenblick Holding AG schweigen.")
    assert {"Studio Nordlicht AG", "Alpenblick Holding AG"} <= set(found), found


def _names_without_dateline(nlp, knowledge, text: str) -> list[str]:
    brief = brief_of(nlp, knowledge, text)
    return [a.name for a in brief.parties + brief.mentioned]


def test_a_cantons_letters_after_a_swiss_town_name_no_organisation(nlp, knowledge):
    found = names(nlp, knowledge, "Der Stadtrat von Frauenfeld TG hat entschieden. Die Gemeinde Wil SG ist dagegen. "
                  "Auch Uzwil SG lehnt ab. Die CVP LU stimmt zu.")
    assert not {"TG", "SG", "Uzwil SG", "LU"} & set(found), found
    assert "CVP LU" in found


def test_a_council_of_a_town_named_after_von_or_its_municipality(nlp, knowledge):
    found = _names_without_dateline(nlp, knowledge, (
        " date 2025-09 Lichtplan beschlossen\n\nNach langer Debatte war es entschieden: Der Gemeinderat der "
        "Marktgemeinde Sankt Ulrich am Rodlbach hat am 23. September den Plan beschlossen. Der Stadtrat von "
        "Murtenbach lehnt ab. Der Stadtrat von Wien schweigt."))
    assert {"Gemeinderat Sankt Ulrich am Rodlbach", "Stadtrat Murtenbach", "Stadtrat Wien"} <= set(found), found


def test_a_bare_council_takes_the_town_of_the_reports_other_council(nlp, knowledge):
    found = _names_without_dateline(nlp, knowledge, (
        " date 2025-11 Guggen dürfen länger spielen\n\nLiveticker: Rüegsbach streitet über die Nachtruhe\n\n"
        "Die Gemeindeversammlung von Rüegsbach hat am Mittwoch das Reglement genehmigt. Der Gemeinderat ist "
        "enttäuscht."))
    assert {"Gemeindeversammlung Rüegsbach", "Gemeinderat Rüegsbach"} <= set(found), found
    assert not any("Liveticker" in name for name in found)


def test_a_compound_on_verein_names_an_association_with_what_follows(nlp, knowledge):
    found = names(nlp, knowledge, "Bei der Versammlung des Fasnachtsvereins Pfaffenried haben die Mitglieder "
                  "abgestimmt. Der Verein Changing Cities klagt. Der Vorstand des Vereins lehnt ab.")
    assert "Fasnachtsverein Pfaffenried" in found
    # "Verein" with the club's name after it names the club; alone it refers back
    assert not any(name.startswith("Changing") or name in ("Verein", "Vereins") for name in found), found
    assert "Verein Changing Cities" in found, found


def test_a_committee_named_in_swiss_quotes_and_a_popular_initiative_no_actor(nlp, knowledge):
    found = names(nlp, knowledge, "Der Kantonsrat hiess den Gegenvorschlag zur Volksinitiative «Bezahlbare "
                  "Wohnungen für alle» gut. Das Komitee «Nein zum Wärme-Abenteuer» warnte. Heidi Wüest vom "
                  "Referendumskomitee «Ruhige Nächte» zeigt sich enttäuscht.")
    assert {"Komitee «Nein zum Wärme-Abenteuer»", "Referendumskomitee «Ruhige Nächte»"} <= set(found), found
    assert not any("Bezahlbare" in name for name in found)


def test_technical_short_forms_and_the_night_sky_are_no_actors(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt Lindenau stellt auf LED um, nach ÖNORM O 1052 und DIN 13201. "
                  "Man sehe die Milchstraße kaum noch, sagte der Verein Sternfreunde.")
    assert not {"LED", "ÖNORM O", "DIN", "Milchstraße"} & set(found), found


def test_councils_of_parents_pupils_and_students_are_bodies_and_a_bare_one_is_the_placed_one(nlp, knowledge):
    found = names(nlp, knowledge, "Nach Angaben des Landeselternrats Niedersachsen fielen viele Busse aus. Der "
                  "Landeselternrat begrüßte die Einigung. Auch der Landesschülerrat meldete sich zu Wort.")
    assert "Landeselternrat Niedersachsen" in found and "Landesschülerrat" in found, found
    assert "Landeselternrat" not in found, found  # the one named with its Land


def test_the_adjective_of_a_region_with_two_names_names_its_government(nlp, knowledge):
    found = names(nlp, knowledge, "Die rheinland-pfälzische Landesregierung hat gestern einen Aktionsplan "
                  "beschlossen. Die nordrhein-westfälische Landesregierung will folgen.")
    assert {"Rheinland-Pfälzische Landesregierung", "Nordrhein-Westfälische Landesregierung"} <= set(found), found
    # a hyphenated adjective of no listed region names no government
    assert not any("Landesregierung" in n for n in names(nlp, knowledge, "Die ober-unterische Landesregierung "
                                                                        "hat einen Plan beschlossen.")), found


def test_an_organisation_named_without_its_region_is_the_one_named_with_it(nlp, knowledge):
    found = names(nlp, knowledge, "Der Gemeinde- und Städtebund Rheinland-Pfalz forderte mehr Geld. Der Gemeinde- "
                  "und Städtebund hat recht, schreibt die Zeitung. Die Linke Rheinland-Pfalz und die SPD stimmten zu.")
    assert "Gemeinde- und Städtebund Rheinland-Pfalz" in found and "Gemeinde- und Städtebund" not in found, found


def test_the_cabinet_a_government_decides_in_is_named(nlp, knowledge):
    found = names(nlp, knowledge, "Die Bundesregierung hat am Mittwoch im Ministerrat eine Reform der Pflege "
                  "beschlossen. Sozialministerin Anna Berger (SPÖ) sprach nach dem Ministerrat von einem großen "
                  "Schritt.")
    assert "Ministerrat" in found and "Bundesregierung" in found, found


def test_a_listed_river_in_the_genitive_or_named_by_its_stretch_is_no_actor(nlp, knowledge):
    found = names(nlp, knowledge, "Die Hornisse breitet sich entlang des Oberrheins aus. Am Ufer des Rheins "
                  "stellte der Verein Imkerfreunde Fallen auf. Ministerpräsident Boris Rhein lobte das.")
    assert not {"Oberrheins", "Rheins", "Oberrhein", "Rhein"} & set(found), found
    assert "Boris Rhein" in found, found  # a person's full name stays


def test_an_association_of_the_reports_town_keeps_its_noun(nlp, knowledge):
    found = _names_without_dateline(nlp, knowledge, (
        " date 2025-03 Parken wird teurer\n\nWer in Hohenwerder parkt, zahlt mehr. Der Handelsverband Hohenwerder "
        "kritisierte den Beschluss. Der Pharmaverband Pharmig warnt.\nPharmig-Generalsekretär Markus Pendl "
        "widersprach."))
    assert "Handelsverband Hohenwerder" in found and "Pharmig" in found, found


def test_a_body_named_by_an_adjective_in_the_genitive(nlp, knowledge):
    found = names(nlp, knowledge, "Nach Angaben des Niedersächsischen Städtetags prüfen mehrere Kommunen "
                  "ähnliche Schritte.")
    assert "Niedersächsischer Städtetag" in found, found


def test_a_council_after_a_colon_or_its_verb_in_the_lead_is_a_party(nlp, knowledge):
    brief = brief_of(nlp, knowledge, (
        " date 2025-09 Lichtplan beschlossen\n\nNach langer Debatte war es entschieden: Der Gemeinderat der "
        "Marktgemeinde Sankt Ulrich am Rodlbach hat am 23. September den Plan beschlossen. Bürgermeister Manfred "
        "Pühringer (ÖVP) freute sich."))
    assert "Gemeinderat Sankt Ulrich am Rodlbach" in [a.name for a in brief.parties], brief.parties


def test_where_no_rule_finds_a_party_the_first_actor_the_opening_names_stands_for_the_event(nlp, knowledge):
    brief = brief_of(nlp, knowledge, (
        " date 2025-10 Frauen dürfen mitlaufen\n\nDie Fasnacht im Oberland war seit jeher Männersache. Bei der "
        "Jahreshauptversammlung des Fasnachtsvereins Pfaffenried im Oktober haben die Mitglieder nun mit 147 zu 131 "
        "Stimmen beschlossen, dass auch Frauen Larven tragen dürfen."))
    assert [a.name for a in brief.parties] == ["Fasnachtsverein Pfaffenried"], brief.parties


def test_a_bank_named_with_its_place_keeps_its_noun(nlp, knowledge):
    found = names(nlp, knowledge, "Die Volksbank Solling-Leinetal eG und die Raiffeisenbank Ilmetal eG werden zur VR "
                  "Bank Solling-Ilme eG. 187 Vertreter der Sparkasse Gurktal-Nockberge stimmten zu. Das marokkanische "
                  "Energieamt ONEE liefert Strom.")
    assert {"Volksbank Solling-Leinetal eG", "Raiffeisenbank Ilmetal eG", "VR Bank Solling-Ilme eG",
            "Sparkasse Gurktal-Nockberge", "ONEE"} <= set(found), found


def test_an_institution_named_with_a_double_place_name_keeps_it(nlp, knowledge):
    found = names(nlp, knowledge, "Der Student klagte gegen die Hochschule Lahn-Dill. Die Kantonspolizei Basel-Stadt "
                  "sperrte die Strasse.")
    assert {"Hochschule Lahn-Dill", "Kantonspolizei Basel-Stadt"} <= set(found), found


def test_a_body_its_head_speaks_for_is_named(nlp, knowledge):
    found = names(nlp, knowledge, "Die Präsidentin der Bildungsministerkonferenz, Friederike Anselm, sprach von "
                  "einem Erfolg. Der Vorsitzende des Kultusausschusses, Jan Meier, widersprach.")
    assert {"Bildungsministerkonferenz", "Kultusausschuss"} <= set(found), found
    # a court's chamber is not named by its presiding judge
    found = names(nlp, knowledge, "Der Vorsitzende des Senats, Gerichtspräsident Stephan Harbarth, sagte das.")
    assert "Senat" not in found, found


def test_an_organisation_that_opens_a_title_is_named(nlp, knowledge):
    brief = brief_of(nlp, knowledge, " date 2025-05 Schulen\n\nDas Land stockt die Sprachförderung auf. Die "
                     "GEW-Landesvorstandssprecherin Elke Bauer kritisierte das Tempo.")
    assert "GEW" in [a.name for a in brief.mentioned], brief.mentioned


def test_a_listed_organisations_branch_in_a_diocese_is_one_name(nlp, knowledge):
    found = names(nlp, knowledge, "Die Caritas der Diözese Linz betreibt den Markt.")
    assert found == ["Caritas der Diözese Linz"], found


def test_a_club_is_named_by_its_compound_and_name(nlp, knowledge):
    found = names(nlp, knowledge, "Der Modellflugclub Donauland Mauthofen ist dagegen. Stefan Lechner, Obmann des "
                  "Modellflugclubs Unterinntal, befürchtet Verbote. Die Abgeordneten des Schweizer Alpen-Club SAC "
                  "entscheiden.")
    assert {"Modellflugclub Donauland Mauthofen", "Modellflugclub Unterinntal", "SAC"} <= set(found), found
    found = names(nlp, knowledge, "Kritik kam von der Bundesinnung der Rauchfangkehrer.")
    assert "Bundesinnung der Rauchfangkehrer" in found, found
    assert "Alpen-Club SAC" not in found, found


def test_a_noun_that_governs_a_long_form_in_the_genitive_is_none_of_it(nlp, knowledge):
    found = names(nlp, knowledge, "Nach Angaben des Deutschen Sparkassen- und Giroverbands (DSGV) sank die Zahl der "
                  "Filialen. Die Zusage des Bundesministeriums für Forschung, Technologie und Raumfahrt (BMFTR) steht.")
    assert {"Deutscher Sparkassen- und Giroverband (DSGV)",
            "Bundesministerium für Forschung, Technologie und Raumfahrt (BMFTR)"} <= set(found), found
    assert not [n for n in found if n.startswith(("Angaben", "Zusage"))], found
    # an organisation's branch and a government stay whole
    found = names(nlp, knowledge, "Der Ortsverband des Österreichischen Kameradschaftsbundes (ÖKB) feiert. Die "
                  "Schattenregierung der Nationalen Einheit (NUG) protestiert.")
    assert "Schattenregierung der Nationalen Einheit (NUG)" in found, found
    assert not [n for n in found if n.startswith("Österreichische")], found


def test_an_interviews_initials_after_a_name_are_speaker_labels_not_a_short_form(nlp, knowledge):
    found = names(nlp, knowledge, "Magdalena Kössler (MK) von der Oberland-Rundschau hat mit Vereinsobmann Johann "
                  "Pittl (JP) gesprochen. Das Management Center Innsbruck (MCI) forscht.")
    assert {"Magdalena Kössler", "Johann Pittl", "Management Center Innsbruck (MCI)"} <= set(found), found
    assert not any("(MK)" in name or "(JP)" in name for name in found)


def test_another_person_of_a_listed_persons_surname_keeps_her_own_name(nlp, knowledge):
    """"BLL-Fraktionschefin Sabine Merz" had been Friedrich Merz, a party, and her words his."""
    found = names(nlp, knowledge, "Der Rat hat den Vertrag beschlossen. BLL-Fraktionschefin Sabine Merz hielt "
                  "dagegen. Merz sagte, das sei falsch.")
    assert "Sabine Merz" in found and "Friedrich Merz" not in found, found
    found = names(nlp, knowledge, "Der Rat hat den Vertrag beschlossen. Sabine Merz hielt dagegen.")
    assert found == ["Sabine Merz"], found
    # the listed person under another spelling of his given name, behind a title, or with his own title
    assert "Wladimir Putin" in names(nlp, knowledge, "Präsident Vladimir Putin hat den Vertrag unterzeichnet.")
    assert "Muhammad Yunus" in names(nlp, knowledge, "Friedensnobelpreisträger Muhammad Yunus hat den Vertrag "
                                     "unterzeichnet.")
    found = names(nlp, knowledge, "Kanzler Merz hat den Vertrag unterzeichnet. Sabine Merz von der SPD "
                  "kritisierte ihn.")
    assert {"Friedrich Merz", "Sabine Merz"} <= set(found), found


def test_the_swiss_news_agency_is_a_medium_named_but_no_party(nlp, knowledge):
    for text in ("Der Rat hat den Kredit beschlossen. «Das ist gut», sagte er gegenüber Keystone-SDA.",
                 "Der Rat hat den Kredit beschlossen. Das sagte der Präsident gegenüber der Nachrichtenagentur "
                 "Keystone-SDA."):
        brief = brief_of(nlp, knowledge, " date 2025-09 Bern (sda) - " + text)
        assert "Keystone-SDA" in [a.name for a in brief.mentioned], brief.mentioned
        assert "Keystone-SDA" not in [a.name for a in brief.parties], brief.parties


def test_a_town_keeps_the_lake_or_river_that_sets_it_apart(nlp, knowledge):
    found = names(nlp, knowledge, "Der Gerichtshof hat die Gemeinde Lanzing am Lanzensee zu Schadenersatz verurteilt. "
                  "Die Gemeinde Lanzing muss 480.000 Euro zahlen. Das Amtsgericht Frankfurt am Main gab der Klage statt.")
    assert {"Gemeinde Lanzing am Lanzensee", "Amtsgericht Frankfurt am Main"} <= set(found), found
    assert "Gemeinde Lanzing" not in found
    assert "Gemeinde St. Leonhard im Kalkgraben" in names(nlp, knowledge, "Die Behörde genehmigte den Antrag; die "
                                                          "Gemeinde St. Leonhard im Kalkgraben will berufen.")
    # a time or a procedure after "am"/"im" is no part of the name
    found = names(nlp, knowledge, "Der Flughafen Stuttgart am Freitagabend meldete Ausfälle. "
                  "Das Landgericht Konstanz im Wiederaufnahmeverfahren sprach den Mann frei.")
    assert {"Flughafen Stuttgart", "Landgericht Konstanz"} <= set(found), found


def test_a_rare_town_the_tagger_reads_as_a_plural_is_still_a_town(nlp, knowledge):
    found = names(nlp, knowledge, "Das Gericht entschied, dass die Stadt Eichenstetten am Main den Ausschank nicht "
                  "beenden darf. Zuvor hatte die Stadt Verkehrszählungen durchgeführt. Die Fusion der Gemeinden "
                  "Stallhofen und Söding-St. Johann ist gescheitert.")
    assert "Stadt Eichenstetten am Main" in found, found
    assert not any(name.startswith(("Stadt Verkehrs", "Gemeinde Söding")) for name in found), found


def test_a_dateline_in_capitals_with_its_river_names_the_council(nlp, knowledge):
    brief = brief_of(nlp, knowledge, " date 2025-10 Rüsthaus\n\nWALDEGG AN DER FEISTRITZ. Die Entscheidung ist "
                     "gefallen. Der Gemeinderat hat am Donnerstag den Bau eines Rüsthauses beschlossen.")
    assert [a.name for a in brief.parties + brief.mentioned] == ["Gemeinderat Waldegg an der Feistritz"]
    # a council's name in the dateline is no town
    brief = brief_of(nlp, knowledge, " date 2025-11 Steinbruch\n\nLiveticker: Fluebach sagt Ja zum Steinbruch\n\n"
                     "Gemeindeversammlung Fluebach AG, 28.11.2025 – wir berichten live aus der Mehrzweckhalle.\n\n"
                     "22:47 Uhr\nZusammengefasst: Die Gemeindeversammlung hat der Erweiterung zugestimmt.")
    assert [a.name for a in brief.parties + brief.mentioned] == ["Gemeindeversammlung Fluebach"]


def test_a_council_of_a_market_town_with_its_river_and_a_volunteer_fire_brigade(nlp, knowledge):
    found = names(nlp, knowledge, "Mit 13 zu 8 Stimmen hat der Gemeinderat der Marktgemeinde Waldegg an der Feistritz "
                  "den Bau eines Rüsthauses für die Freiwillige Feuerwehr Waldegg beschlossen.")
    assert found == ["Gemeinderat Waldegg an der Feistritz", "Freiwillige Feuerwehr Waldegg"], found


def test_a_chamber_with_its_land_is_the_lands_not_the_national_one(nlp, knowledge):
    found = names(nlp, knowledge, "Zufrieden zeigt sich die Wirtschaftskammer Salzburg. Die Arbeiterkammer Wien "
                  "kritisiert den Beschluss. Die Wirtschaftskammer Österreich schweigt.")
    assert found == ["Wirtschaftskammer Salzburg", "Arbeiterkammer Wien", "Wirtschaftskammer Österreich"], found
    # the bare alias stays the listed national body; a name that is no institution's keeps its country
    assert names(nlp, knowledge, "Die Wirtschaftskammer kritisiert den Beschluss.") == ["Wirtschaftskammer Österreich"]
    assert "Caritas Schweiz" in names(nlp, knowledge, "Die Caritas Schweiz kritisiert den Beschluss.")


def test_a_neighbour_is_no_part_of_a_bodys_name(nlp, knowledge):
    assert names(nlp, knowledge, "Dann müssen wir mit der Nachbarfeuerwehr Langnau-Oberfeld über einen Pool "
                 "sprechen.") == ["Feuerwehr Langnau-Oberfeld"]
    assert names(nlp, knowledge, "Die Nachbargemeinden Oberrohr und Wilmatt lehnen ab.") == [
        "Gemeinde Oberrohr", "Gemeinde Wilmatt"]


@pytest.mark.parametrize("office", ["Bezirkshauptmannschaft Leoben", "Wasserwirtschaftsamt Isartal", "Magistrat Wien",
                                    "Landratsamt Main-Spessart", "Diözese Rottenburg-Stuttgart", "Tourismusverband Steyrbach",
                                    "Kreisverband Harz", "Brauerei Schwarzmann"])
def test_an_office_of_a_district_or_town_is_named_with_its_place(nlp, knowledge, office):
    assert names(nlp, knowledge, f"Die Stadt und {office} haben den Antrag genehmigt.") == [office]


def test_dateline_of_a_town_with_its_prefix_names_the_councils(nlp, knowledge):
    found = names_in_brief(nlp, knowledge, " date 2025-11 Gebühren\n\nBAD LINDAU. Wer in Bad Lindau stirbt, zahlt "
                           "mehr. Die Stadtverordnetenversammlung hat am Dienstag die Satzung beschlossen. "
                           "Der Magistrat sagte zu, ein Modell vorzulegen.")
    assert "Stadtverordnetenversammlung Bad Lindau" in found and "Magistrat Bad Lindau" in found


def test_the_one_municipality_an_agency_report_names_is_its_councils_not_the_agencys_office(nlp, knowledge):
    found = names_in_brief(nlp, knowledge, " date 2025-05 Sperrzeit\n\nWürzburg (dpa/lby) - Das Gericht hat "
                           "entschieden, dass die Stadt Eichenstetten am Main den Ausschank nicht beenden darf. "
                           "Der Stadtrat will über eine Berufung beraten.")
    assert "Stadtrat Eichenstetten am Main" in found and "Stadtrat Würzburg" not in found, found
    # "die Stadt Händler aus dem Tessin ausschliessen": a noun after "Stadt", no municipality
    found = names_in_brief(nlp, knowledge, " date 2025-05 Markt\n\nSEEWILEN. Der Stadtrat hat das Reglement "
                           "beschlossen. Offen ist, ob die Stadt Händler aus dem Tessin ausschliessen will.")
    assert "Stadtrat Seewilen" in found, found


def test_council_word_before_a_members_surname_is_a_title(nlp, knowledge):
    found = names(nlp, knowledge, "Die Gemeindeversammlung hat am Montag den Kredit angenommen. "
                  "Gemeinderat Reto Gfeller (FDP) stellte das Projekt vor. Gemeinderat Gfeller antwortete, "
                  "man prüfe ein Vordach.")
    assert "Reto Gfeller" in found
    assert not any(n.endswith("Gfeller") and n != "Reto Gfeller" for n in found)


def test_town_by_its_moor_after_an_institution(nlp, knowledge):
    found = names(nlp, knowledge, "Der Verfassungsgerichtshof hat eine Verordnung der Gemeinde Sankt Leonhard am "
                  "Moos aufgehoben.")
    assert "Gemeinde Sankt Leonhard am Moos" in found


def test_short_form_of_a_titled_document_or_of_a_longer_name(nlp, knowledge):
    found = names(nlp, knowledge, "Der Gemeinderat hat den Plan beschlossen. Das ist in der Verordnung über den "
                  "Schutz vor nichtionisierender Strahlung (NISV) vorgesehen. Bezahlt wird nach dem Tarifvertrag "
                  "für den öffentlichen Dienst (TVöD). Die Gruppe für eine Schweiz ohne Armee (GSoA) protestierte.")
    assert not any("NISV" in n or "TVöD" in n for n in found)
    assert "GSoA" in found and "Armee (GSoA)" not in found


def test_papers_by_their_word_after_a_journalist_or_in_quotes_whatever_the_verb(nlp, knowledge):
    found = names(nlp, knowledge, "Der Gemeinderat hat den Plan beschlossen. Julia Brandt vom Talheimer Kreisboten "
                  "hat mit Landrat Klaus Wendler gesprochen. Michael Sturm vom Bayerwald-Echo war dabei. "
                  "Skeptischer ist die „Leipziger Abendpost“. Anna Voss schreibt im „Hamburger Abendecho“, das "
                  "Urteil sei gut. Ganz anders sehen das die „Obersteirischen Nachrichten“.")
    for paper in ("Talheimer Kreisbote", "Bayerwald-Echo", "Leipziger Abendpost", "Hamburger Abendecho",
                  "Obersteirische Nachrichten"):
        assert paper in found
    # bans only end like a paper's "Bote"
    assert "Tiroler Fahrverbote" not in names(nlp, knowledge, "Der Landtag hat beschlossen. Die Tiroler "
                                              "Fahrverbote gelten weiter.")


def test_council_named_with_its_town_in_a_heading(nlp, knowledge):
    report = (" date 2025-11 Liveticker\n\nLiveticker: Gemeindeversammlung Talwil entscheidet über den Waldfriedhof\n\n"
              "22.41 Uhr – Der Kredit ist angenommen. In Talwil war der Saal voll. Die Gemeindeversammlung stimmte "
              "mit 212 zu 139 Stimmen zu.")
    assert "Gemeindeversammlung Talwil" in names_in_brief(nlp, knowledge, report)
    # a word after the council that the text never names as a place is no town
    report = report.replace("In Talwil war", "Im Dorf war")
    assert "Gemeindeversammlung Talwil" not in names_in_brief(nlp, knowledge, report)


def test_a_speaker_label_with_the_full_name_in_capitals_is_the_person(nlp, knowledge):
    found = names(nlp, knowledge, "Der Gemeinderat hat entschieden, sagt Bürgermeister Sepp Gruberhofer.\n\n"
                  "O-TON SEPP GRUBERHOFER: „Mit dem Kompromiss können die meisten gut leben.“")
    assert "Sepp Gruberhofer" in found
    assert not any(name.isupper() for name in found)
    # a double surname keeps both capitals
    found = names(nlp, knowledge, "Das Land zahlt die Hälfte.\n\nO-TON ELISABETH KOGLER-MOSER (Landesrätin): "
                  "„Das Planetarium ist für viele Kinder der erste Kontakt mit dem Weltall.“")
    assert "Elisabeth Kogler-Moser" in found, found


def test_a_place_adjective_the_tagger_reads_as_a_noun_names_an_association_or_a_parliament(nlp, knowledge):
    found = names(nlp, knowledge, "Der Tiroler Landtag hat das Reitwegemodell beschlossen. Auch der Tiroler "
                  "Jägerverband hatte ein Verbot verlangt. Der Präsident des Zürcher Fischereiverbands ist dagegen.")
    assert {"Tiroler Landtag", "Tiroler Jägerverband", "Zürcher Fischereiverband"} <= set(found)
    # other nouns after such an adjective describe the one named elsewhere
    found = names(nlp, knowledge, "Der Tiroler Energieversorger Alpenwatt AG hat sich mit der Stadt geeinigt. "
                  "Der Tiroler Energieversorger zahlt zwei Millionen Euro.")
    assert "Tiroler Energieversorger" not in found


def test_a_bare_council_takes_the_town_a_ticker_title_names_after_its_rubric(nlp, knowledge):
    text = (" date 2025-07 Liveticker: Thalwangen entscheidet über die Ratten\n"
            "Ausserordentliche Gemeindeversammlung vom 02.07.2025 – wir berichten laufend\n\n"
            "22.41 Uhr\nDie Gemeindeversammlung genehmigt den Verpflichtungskredit mit 388 Ja zu 141 Nein. "
            "Der Gemeinderat ist zufrieden.")
    found = _names_without_dateline(nlp, knowledge, text)
    # a present tense that reads as a participle too ("genehmigt") still makes the body the subject
    assert {"Gemeindeversammlung Thalwangen", "Gemeinderat Thalwangen"} <= set(found), found
    # a person the report names is no town, though the title opens with the surname
    person = text.replace("Liveticker: Thalwangen entscheidet", "Liveticker: Ammann entscheidet").replace(
        "Der Gemeinderat ist zufrieden.", "Der Gemeinderat ist zufrieden, sagt Gemeindepräsident Kurt Ammann.")
    assert not any(name.endswith("Ammann") and name.startswith("Gemeinde")
                   for name in _names_without_dateline(nlp, knowledge, person))


def test_a_bare_council_takes_the_town_a_title_opens_with_as_the_one_that_acts(nlp, knowledge):
    text = (" date 2025-10 Kapfenmarkt sagt Nein zum Fachmarktzentrum\n\n"
            "Der Gemeinderat hat die Umwidmung mit 19 zu 6 Stimmen abgelehnt. Das Zentrum in Kapfenmarkt kommt nicht.")
    assert "Gemeinderat Kapfenmarkt" in _names_without_dateline(nlp, knowledge, text)
    # two names joined by a hyphen, of which the text names the first as a place
    double = text.replace("Kapfenmarkt sagt", "Möriken-Wildegg sagt").replace("in Kapfenmarkt", "aus Möriken")
    assert "Gemeinderat Möriken-Wildegg" in _names_without_dateline(nlp, knowledge, double)
    # after a colon that names no town, and with a Swiss canton's code after the town
    colon = text.replace("Kapfenmarkt sagt Nein zum Fachmarktzentrum", "Kapfenmarkt sagt Nein: „Kein Zentrum“")
    assert "Gemeinderat Kapfenmarkt" in _names_without_dateline(nlp, knowledge, colon)
    canton = text.replace("Kapfenmarkt sagt", "Kapfenmarkt BE sagt")
    assert "Gemeinderat Kapfenmarkt" in _names_without_dateline(nlp, knowledge, canton)
    # a title that opens with a common noun names no town
    noun = text.replace("Kapfenmarkt sagt", "Streit endet").replace("in Kapfenmarkt", "in Streit")
    assert "Gemeinderat" in _names_without_dateline(nlp, knowledge, noun)


def test_a_council_named_by_the_place_phrase_after_it_acts(nlp, knowledge):
    # "im südhessischen Langen" between the council and its verb: still the subject, placed by the dateline
    text = ("Langen (dpa) - Die Stadtverordnetenversammlung im südhessischen Langen hat am 12. März 2025 den "
            "Bebauungsplan beschlossen.")
    assert [a.name for a in brief_of(nlp, knowledge, text).parties] == ["Stadtverordnetenversammlung Langen"]
    found = names(nlp, knowledge, "Im September hat die Gemeindeversammlung von Aarewil BE ein Pikett beschlossen.")
    assert "Gemeindeversammlung Aarewil" in found, found  # a Swiss canton's code after the town
    text = "ASTEN, 10. Juli 2025. Der Gemeinderat von Asten hat am Dienstag die Umwidmung beschlossen."
    assert [a.name for a in brief_of(nlp, knowledge, text).parties] == ["Gemeinderat Asten"]
    # after a verb-final clause the phrase is the scene, no subject's
    found = names(nlp, knowledge, "Man hört, dass die Stadtverordnetenversammlung in Langen tagt.")
    assert not any(name.startswith("Stadtverordnetenversammlung") for name in found), found


def test_the_council_whose_counted_vote_a_ticker_reports_below_its_summary_is_a_party(nlp, knowledge):
    text = (" date 2025-07 Liveticker: Thalwangen entscheidet über die Ratten\n\n"
            "22.41 Uhr\nDamit schliessen wir diesen Ticker. Zusammengefasst: Thalwangen bekommt sein Programm, "
            "sagt Gemeindepräsidentin Claudia Hürlimann. Danke fürs Mitlesen!\n\n"
            "22.30 Uhr\nDie Verwaltung zählt noch die Stimmen aus, das dauert einige Minuten.\n\n"
            "22.05 Uhr\nDie Gemeindeversammlung genehmigt den Kredit mit 388 Ja zu 141 Nein.\n\n"
            "21.40 Uhr\nDer Kreistag hatte den Kredit im Mai mit 5 zu 2 Stimmen beantragt.")
    found = [a.name for a in brief_of(nlp, knowledge, text).parties]
    assert "Gemeindeversammlung Thalwangen" in found, found
    # a vote told in the pluperfect is background: its council is no party for it (the assembly's own
    # council would be, as the one whose proposal the assembly votes on)
    assert not any(name.startswith("Kreistag") for name in found), found


def test_the_head_of_the_town_whose_council_decided_is_a_party_and_another_towns_head_is_not(nlp, knowledge):
    text = (" date 2025-11 Stadtrat kürzt Geld für die Partnerschaft\n\nSTREHLINGEN. Der Stadtrat hat am "
            "Donnerstag beschlossen, den Partnerschaftsetat von 38.000 auf 20.000 Euro zu kürzen. Für den Antrag "
            "stimmten 17 Ratsmitglieder. Die Partnerschaft besteht seit fünfzig Jahren. Schulen und Vereine "
            "besuchen sich regelmäßig.\n\nDas Komitee ist empört. Bürgermeister Thomas Reichert (CDU) sprach von "
            "einer harten Entscheidung. Montcharvins Bürgermeisterin Sylvie Marchand wird zum Jubiläum erwartet.")
    found = [a.name for a in brief_of(nlp, knowledge, text).parties]
    assert {"Stadtrat Strehlingen", "Thomas Reichert"} <= set(found), found
    assert "Sylvie Marchand" not in found


def test_a_town_that_acts_after_a_titles_colon_places_the_bare_council_where_the_text_names_it(nlp, knowledge):
    text = ("Presseschau vom Freitag, 7. März 2025\n\nEine Wand für 240.000 Euro: Rabenfurt rettet ein Graffito\n\n"
            "Die Kommentatoren beschäftigen sich mit einer Entscheidung aus Rabenfurt. Der Stadtrat hat gestern mit "
            "27 zu 24 Stimmen beschlossen, das Wandstück zu kaufen.")
    assert "Stadtrat Rabenfurt" in _names_without_dateline(nlp, knowledge, text)
    # a word the text never names as a place is no town ("Kältewelle: Kurzarbeit droht")
    other = text.replace("Rabenfurt rettet ein Graffito", "Kältewelle trifft die Stadt")
    assert not any(name.startswith("Stadtrat ") for name in _names_without_dateline(nlp, knowledge, other))


def test_a_ministry_named_by_its_departments_after_the_bare_noun(nlp, knowledge):
    found = names(nlp, knowledge, "Das Ministerium für Kultus, Jugend und Sport und der Volkshochschulverband "
                  "Baden-Württemberg unterzeichneten den Pakt. Das Ministerium will ihn bis 2030 verlängern.")
    assert "Ministerium für Kultus, Jugend und Sport" in found, found
    assert "Ministerium" not in found  # the bare noun refers back
    # a Land's adjective written capital is part of the name, in the name's own form
    found = names(nlp, knowledge, "Ein Sprecher des Niedersächsischen Ministeriums für Inneres und Sport sagte, "
                  "man prüfe das. Das Bayerische Innenministerium lehnte ab.")
    assert found == ["Niedersächsisches Ministerium für Inneres und Sport", "Bayerisches Innenministerium"], found
    assert names(nlp, knowledge, "Wir haben beim Niedersächsischen Ministerium für Wirtschaft angefragt.") == [
        "Niedersächsisches Ministerium für Wirtschaft"]
    # a department may be an adjective and its noun
    found = names(nlp, knowledge, "Das Ministerium für Ernährung, Ländlicher Raum und Verbraucherschutz prüft den "
                  "Antrag. Das Ministerium für Ländliche Entwicklung und Landwirtschaft zahlt.")
    assert found == ["Ministerium für Ernährung, Ländlicher Raum und Verbraucherschutz",
                     "Ministerium für Ländliche Entwicklung und Landwirtschaft"], found


def test_a_swiss_department_named_by_its_departments_with_its_canton(nlp, knowledge):
    found = names(nlp, knowledge, "Das Departement Bildung, Kultur und Sport des Kantons Aargau prüft das Gesuch. "
                  "Das Departement Bau, Verkehr und Umwelt bewilligte den Zaun. Das Departement Bau lehnt ab.")
    assert {"Departement Bildung, Kultur und Sport des Kantons Aargau", "Departement Bau, Verkehr und Umwelt"} <= set(
        found), found
    assert "Departement Bau" not in found  # one department word alone may be anything's


def test_a_supervisory_office_takes_its_land_or_district_and_an_acronym_after_an_institution_is_no_town(
        nlp, knowledge):
    found = names(nlp, knowledge, "Die Kommunalaufsicht des Landkreises Barnim prüft den Fall. Die Gemeindeaufsicht "
                  "des Landes Kärnten ermittelt. Die spanische Börsenaufsicht CNMV genehmigte das Angebot.")
    assert {"Kommunalaufsicht des Landkreises Barnim", "Gemeindeaufsicht des Landes Kärnten", "CNMV"} <= set(found), found
    assert "Börsenaufsicht CNMV" not in found


def test_compounds_cut_short_before_und_belong_to_the_name_they_end_in(nlp, knowledge):
    found = names(nlp, knowledge, "Der Bayerische Hotel- und Gaststättenverband äußerte sich zufrieden. Der "
                  "Mieterinnen- und Mieterverband Zug kritisierte den Entscheid. Die Bildungs-, Kultur- und "
                  "Sportkommission lehnte ihn ab.")
    assert found == ["Bayerischer Hotel- und Gaststättenverband", "Mieterinnen- und Mieterverband Zug",
                     "Bildungs-, Kultur- und Sportkommission"], found
    found = names(nlp, knowledge, "Zuständig ist das Bundesministerium für Land- und Forstwirtschaft, Klima- und "
                  "Umweltschutz, Regionen und Wasserwirtschaft (BMLUK).")
    assert found == ["Bundesministerium für Land- und Forstwirtschaft, Klima- und Umweltschutz, Regionen und "
                     "Wasserwirtschaft (BMLUK)"], found
    # two ministries, and a known name before a common noun, stay apart
    found = names(nlp, knowledge, "Das Innen- und Finanzministerium einigten sich. Meta nutzt Beiträge von "
                  "Facebook- und Instagram-Nutzern.")
    assert {"Finanzministerium", "Facebook"} <= set(found), found


def test_a_council_after_the_finite_verb_is_the_subject_that_acts(nlp, knowledge):
    found = parties(nlp, knowledge, "Nach monatelanger Debatte hat der Gemeinderat am Donnerstag eine Verordnung "
                    "beschlossen.")
    assert [name.split()[0] for name in found] == ["Gemeinderat"], found
    # a feminine body's "der" is its dative: no actor this way
    assert names(nlp, knowledge, "Das Projekt gefällt der Gemeindeversammlung.") == []


def test_a_local_list_is_named_by_its_title_in_quotes(nlp, knowledge):
    found = names(nlp, knowledge, "ÖVP, SPÖ und die Liste „Wir für St. Veit“ stimmten dafür. Die Liste der "
                  "Forderungen ist lang.")
    assert found == ["ÖVP", "SPÖ", "Wir für St. Veit"], found


def test_a_common_noun_after_an_organisation_noun_names_it_only_where_a_name_can_stand(nlp, knowledge):
    found = names(nlp, knowledge, "Die Ergebnisse sollen nach Angaben der Behörde Anfang nächster Woche vorliegen. "
                  "Zwei Molkereien und ein Finanzinvestor Interesse angemeldet. Ob die Satzung vor Gericht Bestand "
                  "hat, ist offen.")
    assert not {"Behörde Anfang", "Finanzinvestor Interesse", "Gericht Bestand"} & set(found), found
    found = names(nlp, knowledge, "Die Wirtschaftsvereinigung Stahl warnt. Das Amtsgericht Neumünster entschied.")
    assert {"Wirtschaftsvereinigung Stahl", "Amtsgericht Neumünster"} <= set(found), found
    found = names(nlp, knowledge, "Die Aufsicht verhängte ein Bußgeld, gegen das die Bank Einspruch eingelegt hatte. "
                  "Die Vereinigung Cockpit kritisiert den Plan.")
    assert "Bank Einspruch" not in found and "Vereinigung Cockpit" in found, found  # the verb's object, no name
    found = names(nlp, knowledge, "Ob die Staatsanwaltschaft Berufung anmeldet, ist offen. Die Staatsanwaltschaft "
                  "Bischofszell prüft den Fall.")
    assert "Staatsanwaltschaft Berufung" not in found and "Staatsanwaltschaft Bischofszell" in found, found


def test_a_short_form_takes_back_the_words_that_spell_its_first_letters(nlp, knowledge):
    found = names(nlp, knowledge, "Der Abwasserverband Oberes Sihlfeld (AVOS) schlägt einen neuen Weg ein. "
                  "Der AVOS zahlt 3,1 Millionen Franken.")
    assert "Abwasserverband Oberes Sihlfeld (AVOS)" in found and "Sihlfeld (AVOS)" not in found, found


def test_a_hyphenated_noun_of_what_a_company_does_is_not_its_registered_name(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und die drei E-Scooter-Verleiher Tretly GmbH, Roamo Mobility und Kiwi "
                  "Scooters haben eine Vereinbarung unterzeichnet. Die Rhein-Neckar-Verkehr GmbH fährt weiter.")
    assert "Tretly GmbH" in found and "E-Scooter-Verleiher Tretly GmbH" not in found, found
    assert "Rhein-Neckar-Verkehr GmbH" in found, found


def test_a_listed_common_acronym_names_no_organisation(nlp, knowledge):
    found = names(nlp, knowledge, "Beim Verwaltungsgerichtshof ist eine Revision gegen den UVP-Bescheid anhängig. "
                  "Die DNA-Proben liegen vor. Das BMW-Werk in Steyr bleibt offen.")
    assert not {"UVP", "DNA"} & set(found) and "BMW" in found, found
    knowledge = replace(knowledge, roles=replace(knowledge.roles, common_acronyms=frozenset()))
    assert "UVP" in names(nlp, knowledge, "Eine Revision gegen den UVP-Bescheid ist anhängig.")  # the list decides


def test_a_noun_in_the_spelling_since_1996_is_read_as_the_noun_the_lexicon_knows(nlp, knowledge):
    """HanTa's lexicon spells 'Anschluß'; 'Anschluss' it could only guess, as a name after 'den'."""
    from generator.nlp import morph
    assert morph.tag("Anschluss") == "NN" and not morph.is_unknown("Anschluss")
    assert morph.tag("ausserhalb") == "APPR"  # Swiss German writes no "ß"
    assert morph.is_unknown("Medvalon")  # a name stays unknown
    found = names(nlp, knowledge, "Europa dürfe den Anschluss nicht verlieren, sagte sie. Es sei eine Frage der "
                  "Fairness. Die Stadt hat den Plan beschlossen.")
    assert not {"Anschluss", "Fairness"} & set(found), found


def test_a_representation_a_police_station_or_a_religious_community_is_named_with_its_place(nlp, knowledge):
    found = names(nlp, knowledge, "Die Landesschülervertretung Tirol fordert mehr Geld. Die Polizeistation Wiesenbrück "
                  "wird verstärkt. Die Personalvertretung warnt.")
    assert {"Landesschülervertretung Tirol", "Polizeistation Wiesenbrück"} <= set(found), found
    assert "Personalvertretung" not in found, found
    # with an -isch adjective the tagger does not know as one
    found = names(nlp, knowledge, "Die Israelitische Kultusgemeinde Wien besteht darauf, dass die Totenruhe gewahrt bleibt.")
    assert "Israelitische Kultusgemeinde Wien" in found, found


def test_a_company_named_by_its_name_and_business_is_named_by_its_name_afterwards(nlp, knowledge):
    found = names(nlp, knowledge, "Für die Beschäftigten des Autozulieferers Kessler Fahrzeugtechnik steht der Sozialplan. "
                  "Werdau ist der zweite Standort, den Kessler aufgibt.")
    assert "Kessler Fahrzeugtechnik" in found and "Kessler" not in found, found
    # a person of that name keeps the bare name open to be his
    found = names(nlp, knowledge, "Die Brunner Haushalt GmbH ruft Geräte zurück. Firmenchef Marco Brunner bedauert das. "
                  "Brunner prüft rechtliche Schritte.")
    assert "Marco Brunner" in found, found


def test_a_speaker_label_in_capitals_and_a_planner_or_expert_give_the_role_of_an_unlisted_name(nlp, knowledge):
    """Given names the list does not hold ('Seline', 'Ruprecht', 'Arnulf') need a title before them."""
    found = names(nlp, knowledge, "Der Stadtrat hat den Plan beschlossen.\n\nMODERATORIN Seline Bärtschwiler: Was heißt das? "
                  "Verkehrsplaner Ruprecht Zaunegger stellt die Messungen vor. Gutachter Arnulf Thielemeier erläutert "
                  "die Lage.")
    assert {"Seline Bärtschwiler", "Ruprecht Zaunegger", "Arnulf Thielemeier"} <= set(found), found


def test_a_parents_council_with_its_place_and_a_state_school_office_are_named(nlp, knowledge):
    found = names(nlp, knowledge, "Der Stadtrat hat den Plan beschlossen. Jetzt spricht Anke Rodewald vom Stadtelternrat "
                  "Hollbrück. Das Landesschulamt habe zugesagt, den Schichtbetrieb zu genehmigen.")
    assert {"Stadtelternrat Hollbrück", "Landesschulamt"} <= set(found), found


def test_a_club_is_named_with_its_noun_verein_and_a_compound_club_keeps_its_own_name(nlp, knowledge):
    found = names(nlp, knowledge, "Der Stadtrat hat den Plan beschlossen. Zufrieden zeigte sich der Verein Mirzauen, "
                  "der seit Jahren für den Rückbau wirbt. Der Präsident des Vereins Wohnmobilfreunde Berner Oberland, "
                  "Beat Lehner, hält dagegen. Der Verein Changing Cities, der klagte, lobt. Der Unteroffiziersverein "
                  "Tannenbühl lobt den Plan. Bis Montag muss der Verein der Bezirkshauptmannschaft ein Konzept vorlegen.")
    assert {"Verein Mirzauen", "Verein Wohnmobilfreunde Berner Oberland", "Verein Changing Cities",
            "Unteroffiziersverein Tannenbühl"} <= set(found), found
    assert not {"Mirzauen", "Wohnmobilfreunde", "Tannenbühl", "Verein der Bezirkshauptmannschaft"} & set(found), found


def test_a_groups_name_of_an_adjective_and_a_noun_with_its_place(nlp, knowledge):
    found = names(nlp, knowledge, "Die Gemeinde hat entschieden. Die IG Dunkle Nacht Lindenmatt ist noch nicht "
                  "zufrieden. Die Gegner haben sich in der IG Stilles Gantertal zusammengeschlossen. Zuvor hatte die "
                  "Bürgerinitiative Lebenswertes Laimtal Beschwerde erhoben.")
    assert {"IG Dunkle Nacht Lindenmatt", "IG Stilles Gantertal",
            "Bürgerinitiative Lebenswertes Laimtal"} <= set(found), found
    assert not any("Beschwerde" in name for name in found), found


def test_a_clubs_name_may_be_a_plural(nlp, knowledge):
    found = names(nlp, knowledge, "Der Stadtrat hat die Fachstelle beschlossen. Der Verein Stadttauben Uferlingen "
                  "übernimmt die Betreuung. Auch der Verein Tagesstrukturen Seewilen, der den Mittagstisch betreibt, "
                  "warnt. Der Stadtrat will dem Verein Spenden überweisen.")
    assert {"Verein Stadttauben Uferlingen", "Verein Tagesstrukturen Seewilen"} <= set(found), found
    assert not any(name.startswith("Verein Spenden") for name in found), found


def test_a_town_the_tagger_does_not_know_is_named_by_its_cantons_code_and_a_letter_is_no_actor(nlp, knowledge):
    found = names(nlp, knowledge, "Anfang März hat die Gemeindeversammlung von Hornwilen LU nach langer Debatte "
                  "Tempo 30 gutgeheissen. Wer in Hornwilen von A nach B will, fährt ohnehin aussen herum. Das "
                  "Einzelticket der Preisstufe A kostet dann 3,70 Franken.")
    assert "Gemeindeversammlung Hornwilen" in found, found
    assert not {"A", "B", "LU", "Gemeindeversammlung"} & set(found), found


def test_a_word_after_an_adjective_is_the_common_noun_though_the_tagger_knows_it_as_a_name(nlp, knowledge):
    found = names(nlp, knowledge, "Der Gemeinderat hat den Plan beschlossen. Sprecherin Agnes Pichler sagte, ein "
                  "frisch gepflanzter Baum könne einen alten Baum nicht ersetzen.")
    assert "Agnes Pichler" in found and "Baum" not in found, found


def test_an_association_named_after_a_landscape_keeps_its_noun(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stadt und der Schaustellerverband Leinebergland haben sich geeinigt. "
                  "Die Schaustellervereinigung Südsteiermark lehnte ab. Die Anwohnerinitiative Stadthallenviertel "
                  "kündigte Widerstand an.")
    assert {"Schaustellerverband Leinebergland", "Schaustellervereinigung Südsteiermark",
            "Anwohnerinitiative Stadthallenviertel"} <= set(found), found
    assert not {"Leinebergland", "Südsteiermark", "Stadthallenviertel"} & set(found), found


def test_an_authority_before_a_dative_action_noun_is_no_authority_of_it(nlp, knowledge):
    found = names(nlp, knowledge, "Die Gemeindeversammlung hat den Kredit gutgeheissen. Offen bleibt, ob die "
                  "Primarschulbehörde der Nutzung der Wiese zustimmt. Der Landtag der Forderung der Bauern folgte nicht.")
    assert not any("Nutzung" in name or "Forderung" in name or name.endswith("behörd") for name in found), found


def test_a_committee_and_a_machinery_ring_are_named_with_their_place_or_region(nlp, knowledge):
    found = names(nlp, knowledge, "Der Gemeinderat hat den Umzug beschlossen. Das Chilbi-Komitee Safenwang verlangt "
                  "eine Prüfung. Dem Maschinenring Kargenauer Land geht der Ausbau nicht weit genug. Der "
                  "Wasserverband Ruppiner Land lehnte ab.")
    assert {"Chilbi-Komitee Safenwang", "Maschinenring Kargenauer Land", "Wasserverband Ruppiner Land"} <= set(found), found


def test_an_association_is_named_with_its_part_of_a_country(nlp, knowledge):
    """'des Coiffeurverbands Innerschweiz': a compass word on a country or Land names a region, never
    the association itself."""
    found = names(nlp, knowledge, "Die Delegierten des Coiffeurverbands Innerschweiz haben einen Fonds beschlossen. "
                  "Die Barber-Vereinigung Zentralschweiz wehrt sich. Die Kreishandwerkerschaft Mittelsachsen warnt.")
    assert {"Coiffeurverband Innerschweiz", "Barber-Vereinigung Zentralschweiz",
            "Kreishandwerkerschaft Mittelsachsen"} <= set(found), found
    assert not {"Innerschweiz", "Zentralschweiz"} & set(found), found


def test_a_number_before_a_closing_verb_particle_is_no_part_of_a_bodys_name(nlp, knowledge):
    found = names(nlp, knowledge, "Von den 23 Einsprachen wies der Regierungsrat 19 ab, vier hiess er teilweise gut. "
                  "Die Umweltorganisation Global 2000 lehnte ab.")
    assert "Regierungsrat" in found and "Global 2000" in found, found
    assert "Regierungsrat 19" not in found, found


def test_a_number_that_counts_a_part_is_no_part_of_a_bodys_name(nlp, knowledge):
    found = names(nlp, knowledge, "Der Kanton hat das Projekt genehmigt. Mit dem Entscheid wies der Regierungsrat 38 "
                  "der 47 Einsprachen ab. Die Umweltorganisation Global 2000 lehnte ab.")
    assert "Regierungsrat" in found and "Global 2000" in found, found
    assert "Regierungsrat 38" not in found, found


def test_a_genitive_noun_before_a_registered_company_describes_it(nlp, knowledge):
    found = names(nlp, knowledge, "Die Gemeinde hat den Kredit beschlossen. Ein Gutachten des Büros Felsgrund "
                  "Geologie AG kam zum Schluss, dass Hohlräume bestehen.")
    assert "Felsgrund Geologie AG" in found and not any(name.startswith("Büros") for name in found), found


def test_traditional_given_names_start_a_persons_name(nlp, knowledge):
    found = names(nlp, knowledge, "Die Abtei wird verkauft. Darüber sprach Äbtissin Mechthild Raabenhorst mit der "
                  "Redaktion. Der Sprecher der Vogelkundlichen Arbeitsgemeinschaft, Gotthold Rehbein, war zufrieden.")
    assert "Mechthild Raabenhorst" in found and "Gotthold Rehbein" in found, found


def test_a_community_or_watch_before_a_place_names_the_group(nlp, knowledge):
    found = names(nlp, knowledge, "Die Gemeinde hat die Sperre beschlossen. Valentin Gschliefer von der "
                  "Agrargemeinschaft Haslaualm stellt den Grund zur Verfügung. Widerstand gibt es von der Jungwacht "
                  "Schwarzenmoos.")
    assert "Agrargemeinschaft Haslaualm" in found and "Jungwacht Schwarzenmoos" in found, found


def test_church_offices_are_roles(nlp, knowledge):
    brief = brief_of(nlp, knowledge, HEADER + "Der Konvent hat den Verkauf der Abtei beschlossen. Äbtissin Mechthild "
                     "Raabenhorst bestätigte den Beschluss. Generaloberin Adelgunde Pichlhofer sprach von einem "
                     "schweren Schritt.")
    people = {a.name: a.role for a in brief.parties + brief.mentioned}
    assert people.get("Mechthild Raabenhorst") == "Äbtissin", people
    assert people.get("Adelgunde Pichlhofer") == "Generaloberin", people


def test_a_plain_adjective_opens_a_groups_whole_name_and_a_towns_adjective_describes(nlp, knowledge):
    found = names(nlp, knowledge, "Der Kanton hat die Kletterregeln beschlossen. Der Ornithologische Verein "
                  "Balmwilen begrüßt sie. Der Sprecher der Vogelkundlichen Arbeitsgemeinschaft Ebersgrund war "
                  "zufrieden. Auch der Internationale Skiverband FIS äußerte sich.")
    assert "Ornithologischer Verein Balmwilen" in found, found
    assert "Vogelkundliche Arbeitsgemeinschaft Ebersgrund" in found, found
    assert not any(name.endswith("Skiverband FIS") for name in found), found


def test_a_councillors_list_is_no_council_and_a_retailer_is_a_companys_description(nlp, knowledge):
    found = names(nlp, knowledge, "Der Tunnel wird gebaut. Markus Haselwanter, Gemeinderat der Liste „Velsbach "
                  "Miteinander“, stimmte dagegen. Der Lebensmittelhändler Hökermann Märkte GmbH wollte den Markt "
                  "schließen.")
    assert "Gemeinderat der Liste" not in found, found
    assert "Hökermann Märkte GmbH" in found, found


def test_a_rare_word_the_report_names_as_a_town_ends_a_clubs_name(nlp, knowledge):
    brief = brief_of(nlp, knowledge, " date 2025-04 Segelflieger sollen weichen\n\nKirchbrüden. Am Dienstag "
                     "beschloss die Stadtverordnetenversammlung, den Pachtvertrag mit dem Luftsportverein Kirchbrüden "
                     "zu kündigen. Bis dahin soll die Stadt Verkehrszählungen vornehmen.")
    found = [a.name for a in brief.parties + brief.mentioned]
    assert "Luftsportverein Kirchbrüden" in found, found
    assert "Stadt Verkehrszählungen" not in found, found


def test_a_group_compound_names_a_group_but_not_whose_group_it_is(nlp, knowledge):
    found = names(nlp, knowledge, "Der Flugplatz wird verlängert. Auf dem Flugplatz ist die Segelfluggruppe Thurried "
                  "zu Hause. Die Arbeitsgruppe der Sozialpartner tagt im Mai. Die Guerillagruppe ELN lehnt ab. Die "
                  "Zielgruppe Senioren ist groß.")
    assert "Segelfluggruppe Thurried" in found and "ELN" in found, found
    assert not any(name.startswith(("Arbeitsgruppe", "Guerillagruppe", "Zielgruppe")) for name in found), found


def test_any_office_takes_its_place_and_a_private_foundation_its_founders_name(nlp, knowledge):
    found = names(nlp, knowledge, "Die Lärmauflagen gelten ab Juli. Das Luftamt Nordbayern hat die Genehmigung "
                  "geändert. Das Land hat das Schloss an die Aigensperger Privatstiftung verkauft.")
    assert "Luftamt Nordbayern" in found and "Nordbayern" not in found, found
    assert "Aigensperger Privatstiftung" in found, found


def test_a_role_in_the_genitive_titles_a_name_with_an_unlisted_given_name(nlp, knowledge):
    found = names(nlp, knowledge, "Das Kabinett hat den Fonds beschlossen. Der Inselbote greift die Forderung "
                  "des Inselbürgermeisters Okko Dreesmann-Lüpke auf, der den Fonds aufstocken will.")
    assert "Okko Dreesmann-Lüpke" in found, found
    # a council's genitive before its town stays the council: "des Gemeinderats Glattwil"
    found = names(nlp, knowledge, "Der Beschluss des Gemeinderats Glattwil gilt ab Juli.")
    assert not any(name.startswith("Glattwil") for name in found), found


def test_a_body_of_a_place_named_by_a_common_noun_is_no_name(nlp, knowledge):
    found = names(nlp, knowledge, "Die Gemeindevertretung der Ostseeinsel hat ein Fahrverbot beschlossen. Mit sechs "
                  "zu drei Stimmen hat die Gemeindevertretung von Plüggenwerder am Donnerstag beschlossen, dass die "
                  "Autos von der Insel müssen.")
    assert "Gemeindevertretung der Ostseeinsel" not in found, found
    assert "Gemeindevertretung Plüggenwerder" in found, found


def test_a_regions_proper_name_ends_an_association_named_by_its_members(nlp, knowledge):
    found = names(nlp, knowledge, "Das Land und der Landesverband der Wanderschäfer Alb-Neckar haben sich geeinigt. "
                  "Die Fraktion der Bürgerliste Ettenschwaig stimmte dagegen.")
    assert "Landesverband der Wanderschäfer Alb-Neckar" in found and "Alb-Neckar" not in found, found
    # another organisation's name after the link is whose body it is
    assert "Bürgerliste Ettenschwaig" in found, found


def test_a_compound_on_bund_names_an_association_but_a_verbund_does_not(nlp, knowledge):
    found = names(nlp, knowledge, "Das Landratsamt Loisachau und der Bergsteigerbund Werdenfels haben eine "
                  "Vereinbarung unterzeichnet. Der Stadtsportbund Hagen begrüßt sie. Für alle Beschäftigten des "
                  "neuen Verbunds der Tarifvertrag gelten müsse, forderte die Gewerkschaft.")
    assert "Bergsteigerbund Werdenfels" in found and "Stadtsportbund Hagen" in found, found
    assert not any(name.startswith("Verbund") for name in found), found


def test_farming_occupations_title_a_name_with_an_unlisted_given_name(nlp, knowledge):
    found = names(nlp, knowledge, "Die Gemeindeversammlung hat den Vertrag gutgeheissen. Hirtin Ladina Gisep "
                  "soll ab Sommer die Alp beweiden. Landwirt Eilert Saathoff-Brune lehnt das ab.")
    assert "Ladina Gisep" in found and "Hirtin Ladina Gisep" not in found, found
    assert "Eilert Saathoff-Brune" in found, found


def test_a_trade_before_given_names_is_no_part_of_them(nlp, knowledge):
    found = names(nlp, knowledge, "Das Bäckerehepaar Josef und Margrit Zemp hat den Betrieb verkauft. Bäcker Anton "
                  "Brandl sucht einen Nachfolger.")
    assert "Josef Zemp" in found and "Margrit Zemp" in found and "Anton Brandl" in found, found
    assert not any(name.startswith("Bäcker") for name in found), found


def test_initials_of_a_name_given_in_full_are_that_name_and_a_legal_form_alone_is_none(nlp, knowledge):
    found = names(nlp, knowledge, "Der SV Springer Grünhainau hat ein Spiellokal. „Darauf warten wir“, sagte die "
                  "Vorsitzende des Schachvereins Springer Grünhainau. Die Schach-AG darf die Räume nutzen. Die AG hat "
                  "17 Mitglieder.")
    assert "Schachverein Springer Grünhainau" in found, found
    assert "SV Springer Grünhainau" not in found and "AG" not in found, found


def test_an_associations_noun_in_the_genitive_is_part_of_its_name(nlp, knowledge):
    found = names(nlp, knowledge, "Das Geld des Fördervereins Lindenmühle Wernitz reicht nicht. Die Anlage des "
                  "Entsorgers Westfalia Recycling brennt. Der Vorstand des Hauseigentümerverbands HEV Wallenbach "
                  "ist dagegen.")
    assert "Förderverein Lindenmühle Wernitz" in found and "Westfalia Recycling" in found, found
    assert "HEV Wallenbach" in found, found


def test_places_named_after_a_plural_of_municipalities_do_not_act(nlp, knowledge):
    found = names(nlp, knowledge, "Die Gutsverwaltung hat das Sammeln verboten. In den Gemeinden Hochreith und "
                  "Zedlitz sorgt das für Unmut. Auch Oxfam erklärte, das sei falsch.")
    assert "Hochreith" not in found and "Zedlitz" not in found, found
    assert "Oxfam" in found, found


def test_members_before_an_organisation_with_its_short_form_are_no_part_of_its_name(nlp, knowledge):
    found = names(nlp, knowledge, "Die Delegierten des Schachverbands Innviertel-Hausruck (SVIH) haben Obmann "
                  "Herbert Wimmleitner abgewählt.")
    assert "Schachverband Innviertel-Hausruck (SVIH)" in found, found
    assert not any(name.startswith("Delegierten") for name in found), found


def test_a_place_adjective_before_a_genitive_with_its_short_form_gives_the_nominative(nlp, knowledge):
    found = names(nlp, knowledge, "Die Delegierten des Zentralschweizer Blasmusikverbands (ZBV) haben den Antrag "
                  "abgelehnt. Der Vorstand des Berner Bauernverbands (BEBV) ist dagegen.")
    assert "Zentralschweizer Blasmusikverband (ZBV)" in found and "Berner Bauernverband (BEBV)" in found, found


def test_function_words_in_a_speaker_label_in_capitals_name_no_one(nlp, knowledge):
    found = names_in_brief(nlp, knowledge, "Buchhandlung bleibt\n\nTIROL HEUTE, 3. Juni 2025\n\nMODERATOR: In "
                           "Thaurach bleibt die Buchhandlung. Bürgermeister Josef Haidacher hat den Zuschuss "
                           "zugesagt.\n\nO-TON JOSEF HAIDACHER, BÜRGERMEISTER VON THAURACH: Wir zahlen den "
                           "Zuschuss gern.")
    assert "Josef Haidacher" in found, found
    assert not any("VON" in name or "THAURACH" in name for name in found), found


def test_a_clubs_compound_with_a_listed_short_word_and_its_town_is_one_name(nlp, knowledge):
    found = names(nlp, knowledge, "Das Gericht hat der Beschwerde des Union-Yachtclubs Moosegg teilweise "
                  "stattgegeben.")
    assert "Union-Yachtclub Moosegg" in found and "Union-Yachtclubs" not in found, found


def test_a_town_after_a_name_in_quotes_ends_that_name(nlp, knowledge):
    found = names(nlp, knowledge, "Der Trachtenverein „Edelweiß“ Pöllingried lässt 46 Festtrachten schneidern. "
                  "Die Bürgerinitiative „Pro Wald“ Ende Mai will klagen.")
    assert "Trachtenverein „Edelweiß“ Pöllingried" in found, found
    assert not any(name.endswith("Ende") for name in found), found


def test_an_associations_own_meeting_named_alone_is_no_actor(nlp, knowledge):
    found = names(nlp, knowledge, "Der Trachtenverein Pöllingried kauft neue Trachten. Die Jahreshauptversammlung "
                  "hatte den Kauf beschlossen, die Generalversammlung der Genossenschaft stimmte zu.")
    assert "Trachtenverein Pöllingried" in found, found
    assert not any(name.endswith("versammlung") for name in found), found


def test_a_noun_of_what_a_company_does_before_its_registered_name_is_no_part_of_it(nlp, knowledge):
    found = names(nlp, knowledge, "Der Mineralwasserabfüller Alpenquell Tirol GmbH und die Gemeinde haben sich "
                  "geeinigt. Die Fensterbau GmbH liefert.")
    assert "Alpenquell Tirol GmbH" in found and "Fensterbau GmbH" in found, found
    assert not any(name.startswith("Mineralwasserabfüller") for name in found), found


def test_a_clubs_founding_year_after_its_name_is_part_of_it(nlp, knowledge):
    found = names(nlp, knowledge, "In Kirchbrüden hat die Stadt den Pachtvertrag mit dem Luftsportverein "
                  "Kirchbrüden 1952 gekündigt. Der Luftsportverein Kirchbrüden will klagen. Der SV Ebersroth "
                  "1921 gegründet hat keinen Platz.")
    assert "Luftsportverein Kirchbrüden 1952" in found and "Luftsportverein Kirchbrüden" not in found, found
    assert "SV Ebersroth 1921" not in found, found


def test_a_speaker_label_names_a_person_in_capitals_and_a_head_with_the_town(nlp, knowledge):
    found = names_in_brief(nlp, knowledge, "Zälgwil kauft die Quelle\n\nSRF 1, Regionaljournal, Dienstag, 23. "
                           "September 2025\n\nMODERATORIN: Die Gemeinde Zälgwil hat die Quelle gekauft. In Zälgwil "
                           "sind alle froh.\n\nO-TON RUTH STUCKI (Präsidentin Brunnenverein): «Wir haben das Wasser "
                           "gerettet.»\n\nO-TON Beat Aeschlimann, Gemeindepräsident Zälgwil: «Das ist ein "
                           "historischer Tag.»")
    assert "Ruth Stucki" in found and "Gemeinde Zälgwil" in found and "Beat Aeschlimann" in found, found
    assert not any(name in ("RUTH", "STUCKI", "Zälgwil") for name in found), found


def test_a_quoted_name_may_hold_an_apostrophe(nlp, knowledge):
    found = names(nlp, knowledge, "Der Heimat- und Trachtenverein „D'Tauernecker“ übernimmt die Festhalle. "
                  "Der Trachtenverein „D’Almtaler Buam“ will austreten.")
    assert "Heimat- und Trachtenverein „D'Tauernecker“" in found, found
    assert "Trachtenverein „D’Almtaler Buam“" in found, found


def test_an_opposition_list_is_named_by_its_title_in_quotes(nlp, knowledge):
    found = names(nlp, knowledge, "Die Gemeinde zahlt den Zuschuss. Die Oppositionsliste „Miteinander Thaurach“ "
                  "hat Bedenken angemeldet.")
    assert "Miteinander Thaurach" in found, found


def test_tennis_clubs_by_short_form_colours_and_federation(nlp, knowledge):
    """'TC' opens a club's name like 'SV'; its colours ('Blau-Weiß') precede its town, an
    umbrella federation's short form ('ASKÖ') may open it, and 'der TC' alone is the one TC of the report."""
    found = names(nlp, knowledge, "Rund 110 Mitglieder des TC Blau-Weiß Kellersheim 1926 stimmten dem Bau zu. "
                  "Der TC will zwei Padel-Courts bauen.")
    assert "TC Blau-Weiß Kellersheim 1926" in found and "TC" not in found, found
    found = names(nlp, knowledge, "Die Generalversammlungen von UTC Reichersdorf und ASKÖ TC Weißkirchen-Au "
                  "stimmten der Fusion zu.")
    assert "ASKÖ TC Weißkirchen-Au" in found and "TC Weißkirchen-Au" not in found, found


def test_a_club_named_with_its_founding_year_before_its_town(nlp, knowledge):
    """'KSV 1952 Obergrölitz': the year between short form and town belongs to the name; skittles
    and floorball clubs open theirs with 'SKC', 'KSC' and 'UHC', and a club's noun may open its
    colours and town."""
    found = names(nlp, knowledge, "Der KSV 1952 Obergrölitz hat die Kegelbahn gepachtet. Der KSV will sie herrichten.")
    assert "KSV 1952 Obergrölitz" in found and "KSV" not in found, found
    found = names(nlp, knowledge, "Der bekannteste ist der SKC Grün-Weiß Brückenhagen. Wir haben dem UHC Oberwilen "
                  "Zeiten vorgeschlagen, der KSC Union Pramerdorf muss ausweichen.")
    assert {"SKC Grün-Weiß Brückenhagen", "UHC Oberwilen", "KSC Union Pramerdorf"} <= set(found), found
    found = names(nlp, knowledge, "Der Tanzsportclub Blau-Gold Grevenhagen übernimmt die Tanzschule.")
    assert "Tanzsportclub Blau-Gold Grevenhagen" in found, found  # a club's noun before its colours


def test_common_given_names_the_list_lacked_open_a_persons_name(nlp, knowledge):
    """'Margret', 'Regine', 'Sönke': given names in first_names.txt, so an apposition of a given
    name and a surname no lexicon knows is a person."""
    found = names(nlp, knowledge, "Die Inhaberin der Tanzschule, Margret Lindqvist, und der Landwirt Sönke "
                  "Tessendorf unterzeichneten den Vertrag.")
    assert {"Margret Lindqvist", "Sönke Tessendorf"} <= set(found), found


def test_an_advisory_council_is_named_with_its_place(nlp, knowledge):
    """'beirat' ends an institution's name like 'rat': the 'Ortsbeirat Nidderbach-Süd', not the quarter."""
    found = names(nlp, knowledge, "Der Ortsbeirat Nidderbach-Süd hat sich hinter die Forderung gestellt.")
    assert "Ortsbeirat Nidderbach-Süd" in found and "Nidderbach-Süd" not in found, found


def test_a_long_form_in_the_genitive_with_a_hyphenated_noun(nlp, knowledge):
    found = names(nlp, knowledge, "Die Rallye des Allgemeinen Motorveteranen-Clubs Frankenwald (AMCF) startet "
                  "am Samstag. Die AMCF-Vorsitzende Gudrun Ebersberger zog ein Fazit.")
    assert "Allgemeiner Motorveteranen-Club Frankenwald (AMCF)" in found, found


def test_a_town_adjective_of_a_town_in_en_describes_a_company(nlp, knowledge):
    """'Bremer' from 'Bremen': the town's adjective before a proper name tells where the firm sits."""
    found = names(nlp, knowledge, "Der Geschäftsführer der Bremer Voltwerk Nord GmbH, Jasper Ahlers, "
                  "unterzeichnete den Vertrag.")
    assert "Voltwerk Nord GmbH" in found and "Bremer Voltwerk Nord GmbH" not in found, found


def test_a_listed_short_form_spelled_out_as_another_body_is_the_reports(nlp, knowledge):
    """'BDA' is listed as the German employers' federation; 'das Bundesdenkmalamt (BDA)' is another body."""
    found = names(nlp, knowledge, "Die Stadt und das Bundesdenkmalamt (BDA) haben sich geeinigt. "
                  "Das BDA verlangt bronzefarbene Gehäuse.")
    assert "Bundesdenkmalamt (BDA)" in found and "BDA" not in found, found
    found = names(nlp, knowledge, "Die Bundesvereinigung der Deutschen Arbeitgeberverbände (BDA) fordert "
                  "niedrigere Steuern.")
    assert "BDA" in found, found


def test_a_states_office_known_by_its_bare_noun_is_named(nlp, knowledge):
    found = names(nlp, knowledge, "Das Bundesdenkmalamt hat die Pläne abgelehnt. Der Rechnungshof kritisiert die "
                  "Kosten, die Datenschutzbehörde prüft die Kameras.")
    assert {"Bundesdenkmalamt", "Rechnungshof", "Datenschutzbehörde"} <= set(found), found


def test_a_towns_utilities_are_named_with_the_town(nlp, knowledge):
    """'die Technischen Betriebe Wilen-Thurau', 'die Verkehrsbetriebe Obermoosach'; plural names in the
    nominative ('Die Industriellen Werke Basel (IWB)' are the 'Industrielle Werke Basel'); a bare
    'Betriebe' before a noun names nothing ('lieferten 24.000 Betriebe Milch')."""
    found = names(nlp, knowledge, "An den Säulen der Technischen Betriebe Wilen-Thurau kostet der Strom weniger. "
                  "Die Verkehrsbetriebe Obermoosach übernehmen 14 Fahrten. Die Industriellen Werke Basel (IWB) "
                  "liefern Strom. Im Vorjahr lieferten 24.000 Betriebe Milch an die Molkereien.")
    assert {"Technische Betriebe Wilen-Thurau", "Verkehrsbetriebe Obermoosach",
            "Industrielle Werke Basel (IWB)"} <= set(found), found
    assert not any("Milch" in name for name in found), found


def test_a_body_for_a_field_before_its_unbracketed_short_form(nlp, knowledge):
    """'Das Bundesamt für Landwirtschaft BLW' is the 'Bundesamt für Landwirtschaft (BLW)'; a short
    form after a genitive belongs to the genitive's organisation ('der Tarifkommission der IG BCE')."""
    found = names(nlp, knowledge, "Das Bundesamt für Landwirtschaft BLW hat das Pflichtenheft genehmigt. Das BLW "
                  "wies die Einsprache ab.")
    assert "Bundesamt für Landwirtschaft (BLW)" in found and "BLW" not in found, found
    found = names(nlp, knowledge, "Die Tarifkommission der IG BCE stimmte dem Abschluss zu.")
    assert not any("(BCE)" in name for name in found), found


def test_an_austrian_cooperative_keeps_its_legal_form(nlp, knowledge):
    found = names(nlp, knowledge, "Der Vorstand der Bergsennerei Saalachgrund eGen senkt den Milchpreis.")
    assert "Bergsennerei Saalachgrund eGen" in found, found


def test_a_foreign_word_and_the_noun_after_it_end_a_name(nlp, knowledge):
    """'Der Verband Swiss Golf empfiehlt', 'der Netzbetreiber Kenya Power hat': after a word no
    lexicon knows, the noun that ends the name before the clause goes on is part of it."""
    found = names(nlp, knowledge, "Der Verband Swiss Golf empfiehlt den Clubs, die Flächen zu verkleinern. "
                  "Der Netzbetreiber Kenya Power hat den Vertrag gekündigt.")
    assert {"Swiss Golf", "Kenya Power"} <= set(found) and "Swiss" not in found, found


def test_a_friends_club_is_named_with_its_place(nlp, knowledge):
    """'Die Modellbahnfreunde Kellerbach', 'der Sternfreunde Oberdrau': clubs; 'für die
    Traktorfreunde der Region' says whose friends, no name."""
    found = names(nlp, knowledge, "Die Modellbahnfreunde Kellerbach haben den Verkauf beschlossen. Auch die "
                  "Mitglieder der Sternfreunde Oberdrau helfen mit. Der Verein sprach von einem schwarzen Jahr "
                  "für die Traktorfreunde der Region.")
    assert {"Modellbahnfreunde Kellerbach", "Sternfreunde Oberdrau"} <= set(found), found
    assert not any("Region" in name for name in found), found


def test_an_adjective_and_a_noun_alone_are_the_organisation_named_with_its_place(nlp, knowledge):
    """'Der Präsident der Astronomischen Vereinigung' after 'die Astronomische Vereinigung Ebnetswil'."""
    found = names(nlp, knowledge, "Der Beitrag an die Astronomische Vereinigung Ebnetswil wird angenommen. Der "
                  "Präsident der Astronomischen Vereinigung, Matthias Zollinger, bedankt sich.")
    assert "Astronomische Vereinigung Ebnetswil" in found and "Astronomische Vereinigung" not in found, found


def test_a_clubs_name_of_common_nouns_ends_at_punctuation_or_its_verb(nlp, knowledge):
    """'Der Verein Werkstatt Zukunft kauft die Halle', 'Die Interessengemeinschaft Flohmarkt
    Rosenplatz, in der …': the common nouns after the club's noun are its name."""
    found = names(nlp, knowledge, "Der Verein Werkstatt Zukunft kauft die Halle. Die Interessengemeinschaft "
                  "Flohmarkt Rosenplatz, in der sich 80 Händler zusammengeschlossen haben, protestierte.")
    assert {"Verein Werkstatt Zukunft", "Interessengemeinschaft Flohmarkt Rosenplatz"} <= set(found), found


def test_social_and_student_works_are_named_with_their_place(nlp, knowledge):
    found = names(nlp, knowledge, "Dabei war die Geschäftsführerin des Sozialwerks Oberlausitz, Kerstin Lohse. "
                  "Das Studierendenwerk Leipzig baut ein Wohnheim.")
    assert {"Sozialwerk Oberlausitz", "Studierendenwerk Leipzig"} <= set(found), found
    assert "Leipzig" not in found and "Oberlausitz" not in found, found


def test_an_association_named_by_its_members_in_the_genitive_plural(nlp, knowledge):
    """'Der Verband kommunaler Unternehmen', 'des Verbands mittelständischer Tankstellenunternehmer
    Ost', 'Der Bundesverband privater Anbieter sozialer Dienste': the association's noun, the
    adjective in small letters and its members' noun are one name."""
    found = names(nlp, knowledge, "Der Verband kommunaler Unternehmen warnte vor Kosten. Nach Angaben des Verbands "
                  "mittelständischer Tankstellenunternehmer Ost schlossen viele Stationen. Der Bundesverband "
                  "privater Anbieter sozialer Dienste begrüßt den Beschluss.")
    assert {"Verband kommunaler Unternehmen", "Verband mittelständischer Tankstellenunternehmer Ost",
            "Bundesverband privater Anbieter sozialer Dienste"} <= set(found), found
    assert "Tankstellenunternehmer Ost" not in found, found
    # a listed state's genitive closes the name
    found = names(nlp, knowledge, "Das lehnt der Verband alpiner Vereine Österreichs ab.")
    assert "Verband alpiner Vereine Österreichs" in found, found


def test_a_council_of_the_town_described_by_its_kind_is_the_towns(nlp, knowledge):
    """'Der Stadtrat der Kreisstadt im Landkreis Weserau beschloss' in a report from Brakenstedt:
    the subject is the town's council, the district only where the town lies."""
    found = names_in_brief(nlp, knowledge, " date 2025-03 Satzung\n\nBrakenstedt (dpa/lni) - Der Stadtrat der "
                           "Kreisstadt im Landkreis Weserau beschloss am Donnerstag eine neue Satzung.")
    assert "Stadtrat Brakenstedt" in found, found


def test_a_body_with_a_name_of_its_own_keeps_its_town(nlp, knowledge):
    """'der Kulturverein Anatolia Ebersheim', 'Der Islamische Kulturverein Džemat Ebersheim': a word no
    town's, then the town the report names: all one name (not a body named by its first word)."""
    found = names(nlp, knowledge, "In Ebersheim wird gebaut. Der Islamische Kulturverein Džemat Ebersheim darf "
                  "einen Gebetssaal errichten. Der Kulturverein Anatolia Ebersheim klagt dagegen. Das Amtsgericht "
                  "Ebersheim entscheidet.")
    assert {"Islamischer Kulturverein Džemat Ebersheim", "Kulturverein Anatolia Ebersheim",
            "Amtsgericht Ebersheim"} <= set(found), found
    assert not {"Kulturverein Anatolia", "Islamischer Kulturverein Džemat"} & set(found), found


def test_workshops_and_networks_are_named_with_their_owner_or_place(nlp, knowledge):
    found = names(nlp, knowledge, "Das Sägewerk Lindner hat die Halle gekauft. Die Porzellanmanufaktur Kranichau "
                  "schließt, die Tischlerei Huber übernimmt die Maschinen. Das Naturschutz-Netzwerk Ostalb "
                  "protestiert, das Kraftwerk Kranichau läuft weiter.")
    assert {"Sägewerk Lindner", "Porzellanmanufaktur Kranichau", "Tischlerei Huber",
            "Naturschutz-Netzwerk Ostalb"} <= set(found), found
    assert "Kraftwerk Kranichau" not in found, found


def test_hostels_garages_and_salons_are_named_with_their_owner_or_place(nlp, knowledge):
    found = names(nlp, knowledge, "Die Jugendherberge Brakelsmühle schließt. Die Gemeinde kauft die Kfz-Werkstatt "
                  "Lindner. Der Inhaber des Haarstudios Eder protestiert. Die alte Garage Brunner wird umgebaut. "
                  "Das Jugendgästehaus Grimmingblick bleibt zu, die Werkstatt auch.")
    assert {"Jugendherberge Brakelsmühle", "Kfz-Werkstatt Lindner", "Haarstudio Eder", "Garage Brunner",
            "Jugendgästehaus Grimmingblick"} <= set(found), found
    assert not {"Werkstatt", "Gemeinde"} & set(found), found  # the bare nouns refer back


def test_a_short_form_in_brackets_keeps_the_whole_name_it_spells(nlp, knowledge):
    """'Der Verband freipraktizierender Hebammen Schweiz (VFHS)': the country closes the members'
    name and the letters spell all of it, so the bracket does not cut it to 'Hebammen Schweiz'."""
    found = names(nlp, knowledge, "Der Verband freipraktizierender Hebammen Schweiz (VFHS) und die Kasse haben "
                  "sich geeinigt. Der Verband alpiner Vereine Österreichs (VAVÖ) begrüßt das.")
    assert {"Verband freipraktizierender Hebammen Schweiz (VFHS)",
            "Verband alpiner Vereine Österreichs (VAVÖ)"} <= set(found), found


def test_a_towns_adjective_before_a_company_name_of_two_words_describes_where_it_sits(nlp, knowledge):
    """Before one common noun the adjective is part of the name; before a name of two words, or
    a person's surname that owns it, it is not a town's."""
    found = names(nlp, knowledge, "Die Linzer Stelzer Bau AG baut den Tunnel. Die Allgäuer Milchwerke eG liefert "
                  "die Milch. Die Brenner Bau Service GmbH klagt, sagte Geschäftsführer Tobias Brenner. Die "
                  "Wiener Städtische Versicherung AG zahlt.")
    assert "Stelzer Bau AG" in found and "Linzer Stelzer Bau AG" not in found, found
    assert {"Allgäuer Milchwerke eG", "Brenner Bau Service GmbH", "Wiener Städtische Versicherung AG"} <= set(found), found


def test_a_body_before_a_word_with_a_places_ending_is_that_places(nlp, knowledge):
    """The compound's noun stays with a name shaped like a place's, even where the report names no
    town of that name; before a brand ("Swissmem", "Syna") it only describes."""
    found = names(nlp, knowledge, "Der Unterhaltungsverband Südermoor hat am Montag beschlossen, den Graben zu "
                  "räumen. Die Musikgesellschaft Hinterberg spielt. Der Hospizdienst Treenemarsch hilft. Der "
                  "Industrieverband Swissmem warnt. Die Gewerkschaft Syna klagt.")
    assert {"Unterhaltungsverband Südermoor", "Musikgesellschaft Hinterberg", "Hospizdienst Treenemarsch",
            "Swissmem", "Syna"} <= set(found), found


def test_an_office_and_the_body_it_belongs_to_in_the_genitive_are_one_name(nlp, knowledge):
    """The district stays named; the office named alone later is the same one, and an office no name
    of its own opens is named with its municipality."""
    found = names(nlp, knowledge, "Die Untere Denkmalschutzbehörde des Landkreises Marschwede hat den Verkauf "
                  "genehmigt. Die Untere Denkmalschutzbehörde prüft noch. Am Montag hat die Lawinenkommission der "
                  "Gemeinde Kaltenmalfron die Straße gesperrt.")
    assert {"Untere Denkmalschutzbehörde des Landkreises Marschwede", "Landkreis Marschwede",
            "Lawinenkommission der Gemeinde Kaltenmalfron"} <= set(found), found
    assert "Untere Denkmalschutzbehörde" not in found, found


def test_a_towns_surroundings_and_a_groups_motto_end_their_names(nlp, knowledge):
    """'und Umgebung' after a club of a town, a motto's word in small letters after a group of a
    place: both stay with the name where the report names it again without them."""
    found = names(nlp, knowledge, "Die Gemeinde hat mit dem Obstbauverein Lindwil und Umgebung eine Meldepflicht "
                  "vereinbart. Der Obstbauverein Lindwil zahlt die Kosten. Der Verein Arena frei begrüsste den "
                  "Entscheid. Die IG Schlosspark offen ist zufrieden. Der Verein Arena will trotzdem mehr.")
    assert found == ["Obstbauverein Lindwil und Umgebung", "Verein Arena frei", "IG Schlosspark offen"], found


def test_an_organisation_named_by_its_letters_and_a_place_is_its_branch_there(nlp, knowledge):
    """A state, a compass region, or a town the report names as one."""
    found = names(nlp, knowledge, "Die GEW Berlin und der ADAC Südbayern warnen. Die SVP Uferlingen ist dagegen. "
                  "In Uferlingen ist es ruhig.")
    assert {"GEW Berlin", "ADAC Südbayern", "SVP Uferlingen"} <= set(found), found


def test_laender_listed_as_a_clauses_subject_act_and_a_land_named_as_a_place_does_not(nlp, knowledge):
    found = names(nlp, knowledge, "Der Bundesrat hat das Gesetz am Freitag beschlossen. Bayern und Sachsen lehnten "
                  "ein solches Verbot ab. Tirol, Vorarlberg und Kärnten haben zugesagt. In Hessen und Thüringen gibt "
                  "es Kritik. Brandenburg ist das Land mit den meisten Seen. Niedersachsen hat zugestimmt.")
    assert {"Bayern", "Sachsen", "Tirol", "Vorarlberg", "Kärnten"} <= set(found), found
    assert not {"Hessen", "Thüringen", "Brandenburg", "Niedersachsen"} & set(found), found


def test_a_standing_body_is_named_even_as_the_scene_and_once_with_its_place(nlp, knowledge):
    found = names(nlp, knowledge, "Der Gemeinderat hat den Kredit bewilligt. Im Kantonsrat ist ein Vorstoss hängig, "
                  "wie die Staatskanzlei mitteilte.")
    assert {"Kantonsrat", "Staatskanzlei"} <= set(found), found
    found = names(nlp, knowledge, "Der Kantonsrat St. Gallen hat den Kredit bewilligt. Der Kantonsrat tagt wieder "
                  "im Juni.")
    assert "Kantonsrat" not in found and "Kantonsrat St. Gallen" in found, found


def test_committees_and_offices_are_named_in_their_own_form_even_as_the_scene(nlp, knowledge):
    found = names(nlp, knowledge, "Der Stadtrat hat die Satzung beschlossen. Der Entwurf war zuvor im Bauausschuss "
                  "beraten worden, die Stellungnahme des Finanzausschusses steht noch aus. Die Bezirkshauptmannschaft "
                  "prüft die Genehmigung.")
    assert {"Bauausschuss", "Finanzausschuss", "Bezirkshauptmannschaft"} <= set(found), found
    assert "Finanzausschusses" not in found, found
    found = names(nlp, knowledge, "Der Gemeinderat hat den Platz nach Einsätzen der Stadtpolizei gesperrt. Das Gesuch "
                  "liegt bei der Handwerkskammer.")
    assert {"Stadtpolizei", "Handwerkskammer"} <= set(found), found


def test_standing_bodies_are_whole_words_or_compound_ends_named_once():
    text = ("Der Vorsitzende des Rechtsausschusses sprach im Landratsamt Görlitz. Ein Ausschuss des Vereins und der "
            "EU-Ausschuss tagen im Juni, der Rechtsausschuss im Mai.")
    assert standing_bodies_named(text, ("ausschuss", "Landratsamt"), ["Landratsamt Görlitz"]) == ["Rechtsausschuss"]
    assert standing_bodies_named("Der Kantonsrat tagt.", ("Kantonsrat",), []) == ["Kantonsrat"]
    assert standing_bodies_named("Der Kantonsrat Zug tagt.", ("Kantonsrat",), ["Kantonsrat Zug"]) == []


def test_a_given_name_and_a_family_names_particle_name_a_person_without_a_title(nlp, knowledge):
    found = names(nlp, knowledge, "Der Landkreis und Konstantin von Hasselbeck unterzeichneten den Vertrag. Auch "
                  "Gisela von der Aue stimmte zu. Anfang August von Berlin aus reiste die Delegation ab.")
    assert {"Konstantin von Hasselbeck", "Gisela von der Aue"} <= set(found), found
    assert not any(name.startswith("August") for name in found), found


def test_a_name_before_schweiz_or_austria_without_an_article_is_a_national_branch(nlp, knowledge):
    """The kind of body before it is no part of the name; a name's own noun is ('IG', 'Stiftung')."""
    found = names(nlp, knowledge, "Birdlife Schweiz und die Stiftung Heimtierwohl Schweiz begrüssten den Entscheid. "
                  "Der Halbleiterhersteller Infineon Technologies Austria baut aus. Der Verband IG Hanf Schweiz "
                  "und die Organisation Sucht Schweiz warnten. In der Schweiz gilt das neue Recht ab Juni. Die "
                  "Efta-Staaten Schweiz, Norwegen und Island haben unterschrieben.")
    assert {"Birdlife Schweiz", "Stiftung Heimtierwohl Schweiz", "Infineon Technologies Austria", "IG Hanf Schweiz",
            "Sucht Schweiz"} <= set(found), found
    assert not {"Infineon", "Organisation Sucht Schweiz", "Efta-Staaten Schweiz"} & set(found), found


def test_hospices_alliances_and_towns_read_as_plurals_name_bodies_with_their_place(nlp, knowledge):
    found = names(nlp, knowledge, "Das Hospiz Rebhalde hatte 180 Franken verlangt. Der Kita-Verbund Laberau "
                  "verlangt mehr Geld. Dem Betrieb fehlt die Genehmigung der Bezirkshauptmannschaft Feldkirchen. "
                  "Der Präsident der Holzkorporation Oberhasenbach stimmte zu.")
    assert {"Hospiz Rebhalde", "Kita-Verbund Laberau", "Bezirkshauptmannschaft Feldkirchen",
            "Holzkorporation Oberhasenbach"} <= set(found), found


def test_a_cooperative_or_a_foundation_is_named_by_common_nouns_and_a_place(nlp, knowledge):
    """The place ends the name where the verb or punctuation follows it, after 'Die' as after 'Der'."""
    found = names(nlp, knowledge, "Hinter dem Projekt steht die Genossenschaft Schlachthaus Napfgrund, in der sich "
                  "Bauern zusammengeschlossen haben. Die Stiftung Landschaftsschutz Urschweiz klagt.")
    assert {"Genossenschaft Schlachthaus Napfgrund", "Stiftung Landschaftsschutz Urschweiz"} <= set(found), found


def test_a_listed_name_and_its_units_word_name_the_unit(nlp, knowledge):
    found = names(nlp, knowledge, "Die KPÖ Plus lehnt das ab. Die Vereinbarung mit der DRF Luftrettung gilt weiter. "
                  "Die Stadt spart Wasser.")
    assert {"KPÖ Plus", "DRF Luftrettung"} <= set(found) and "KPÖ" not in found, found


def test_a_towns_adjective_before_a_compound_noun_and_a_legal_form_is_part_of_the_name(nlp, knowledge):
    found = names(nlp, knowledge, "Die Allgäuer Kranverleih KG zahlt 2 Millionen Euro. Der Stadtrat geht zu TOP 7 über.")
    assert "Allgäuer Kranverleih KG" in found and not {"Kranverleih KG", "TOP"} & set(found), found


def test_women_and_men_named_in_pairs_and_a_conference_of_office_holders_stay_in_the_name(nlp, knowledge):
    found = names(nlp, knowledge, "Die Arbeitsgemeinschaft Norddeutscher Tätowiererinnen und Tätowierer begrüßte "
                  "das Urteil. Die Konferenz der kantonalen Sozialdirektorinnen und Sozialdirektoren (SODK) ist "
                  "dagegen. Das Arbeitsinspektorat Leoben kontrollierte die Baustelle.")
    assert {"Arbeitsgemeinschaft Norddeutscher Tätowiererinnen und Tätowierer",
            "Konferenz der kantonalen Sozialdirektorinnen und Sozialdirektoren (SODK)",
            "Arbeitsinspektorat Leoben"} <= set(found), found


def test_a_workforce_council_before_its_organisation_is_named_beside_it(nlp, knowledge):
    found = names(nlp, knowledge, "Der Betriebsrat der Glashütte Rachelau lehnt den Sozialplan ab. Der Personalrat "
                  "des Amtsgerichts Oberkinzig kritisiert den Umzug. Der Gesamtbetriebsrat von Kessler & Söhne "
                  "will verhandeln.")
    assert {"Betriebsrat der Glashütte Rachelau", "Glashütte Rachelau", "Personalrat des Amtsgerichts Oberkinzig",
            "Amtsgericht Oberkinzig", "Gesamtbetriebsrat von Kessler & Söhne", "Kessler & Söhne"} <= set(found), found
    # a bare council, or one of an organisation no rule names, stays unnamed
    found = names(nlp, knowledge, "Der Betriebsrat lehnt den Sozialplan ab. Der Betriebsrat des Unternehmens "
                  "kritisiert den Umzug.")
    assert not any("Betriebsrat" in name for name in found), found


def test_an_office_named_by_its_fields_keeps_a_field_in_small_letters_or_an_adjectival_noun(nlp, knowledge):
    found = names(nlp, knowledge, "Das Ministerium für Klimaschutz, Landwirtschaft, ländliche Räume und Umwelt "
                  "genehmigte den Deich. Das Landesamt für Soziales, Jugend und Familie prüft den Antrag. Die "
                  "Senatsverwaltung für Bildung, Jugend und Familie hat zugestimmt.")
    assert {"Ministerium für Klimaschutz, Landwirtschaft, ländliche Räume und Umwelt",
            "Landesamt für Soziales, Jugend und Familie", "Senatsverwaltung für Bildung, Jugend und Familie"} <= set(
        found), found
    assert "Ministerium für Klimaschutz, Landwirtschaft" not in found, found


def test_an_acronyms_long_form_leaves_out_the_people_before_its_genitive(nlp, knowledge):
    found = names(nlp, knowledge, "Rund 160 Beamtinnen und Beamte der Finanzkontrolle Schwarzarbeit (FKS) "
                  "überprüften die Depots.")
    assert "Finanzkontrolle Schwarzarbeit (FKS)" in found or "Finanzkontrolle Schwarzarbeit" in found, found
    assert not any(name.startswith("Beamt") for name in found), found


def test_a_guild_of_a_trade_is_named_with_its_region(nlp, knowledge):
    found = names(nlp, knowledge, "Die Bäcker-Innung Mittelhessen lehnt das ab. Die Dachdecker-Innung Oldenburger "
                  "Land hat sich gemeldet.")
    assert {"Bäcker-Innung Mittelhessen", "Dachdecker-Innung Oldenburger Land"} <= set(found), found
    assert "Dachdecker-Innung Oldenburger" not in found, found


def test_two_capitalised_words_joined_by_an_ampersand_name_a_firm(nlp, knowledge):
    found = names(nlp, knowledge, "Begleitet wird der Minister von rund 30 Unternehmen, darunter Andritz und "
                  "Plasser & Theurer. Die Firma Weiß & Hoffmann Gebäudereinigung übernimmt die Reinigung.")
    assert {"Plasser & Theurer", "Weiß & Hoffmann Gebäudereinigung"} <= set(found), found
    # the partners of a firm and a name another rule reads whole stay as they are
    found = names(nlp, knowledge, "Die Kanzlei Kessler & Partner prüft den Vertrag. Die Kessler & Söhne GmbH klagt.")
    assert not any(name.startswith("Partner") or name == "Kessler & Partner GmbH" for name in found), found
    assert "Kessler & Söhne GmbH" in found, found


def test_the_office_of_a_lands_government_is_named_as_written_whatever_the_regions_word(nlp, knowledge):
    found = names(nlp, knowledge, "Zugleich wurde beim Amt der Vorarlberger Landesregierung eine Stelle "
                  "eingerichtet. Das Amt der Steiermärkischen Landesregierung hatte die Anerkennung verweigert.")
    assert {"Amt der Vorarlberger Landesregierung", "Amt der Steiermärkischen Landesregierung"} <= set(found), found
    assert not {"Vorarlberger Landesregierung", "Steiermärkische Landesregierung"} & set(found), found


def test_an_organisation_noun_after_a_contracted_article_names_the_common_noun_after_it(nlp, knowledge):
    found = names(nlp, knowledge, "Die Ladezonen müssen noch vom Landesbetrieb Mobilität genehmigt werden. "
                  "Die Einladung kam beim Segelclub Kesselsee an.")
    assert {"Landesbetrieb Mobilität", "Segelclub Kesselsee"} <= set(found), found


def test_a_registered_name_may_join_two_trades_with_und(nlp, knowledge):
    found = names(nlp, knowledge, "Der Auftrag geht an die Wolfrum Abbruch und Recycling GmbH aus Hof. Die Firma "
                  "Brunner Sanitär und Rohrreinigung GmbH klagt. Die Stadtwerke Hof und Alpenstrom AG einigten sich.")
    assert {"Wolfrum Abbruch und Recycling GmbH", "Brunner Sanitär und Rohrreinigung GmbH"} <= set(found), found
    # two organisations, the second with its legal form, stay two
    assert {"Stadtwerke Hof", "Alpenstrom AG"} <= set(found), found
    assert not any(name.startswith("Recycling") or name.startswith("Rohrreinigung") for name in found), found


def test_a_federation_named_by_its_trade_keeps_its_noun(nlp, knowledge):
    found = names(nlp, knowledge, "Der Fachverband Außenwerbung beobachtet das mit Sorge. Nach Angaben des "
                  "Bundesverbands Solarwirtschaft fehlt Geld. Der Landesverband Abbruch und Recycling Niedersachsen "
                  "unterzeichnete. Der Arbeitgeberverband Südwestmetall lehnt ab.")
    assert {"Fachverband Außenwerbung", "Bundesverband Solarwirtschaft",
            "Landesverband Abbruch und Recycling Niedersachsen", "Südwestmetall"} <= set(found), found
    assert not {"Außenwerbung", "Solarwirtschaft", "Landesverband Abbruch"} & set(found), found


def test_an_office_after_a_lands_short_form_stands_in_the_nominative(nlp, knowledge):
    found = names(nlp, knowledge, "Der Vertreter des NÖ Straßendienstes lehnt den Standort ab.")
    assert "NÖ Straßendienst" in found and "NÖ Straßendienstes" not in found, found


def test_a_trade_before_the_surname_of_a_person_named_is_the_business(nlp, knowledge):
    """Small shops bear their owner's name: the noun of the trade makes it the business, a title,
    a family or a person's thing does not."""
    found = names(nlp, knowledge, "Lea Schenkel führt die Polsterei Schenkel seit 2010. Der Vermieter hat der "
                  "Uhrmacherei Schenkel gekündigt. Frau Schenkel ist traurig, die Familie Schenkel zieht weg. "
                  "Unter dem Namen Schenkel läuft der Laden weiter. Reto Gloor verkauft Velo Gloor.")
    assert {"Lea Schenkel", "Polsterei Schenkel", "Uhrmacherei Schenkel", "Reto Gloor", "Velo Gloor"} <= set(found), found
    assert not {"Frau Schenkel", "Familie Schenkel", "Namen Schenkel"} & set(found), found


def test_an_office_or_fund_of_a_canton_or_land_is_named_with_it(nlp, knowledge):
    found = names(nlp, knowledge, "Die Steuerverwaltung des Kantons Zug bestreitet das. Der Lotteriefonds des "
                  "Kantons Zürich übernimmt die Hälfte. Die Kulturabteilung des Landes Steiermark gibt 20.000 Euro.")
    assert {"Steuerverwaltung des Kantons Zug", "Lotteriefonds des Kantons Zürich",
            "Kulturabteilung des Landes Steiermark"} <= set(found), found
    assert not {"Kanton Zug", "Kanton Zürich", "Land Steiermark"} & set(found), found


def test_a_town_the_tagger_reads_as_a_verbs_noun_names_a_court_where_the_report_names_the_town(nlp, knowledge):
    found = names(nlp, knowledge, "Guten Morgen aus Baden. Das Bezirksgericht Baden hat den Verwalter verurteilt. "
                  "Die Staatsanwaltschaft Baden hatte 90 Tagessätze beantragt.")
    assert {"Bezirksgericht Baden", "Staatsanwaltschaft Baden"} <= set(found), found


def test_after_firma_a_trade_that_ends_the_noun_phrase_is_part_of_the_name(nlp, knowledge):
    found = names(nlp, knowledge, "Die Säule gehört der Firma Vialtec Messsysteme, sagt die Stadt. Die Firma "
                  "Sachsenwacht Sicherheitsdienst weist Vorwürfe zurück.")
    assert {"Vialtec Messsysteme", "Sachsenwacht Sicherheitsdienst"} <= set(found), found
    assert not {"Vialtec", "Sachsenwacht"} & set(found), found


def test_a_foundation_or_cooperative_is_named_by_what_it_runs_and_where(nlp, knowledge):
    found = names(nlp, knowledge, "Der Konvent will die Gebäude an die neu gegründete Stiftung Klosterleben "
                  "Wehrlingen verkaufen. Die geplante Genossenschaft Postwirt Oberweidach, die das Haus pachten will, "
                  "hat 212 Zusagen.")
    assert {"Stiftung Klosterleben Wehrlingen", "Genossenschaft Postwirt Oberweidach"} <= set(found), found


def test_a_regional_branch_is_named_with_its_region_and_its_organisation(nlp, knowledge):
    found = names(nlp, knowledge, "Die Stelle wurde über die Landesstelle Tirol der Österreichischen "
                  "Tierärztekammer ausgeschrieben. Die Bezirksstelle Weiz des Roten Kreuzes warnt. Der Ortsverband "
                  "Hinterzell der SPD stimmt zu. Die Landesstelle Steiermark der Kammer prüft noch.")
    assert {"Landesstelle Tirol der Österreichischen Tierärztekammer", "Bezirksstelle Weiz des Roten Kreuzes",
            "Ortsverband Hinterzell der SPD"} <= set(found), found
    # the region is part of the name, and "der Kammer" alone names no organisation to join
    assert not {"Tirol", "Österreichische Tierärztekammer", "Landesstelle Steiermark der Kammer"} & set(found), found


def test_the_bare_red_cross_is_no_committee_in_geneva(nlp, knowledge):
    found = names(nlp, knowledge, "Das Rote Kreuz richtet eine Notunterkunft ein. Später vermittelte das "
                  "Internationale Komitee vom Roten Kreuz (IKRK) einen Austausch.")
    assert {"Rotes Kreuz", "Internationales Komitee vom Roten Kreuz"} <= set(found), found


def test_a_plural_common_noun_after_a_persons_name_names_no_business(nlp, knowledge):
    found = names(nlp, knowledge, "Ursprünglich wollte Molkerei-Geschäftsführer Florian Gschwendtner Betriebe, die "
                  "wenig liefern, ausschließen.")
    assert "Florian Gschwendtner" in found and "Florian Gschwendtner Betriebe" not in found, found
