from generator.nlp.segment import segment


def texts(body: str, kind: str = "sentence") -> list[str]:
    return [s.text(body) for s in segment(body) if s.kind == kind]


def test_ordinal_date_does_not_end_a_sentence():
    body = "Das Gespräch fand am 18. März 2025 statt. Es dauerte zwei Stunden."
    assert texts(body) == ["Das Gespräch fand am 18. März 2025 statt.", "Es dauerte zwei Stunden."]


def test_a_count_before_an_article_or_pronoun_ends_its_sentence():
    body = ("Dagegen stimmten 72. Der Abbau soll sozialverträglich erfolgen. Sie kam auf Platz 3. Die Siegerin "
            "war schneller. Der 2. Weltkrieg endete am 8. Mai 1945.")
    assert texts(body) == ["Dagegen stimmten 72.", "Der Abbau soll sozialverträglich erfolgen.", "Sie kam auf Platz 3.",
                           "Die Siegerin war schneller.", "Der 2. Weltkrieg endete am 8. Mai 1945."]


def test_a_roman_ordinal_after_an_article_or_adjective_does_not_end_a_sentence():
    body = ("Das sagte die Vorsitzende des VIII. Zivilsenats, Dagmar Hellwig. "
            "Am Sonntag sprach Papst Leo XIV. Er segnete die Menge. "
            "Der zuständige XII. Zivilsenat wies die Beschwerde zurück.")
    assert texts(body) == ["Das sagte die Vorsitzende des VIII. Zivilsenats, Dagmar Hellwig.",
                           "Am Sonntag sprach Papst Leo XIV.", "Er segnete die Menge.",
                           "Der zuständige XII. Zivilsenat wies die Beschwerde zurück."]


def test_abbreviations_and_initials_do_not_split():
    body = "Er traf u.a. den Vizepräsidenten J. D. Vance in Washington. Danach reiste er ab."
    assert len(texts(body)) == 2


def test_glued_sentences_are_split_verbatim():
    body = 'Das teilte der Kreml mit.Die Gespräche beginnen bald. "Wir sind bereit."Im Mai folgt mehr.'
    assert texts(body) == ["Das teilte der Kreml mit.", "Die Gespräche beginnen bald.", '"Wir sind bereit."', "Im Mai folgt mehr."]


def test_german_quotes_stay_with_their_sentence():
    body = "„Ein sehr gutes Gespräch“, hieß es danach. Mehr gab es nicht."
    assert texts(body)[0] == "„Ein sehr gutes Gespräch“, hieß es danach."


def test_dateline_byline_heading_and_editor_codes():
    body = "WASHINGTON (dpa-AFX) - Der Präsident sprach lange mit Journalisten über Zölle.\nNeue Zölle ab Mai\nDie Börsen reagierten nervös./nau/DP/stw"
    kinds = [(s.kind, s.text(body)) for s in segment(body)]
    assert kinds[0] == ("dateline", "WASHINGTON (dpa-AFX) -")
    assert ("heading", "Neue Zölle ab Mai") in kinds
    assert kinds[-1] == ("tag", "/nau/DP/stw")
    assert ("sentence", "Die Börsen reagierten nervös.") in kinds


def test_a_dateline_of_a_town_named_by_its_river():
    body = "Tannwald an der Mur (APA) - Die Gemeinde hat am Samstag eine Partnerschaft besiegelt."
    assert segment(body)[0].kind == "dateline" and segment(body)[0].text(body) == "Tannwald an der Mur (APA) -"
    body = "Marbach am Neckar - Das Archiv hat den Nachlass erworben."
    assert segment(body)[0].text(body) == "Marbach am Neckar -"


def test_byline_and_pipe_dateline():
    assert segment("Von: APA/Reuters\n\nDer Text beginnt hier mit einem Satz.")[0].kind == "byline"
    body = "Moskau taz | Zwei Stunden soll das Gespräch gedauert haben, hieß es in Moskau."
    assert segment(body)[0].text(body) == "Moskau taz |"


def test_a_dateline_of_two_places_after_a_teaser():
    body = ("Streit beigelegt\n\nDie Firmen haben sich geeinigt. Ganz vorbei ist es nicht.\n\n"
            "Wien/Innsbruck. Bei der Tagsatzung am Mittwoch haben sich beide Seiten auf einen Vergleich geeinigt.")
    assert ("dateline", "Wien/Innsbruck.") in [(s.kind, s.text(body)) for s in segment(body)]
    saint = ("Neue Halle\n\nDer Bau beginnt im Mai. Die Kosten steigen.\n\nST. VALENTIN/ENNS. Wer hier Sport treibt, "
             "muss bisher weit fahren.")
    assert ("dateline", "ST. VALENTIN/ENNS.") in [(s.kind, s.text(saint)) for s in segment(saint)]


def test_a_programme_or_masthead_line_and_a_papers_name_are_no_datelines():
    radio = ("Regionaljournal Zentralschweiz – Sendung vom Dienstag, 4. November 2025, 17.30 Uhr\n\n"
             "Ruswil verkleinert seine Bauzone\n\nDie Gemeindeversammlung hat gestern Abend die Revision gutgeheissen.")
    assert "dateline" not in [seg.kind for seg in segment(radio)]
    masthead = ("Rhein-Main-Rundschau | Dienstag, 11. November 2025 | Landespolitik\n\nHeim-Zuschuss kommt\n\n"
                "WIESBADEN. Nach sechs Stunden haben sich CDU und SPD auf ein Pflegepaket geeinigt.")
    assert [(s.kind, s.text(masthead)) for s in segment(masthead) if s.kind == "dateline"] == [("dateline", "WIESBADEN.")]
    review = ("Presseschau\n\nDie TAGESZEITUNG – taz – kritisiert die Aktivrente: „Sie nützt vor allem Ärzten und "
              "Anwälten, die ohnehin gern länger arbeiten.“")
    assert "dateline" not in [seg.kind for seg in segment(review)]


def test_an_agency_subtitle_is_a_heading():
    text = ("Bundestheater bekommen mehr Geld\n\nUtl.: Basisabgeltung steigt 2026 um 9,4 Mio. Euro - Kartenpreise "
            "werden angehoben, Volksoper streicht zwei Premieren =\n\nWien (APA) - Die Bundestheater erhalten mehr Geld.")
    kinds = [(seg.kind, text[seg.start:seg.end][:4]) for seg in segment(text)]
    assert ("heading", "Utl.") in kinds, kinds


def test_an_agency_tag_without_a_place_is_a_dateline():
    text = "Äthiopien einigt sich mit Gläubigern\n\n(Bloomberg) -- Äthiopien hat eine Grundsatzeinigung mit den Haltern erzielt."
    kinds = [(seg.kind, text[seg.start:seg.end].strip()) for seg in segment(text)]
    assert ("dateline", "(Bloomberg) --") in kinds, kinds


def test_a_line_ending_in_a_colon_with_a_verb_introduces_a_quote_and_is_a_sentence():
    text = ("Presseschau\n\nDie Kommentare\n\nDas BONNER TAGBLATT hält dagegen:\n\n»Die Vereinbarung ist vernünftig.«"
            "\n\nDie Reaktionen:\n\nAlle loben sie.")
    kinds = [(seg.kind, text[seg.start:seg.end]) for seg in segment(text)]
    assert ("sentence", "Das BONNER TAGBLATT hält dagegen:") in kinds, kinds
    assert ("heading", "Die Reaktionen:") in kinds, kinds
    # a verb the tagger reads first as a participle is finite here too
    participle_first = "Presseschau\n\nDas „Tageblatt“ aus Trier begrüßt den Beschluss:\n„Endlich.“"
    kinds = [(seg.kind, participle_first[seg.start:seg.end]) for seg in segment(participle_first)]
    assert ("sentence", "Das „Tageblatt“ aus Trier begrüßt den Beschluss:") in kinds, kinds


def test_an_interviews_byline_with_its_date_is_a_byline():
    text = ("Titel\n\nGeber haben Milliarden zugesagt. Ein Gespräch über Summen.\n\n"
            "Interview: Mareike Sonnenfeld, 2. Dezember 2025\n\nHerr Brettschneider, teilen Sie den Jubel?")
    kinds = [(seg.kind, text[seg.start:seg.end]) for seg in segment(text)]
    assert ("byline", "Interview: Mareike Sonnenfeld, 2. Dezember 2025") in kinds, kinds


def test_a_kicker_over_a_subtitle_is_a_heading_and_the_dateline_below_it_counts():
    """"Parlamentskorrespondenz – Novelle … angenommen" has no full stop: a heading, not a dateline
    with a heading after it; before, it took the one dateline and "Wien (PK)" was read as a party."""
    text = ("Verkehrsausschuss billigt strengere Regeln für Drohnen\nParlamentskorrespondenz – Novelle des "
            "Luftfahrtgesetzes mit Stimmen von ÖVP, SPÖ und NEOS angenommen\n\nWien (PK) – Wer künftig eine Drohne "
            "ohne Genehmigung steigen lässt, muss mit deutlich höheren Strafen rechnen.")
    assert texts(text, "dateline") == ["Wien (PK) –"]
    ticker = ("LIVE | Agrarministerkonferenz in Bad Dürkheim: Länder fordern Hilfe\n\nFreitag, 26. September 2025 – "
              "Die Agrarministerinnen und -minister der Länder beraten heute über Hilfen für die Winzer.")
    assert texts(ticker, "dateline") == ["Freitag, 26. September 2025 –"]
    long_kicker = ("LIVETICKER | Außerordentlicher Verbandstag des Deutschen Tischtennis-Bundes in Frankfurt am Main – "
                   "Samstag, 22. November 2025\n\n+++ 17:58 Uhr +++\nDamit endet der Verbandstag nach gut sieben Stunden.")
    assert texts(long_kicker) == ["Damit endet der Verbandstag nach gut sieben Stunden."], texts(long_kicker)


def test_letters_with_their_dots_are_one_abbreviation():
    body = "Das Gericht untersagte der Fabbri Robotica S.p.A. am Mittwoch den Verkauf. Sie legt Berufung ein."
    assert texts(body) == ["Das Gericht untersagte der Fabbri Robotica S.p.A. am Mittwoch den Verkauf.",
                           "Sie legt Berufung ein."]
